/**
 * Named people and journalists in an article, found once per article: the antecedents that
 * pronoun and role speakers ("he", "the CaughtOffside columnist") resolve to.
 */
import type { Speaker } from '../../domain/types.ts'
import {
  ACCORDING_TO, JOURNALIST_CUE_BEFORE, PERSON_CUE_BEFORE, VERB_AFTER_NAME,
} from './patterns.ts'
import { mayBeInNameRun, nameRunEnd } from './name-scan.ts'
import { JOURNALIST_CUES, NOT_NAME_WORDS, OUTLET_WORDS, PERSON_CUES, REPORTING_VERBS } from './speaker-lexicon.ts'

/** Single-word role nouns that may open a capitalised run ("Reporter Ana Lopez"). */
const ROLE_WORDS = new Set([...JOURNALIST_CUES, ...PERSON_CUES].filter((w) => !w.includes(' ')))
/** Twice the longest word of `NOT_NAME_WORDS` and `ROLE_WORDS`: no longer word can be either (even lower-cased). */
const MAX_SKIPPED_LENGTH = 2 * Math.max(...[...NOT_NAME_WORDS, ...ROLE_WORDS].map((w) => w.length))

export interface NameMention {
  name: string
  start: number
  end: number
}

export interface Antecedent extends NameMention {
  kind: Speaker['kind']
}

/**
 * Every capitalised name run in the text, with sentence-opening function words removed and a
 * trailing possessive dropped.
 * @example extractNames('Transfer expert Fabrizio Romano said.')[1].name // 'Fabrizio Romano'
 */
export function extractNames(text: string): NameMention[] {
  const out: NameMention[] = []
  // Speed: the runs `NAME_RE` would match, found by `nameRunEnd` on offsets (see name-scan.ts).
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    // Most of the text is lower-case ASCII, spaces and punctuation, which cannot open a run.
    if (c < 65 || (c > 90 && c < 128)) {
      i++
      continue
    }
    i = takeRun(text, i, out)
  }
  return out
}

/**
 * The mentions of `extractNames(text)` that end in a given word, found without scanning the
 * whole text: each place the word occurs is resolved by scanning only the stretch around it that
 * a name run could span (runs hold nothing but name characters, spaces and dots, so a run never
 * crosses any other character, and the scan from such a character finds the same runs).
 * @example new NameLookup('Fabrizio Romano said. Romano added.').endingWith('Romano').map((m) => m.name) // ['Fabrizio Romano', 'Romano']
 */
export class NameLookup {
  /** Mentions of each scanned stretch, by the stretch's start. */
  private readonly stretches = new Map<number, NameMention[]>()
  private readonly byWord = new Map<string, NameMention[]>()

  constructor(readonly text: string) {}

  /** Mentions named `word` or ending in ` word`, in text order. */
  endingWith(word: string): readonly NameMention[] {
    let out = this.byWord.get(word)
    if (out) return out
    out = []
    const text = this.text
    for (let p = word === '' ? -1 : text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      const m = this.mentionEndingAt(p, p + word.length)
      if (m && (m.start === p || text.charCodeAt(p - 1) === 32)) out.push(m)
    }
    this.byWord.set(word, out)
    return out
  }

  /** The mention ending at `end` that starts at or before `p`. */
  private mentionEndingAt(p: number, end: number): NameMention | undefined {
    let from = p
    while (from > 0 && mayBeInNameRun(this.text, from - 1)) from--
    let list = this.stretches.get(from)
    if (!list) this.stretches.set(from, (list = mentionsInStretch(this.text, from)))
    return list.find((m) => m.end === end && m.start <= p)
  }
}

/** What `extractNames` finds from `from` (just after a character no run holds) up to the next such character. */
function mentionsInStretch(text: string, from: number): NameMention[] {
  const out: NameMention[] = []
  let i = from
  while (i < text.length && mayBeInNameRun(text, i)) {
    i = takeRun(text, i, out)
  }
  return out
}

/** Adds the mention of the name run opening at `i`, if there is one; returns where scanning goes on. */
function takeRun(text: string, i: number, out: NameMention[]): number {
  const end = nameRunEnd(text, i)
  if (end < 0) return i + 1
  const mention = mentionIn(text, i, end, 0)
  if (mention) out.push(mention)
  return end
}

/**
 * `expandName(name, at, extractNames(lookup.text))`, through a lookup.
 * @example expandNameVia(new NameLookup('Fabrizio Romano said. Romano added.'), 'Romano', 22) // 'Fabrizio Romano'
 */
export function expandNameVia(lookup: NameLookup, name: string, at: number): string {
  if (name.includes(' ')) return name
  let best = name
  for (const n of lookup.endingWith(name)) {
    if (n.start >= at) break
    if (n.name.length > best.length && n.name.endsWith(` ${name}`)) best = n.name
  }
  return best
}

