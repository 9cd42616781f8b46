/**
 * Contract facts in text (SPEC §4.4): when a player's contract expires and how long a (new)
 * contract runs. "terms set to expire in the summer of 2025" → 2025-06-30; "out of contract at
 * the end of the season" → June 30 of the season's end year; "a five-year deal" → 5 years.
 * Linking a fact to a player and club is the caller's job; this module finds and resolves facts.
 */
import { seasonEndDate, seasonEndYear } from './calendar-helpers.js'
import { addMonths, parseIsoDate } from './iso-date.js'
import { COUNT_ALT, countValue, TIME_LEXICON } from './lexicon.js'
import { clampSpan, findTimeExpressions } from './resolve-time.js'
import type { TimeMention } from './types.js'
import { scanWords, wordTable } from './word-scan.js'

/** One contract fact. `relative` says what an unresolved expiry means when there is no date. */
export interface ContractFactMention {
  start: number
  end: number
  /** `YYYY-MM-DD` */
  expires?: string
  lengthYears?: number
  /** "at least four years". */
  atLeast?: boolean
  relative?: 'season-end' | 'final-year' | 'remaining'
  rule: string
  confidence: number
}

const NOUN = '(?:contract|deal|terms|agreement|stay|pact)'
const EXPIRY_RE = new RegExp(
  `\\b(?:${NOUN}\\b[^.!?;]{0,50}?\\b(?:expires?|expiring|expiry|runs?\\s+(?:out|until|till|to|through)|running\\s+(?:out|until|till|to|through)|(?:is|are)\\s+up|ends?|ending|until|till|through)` +
    `|out\\s+of\\s+cont(r?)act|signed\\s+(?:on\\s+)?(?:until|till|through|to)|(?:tied|locked)\\s+down\\s+(?:until|till|to)` +
    `|(?:extended|renewed)\\s+(?:his\\s+${NOUN}\\s+)?(?:until|till|through|to))\\b`,
  'gi',
)
const FINAL_YEAR_RE = new RegExp(
  `\\b(?:final|last)\\s+(?:year|season|12\\s+months|twelve\\s+months|six\\s+months|6\\s+months)\\s+of\\s+(?:his|her|their|the|a)\\s+(?:current\\s+|existing\\s+|present\\s+)?${NOUN}\\b`,
  'gi',
)
const REMAINING_RE = new RegExp(
  `\\b(${COUNT_ALT})\\s+(months?|years?)\\s+(?:left|remaining|to\\s+run)\\s+(?:on|of|in)\\s+(?:his|her|their|the)\\s+(?:current\\s+|existing\\s+)?${NOUN}\\b`,
  'gi',
)
const LENGTH_RE = new RegExp(
  `\\b(${COUNT_ALT}|\\d(?:\\.5)?)(-and-a-half|\\s+and\\s+a\\s+half)?[-\\s]+years?[-\\s]+(?:long[-\\s]+)?(?:(?:new|fresh|improved|bumper|lucrative)\\s+)?(?:contract|deal|extension|agreement|terms|pact)\\b` +
    `|\\b(?:contract|deal|extension|terms|pact)\\b[^.!?;]{0,40}?\\b(?:of|for|be|lasting|spanning|running\\s+for)\\s+['‘“"]?(at\\s+least|a\\s+minimum\\s+of|up\\s+to|around)?\\s*(${COUNT_ALT}|\\d)\\s+(?:more\\s+)?years?\\b`,
  'gi',
)
// Gates, as bits of CONTRACT_WORDS. ANY_FACT: a span with none of its words (`cont(r)act`, `deal`,
// `year`, …; ASCII case folded as by `/i`) has no contract fact. The others: a word each pattern
// cannot match without (every alternative spells one; `/i` without `u` folds nothing else onto
// ASCII), so skipping a pattern on spans lacking them changes nothing.
// EXPIRY_RE's alternatives: a noun (EXPIRY_NOUN) and a word ending it (EXPIRY_END) within 50
// chars; "out of cont(r)act" (EXPIRY_OUT and EXPIRY_CONT); or a verb (EXPIRY_VERB).
const ANY_FACT = 1
const EXPIRY_NOUN = 2
const FINAL_YEAR_WORD = 4
const REMAINING_WORD = 8
const LENGTH_WORD = 16
const EXPIRY_END = 32
const EXPIRY_OUT = 64
const EXPIRY_CONT = 128
const EXPIRY_VERB = 256
const CONTRACT_WORDS = wordTable(
  Object.entries({
    contract: ANY_FACT | EXPIRY_NOUN | EXPIRY_CONT, contact: ANY_FACT | EXPIRY_CONT, deal: ANY_FACT | EXPIRY_NOUN, terms: ANY_FACT | EXPIRY_NOUN,
    agreement: ANY_FACT | EXPIRY_NOUN, stay: ANY_FACT | EXPIRY_NOUN, pact: ANY_FACT | EXPIRY_NOUN, extension: ANY_FACT,
    signed: ANY_FACT | EXPIRY_VERB, tied: ANY_FACT | EXPIRY_VERB, locked: ANY_FACT | EXPIRY_VERB,
    year: ANY_FACT | REMAINING_WORD | LENGTH_WORD, cont: EXPIRY_CONT, extended: EXPIRY_VERB, renewed: EXPIRY_VERB,
    final: FINAL_YEAR_WORD, last: FINAL_YEAR_WORD, month: REMAINING_WORD,
    expir: EXPIRY_END, run: EXPIRY_END, up: EXPIRY_END, end: EXPIRY_END, until: EXPIRY_END, till: EXPIRY_END, through: EXPIRY_END,
    out: EXPIRY_OUT,
  }),
)

