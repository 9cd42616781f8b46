/**
 * Word lists the entity finder uses (data, not logic). Facts about football vocabulary.
 */

/** Roles of people around a transfer who do not play: agents, advisers, officials (both lists below hold them). */
const NON_PLAYING_ROLES = ['super-agent', 'superagent', 'intermediary', 'representative', 'adviser', 'advisor', 'lawyer', 'scout', 'spokesman', 'spokesperson', 'co-owner', 'vice-president']

/** Capitalised words that start sentences or headings but are never part of a person's name. */
export const NOT_NAME_WORDS = new Set((
  'the a an if however but and or with while under earlier should some many multiple according transfer ' +
  'this that these those there their they them he she his her it its we our you your i me my ' +
  'in on at by for from to of as after before since until during when where why how what who which ' +
  'latest more read go deeper better real sky sports news live breaking exclusive update report reports ' +
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'premier league champions europa conference cup fa carabao super club world uefa fifa liga serie bundesliga ligue ' +
  'england spain italy germany france portugal brazil argentina netherlands scotland wales ireland ' +
  'english spanish italian german french portuguese brazilian argentine dutch scottish welsh irish saudi american ' +
  'european africa african asian south north east west central mid nations olympic golden ballon boot ' +
  // The women's game's names for its sides and awards ("Best Women's Player", "Barcelona Femeni").
  'women womens ladies femeni femenino ' +
  'manager boss coach head director chairman president sporting chief executive owner agent agents ' +
  // Non-playing roles that open a sentence before a name ("Intermediary Kia …", "Super-agent Jorge …").
  NON_PLAYING_ROLES.join(' ') + ' intermediaries representatives ' +
  'defender midfielder striker forward winger goalkeeper keeper captain star international player players ' +
  // Sentence-opening role words before a name ("Youngster Alex Matos", "Pundit Gary Neville").
  'youngster teenager wonderkid veteran loanee talisman skipper target ace frontman attacker playmaker graduate ' +
  'pundit journalist reporter columnist correspondent expert insider presenter legend commentator analyst ' +
  // Counts ("Two trusted sources"); "ten" is a particle below.
  'two three four five six seven eight nine eleven twelve ' +
  'photo image getty images pa afp reuters credit caption follow sign vote decide share ' +
  'mo mr mrs ms dr st sir no not yes also now then so yet still just only even here where new old neither nor none both ' +
  'did does do is are was were be been has have had will would could can may might must shall ' +
  'talks deal bid offer move fee contract window summer winter season campaign clause release ' +
  'free agent pre-contract medical agreement official statement club clubs squad team side fans ' +
  'los las el la le les der die das di de del da do dos van von ter ten al ' +
  // Words opening a sentence before a name ("Following Joel Matip's exit", "Despite Saka's …").
  'following despite including amid amidst regarding having being meanwhile although though given speaking asked elsewhere unlike ' +
  // A reporter's opening ("Understand Chelsea are negotiating", "Told Arsenal have bid").
  'understand understood told believe ' +
  // Days of the calendar set in capitals ("joined Chelsea on Deadline Day").
  'deadline ' +
  // Words of the financial rules ("Financial Sustainability concerns", "Financial Fair Play").
  'financial sustainability profitability fair play'
).split(/\s+/))

/** Lower-case name particles allowed inside a person's name. */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'der', 'dos', 'das', 'ter', 'ten', 'el', 'al', 'le', 'la', 'bin', 'ben', 'mac'])

/** Playing positions: a single capitalised word right after one is a player's name ("winger Nani"). */
export const POSITIONS = new Set([
  'defender', 'midfielder', 'striker', 'forward', 'winger', 'goalkeeper', 'keeper', 'right-back', 'left-back',
  'centre-back', 'center-back', 'full-back', 'wing-back', 'playmaker', 'attacker', 'centre-forward', 'frontman', 'stopper',
])

