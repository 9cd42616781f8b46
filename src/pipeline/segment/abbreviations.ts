/** Words that a full stop does not end a sentence after (case-sensitive, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'St', 'Jr', 'Sr', 'Snr', 'Jnr', 'Prof', 'Gen', 'Capt', 'Lt', 'Col',
  'Sgt', 'Rev', 'Hon', 'Mt', 'Ft', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'vs', 'v', 'approx', 'est',
  'fig', 'Fig', 'al', 'cf', 'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Ave', 'Rd',
  'Utd', 'Ath', 'Atl', 'Dep', 'Sp', 'Spt', 'Ald', 'Wm',
])

/** Abbreviations that only hold before a number: "No. 7", "Nos. 3 and 4", "p. 12". */
export const NUMERIC_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'no', 'Nos', 'nos', 'p', 'pp', 'Vol', 'vol', 'Art', 'art'])

/** Abbreviations that only hold before certain words: "Man. Utd", "Man. City". */
export const ABBREVIATION_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  ['Man', /^(?:Utd|United|City)\b/],
  ['Nott', /^(?:Forest|'m)\b/],
  ['Wolves', /^$/],
])