/** The gate bits say EXPIRY_RE may match: each alternative's words are all there. */
function mayExpire(found: number): boolean {
  return ((found & EXPIRY_NOUN) !== 0 && (found & EXPIRY_END) !== 0) || (found & (EXPIRY_OUT | EXPIRY_CONT)) === (EXPIRY_OUT | EXPIRY_CONT) || (found & EXPIRY_VERB) !== 0
}

const GAP_RE = /^[\s,]*(?:(?:in|at|on|by|come|after|following|as\s+of|from)\s+)?$/i

/** Expiry date a time mention implies for a contract (contracts end on June 30 by convention). */
export function expiryFromTime(m: TimeMention): string | undefined {
  const md = TIME_LEXICON.season.contractEnd
  if (m.window && (m.kind === 'season-end' || (m.kind === 'window' && m.season === 'summer'))) return `${m.window.slice(0, 4)}-${md}`
  if (m.kind === 'date') return m.date
  if (m.range && (m.kind === 'range' || m.kind === 'relative' || m.kind === 'window')) {
    const [a, b] = m.range
    if (a.endsWith('-01-01') && b.endsWith('-12-31') && a.slice(0, 4) === b.slice(0, 4)) return `${a.slice(0, 4)}-${md}`
    return b
  }
  return undefined
}

/** First time mention just after `at` (allowing "in", "at", "by", "come" in between). */
function timeAfter(text: string, at: number, limit: number, ref: string | null): TimeMention | undefined {
  const found = findTimeExpressions(text, at, Math.min(limit, at + 50), ref)
  return found.find((m) => !m.negated && GAP_RE.test(text.slice(at, m.start)))
}

function expiries(text: string, s: number, e: number, ref: string | null): ContractFactMention[] {
  const out: ContractFactMention[] = []
  const slice = text.slice(s, e)
  EXPIRY_RE.lastIndex = 0
  for (let m = EXPIRY_RE.exec(slice); m; m = EXPIRY_RE.exec(slice)) {
    const start = s + m.index
    const t = timeAfter(text, start + m[0].length, e, ref)
    if (!t) continue
    // INFO: seed 004 writes "out of contact in the summer": accept the typo, trust it less.
    const conf = (m[1] === '' ? 0.6 : 0.85) * (0.7 + 0.3 * Math.min(1, t.confidence))
    const expires = expiryFromTime(t)
    if (supersededTerms(text, s, start, m[0], expires, ref)) continue
    const fact: ContractFactMention = { start, end: t.end, rule: 'contract/expiry@1', confidence: conf }
    if (expires) fact.expires = expires
    else if (t.kind === 'season-end') fact.relative = 'season-end'
    if (fact.expires || fact.relative) out.push(fact)
  }
  return out
}

/** "his previous/old/initial contract …": terms a new deal has replaced. */
const OLD_TERMS_BEFORE = /\b(?:previous|old|former|initial|original|earlier|prior)\s+(?:\p{L}+\s+)?$/iu
/** Past or unreal tense in the expiry phrase: "ran until", "was due to expire", "would have expired". */
const PAST_TENSE = /\b(?:ran|was|were|had\s+been|would\s+have)\b/i

/**
 * An expiry read from terms that no longer hold: "Haaland's initial contract ran till 2027"
 * after he signed until 2034. Terms named previous/old/initial…, or an expiry still ahead of
 * the article told in the past tense ("ran until", "was due to expire"). A past expiry told in
 * the past ("his deal ran out in June") is a fact and stays.
 */
function supersededTerms(text: string, s: number, start: number, phrase: string, expires: string | undefined, ref: string | null): boolean {
  if (OLD_TERMS_BEFORE.test(text.slice(Math.max(s, start - 30), start))) return true
  return Boolean(expires && ref && expires > ref && PAST_TENSE.test(phrase))
}

