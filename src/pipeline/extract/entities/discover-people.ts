/**
 * Finds person names the knowledge base does not know: runs of capitalised tokens ("Dani
 * Carvajal", "Virgil van Dijk") outside known entities, typed as player or other person from
 * the words around them ("defender X", "X (32)", "Arne Slot's side", "boss X").
 */
import { isAllCaps } from './gazetteer.ts'
import { NormTest, oneSpaceAfter, TOKEN_CAP, TOKEN_WORD, type TokenTable } from './tokens.ts'
import { CLUB_DESCRIPTOR_NOUNS, MANAGER_POSSESSIONS, NAME_PARTICLES, NON_PLAYER_CUES, NOT_NAME_WORDS, PLAYER_CUES, POSITIONS } from './lexicon.ts'

export interface PersonCandidate {
  from: number
  to: number
  name: string
  role: 'player' | 'person'
  rule: string
  confidence: number
}

/**
 * @param covered token indexes already inside a known-entity mention
 * @example discoverPeople(text, tokens, new Set()) // [{ name: 'Dani Carvajal', role: 'player', … }]
 */
export function discoverPeople(text: string, tokens: TokenTable, covered: Uint8Array): PersonCandidate[] {
  const out: PersonCandidate[] = []
  let i = 0
  while (i < tokens.length) {
    let end = nameRunEnd(tokens, covered, i)
    // "striker Will Grigg": after a position, a capitalised word starts the name even when it is
    // a common word elsewhere ("Will", "May").
    if (end < 0 && afterPosition(tokens, covered, i)) end = nameRunEnd(tokens, covered, i + 1)
    if (end < 0) { i++; continue }
    // INFO: "Ben Doak", "Van Dijk": a capitalised particle is a name word; only "van", "de" in lower case are particles.
    let words = 0
    for (let k = i; k < end; k++) if (tokens.isCap(k) || !NAME_PARTICLES.has(tokens.norm(k))) words++
    const prev = tokens.normAt(i - 1)
    const titled = prev === 'the' || prev === 'los' || prev === 'las' || prev === 'les' || prev === 'el' || prev === 'la'
    // "Russian Premier League side Anzhi Makhachkala": a club the knowledge base does not list, no person.
    const clubNoun = CLUB_NOUNS.has(prev)
    if (words >= 2 && words <= 4 && !titled && !clubNoun && !looksLikeHeadingRun(tokens, i, end) && !isShoutedHeadline(text, tokens, i, end)) {
      out.push(classify(text, tokens, i, end))
    } else if (words === 1 && end === i + 1 && POSITIONS.has(prev) && tokens.isCap(i) && i > 0 && oneSpaceAfter(tokens, text, i - 1)) {
      // "winger Nani", "midfielder Rodrygo": one name after a position is a player's mononym, one
      // plain space after it (not a heading ending "… striker" over a paragraph opening "Two sources").
      out.push(candidate({ from: i, to: end, name: text.slice(tokens.start[i], tokens.end[i]) }, 'player', 'entity/mononym-after-position@1', 0.75))
    }
    i = end
  }
  return out
}

/** Token i is a capitalised word right after a position word, and a name word follows it. */
function afterPosition(tokens: TokenTable, covered: Uint8Array, i: number): boolean {
  if (covered[i] || (tokens.flags[i] & NAME_FLAGS) !== NAME_FLAGS || !POSITIONS.has(tokens.normAt(i - 1))) return false
  return i + 1 < tokens.length && !covered[i + 1] && tokens.start[i + 1] - tokens.end[i] === 1 && isNameToken(tokens, i + 1)
}

/** Nouns a club's name follows: "League One side Stevenage Borough", "Dutch outfit Go Ahead Eagles". */
const CLUB_NOUNS = new Set([...CLUB_DESCRIPTOR_NOUNS, 'clubs', 'sides', 'minnows', 'rivals', 'opponents'])

/** A capitalised word token. */
const NAME_FLAGS = TOKEN_WORD | TOKEN_CAP

function isNameToken(tokens: TokenTable, k: number): boolean {
  if ((tokens.flags[k] & NAME_FLAGS) !== NAME_FLAGS) return false
  return NAME_WORD.at(tokens, k)
}

/** Speed: the norm test of isNameToken, answered once per word. */
const NAME_WORD = new NormTest(isNameWord)

/** A capitalised word that may be part of a name (by its norm). */
function isNameWord(norm: string): boolean {
  return !NOT_NAME_WORDS.has(norm) && !startsWithDigit(norm) && norm.length > 1
}

/** `/^\d/.test(s)` without the regex (this runs for every capitalised token). */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0)
  return c >= 48 && c <= 57
}

function nameRunEnd(tokens: TokenTable, covered: Uint8Array, i: number): number {
  if (covered[i] || !isNameToken(tokens, i)) return -1
  let j = i + 1
  while (j < tokens.length && !covered[j]) {
    if (tokens.start[j] - tokens.end[j - 1] > 1) break
    if (isNameToken(tokens, j)) { j++; continue }
    if (NAME_PARTICLES.has(tokens.norm(j)) && !tokens.isCap(j) && j + 1 < tokens.length && isNameToken(tokens, j + 1)) { j++; continue }
    break
  }
  return j
}

