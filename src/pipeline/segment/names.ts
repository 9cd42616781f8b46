/**
 * Named people and journalists in an article, found once per article: the antecedents that
 * pronoun and role speakers ("he", "the CaughtOffside columnist") resolve to.
 */
import type { Speaker } from '../../domain/types.ts'
import {
  ACCORDING_TO, JOURNALIST_CUE_BEFORE, NAME_RE, PERSON_CUE_BEFORE, VERB_AFTER_NAME,
} from './patterns.ts'
import { JOURNALIST_CUES, NOT_NAME_WORDS, OUTLET_WORDS, PERSON_CUES, REPORTING_VERBS } from './speaker-lexicon.ts'

/** Single-word role nouns that may open a capitalised run ("Reporter Ana Lopez"). */
const ROLE_WORDS = new Set([...JOURNALIST_CUES, ...PERSON_CUES].filter((w) => !w.includes(' ')))

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
  NAME_RE.lastIndex = 0
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const mention = toNameMention(m[0], m.index)
    if (mention) out.push(mention)
  }
  return out
}

/**
 * Trims a raw capitalised run to a name: drops leading function words ("According", "The"),
 * a trailing possessive and trailing dots.
 * @example toNameMention("However Romano’s", 0)?.name // 'Romano'
 */
export function toNameMention(raw: string, at: number): NameMention | undefined {
  const tokens = [...raw.matchAll(/\S+/g)]
  let k = 0
  while (k < tokens.length && (NOT_NAME_WORDS.has(tokens[k][0]) || ROLE_WORDS.has(tokens[k][0].toLowerCase()))) k++
  if (k === tokens.length) return undefined
  const from = tokens[k].index ?? 0
  const last = tokens[tokens.length - 1]
  const surface = raw.slice(from, (last.index ?? 0) + last[0].length).replace(/['’]s?$/, '').replace(/[.'’-]+$/, '')
  if (surface.length < 2) return undefined
  return { name: surface.replace(/\s+/g, ' '), start: at + from, end: at + from + surface.length }
}

/**
 * Names with evidence that they are people who speak or report: a role cue before them, a
 * speech verb after them, "according to" before them, or a known journalist.
 * @example findAntecedents('Transfer expert Fabrizio Romano has confirmed it.', names)[0].kind // 'journalist'
 */
export function findAntecedents(text: string, names: readonly NameMention[], isKnownJournalist?: (name: string) => boolean): Antecedent[] {
  const out: Antecedent[] = []
  for (const n of names) {
    const before = text.slice(Math.max(0, n.start - 40), n.start)
    const after = text.slice(n.end, n.end + 260)
    const verb = VERB_AFTER_NAME.exec(after)
    const according = /according\s+to\s+(?:the\s+)?$/i.test(before)
    const known = isKnownJournalist?.(expandName(n.name, n.start, names)) === true
    if (!verb && !according && !known && !JOURNALIST_CUE_BEFORE.test(before) && !PERSON_CUE_BEFORE.test(before)) continue
    const journalist = known || JOURNALIST_CUE_BEFORE.test(before) || (verb !== null && REPORTING_VERBS.has(verb[1].replace(/\s+/g, ' ')))
    out.push({ ...n, name: expandName(n.name, n.start, names), kind: known || (journalist && toKind(n.name) !== 'outlet') ? 'journalist' : toKind(n.name) })
  }
  return out
}

/**
 * A single surname expands to the fuller name it shortens, named earlier ("Romano" → "Fabrizio Romano").
 * @example expandName('Romano', 90, [{ name: 'Fabrizio Romano', start: 10, end: 25 }]) // 'Fabrizio Romano'
 */
export function expandName(name: string, at: number, names: readonly NameMention[]): string {
  if (name.includes(' ')) return name
  let best = name
  for (const n of names) {
    if (n.start >= at) break
    if (n.name.length > best.length && n.name.endsWith(` ${name}`)) best = n.name
  }
  return best
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