/** Words before a name that mark a footballer: "defender Trent Alexander-Arnold". */
export const PLAYER_CUES = new Set([
  ...POSITIONS, 'star', 'captain', 'skipper', 'youngster', 'teenager', 'wonderkid', 'international', 'target', 'ace',
  'sign', 'signing', 'signed', 'talisman', 'veteran', 'loanee', 'academy', 'graduate', 'for', 'midfield',
])

/** Words before or after a name that mark a non-player: managers, officials, pundits. */
export const NON_PLAYER_CUES = new Set([
  'manager', 'boss', 'coach', 'head', 'director', 'chairman', 'president', 'owner', 'agent', 'pundit',
  'journalist', 'reporter', 'columnist', 'correspondent', 'expert', 'insider', 'presenter', 'legend', 'ceo', 'chief',
  'editor', 'writer', 'commentator', 'broadcaster', 'analyst', 'executive',
  ...NON_PLAYING_ROLES, 'chairwoman',
])

/**
 * Words of a publication's name ("Calcio Wire Italia", "Mercato Daily"): a capitalised run holding
 * one, reporting in its own name, is an outlet rather than a person.
 */
export const OUTLET_NAME_WORDS = new Set([
  'news', 'sport', 'sports', 'times', 'telegraph', 'mail', 'post', 'athletic', 'guardian', 'mirror', 'express',
  'independent', 'record', 'radio', 'tv', 'press', 'gazzetta', 'gazette', 'gazeta', 'briefing', 'daily', 'weekly',
  'standard', 'echo', 'herald', 'journal', 'tribune', 'wire', 'calcio', 'mercato', 'live', 'online', 'media',
  'football', 'italia', 'insider', 'transfers', 'chronicle', 'observer', 'corriere', 'diario', 'tribuna', 'web',
])

/**
 * Words opening the object of a pursuit, before a one-word name: "a move for Kokcu", "a bid for
 * Joao", "interest in Pedri", "the signing of Rodri". Keyed by the preposition, the noun before it.
 */
export const PURSUIT_BEFORE: Record<string, ReadonlySet<string> | undefined> = Object.setPrototypeOf({
  for: new Set(['move', 'moves', 'bid', 'bids', 'offer', 'offers', 'deal', 'swoop', 'approach', 'enquiry', 'push', 'race', 'battle', 'chase', 'fee', 'raid', 'proposal']),
  in: new Set(['interest']),
  of: new Set(['signing', 'pursuit', 'capture', 'sale', 'purchase', 'acquisition', 'arrival', 'departure']),
}, null)

/** Nouns after a manager's possessive: "Arne Slot's side", "Carlo Ancelotti's men". */
export const MANAGER_POSSESSIONS = new Set(['side', 'men', 'squad', 'team', 'charges', 'outfit', 'plans', 'system', 'tenure', 'reign', 'era', 'methods'])

/** Role nouns in phrases that refer back to a player: "the defender", "their vice skipper". */
/** Lexicons keyed by words of the text have no prototype: "constructor" is not an entry. */
export const ROLE_NOUNS: Record<string, string | undefined> = Object.setPrototypeOf({
  defender: 'defender', 'right-back': 'defender', 'left-back': 'defender', 'centre-back': 'defender', 'center-back': 'defender',
  'full-back': 'defender', 'wing-back': 'defender', midfielder: 'midfielder', playmaker: 'midfielder', striker: 'attacker',
  forward: 'attacker', winger: 'attacker', attacker: 'attacker', 'centre-forward': 'attacker', frontman: 'attacker',
  goalkeeper: 'goalkeeper', keeper: 'goalkeeper', stopper: 'goalkeeper', player: undefined, star: undefined, captain: undefined,
  'vice-captain': undefined, skipper: undefined, youngster: undefined, teenager: undefined, international: undefined,
  ace: undefined, talisman: undefined, veteran: undefined, wonderkid: undefined, loanee: undefined, 'fan favourite': undefined, product: undefined, graduate: undefined,
}, null)