/** "BRUNO BOMBSHELL!", "DEAL DONE:": words in capitals closed by "!" or ":" are a headline's cry, not a name. */
function isShoutedHeadline(text: string, tokens: TokenTable, i: number, end: number): boolean {
  const next = tokens.normAt(end)
  return (next === '!' || next === ':') && isAllCaps(text.slice(tokens.start[i], tokens.end[end - 1]))
}

/**
 * A Title Case heading ("Real Madrid Confident Of Signing", "Chelsea FC Agrees Multi-million
 * Transfer Deal") makes long runs of capitalised words: refuse runs of 5+, counting the
 * capitalised words right before the name too.
 */
function looksLikeHeadingRun(tokens: TokenTable, i: number, end: number): boolean {
  let run = end
  while (run < tokens.length && (tokens.flags[run] & NAME_FLAGS) === NAME_FLAGS) run++
  let first = i
  while (first > 0 && (tokens.flags[first - 1] & NAME_FLAGS) === NAME_FLAGS && tokens.start[first] - tokens.end[first - 1] === 1) first--
  return run - first > 4
}

function classify(text: string, tokens: TokenTable, i: number, end: number): PersonCandidate {
  const name = titleCaseShouted(collapseSpaces(text.slice(tokens.start[i], tokens.end[end - 1])))
  const prev = tokens.normAt(i - 1)
  const prev2 = tokens.normAt(i - 2)
  const next = tokens.normAt(end)
  const next2 = tokens.normAt(end + 1)
  const base = { from: i, to: end, name }
  if (next === ':' || prev === "'" || prev === '’') return candidate(base, 'person', 'entity/byline@1', 0.7)
  if (NON_PLAYER_CUES.has(prev) || (prev2 === 'head' && prev === 'coach')) return candidate(base, 'person', 'entity/person-role-before@1', 0.85)
  // "his agent, Jorge Mendes,", "Chelsea's head coach, Enzo Maresca": the role set off before the name.
  if (prev === ',' && NON_PLAYER_CUES.has(prev2) && next === ',') return candidate(base, 'person', 'entity/person-role-before@1', 0.8)
  if (next === "'s" && MANAGER_POSSESSIONS.has(next2)) return candidate(base, 'person', 'entity/manager-possessive@1', 0.85)
  if (next === ',' && (NON_PLAYER_CUES.has(next2) || appositionRole(tokens, end + 1))) return candidate(base, 'person', 'entity/person-apposition@1', 0.8)
  if (PLAYER_CUES.has(prev)) return candidate(base, 'player', 'entity/player-role-before@1', 0.9)
  if (next === '(' && /^\d{2}$/.test(next2)) return candidate(base, 'player', 'entity/player-age-after@1', 0.9)
  return candidate(base, 'player', 'entity/capitalised-name@1', 0.55)
}

/** Lower-case words that may stand between "the" and a role in an apposition. */
const ROLE_MODIFIERS = new Set(['the', 'a', 'an', 'former', 'current', 'new', 'interim', 'caretaker', 'assistant', 'sporting', 'technical', 'football', 'club', "'s", 'first-team', 'general', 'vice', 'then'])

/**
 * "David Moyes, the United manager,", "Jose Mourinho, Chelsea's new boss": a role set off after
 * the name, across a club's name and a few modifiers. `k` is the token after the comma.
 */
function appositionRole(tokens: TokenTable, k: number): boolean {
  for (let n = 0; n < 6 && k < tokens.length; n++, k++) {
    const w = tokens.norm(k)
    if (NON_PLAYER_CUES.has(w)) return n > 0
    if (!(tokens.isCap(k) && tokens.isWord(k)) && !ROLE_MODIFIERS.has(w)) return false
  }
  return false
}

/**
 * A name set in capitals for emphasis ("BRENNAN JOHNSON is closing in …") is the same person as
 * "Brennan Johnson": its words are title-cased, with each hyphen or apostrophe part capitalised.
 * @example titleCaseShouted('TRENT ALEXANDER-ARNOLD') // 'Trent Alexander-Arnold'
 */
export function titleCaseShouted(name: string): string {
  if (!isAllCaps(name) || !/\p{Lu}\p{Lu}/u.test(name)) return name
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

/** Speed: a plain constructor in place of an object spread per candidate. */
function candidate(base: { from: number; to: number; name: string }, role: 'player' | 'person', rule: string, confidence: number): PersonCandidate {
  return { from: base.from, to: base.to, name: base.name, role, rule, confidence }
}

/** JS `\s` (the class of `/\s+/`): ASCII blanks, NBSP, the Unicode spaces, line separators, BOM. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * `s.replace(/\s+/g, ' ')`. Speed: names are nearly always already single-spaced; the regex
 * runs only when a scan finds another blank or a run of them.
 */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 ? i + 1 < s.length && isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(/\s+/g, ' ')
  }
  return s
}
