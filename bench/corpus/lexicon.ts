/**
 * Word lists for the synthetic corpus. Names are assembled from parts, so no list here names a
 * real footballer; clubs, outlets and journalists come from the knowledge base instead.
 */
export const FIRST_NAMES = [
  'Mateo', 'Lukas', 'Oumar', 'Tiago', 'Jonas', 'Rafael', 'Kasper', 'Idrissa', 'Emil', 'Santiago', 'Noah',
  'Milan', 'Youssef', 'Dario', 'Callum', 'Arnau', 'Henrik', 'Moussa', 'Leandro', 'Ivo', 'Kenji', 'Bruno',
  'Aurelio', 'Samuel', 'Tobias', 'Nikola', 'Amadou', 'Gonzalo', 'Ruben', 'Finn', 'Cheikh', 'Marek', 'Elias',
  'Teodor', 'Adrien', 'Iker', 'Yannick', 'Stefan', 'Facundo', 'Ousmane', 'Joao', 'Lorenzo', 'Mikel', 'Declan',
  'Sandro', 'Viktor', 'Anselmo', 'Kofi', 'Hugo', 'Pavel', 'Dominik', 'Thiago', 'Ilias', 'Bastian', 'Cristian',
  'Enzo', 'Soren', 'Wilfried', 'Eduardo', 'Jakub', 'Kwame', 'Alessio', 'Malo', 'Rayan', 'Fabian', 'Nuno',
]

export const SURNAMES = [
  'Okonkwo', 'Varela', 'Lindqvist', 'Mbemba', 'Carvalho', 'Brandt', 'Ferreyra', 'Kovacic', 'Diallo', 'Halvorsen',
  'Sorensen', 'Moretti', 'Ibarra', 'Traore', 'Novak', 'Aguirre', 'Dembele', 'Lindholm', 'Castellano', 'Mensah',
  'Petrovic', 'Gallardo', 'Kruger', 'Bakayoko', 'Esposito', 'Zielinski', 'Quintero', 'Rasmussen', 'Sissoko',
  'Almeida', 'Hofmann', 'Okafor', 'Vidal', 'Jankovic', 'Toure', 'Delgado', 'Schmid', 'Nkoulou', 'Romero',
  'Eskildsen', 'Barone', 'Camara', 'Pellegrini', 'Ward', 'Kessler', 'Fofana', 'Mendoza', 'Larsen', 'Szabo',
  'Ndiaye', 'Bergstrom', 'Salazar', 'Ugarte', 'Keane', 'Valbuena', 'Doumbia', 'Haddad', 'Olsen', 'Marchetti',
  'Costa', 'Pereira', 'Adeyemi', 'Lukic', 'Vargas', 'Berisha', 'Kamara', 'Tanaka', 'Wright', 'Gimenez',
  'Van der Berg', 'De Jong', 'Da Silva', 'El Amrani', 'O\'Connell', 'Mac Giolla', 'Ben Yedder',
]

export const POSITIONS = [
  'striker', 'centre-forward', 'winger', 'left-back', 'right-back', 'centre-back', 'defender', 'midfielder',
  'holding midfielder', 'playmaker', 'goalkeeper', 'attacking midfielder', 'full-back', 'forward', 'wing-back',
]

export const NATIONALITIES = [
  'Brazilian', 'Argentine', 'French', 'Spanish', 'German', 'Dutch', 'Portuguese', 'Nigerian', 'Senegalese',
  'Danish', 'Norwegian', 'Croatian', 'Serbian', 'Italian', 'English', 'Scottish', 'Irish', 'Ghanaian',
  'Moroccan', 'Uruguayan', 'Colombian', 'Japanese', 'Polish', 'Swedish', 'Belgian', 'Ivorian', 'Malian',
]

export const AGE_WORDS = ['teenage', '19-year-old', '21-year-old', '23-year-old', '24-year-old', '26-year-old', '28-year-old', '30-year-old', 'veteran', 'highly rated']

export const COACH_ROLES = ['manager', 'head coach', 'boss', 'sporting director', 'technical director', 'coach']

/** Sentence openers that soften a claim (empty = stated flatly). */
export const HEDGES = [
  '', '', '', '', '', 'Reportedly, ', 'It is claimed that ', 'It appears that ', 'Word is that ',
  'There is a growing feeling that ', 'It is believed that ', 'Rumours suggest ', 'Early indications are that ',
]

/** Attributions placed before a claim. */
export const ATTRIBUTION_PREFIXES = [
  'According to {outlet}, ', '{outlet} understands that ', '{journalist} reports that ', 'It is understood that ',
  'Sources in {country} claim that ', '{journalist} of {outlet} says ', 'Per {journalist}, ', 'As first revealed by {outlet}, ',
  'Speaking on his channel, {journalist} said ', 'Club sources have told {outlet} that ',
]

export const HEADLINES = [
  '{T} in talks over {P} move', '{P} to {T}: the latest', '{T} make {fee} bid for {P}', '{P} transfer: {T} close in',
  'Why {T} want {P}', '{F} reject {T} offer for {P}', '{P} set for medical', '{F} hold firm over {P}',
  'Transfer news: {P}, {T} and more', '{P} decision looms as {T} wait', 'Exclusive: {T} step up pursuit of {P}',
  '{P} future in doubt', 'Revealed: {T}\'s summer shortlist', '{P} agrees terms', 'Deal off? {P} latest',
  '{F} open to {P} sale', 'Gossip column: {T} eye {P}', 'Here we go? {P} nears {T} switch',
]