/** Demonyms used as role phrases ("the Englishman") → country. */
export const DEMONYMS: Record<string, string | undefined> = Object.setPrototypeOf({
  englishman: 'England', spaniard: 'Spain', frenchman: 'France', dutchman: 'Netherlands', italian: 'Italy', german: 'Germany',
  brazilian: 'Brazil', argentine: 'Argentina', argentinian: 'Argentina', portuguese: 'Portugal', belgian: 'Belgium',
  uruguayan: 'Uruguay', croatian: 'Croatia', egyptian: 'Egypt', norwegian: 'Norway', scot: 'Scotland', welshman: 'Wales',
  irishman: 'Ireland', colombian: 'Colombia', senegalese: 'Senegal', nigerian: 'Nigeria', moroccan: 'Morocco', dane: 'Denmark',
  swede: 'Sweden', pole: 'Poland', serbian: 'Serbia', swiss: 'Switzerland', american: 'USA', mexican: 'Mexico',
  japanese: 'Japan', korean: 'South Korea', turk: 'Turkey', ghanaian: 'Ghana', ivorian: 'Ivory Coast', cameroonian: 'Cameroon',
  austrian: 'Austria', hungarian: 'Hungary', georgian: 'Georgia', ecuadorian: 'Ecuador', chilean: 'Chile', czech: 'Czech Republic',
  zealander: 'New Zealand', macedonian: 'North Macedonia', paraguayan: 'Paraguay', peruvian: 'Peru', venezuelan: 'Venezuela',
  algerian: 'Algeria', tunisian: 'Tunisia', ukrainian: 'Ukraine', slovakian: 'Slovakia', slovenian: 'Slovenia', romanian: 'Romania',
  albanian: 'Albania', australian: 'Australia', canadian: 'Canada', jamaican: 'Jamaica', malian: 'Mali', guinean: 'Guinea',
}, null)

/** Country adjectives in generic club descriptors ("the Spanish giants") → country. */
export const COUNTRY_ADJECTIVES: Record<string, string | undefined> = Object.setPrototypeOf({
  spanish: 'Spain', english: 'England', italian: 'Italy', german: 'Germany', french: 'France', portuguese: 'Portugal',
  dutch: 'Netherlands', scottish: 'Scotland', turkish: 'Turkey', saudi: 'Saudi Arabia', brazilian: 'Brazil',
  argentine: 'Argentina', argentinian: 'Argentina', american: 'USA', belgian: 'Belgium', greek: 'Greece',
  austrian: 'Austria', swiss: 'Switzerland', danish: 'Denmark', swedish: 'Sweden', norwegian: 'Norway', croatian: 'Croatia',
  serbian: 'Serbia', czech: 'Czech Republic', polish: 'Poland', russian: 'Russia', ukrainian: 'Ukraine', mexican: 'Mexico',
  catalan: 'Spain', bavarian: 'Germany', parisian: 'France', lancashire: 'England', merseyside: 'England', london: 'England',
  milanese: 'Italy', roman: 'Italy', turinese: 'Italy', neapolitan: 'Italy', madrilenian: 'Spain', mancunian: 'England',
}, null)

/**
 * Adjectives of a city or region ("the Parisian club", "the Catalan giants", "the Milanese side") →
 * the city or region as REGION_WORDS spells it: the club is one of that place, never merely one of
 * its country ("the Parisian club" in an article naming Lyon and PSG is PSG).
 */
export const CITY_ADJECTIVES: Record<string, string | undefined> = Object.setPrototypeOf({
  parisian: 'paris', milanese: 'milan', roman: 'rome', turinese: 'turin', neapolitan: 'naples', madrilenian: 'madrid',
  mancunian: 'manchester', catalan: 'catalonia', bavarian: 'bavaria',
}, null)