/**
 * Trims a raw capitalised run to a name: drops leading function words ("According", "The"),
 * a trailing possessive and trailing dots.
 * @example toNameMention("However Romano’s", 0)?.name // 'Romano'
 */
export function toNameMention(raw: string, at: number): NameMention | undefined {
  return mentionIn(raw, 0, raw.length, at)
}

/** `toNameMention(s.slice(lo, hi), lo + shift)` without the slice. */
function mentionIn(s: string, lo: number, hi: number, shift: number): NameMention | undefined {
  // Speed: a hand-written split on white space (`\S+` runs), called for every capitalised run.
  let i = lo
  let from = -1
  while (i < hi && from < 0) {
    while (i < hi && isSpace(s.charCodeAt(i))) i++
    if (i >= hi) break
    const start = i
    while (i < hi && !isSpace(s.charCodeAt(i))) i++
    // Speed: only words as short as the longest skippable one are sliced and looked up.
    if (i - start <= MAX_SKIPPED_LENGTH) {
      const word = s.slice(start, i)
      if (NOT_NAME_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase())) continue
    }
    from = start
  }
  if (from < 0) return undefined
  // The end of the last word.
  let lastEnd = hi
  while (isSpace(s.charCodeAt(lastEnd - 1))) lastEnd--
  // Speed: the trims `/['’]s?$/` then `/[.'’-]+$/`, done on the end offset.
  let end = lastEnd
  if (end - from >= 2 && s.charCodeAt(end - 1) === 115 && isApostrophe(s.charCodeAt(end - 2))) end -= 2
  else if (isApostrophe(s.charCodeAt(end - 1))) end -= 1
  while (end > from && isTrailingMark(s.charCodeAt(end - 1))) end--
  if (end - from < 2) return undefined
  const surface = s.slice(from, end)
  return { name: hasSpaceToCollapse(s, from, end) ? surface.replace(/\s+/g, ' ') : surface, start: shift + from, end: shift + end }
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019
}

function isTrailingMark(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45
}

/** Would `/\s+/g → ' '` change s[from, end)? */
function hasSpaceToCollapse(s: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const c = s.charCodeAt(k)
    if (isSpace(c) && (c !== 32 || (k + 1 < end && isSpace(s.charCodeAt(k + 1))))) return true
  }
  return false
}

/**
 * Names with evidence that they are people who speak or report: a role cue before them, a
 * speech verb after them, "according to" before them, or a known journalist.
 * @example findAntecedents('Transfer expert Fabrizio Romano has confirmed it.', names)[0].kind // 'journalist'
 */
export function findAntecedents(text: string, names: readonly NameMention[], isKnownJournalist?: (name: string) => boolean): Antecedent[] {
  const out: Antecedent[] = []
  for (let i = 0; i < names.length; i++) {
    const a = antecedentAt(text, names, i, isKnownJournalist)
    if (a) out.push(a)
  }
  return out
}

/**
 * The antecedent made of `names[i]`, or undefined when nothing marks it as a speaker; what
 * `findAntecedents` keeps for that name (so callers may evaluate only the names they need).
 * @example antecedentAt('Transfer expert Fabrizio Romano has confirmed it.', names, 0)?.kind // 'journalist'
 */
export function antecedentAt(text: string, names: readonly NameMention[], i: number, isKnownJournalist?: (name: string) => boolean): Antecedent | undefined {
  const n = names[i]
  const before = text.slice(Math.max(0, n.start - 40), n.start)
  const after = text.slice(n.end, n.end + 260)
  const verb = VERB_AFTER_NAME.exec(after)
  const according = mayEndWithAccording(before) && /according\s+to\s+(?:the\s+)?$/i.test(before)
  const full = expandName(n.name, n.start, names)
  const known = isKnownJournalist?.(full) === true
  // Speed: the two role-cue patterns scan all 40 characters; only try them when the last word fits.
  const roleCue = mayEndWithRoleCue(before)
  const journalistCue = roleCue && JOURNALIST_CUE_BEFORE.test(before)
  if (!verb && !according && !known && !journalistCue && !(roleCue && PERSON_CUE_BEFORE.test(before))) return undefined
  const journalist = known || journalistCue || (verb !== null && REPORTING_VERBS.has(verb[1].replace(/\s+/g, ' ')))
  return { ...n, name: full, kind: known || (journalist && toKind(n.name) !== 'outlet') ? 'journalist' : toKind(n.name) }
}

