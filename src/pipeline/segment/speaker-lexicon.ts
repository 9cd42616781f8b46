/** Cue lexicons for quote speakers, apart from the rules (SPEC §4.2). */

/** Verbs that introduce or follow speech ("said", "went on to add", "informed"). */
export const SPEECH_VERBS = [
  'went on to add', 'went on to say', 'went on to explain', 'added', 'adds', 'said', 'says', 'told', 'tells',
  'informed', 'explained', 'explains', 'continued', 'continues', 'revealed', 'reveals', 'insisted', 'insists',
  'claimed', 'claims', 'admitted', 'admits', 'stated', 'states', 'wrote', 'writes', 'confirmed', 'confirms',
  'reported', 'reports', 'noted', 'notes', 'warned', 'warns', 'remarked', 'concluded', 'replied', 'joked',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'declared', 'announced',
  'tweeted', 'posted', 'suggested', 'suggests', 'believes', 'thinks', 'feels', 'asked', 'predicted', 'argued',
  'provided the update', 'gave the update', 'shared', 'hinted', 'explained to', 'spoke to', 'speaking to',
]

/** A club's official voice after its name: "a Forest spokesperson", "the club statement" (a pattern alternation). */
export const SPOKESPERSON_NOUNS = 'spokesman|spokeswoman|spokesperson|statement'

/** Verbs that mark reporting rather than conversation: their subject is likely a journalist. */
export const REPORTING_VERBS = new Set([
  'reported', 'reports', 'revealed', 'reveals', 'wrote', 'writes', 'tweeted', 'posted', 'provided the update',
  'gave the update', 'claims', 'claimed',
])

/** Role nouns naming a journalist ("Transfer expert Fabrizio Romano", "the Italian journalist"). */
export const JOURNALIST_CUES = [
  'transfer expert', 'transfer guru', 'transfer insider', 'columnist', 'journalist', 'reporter', 'insider',
  'correspondent', 'writer', 'editor', 'pundit', 'presenter', 'broadcaster', 'expert', 'guru',
]

/** Role nouns naming other people ("the manager", "the Dutchman"). */
export const PERSON_CUES = [
  'manager', 'boss', 'coach', 'head coach', 'player', 'defender', 'striker', 'midfielder', 'goalkeeper',
  'winger', 'forward', 'captain', 'skipper', 'chairman', 'president', 'director', 'agent', 'owner',
  'legend', 'star', 'right-back', 'left-back', 'centre-back', 'full-back', 'international', 'youngster',
]

/** Words that end an outlet's name ("Sky Sports", "The Athletic", "TEAMtalk"). */
export const OUTLET_WORDS = /(?:\b(?:News|Sports?|Times|Telegraph|Mail|Post|Athletic|Guardian|Mirror|Express|Sun|Independent|Record|Radio|TV|Press|Marca|Gazzetta|Briefing|Daily|Standard|Echo|Herald|Journal|Tribune|BBC|ESPN|AS|Bild|Kicker|Sport)|talk|Offside)$/

/** Capitalised words that start sentences but are not names. */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'But', 'And', 'However', 'So', 'Still', 'Yet', 'Then', 'Now', 'If', 'When', 'While',
  'Although', 'According', 'In', 'On', 'At', 'For', 'With', 'To', 'As', 'It', 'This', 'That', 'There',
  'They', 'He', 'She', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Speaking', 'Asked',
  'After', 'Before', 'Since', 'Meanwhile', 'Nonetheless', 'Earlier', 'Later', 'Having', 'Signing',
])

export const PRONOUNS = new Set(['he', 'she', 'they', 'He', 'She', 'They'])