export const DATELINES = ['Published {date}', 'Updated: {date}', 'Last updated {date}', '{date}', 'Posted on {date}']

export const TIME_PHRASES = [
  'this summer', 'in January', 'next summer', 'before the deadline', 'in the coming days', 'in the coming weeks',
  'before the window shuts', 'at the end of the season', 'this week', 'over the weekend', 'on deadline day',
  'before pre-season', 'once the season ends', 'in the winter window', 'by the end of the month', 'soon',
  'later this week', 'within 48 hours', 'in the next window', 'before the World Cup',
]

export const CONFIDENCE_WORDS = ['confident', 'hopeful', 'optimistic', 'increasingly confident', 'quietly confident', 'pessimistic', 'wary']

export const ATTRIBUTION_LEADS = [
  'according to {outlet}', 'as reported by {outlet}', '{outlet} understands', 'per {journalist}',
  '{journalist} has reported', 'sources close to the player say', 'sources in {country} claim',
  '{journalist} of {outlet} reports', 'reports in {country} suggest', 'it is understood',
  '{outlet} has been told', 'say {outlet}', 'claims {journalist}', 'club sources insist',
  'the player\'s camp has indicated', 'multiple outlets report', 'insiders suggest',
]

export const FEE_FORMS = [
  '€{m}m', '£{m}m', '€{m} million', '£{m} million', '{m} million euros', '£{m}m plus add-ons', '€{m}m including bonuses',
  'an initial £{m}m', 'a fee in the region of €{m}m', 'around £{m}m', 'up to €{m}m', '$' + '{m}m',
]

export const STAT_SENTENCES = [
  '{p} has scored {n} goals in {k} appearances this season.',
  'The {pos} has {n} caps for his country and {k} league starts this term.',
  '{p} joined {F} in {y} from a club in his native country.',
  'He has been directly involved in {n} goals across all competitions.',
  '{p} has started {k} of {F}\'s last {n} matches.',
  'Only two players in the division have created more chances than {p} this campaign.',
  'His {n} assists have made him one of the most productive players in his position.',
  '{p} missed {n} weeks earlier this season with a hamstring problem.',
  'The {nat} international is valued at around €{m}m by data site estimates.',
  'He came through the academy and made his debut at the age of {a}.',
]

export const NOISE_LINES = [
  'Photo: {agency}', '{agency} via Getty Images', 'Image credit: {agency}', '(Photo by {agency})',
  'READ MORE: {headline}', 'Related: {headline}', 'ALSO READ - {headline}', 'MORE: {headline}',
  'POLL: Should {T} sign {P}?', 'Vote now: Would {P} be a good signing for {T}?',
  'Follow {outlet} on X for the latest transfer news', 'Sign up to our transfer newsletter',
  'Advertisement', 'Share this article', 'Click here to join our WhatsApp channel',
  'Comments ({n})', 'Transfer news LIVE: every rumour and done deal', '{n} min read',
]

export const AGENCIES = ['Getty Images', 'Reuters', 'PA Images', 'AFP', 'EPA', 'Action Images', 'Shutterstock', 'Alamy', 'Offside']

export const QUOTE_LINES = [
  'I am happy here and I want to win trophies',
  'We do not talk about players from other clubs',
  'Nothing is done until it is signed',
  'He is our player and we are not selling',
  'Every player has a price, but we are not looking to sell',
  'My focus is only on the next game',
  'We have spoken with his representatives, that is normal',
  'I cannot say anything about my future right now',
  'It is a great club and of course it is an honour to hear this',
  'There has been no offer, so there is nothing to discuss',
  'We want to keep our best players',
  'He wants to stay and we want him to stay',
  'The market is the market, we will see what happens',
  'My agent deals with these things',
]

export const SPEAKER_VERBS = ['said', 'told reporters', 'insisted', 'admitted', 'explained', 'added', 'claimed', 'told {outlet}', 'said on Friday', 'told a press conference']

export const CONTRACT_SENTENCES = [
  'His contract runs until June {y}.', 'He has {n} years left on his current deal.',
  'His deal expires in the summer of {y}.', 'The {pos} is under contract until {y}.',
  '{p} signed a new deal last year that runs to {y}.', 'His current terms expire at the end of the season.',
  'There is a release clause of €{m}m in his contract.', '{F} hold an option to extend his deal by a further year.',
]

export const FILLER_SENTENCES = [
  '{F} sit {n}th in the table after a difficult run of results.',
  '{T} have already spent heavily this window.',
  'The two clubs have done business before.',
  '{T} are also monitoring alternatives in the same position.',
  'Supporters have been divided over the prospect of a sale.',
  '{F} are under pressure to balance the books before the end of the financial year.',
  'The window closes at 11pm on the final day.',
  '{T} need to sell before they can buy, according to people familiar with their finances.',
  'The player was left out of the squad at the weekend.',
  '{F} travel to face their rivals on Saturday.',
]