/**
 * Is `antecedentAt(text, names, i)` a journalist named `name`? For names that are not known
 * journalists: the caller has found `isKnownJournalist(name)` false.
 * @example isJournalistAntecedentAt('Transfer expert Fabrizio Romano has confirmed it.', names, 0, 'Fabrizio Romano') // true
 */
export function isJournalistAntecedentAt(text: string, names: readonly NameMention[], i: number, name: string): boolean {
  return isJournalistMention(text, names[i], expandName(names[i].name, names[i].start, names), name)
}

/** `isJournalistAntecedentAt` for mention `n`, given its expanded name `full`. */
export function isJournalistMention(text: string, n: NameMention, full: string, name: string): boolean {
  // Speed: `antecedentAt` less the tests that cannot make a journalist ("according to", person
  // cues) and without building the antecedent. Kind journalist needs a journalist cue or a
  // reporting verb (the name not being a known journalist), and a name that is not an outlet's.
  if (full !== name || toKind(n.name) === 'outlet') return false
  const before = text.slice(Math.max(0, n.start - 40), n.start)
  if (mayEndWithRoleCue(before) && JOURNALIST_CUE_BEFORE.test(before)) return true
  const verb = VERB_AFTER_NAME.exec(text.slice(n.end, n.end + 260))
  return verb !== null && REPORTING_VERBS.has(verb[1].replace(/\s+/g, ' '))
}

/** Last words of the role cues ("transfer expert" → expert, "right-back" → back), lower case. */
const ROLE_CUE_ENDS = new Set([...JOURNALIST_CUES, ...PERSON_CUES].map((c) => /[a-z]+$/.exec(c)![0]))

/** JavaScript `\s` (what the `$`-anchored patterns skip at the end). */
function isSpace(c: number): boolean {
  // Speed: letters and punctuation (33–159) leave at the first test.
  if (c > 32 && c < 0xa0) return false
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * Cheap necessary condition for `JOURNALIST_CUE_BEFORE` / `PERSON_CUE_BEFORE`: the last letters
 * before trailing spaces and commas are the last word of a role cue. Never false when a pattern
 * would match (characters that case-fold into ASCII letters keep the full test).
 */
function mayEndWithRoleCue(before: string): boolean {
  let end = before.length
  while (end > 0 && (isSpace(before.charCodeAt(end - 1)) || before.charCodeAt(end - 1) === 44)) end--
  let from = end
  while (from > 0 && isLetterOrFold(before.charCodeAt(from - 1))) from--
  return ROLE_CUE_ENDS.has(before.slice(from, end).toLowerCase()) || before.includes('\u017f') || before.includes('\u212a')
}

/** ASCII letters, and the two characters that case-fold into them under /iu (ſ, K). */
function isLetterOrFold(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a
}

/** Cheap necessary condition for "according to (the)" at the end. */
function mayEndWithAccording(before: string): boolean {
  return before.length >= 12 && before.toLowerCase().includes('according')
}

/**
 * A single surname expands to the fuller name it shortens, named earlier ("Romano" → "Fabrizio Romano").
 * @example expandName('Romano', 90, [{ name: 'Fabrizio Romano', start: 10, end: 25 }]) // 'Fabrizio Romano'
 */
export function expandName(name: string, at: number, names: readonly NameMention[]): string {
  if (name.includes(' ')) return name
  let best = name
  // Speed: only the names ending in this word (indexed once per list), not every earlier name.
  const index = byLastWord(names)
  for (const i of index ? index.get(name) ?? [] : names.keys()) {
    const n = names[i]
    if (n.start >= at) break
    if (n.name.length > best.length && n.name.endsWith(` ${name}`)) best = n.name
  }
  return best
}

const lastWordIndex = new WeakMap<readonly NameMention[], Map<string, number[]> | null>()

/** Positions of the multi-word names by their last word, in list order; null when the list is not sorted by start. */
function byLastWord(names: readonly NameMention[]): Map<string, number[]> | null {
  let index = lastWordIndex.get(names)
  if (index !== undefined) return index
  index = new Map()
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && names[i].start < names[i - 1].start) { index = null; break }
    const space = names[i].name.lastIndexOf(' ')
    if (space < 0) continue
    const word = names[i].name.slice(space + 1)
    const list = index.get(word)
    if (list) list.push(i)
    else index.set(word, [i])
  }
  lastWordIndex.set(names, index)
  return index
}

/**
 * Kind of a bare name: outlet when it looks like one, person otherwise.
 * @example toKind('Sky Sports') // 'outlet'
 */
export function toKind(name: string): Speaker['kind'] {
  return OUTLET_WORDS.test(name) || /^[A-Z]{2,}[a-z]/.test(name) ? 'outlet' : 'person'
}

/** Re-exported so callers can test "according to" without the pattern module. */
export const ACCORDING_TO_RE = ACCORDING_TO
