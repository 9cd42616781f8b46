/**
 * Finds person names the knowledge base does not know: runs of capitalised tokens ("Dani
 * Carvajal", "Virgil van Dijk") outside known entities, typed as player or other person from
 * the words around them ("defender X", "X (32)", "Arne Slot's side", "boss X").
 */
import { isAllCaps, isAllCapsAt } from './gazetteer.ts'
import { IS_DEMONYM, isAgeWord } from './role-phrases.ts'
import { capitalisedElsewhere, NormTest, oneSpaceAfter, TOKEN_CAP, TOKEN_WORD, type TokenTable } from './tokens.ts'
import { CLUB_DESCRIPTOR_NOUNS, COUNTRY_ADJECTIVES, DEMONYMS, MANAGER_POSSESSIONS, NAME_PARTICLES, NATIONAL_TEAMS, NON_PLAYER_CUES, NOT_NAME_WORDS, OUTLET_NAME_WORDS, PLAYER_CUES, POSITIONS, PURSUIT_BEFORE } from './lexicon.ts'

export interface PersonCandidate {
  from: number
  to: number
  name: string
  /** `outlet`: a publication reporting in its own name ("Mercato Daily understands …"). */
  role: 'player' | 'person' | 'outlet'
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
    // "HIGHLY RATED WINGER Danilo Ferreirinha": shouted words before a proper-cased name are no part of it.
    i = afterShoutedLead(text, tokens, i, end)
    // INFO: "Ben Doak", "Van Dijk": a capitalised particle is a name word; only "van", "de" in lower case are particles.
    // "…, ANTHONY CHAPMAN WRITES.": a shouted byline's verb is no part of the writer's name.
    if (end - i >= 3 && BYLINE_VERBS.has(tokens.norm(end - 1)) && isShoutedWord(text, tokens, end - 1) && isShoutedWord(text, tokens, i)) {
      const name = titleCaseShouted(collapseSpaces(text.slice(tokens.start[i], tokens.end[end - 2])))
      out.push(candidate({ from: i, to: end - 1, name }, 'person', 'entity/byline@1', 0.7))
      i = end
      continue
    }
    // "the Frenchman Olise", "the Dane Christian Eriksen": a nationality before a name describes him, no part of it.
    // "Newly-promoted Wolves", "Cash-strapped Everton": neither is a compound adjective opening a sentence.
    if (end - i >= 2 && (IS_DEMONYM.at(tokens, i) || isLowerCompound(text, tokens, i))) i++
    let words = 0
    for (let k = i; k < end; k++) if (tokens.isCap(k) || !NAME_PARTICLES.has(tokens.norm(k))) words++
    // The word before a name counts on its own line only: a heading ending "… from promotion
    // rivals" says nothing of the "Matt Grimes" opening the paragraph below it.
    const prev = i > 0 && sameLine(text, tokens, i) ? tokens.norm(i - 1) : ''
    // "IMAGO / Action Plus", "Getty Images/Sebastian Frej": a credit after a slash is a picture
    // agency or photographer, no one in the story.
    // "at Hale End", "the Ciutat Esportiva": a training ground, stadium or region, no person.
    // "arrived this morning in San Francisco", "was born in Rio de Janeiro": where someone is, no one.
    // "Saudi Arabian Pro League club Al Hilal": the words before "League" name a competition, no one.
    if (prev === '/' || (prev === 'by' && PICTURE_WORDS.has(tokens.normAt(i - 2))) || isPlaceName(tokens, i, end) || COMPETITION_NEXT.has(tokens.normAt(end)) || (prev === 'in' && BEING_IN.has(placeVerbBefore(tokens, i - 1)))) { i = end; continue }
    const titled = prev === 'the' || prev === 'los' || prev === 'las' || prev === 'les' || prev === 'el' || prev === 'la'
    // "Russian Premier League side Anzhi Makhachkala": a club the knowledge base does not list, no person.
    const clubNoun = CLUB_NOUNS.has(prev)
    if (words >= 2 && words <= 4 && !titled && !clubNoun && !hasClubAffix(text, tokens, i, end) && !looksLikeHeadingRun(text, tokens, i, end) && !isShoutedHeadline(text, tokens, i, end) && !clubBeforePlayer(tokens, covered, end) && !bracketCredit(text, tokens, i, end)) {
      out.push(classify(text, tokens, i, end, prev))
    } else if (words === 1 && end === i + 1 && NATION_WORD.at(tokens, i)) {
      // "the South Korean", "Brazilian": a nationality standing alone names no one.
    } else if (words === 1 && end === i + 1 && POSITIONS.has(prev) && tokens.isCap(i) && i > 0 && oneSpaceAfter(tokens, text, i - 1)) {
      // "winger Nani", "midfielder Rodrygo": one name after a position is a player's mononym, one
      // plain space after it (not a heading ending "… striker" over a paragraph opening "Two sources").
      out.push(candidate({ from: i, to: end, name: text.slice(tokens.start[i], tokens.end[i]) }, 'player', 'entity/mononym-after-position@1', 0.75))
    } else if (words === 1 && end === i + 1 && tokens.isCap(i) && pursuitObject(tokens, text, i)) {
      // "Benfica denied any move for Kokcu", "a bid for Joao": one name as a pursuit's object is the player pursued.
      out.push(candidate({ from: i, to: end, name: text.slice(tokens.start[i], tokens.end[i]) }, 'player', 'entity/mononym-pursued@1', 0.65))
    } else if (words === 1 && end === i + 1 && tokens.isCap(i) && prev !== '' && playerDescribedBefore(tokens, text, i, prev)) {
      // "the Frenchman Olise", "22-year-old Olise": one name after a nationality or a player's age is a player's surname.
      out.push(candidate({ from: i, to: end, name: text.slice(tokens.start[i], tokens.end[i]) }, 'player', 'entity/mononym-described@1', 0.7))
    } else if (words === 1 && end === i + 1 && tokens.isCap(i) && prev !== '' && (playerByContext(tokens, text, i, prev) || contractHolder(tokens, text, i))) {
      // "the ageing Fernandinho", "are keen on Willian", "Willian, whose contract expires": one
      // name a player's description, a pursuit or a contract goes with is a player's mononym.
      out.push(candidate({ from: i, to: end, name: text.slice(tokens.start[i], tokens.end[i]) }, 'player', 'entity/mononym-context@1', 0.65))
    } else if (words === 1 && end === i + 1 && tokens.isCap(i) && MOVE_SUBJECT_AUX.has(tokens.normAt(i + 1)) && !NOT_SUBJECT_NAMES.has(tokens.norm(i)) && MOVE_SUBJECT.test(text.slice(tokens.end[i], tokens.end[i] + 40)) && capitalisedElsewhere(tokens, i)) {
      // "Olise has agreed personal terms … a fee for Olise": one name, the subject of a player's
      // own move that the article names again, is the player moving.
      out.push(candidate({ from: i, to: end, name: text.slice(tokens.start[i], tokens.end[i]) }, 'player', 'entity/mononym-mover@1', 0.65))
    }
    i = end
  }
  return out
}