/** Nouns of generic club descriptors: "the Spanish giants", "the LaLiga club", "the Anfield side". */
export const CLUB_DESCRIPTOR_NOUNS = new Set([
  'giants', 'giant', 'champions', 'club', 'side', 'outfit', 'heavyweights', 'powerhouse', 'leaders', 'holders', 'hierarchy',
  'team', 'board', 'champion', 'titans', 'aristocrats', 'kings', 'royals', 'faithful',
])

/** Country names as they appear in "the England international". */
export const NATIONAL_TEAMS = new Set([
  'england', 'spain', 'france', 'germany', 'italy', 'netherlands', 'holland', 'portugal', 'brazil', 'argentina', 'belgium',
  'uruguay', 'croatia', 'egypt', 'norway', 'scotland', 'wales', 'ireland', 'colombia', 'senegal', 'nigeria', 'morocco',
  'denmark', 'sweden', 'poland', 'serbia', 'switzerland', 'usa', 'mexico', 'japan', 'turkey', 'ghana', 'austria', 'hungary',
  'georgia', 'ecuador', 'chile', 'cameroon', 'canada', 'algeria', 'tunisia', 'ukraine', 'czech',
])

/**
 * Regions the press names clubs by ("the Midlands club", "the south coast side", "the north London
 * club"): the words of the phrase, and the region as the knowledge base spells it in
 * `ClubEntry.regions` (the loader accepts no other).
 */
export const REGION_WORDS: [string[], string][] = [
  [['west', 'midlands'], 'west midlands'], [['east', 'midlands'], 'east midlands'], [['midlands'], 'midlands'], [['black', 'country'], 'black country'],
  [['north', 'london'], 'north london'], [['west', 'london'], 'west london'], [['east', 'london'], 'east london'], [['south', 'london'], 'south london'], [['london'], 'london'],
  [['north', 'east'], 'north east'], [['north-east'], 'north east'], [['south', 'coast'], 'south coast'],
  [['west', 'yorkshire'], 'west yorkshire'], [['south', 'yorkshire'], 'south yorkshire'], [['east', 'yorkshire'], 'east yorkshire'], [['yorkshire'], 'yorkshire'],
  [['merseyside'], 'merseyside'], [['tyneside'], 'tyneside'], [['wearside'], 'wearside'], [['teesside'], 'teesside'], [['potteries'], 'potteries'],
  [['lancashire'], 'lancashire'], [['manchester'], 'manchester'], [['glasgow'], 'glasgow'],
  // Cities ("the Riyadh club", "the Madrid side"): a club is of a city by its regions, a word of its name or a one-word metonym.
  [['madrid'], 'madrid'], [['milan'], 'milan'], [['turin'], 'turin'], [['rome'], 'rome'], [['lisbon'], 'lisbon'], [['istanbul'], 'istanbul'],
  [['paris'], 'paris'], [['munich'], 'munich'], [['berlin'], 'berlin'], [['amsterdam'], 'amsterdam'], [['vienna'], 'vienna'],
  [['seville'], 'seville'], [['riyadh'], 'riyadh'], [['jeddah'], 'jeddah'], [['naples'], 'naples'],
  [['catalonia'], 'catalonia'], [['bavaria'], 'bavaria'],
]

/** "the Spanish capital": the capital city of a country (as COUNTRY_ADJECTIVES names it), as REGION_WORDS spells the city. */
export const CAPITAL_CITIES: Record<string, string | undefined> = Object.setPrototypeOf({
  Spain: 'madrid', Italy: 'rome', France: 'paris', England: 'london', Portugal: 'lisbon', Germany: 'berlin',
  Netherlands: 'amsterdam', Austria: 'vienna', 'Saudi Arabia': 'riyadh',
}, null)

/** The regions `REGION_WORDS` can name: the only values `ClubEntry.regions` may hold. */
export const REGIONS: ReadonlySet<string> = new Set(REGION_WORDS.map(([, region]) => region))