function finalYears(text: string, s: number, e: number, ref: string | null): ContractFactMention[] {
  const out: ContractFactMention[] = []
  const slice = text.slice(s, e)
  FINAL_YEAR_RE.lastIndex = 0
  for (let m = FINAL_YEAR_RE.exec(slice); m; m = FINAL_YEAR_RE.exec(slice)) {
    const start = s + m.index
    const fact: ContractFactMention = { start, end: start + m[0].length, rule: 'contract/final-year@1', confidence: 0.8 }
    if (ref) fact.expires = seasonEndDate(seasonEndYear(ref), 'contract')
    else fact.relative = 'final-year'
    out.push(fact)
  }
  return out
}

/** ref + n months, moved to the nearest June 30 (contracts end with a season). */
function nearestSeasonEnd(ref: string, months: number): string {
  const raw = addMonths(ref, months)
  const y = Number(raw.slice(0, 4))
  const candidates = [y - 1, y, y + 1].map((yy) => seasonEndDate(yy, 'contract'))
  const t = Date.parse(raw)
  return candidates.reduce((a, b) => (Math.abs(Date.parse(b) - t) < Math.abs(Date.parse(a) - t) ? b : a))
}

function remaining(text: string, s: number, e: number, ref: string | null): ContractFactMention[] {
  const out: ContractFactMention[] = []
  const slice = text.slice(s, e)
  REMAINING_RE.lastIndex = 0
  for (let m = REMAINING_RE.exec(slice); m; m = REMAINING_RE.exec(slice)) {
    const n = countValue(m[1])
    if (n === undefined || n > 120) continue
    const months = /^month/i.test(m[2]) ? n : n * 12
    const start = s + m.index
    const fact: ContractFactMention = { start, end: start + m[0].length, rule: 'contract/remaining@1', confidence: 0.6 }
    if (ref) fact.expires = nearestSeasonEnd(ref, months)
    else fact.relative = 'remaining'
    out.push(fact)
  }
  return out
}

function lengths(text: string, s: number, e: number): ContractFactMention[] {
  const out: ContractFactMention[] = []
  const slice = text.slice(s, e)
  LENGTH_RE.lastIndex = 0
  for (let m = LENGTH_RE.exec(slice); m; m = LENGTH_RE.exec(slice)) {
    const base = countValue(m[1] ?? m[4] ?? '') ?? Number(m[1] ?? m[4])
    if (!Number.isFinite(base) || base <= 0 || base > 10) continue
    const lengthYears = base + (m[2] ? 0.5 : 0)
    const start = s + m.index
    const fact: ContractFactMention = { start, end: start + m[0].length, lengthYears, rule: 'contract/length@1', confidence: 0.8 }
    if (m[3] && /least|minimum/i.test(m[3])) fact.atLeast = true
    out.push(fact)
  }
  return out
}

/** Merge overlapping facts ("a five-year deal until 2029" → one fact with both fields). */
function mergeOverlaps(facts: ContractFactMention[]): ContractFactMention[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: ContractFactMention[] = []
  for (const f of sorted) {
    const last = out[out.length - 1]
    if (last && f.start < last.end) {
      out[out.length - 1] = { ...f, ...last, end: Math.max(last.end, f.end), confidence: Math.max(last.confidence, f.confidence) }
      continue
    }
    out.push(f)
  }
  return out
}

/**
 * Contract facts in `text[start, end)` resolved against `refDate` (`YYYY-MM-DD` or null).
 * Never throws; offsets are absolute.
 * @example
 * extractContractFacts('His current terms are set to expire in the summer of 2025.', 0, 58, null)
 * // [{ start: 4, end: 57, expires: '2025-06-30', rule: 'contract/expiry@1', confidence: 0.85 }]
 */
export function extractContractFacts(
  text: string,
  start = 0,
  end: number = typeof text === 'string' ? text.length : 0,
  refDate: string | null = null,
): ContractFactMention[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const [s, e] = clampSpan(text, start, end)
  // Speed: one pass finds the words that gate everything below (see word-scan.ts).
  const found = scanWords(CONTRACT_WORDS, text, s, e, true)
  if (!(found & ANY_FACT)) return []
  const ref = parseIsoDate(refDate) ? (refDate as string).slice(0, 10) : null
  const facts = [
    ...(mayExpire(found) ? expiries(text, s, e, ref) : []),
    ...(found & FINAL_YEAR_WORD ? finalYears(text, s, e, ref) : []),
    ...(found & REMAINING_WORD ? remaining(text, s, e, ref) : []),
    ...(found & LENGTH_WORD ? lengths(text, s, e) : []),
  ]
  if (facts.length === 0) return []
  return mergeOverlaps(facts).filter((f) => f.start >= s && f.end <= e && f.end > f.start)
}