/** Adjectives "the" puts before a footballer's one name: "the ageing Fernandinho", "the unsettled Casemiro". */
const PLAYER_ADJECTIVES = new Set(['ageing', 'aging', 'veteran', 'experienced', 'unsettled', 'wantaway', 'out-of-favour', 'out-of-favor', 'in-form', 'injured', 'injury-prone', 'versatile', 'prolific', 'tricky', 'diminutive', 'evergreen'])
/** Verbs of a pursuit whose object is the player: "targeting Willian", "chasing Fernandinho". */
const PURSUIT_VERBS = new Set(['targeting', 'targetting', 'eyeing', 'chasing', 'pursuing', 'tracking', 'monitoring', 'scouting', 'courting'])
/** A contract's words after a one-word name: "Willian, whose contract expires", "Fernandinho's deal runs out". */
const CONTRACT_AFTER = /^(?:,\s+whose\s+(?:contract|current\s+deal|deal)\b|['’]s\s+(?:current\s+)?(?:contract|deal)\s+(?:expires|runs|ends|is\s+up|with)\b)/

/**
 * Token i, one name on the line of `prev`, follows words that only describe or pursue a player:
 * "the ageing Fernandinho", "keen on Willian", "interested in Casemiro", "are targeting Rodrygo".
 * No capitalised word runs on after it (a longer name or a place).
 */
function playerByContext(tokens: TokenTable, text: string, i: number, prev: string): boolean {
  if (!oneSpaceAfter(tokens, text, i - 1)) return false
  if (i + 1 < tokens.length && tokens.isCap(i + 1) && tokens.isWord(i + 1)) return false
  if (POSITIONS.has(tokens.normAt(i + 1))) return false
  if (PLAYER_ADJECTIVES.has(prev)) return tokens.normAt(i - 2) === 'the'
  if (PURSUIT_VERBS.has(prev)) return true
  return (prev === 'on' && tokens.normAt(i - 2) === 'keen') || (prev === 'in' && tokens.normAt(i - 2) === 'interested')
}

/** Token i, one name, is the holder of a contract told right after it. */
function contractHolder(tokens: TokenTable, text: string, i: number): boolean {
  if (i + 1 < tokens.length && tokens.isCap(i + 1) && tokens.isWord(i + 1)) return false
  const c = text.charCodeAt(tokens.end[i])
  return (c === 44 || c === 39 || c === 0x2019) && CONTRACT_AFTER.test(text.slice(tokens.end[i], tokens.end[i] + 40))
}

/** Singular auxiliaries after a one-word subject: a club takes "have" in British English, a player "has". */
const MOVE_SUBJECT_AUX = new Set(['has', 'is', 'was', 'will', 'had'])

/** A player's own move after his name: "has agreed", "is set to join", "will undergo a medical". */
const MOVE_SUBJECT = /^\s+(?:has|is|was|will|had)\s+(?:(?:now|also|reportedly|already|finally|been)\s+)?(?:agreed|signed|completed|joined|undergone|passed|handed in|set to (?:join|sign|leave|undergo|complete|move|seal)|close to (?:joining|signing|completing|a move)|expected to (?:join|sign|leave|undergo|complete|move|seal)|poised to (?:join|sign|leave|undergo|complete|move|seal)|on the verge of|undergo|join|sign for|leave)\b/

/** Words opening a sentence as its subject that name no one: "Everyone has signed", "Another is set to join". */
const NOT_SUBJECT_NAMES = new Set(['everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'one', 'another', 'either', 'each', 'all', 'most', 'who', 'whoever', 'nothing', 'something', 'everything', 'what', 'which'])

/** Speed: answered once per word. A country, its adjective or its people: "England", "Spanish", "Spaniard". */
const NATION_WORD = new NormTest((w) => NATIONAL_TEAMS.has(w) || w in COUNTRY_ADJECTIVES || w in DEMONYMS)

/** Words before "by" crediting a picture: "Photo by Paul Harding/Getty Images". */
const PICTURE_WORDS = new Set(['photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'pic'])

/**
 * A capitalised compound whose later part is in lower case ("Newly-promoted", "Cash-strapped"):
 * an adjective, never a name word ("Jean-Philippe", "Alexander-Arnold" capitalise every part).
 */
export function isLowerCompound(text: string, tokens: TokenTable, k: number): boolean {
  const dash = tokens.norm(k).indexOf('-')
  if (dash < 1) return false
  const c = text.charCodeAt(tokens.start[k] + dash + 1)
  return c >= 97 && c <= 122
}

/** Verbs of being or arriving somewhere before "in" and a place: "arrived in San Francisco", "is based in Lagos". */
const BEING_IN = new Set(['arrived', 'arrives', 'arriving', 'landed', 'lands', 'landing', 'based', 'born', 'lives', 'lived', 'living', 'stayed', 'staying', 'holidaying', 'touched', 'settled', 'raised', 'grew'])

/** The verb before "in" at `inAt`, across a few time words between ("arrived this morning in"). */
function placeVerbBefore(tokens: TokenTable, inAt: number): string {
  for (let k = inAt - 1; k >= Math.max(0, inAt - 4); k--) {
    const w = tokens.norm(k)
    if (BEING_IN.has(w)) return w
    if (w === 'up' && tokens.normAt(k - 1) === 'grew') return 'grew'
    if (!tokens.isWord(k) || tokens.isCap(k)) return ''
  }
  return ''
}

/** Whether token i (i > 0) is on the line of the token before it. */
function sameLine(text: string, tokens: TokenTable, i: number): boolean {
  // Speed: only the gap between the two tokens is read (usually one space).
  for (let k = tokens.end[i - 1]; k < tokens.start[i]; k++) if (text.charCodeAt(k) === 10) return false
  return true
}

/**
 * Words that make a capitalised run a place: first words of grounds ("Estadio", "Ciutat") and last
 * words of grounds, academies and regions ("Hale End", "Ciutat Esportiva", "Carrington Training
 * Centre"). None is a footballer's surname in the news.
 */
const PLACE_FIRST = new Set(['estadio', 'estadi', 'stade', 'stadio', 'ciudad', 'ciutat', 'centro', 'campo', 'parc', 'stadion', 'training'])
const PLACE_LAST = new Set(['end', 'esportiva', 'deportiva', 'road', 'street', 'stadium', 'stadion', 'arena', 'ground', 'grounds', 'centre', 'center', 'complex', 'campus', 'airport', 'square', 'avenue', 'midlands', 'highlands', 'riviera', 'peninsula', 'coast'])

/** A word after a capitalised run that makes it a competition's name: "(Saudi Arabian) Pro League", "Premier Division". */
const COMPETITION_NEXT = new Set(['league', 'division'])

/** Whether the run [i, end) is a place by its first or last word. */
function isPlaceName(tokens: TokenTable, i: number, end: number): boolean {
  return PLACE_FIRST.has(tokens.norm(i)) || (end - i >= 2 && PLACE_LAST.has(tokens.norm(end - 1))) || (end - i === 1 && tokens.norm(i) === 'midlands')
}

/** "22-year-old", "19-year-old": a player's age as a word (16 to 40; ages past 40 are no player's). */
function isPlayerAge(w: string): boolean {
  if (!isAgeWord(w)) return false
  const age = Number(w.slice(0, 2))
  return age >= 16 && age <= 40
}

/**
 * Token i, a one-word name on the line of `prev`, follows words only a footballer is described
 * by: a nationality ("the Frenchman Olise", "Brazilian Savinho") or an age ("the 22-year-old
 * Olise"); a lower-case word or a stop follows it (not "the Spaniard Luis Enrique").
 */
function playerDescribedBefore(tokens: TokenTable, text: string, i: number, prev: string): boolean {
  // `prev` is the norm of token i - 1 (the caller's word before the name).
  const demonym = IS_DEMONYM.at(tokens, i - 1)
  if (!demonym && !isPlayerAge(prev)) return false
  if (!oneSpaceAfter(tokens, text, i - 1)) return false
  if (NATION_WORD.at(tokens, i) || POSITIONS.has(tokens.normAt(i + 1))) return false
  // "Portuguese Primeira Liga": a capitalised word after it makes a longer name, no surname.
  if (i + 1 < tokens.length && tokens.isCap(i + 1) && tokens.isWord(i + 1)) return false
  // A nationality is a noun, the player's, only after "the" ("Brazilian Raphinha" at a sentence's opening may be an adjective of a thing).
  return demonym ? tokens.normAt(i - 2) === 'the' : true
}

/**
 * "Legia Warsaw defender Maik Nawrocki": a run right before a position and another name is the
 * player's club (one the knowledge base does not list), not a person.
 */
function clubBeforePlayer(tokens: TokenTable, covered: Uint8Array, end: number): boolean {
  return end + 1 < tokens.length && POSITIONS.has(tokens.norm(end)) && !covered[end + 1] && isNameToken(tokens, end + 1)
}

/**
 * "… a new forward (Simon Collings).": a name alone in brackets closing a sentence credits the
 * writer of a report; no player, and no source of the article's other claims.
 */
function bracketCredit(text: string, tokens: TokenTable, i: number, end: number): boolean {
  if (tokens.normAt(i - 1) !== '(' || tokens.normAt(end) !== ')') return false
  const after = tokens.normAt(end + 1)
  return after === '.' || after === '' || /^\s*\n/.test(text.slice(tokens.end[end], tokens.end[end] + 3))
}

/** Verbs a shouted byline ends with: "ANTHONY CHAPMAN WRITES", "BY JANE DOE REPORTING". */
const BYLINE_VERBS = new Set(['writes', 'reports', 'reporting', 'writing'])

/** Token i is a capitalised word right after a position word, and a name word follows it. */
function afterPosition(tokens: TokenTable, covered: Uint8Array, i: number): boolean {
  if (covered[i] || (tokens.flags[i] & NAME_FLAGS) !== NAME_FLAGS || !POSITIONS.has(tokens.normAt(i - 1))) return false
  return i + 1 < tokens.length && !covered[i + 1] && tokens.start[i + 1] - tokens.end[i] === 1 && isNameToken(tokens, i + 1)
}

/**
 * The first token of the run [i, end) once the words in capitals leading it are set aside, when
 * a proper-cased word follows them ("RATED Danilo Ferreirinha"); a name shouted whole ("MARCUS
 * ELLIOTT-BRAY") and short capitals ("JJ", initials) stay.
 */
function afterShoutedLead(text: string, tokens: TokenTable, i: number, end: number): number {
  let k = i
  while (k < end - 1 && isShoutedWord(text, tokens, k)) k++
  if (k === i || k >= end || isShoutedWord(text, tokens, k) || tokens.end[k] - tokens.start[k] < 2) return i
  return k
}

/** A word of three or more letters, all in capitals. */
function isShoutedWord(text: string, tokens: TokenTable, k: number): boolean {
  return tokens.end[k] - tokens.start[k] >= 3 && isAllCapsAt(text, tokens.start[k], tokens.end[k])
}

/**
 * Token i is the object of a pursuit ("move for", "bid for", "interest in", "signing of", "sign"),
 * one plain space after it, and no place or nationality ("a move for England").
 */
function pursuitObject(tokens: TokenTable, text: string, i: number): boolean {
  if (i < 2 || !oneSpaceAfter(tokens, text, i - 1)) return false
  if (NATION_WORD.at(tokens, i) || tokens.norm(i) === 'europe') return false
  // "… for Kokcu's …" is fine; "for Kokcu-" or a name run on ("for Kokcu Jr") is not one word.
  // "sign Russia winger Denis Cheryshev", "a move for Ajax midfielder …": a word before a position qualifies the player named after it.
  if (POSITIONS.has(tokens.normAt(i + 1))) return false
  const prev = tokens.norm(i - 1)
  if (prev === 'sign' || prev === 'signed' || prev === 'signing') return tokens.normAt(i + 1) !== 'for'
  return PURSUIT_BEFORE[prev]?.has(tokens.norm(i - 2)) === true
}

/** Abbreviations that only clubs carry: "FC Nordsjaelland", "AFC Wimbledon", "SV Darmstadt". */
const CLUB_AFFIXES = new Set(['fc', 'afc', 'cf', 'sc', 'fk', 'sk', 'bk', 'ssc', 'cd', 'ud', 'sv', 'vfb', 'vfl', 'tsg', 'kv', 'krc', 'rsc', 'nk', 'hnk', 'gnk', 'pfc', 'osc', 'ogc', 'rcd'])

/** Whether the run [i, end) holds a club abbreviation in capitals: a club the knowledge base lacks, no person. */
function hasClubAffix(text: string, tokens: TokenTable, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (CLUB_AFFIXES.has(tokens.norm(k)) && isAllCapsAt(text, tokens.start[k], tokens.end[k])) return true
  return false
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
    // "Marten de Roon"; capitalised inside a name too ("Neil El Aynaoui", "Joey Van Den Berg"), never first.
    if (NAME_PARTICLES.has(tokens.norm(j)) && j + 1 < tokens.length && (isNameToken(tokens, j + 1) || NAME_PARTICLES.has(tokens.norm(j + 1))) && tokens.start[j + 1] - tokens.end[j] === 1) { j++; continue }
    break
  }
  return j
}

/** "BRUNO BOMBSHELL!", "DEAL DONE:": words in capitals closed by "!" or ":" are a headline's cry, not a name. */
function isShoutedHeadline(text: string, tokens: TokenTable, i: number, end: number): boolean {
  const next = tokens.normAt(end)
  if (!isAllCapsAt(text, tokens.start[i], tokens.end[end - 1])) return false
  // "TRANSFER GOSSIP", "PAPER TALK": words in capitals filling their own line are a section's title.
  return next === '!' || next === ':' || wholeLine(text, tokens.start[i], tokens.end[end - 1])
}

/** Whether [start, end) is all of its line but spaces. */
function wholeLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1)
  const after = text.indexOf('\n', end)
  return text.slice(before + 1, start).trim() === '' && text.slice(end, after < 0 ? text.length : after).trim() === ''
}

/**
 * A Title Case heading ("Real Madrid Confident Of Signing", "Chelsea FC Agrees Multi-million
 * Transfer Deal") makes long runs of capitalised words: refuse runs of 5+, counting the
 * capitalised words right before the name too (but not words in capitals before a proper-cased name).
 */
function looksLikeHeadingRun(text: string, tokens: TokenTable, i: number, end: number): boolean {
  let run = end
  while (run < tokens.length && (tokens.flags[run] & NAME_FLAGS) === NAME_FLAGS) run++
  let first = i
  // Words in capitals before a proper-cased name ("HIGHLY RATED WINGER Danilo …") are a shouted lead, not a heading.
  const shoutedLead = !isShoutedWord(text, tokens, i)
  while (first > 0 && (tokens.flags[first - 1] & NAME_FLAGS) === NAME_FLAGS && tokens.start[first] - tokens.end[first - 1] === 1 && !(shoutedLead && isShoutedWord(text, tokens, first - 1))) first--
  return run - first > 4
}

/**
 * `prev` is the word before the run on its own line, '' when there is none (discoverPeople reads
 * it): a heading ending "… Lille striker" says nothing of "TRANSFER GOSSIP" below it.
 */
function classify(text: string, tokens: TokenTable, i: number, end: number, prev: string): PersonCandidate {
  const name = titleCaseShouted(collapseSpaces(text.slice(tokens.start[i], tokens.end[end - 1])))
  const prev2 = prev === '' ? '' : tokens.normAt(i - 2)
  const next = tokens.normAt(end)
  const next2 = tokens.normAt(end + 1)
  const base = { from: i, to: end, name }
  // "(Lancashire Telegraph)", "(Watford Observer via Metro)": a bracketed credit ending in a publication's word names an outlet.
  if (prev === '(' && (next === ')' || next === 'via' || next === '-' || next === '–' || next === ',') && OUTLET_NAME_WORDS.has(tokens.norm(end - 1))) return candidate(base, 'outlet', 'entity/credit-outlet@1', 0.75)
  if (next === ':' || prev === "'" || prev === '’') return candidate(base, 'person', 'entity/byline@1', 0.7)
  // "myself and Steve Waggott": a speaker's colleague in what they decided, no player.
  if (prev === 'and' && (prev2 === 'myself' || prev2 === 'me')) return candidate(base, 'person', 'entity/person-with-speaker@1', 0.7)
  // "…, writes James Robson.", "…, reports Jane Doe": a writer's credit after the story.
  if (prev2 === ',' && BYLINE_VERBS.has(prev)) return candidate(base, 'person', 'entity/byline@1', 0.75)
  // "Mercato Daily understands …", "Calcio Wire Italia has learned that …": a publication reporting.
  const frame = sourceFrame(tokens, end)
  if (frame) {
    const outlet = hasOutletWord(tokens, i, end)
    if (outlet || frame === 'strong') return candidate(base, outlet ? 'outlet' : 'person', 'entity/source-frame@1', 0.8)
  }
  // "According to Cesar Luis Merlo, Enzo Fernandez's move …": the one named as the source reports
  // the story ("according to Salah's agent" names the player, and the agent is the source).
  if (prev === 'to' && prev2 === 'according' && next !== "'s" && next !== "'" && next !== '’') return candidate(base, 'person', 'entity/source-frame@1', 0.8)
  // "Free agent Ben Foster": a player without a club, not an agent.
  if (prev === 'agent' && prev2 === 'free') return candidate(base, 'player', 'entity/player-role-before@1', 0.85)
  if (NON_PLAYER_CUES.has(prev) || (prev2 === 'head' && prev === 'coach') || roleOfBefore(tokens, i)) return candidate(base, 'person', 'entity/person-role-before@1', 0.85)
  // "his agent, Jorge Mendes,", "Chelsea's head coach, Enzo Maresca": the role set off before the name.
  if (prev === ',' && NON_PLAYER_CUES.has(prev2) && next === ',') return candidate(base, 'person', 'entity/person-role-before@1', 0.8)
  // "the president of the Spanish side Villarreal, Fernando Roig,": the role and its club set off before the name.
  if (prev === ',' && roleOfClubBefore(tokens, i - 1)) return candidate(base, 'person', 'entity/person-role-before@1', 0.8)
  if (next === "'s" && MANAGER_POSSESSIONS.has(next2)) return candidate(base, 'person', 'entity/manager-possessive@1', 0.85)
  // "Solskjaer's cultural reboot", "Arteta's rebuild": a project only a manager owns, a word between.
  if (next === "'s" && (MANAGER_PROJECTS.has(next2) || MANAGER_PROJECTS.has(tokens.normAt(end + 2)))) return candidate(base, 'person', 'entity/manager-possessive@1', 0.8)
  if (next === ',' && (NON_PLAYER_CUES.has(next2) || appositionRole(tokens, end + 1))) return candidate(base, 'person', 'entity/person-apposition@1', 0.8)
  // "Joaquin Marquez, who represents the midfielder,": a man who acts for a player is his agent.
  if (actsForSomeone(tokens, next === ',' && next2 === 'who' ? end + 2 : next === 'who' ? end + 1 : -1)) return candidate(base, 'person', 'entity/person-acts-for@1', 0.8)
  if (PLAYER_CUES.has(prev)) return candidate(base, 'player', 'entity/player-role-before@1', 0.9)
  if (next === '(' && /^\d{2}$/.test(next2)) return candidate(base, 'player', 'entity/player-age-after@1', 0.9)
  return candidate(base, 'player', 'entity/capitalised-name@1', 0.55)
}

/**
 * A role with its field before the name: "director of football Nils Bergmann", "head of
 * recruitment Tom Hale". `i` is the name's first token.
 */
function roleOfBefore(tokens: TokenTable, i: number): boolean {
  for (let k = i - 2; k >= Math.max(1, i - 4); k--) {
    if (tokens.isCap(k + 1) && k + 1 < i) return false
    if (tokens.norm(k) === 'of') return NON_PLAYER_CUES.has(tokens.norm(k - 1))
    if (!tokens.isWord(k)) return false
  }
  return false
}

/** A manager's projects after his possessive: "Solskjaer's cultural reboot", "Howe's rebuild". */
const MANAGER_PROJECTS = new Set(['reboot', 'rebuild', 'revolution', 'regime', 'philosophy', 'blueprint', 'overhaul', 'dugout', 'backroom', 'tactics', 'tactical'])

/** Words that may stand between a role's "of" and the comma before a name: "the Spanish La Liga side Villarreal". */
const ROLE_OF_FILLERS = new Set(['of', 'the', "'s", '’s', ...CLUB_DESCRIPTOR_NOUNS])

/**
 * "the president of the Spanish La Liga side Villarreal, Fernando Roig": before the comma at `comma`,
 * a non-playing role and "of", then only capitalised words, "the" and club nouns (a few).
 */
function roleOfClubBefore(tokens: TokenTable, comma: number): boolean {
  let sawOf = false
  for (let k = comma - 1; k >= Math.max(0, comma - 9); k--) {
    const w = tokens.norm(k)
    if (NON_PLAYER_CUES.has(w)) return sawOf
    if (w === 'of') sawOf = true
    if (!(tokens.isCap(k) && tokens.isWord(k)) && !ROLE_OF_FILLERS.has(w)) return false
  }
  return false
}

/**
 * The words after a capitalised run when they frame it as a source: 'strong' for verbs only a
 * reporter uses ("has learned", "can reveal", "has been told"), 'weak' for those a player may
 * use too ("understands", "reports" but not "reports for training").
 */
function sourceFrame(tokens: TokenTable, end: number): 'strong' | 'weak' | undefined {
  const a = tokens.normAt(end)
  const b = tokens.normAt(end + 1)
  const c = tokens.normAt(end + 2)
  if ((a === 'has' || a === 'have') && (b === 'learned' || b === 'learnt' || b === 'reported' || (b === 'been' && c === 'told'))) return 'strong'
  if (a === 'can' && (b === 'reveal' || b === 'confirm' || b === 'exclusively')) return 'strong'
  if (a === 'is' && b === 'reporting') return 'strong'
  if (a === 'understands' || a === 'understand') return b === 'that' ? 'strong' : 'weak'
  if (a === 'reports' || a === 'reported') return b === 'that' ? 'strong' : b === 'for' || b === 'to' || b === 'back' || b === 'in' ? undefined : 'weak'
  return undefined
}

/** Whether the run [i, end) holds a word of a publication's name ("Daily", "Calcio", "Wire"). */
function hasOutletWord(tokens: TokenTable, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (OUTLET_NAME_WORDS.has(tokens.norm(k))) return true
  return false
}

/** Verbs of a man who acts for another ("who represents", "who advises"): an agent or adviser, not a player. */
const ACTS_FOR = new Set(['represents', 'represented', 'advises', 'advised', 'negotiates', 'negotiated', 'brokered', 'brokers'])
/** Verbs that may take a nation ("who represents Brazil", "who represented his country"): a player's caps. */
const NATION_VERBS = new Set(['represents', 'represented'])
/** Nouns of a national side after "represents his …", "represents the …". */
const NATION_NOUNS = new Set(['country', 'nation', 'national', 'team', 'football', 'side', 'under-21s', 'under-21', 'olympic'])

/**
 * Whether the verb at `k` (after "who") tells of acting for someone: "who represents Osimhen",
 * "who advised the club". A nation or "his country" after "represents" is a player's caps.
 */
function actsForSomeone(tokens: TokenTable, k: number): boolean {
  if (k < 0 || !ACTS_FOR.has(tokens.normAt(k))) return false
  if (!NATION_VERBS.has(tokens.normAt(k))) return true
  const a = tokens.normAt(k + 1)
  const b = tokens.normAt(k + 2)
  // "who represents the Brazilian" is his man; "who represents Brazil", "… his country" are caps.
  if (NATIONAL_TEAMS.has(a) || (COUNTRY_ADJECTIVES[a] !== undefined && NATION_NOUNS.has(b))) return false
  return !((a === 'his' || a === 'their' || a === 'the') && (NATION_NOUNS.has(b) || NATIONAL_TEAMS.has(b)))
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
function candidate(base: { from: number; to: number; name: string }, role: PersonCandidate['role'], rule: string, confidence: number): PersonCandidate {
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
