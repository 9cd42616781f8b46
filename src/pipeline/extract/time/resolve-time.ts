/**
 * Finds time expressions in a span of text and resolves them against the article date
 * (SPEC §4.4): windows (`2025-january`), dates, ranges, season ends and relative spans.
 *
 * Why a hand-written scanner and not chrono-node: this runs on every sentence of every article.
 * chrono's `parse()` measured 12 MB/s on whole texts (STACK.md §2) and, on transfer phrases, finds
 * nothing for "the summer transfer window", "next summer", "end of the season" or "in the coming
 * weeks" and reads "since March" as the next March (STACK.md §3). We would pay its cost and still
 * need every football rule ourselves. Here each of ~20 anchored rules (data in
 * `data/lexicon/time.json`) carries a few lower-case stems and runs only on spans containing one,
 * so most rules never touch most sentences.
 */
import { parseIsoDate } from './iso-date.js'
import { TIME_RULES } from './rules/index.js'
import type { RuleCtx, TimeMention, TimeRule } from './types.js'
import { DEFAULT_WINDOW_CALENDAR, type WindowCalendar } from './windows.js'
import { scanWords, wordTable } from './word-scan.js'

export type { TimeMention, TimeKind } from './types.js'

/** Options: the window calendar hook (exact per-country dates from the rules module). */
export interface TimeOptions {
  calendar?: WindowCalendar
}

const NEGATION =
  /(?:\bnot|n['’]t|\bnever|\brather\s+than|\binstead\s+of|\bno\s+longer)\s+(?:(?:going\s+to\s+be|gonna\s+be|be|happen(?:ing)?|com(?:e|ing))\s+)?(?:(?:in|for|during|before|at|by)\s+)?(?:the\s+)?$/i
const IF_NOT = /\bif\s+not\s+(?:(?:in|for|during|before|at|by)\s+)?(?:the\s+)?$/i

/** Clamp user-supplied bounds into the text. */
export function clampSpan(text: string, start?: number, end?: number): [number, number] {
  const len = text.length
  const s = Number.isFinite(start) ? Math.min(Math.max(Math.trunc(start as number), 0), len) : 0
  const e = Number.isFinite(end) ? Math.min(Math.max(Math.trunc(end as number), s), len) : len
  return [s, e]
}

/**
 * Run one rule over the slice; a throwing resolver is a bug, but never breaks extraction.
 * Speed: `ctx` is one object per span, its `index` set before each resolver call (resolvers
 * read it while they run and never keep it).
 */
function runRule(rule: TimeRule, slice: string, ctx: RuleCtx, out: TimeMention[]): void {
  rule.re.lastIndex = 0
  for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
    if (m[0].length === 0) {
      rule.re.lastIndex++
      continue
    }
    const start = ctx.floor + m.index
    ctx.index = start
    let r
    try {
      r = rule.resolve(m, ctx)
    } catch {
      r = undefined
    }
    if (r) {
      // Speed: the resolver's result is fresh, so it gains its offsets in place; the fields and
      // their order are those of `{ ...r, start, end, negated, rule }`, whose spread met many
      // shapes of results and went slow.
      const t = r as TimeMention
      t.start = start
      t.end = start + m[0].length
      t.negated = false
      t.rule = rule.id
      out.push(t)
    }
  }
}

const ORDER = new Map(TIME_RULES.map((r, i) => [r.id, i]))

/** Keep the longest match at each position, then drop matches overlapping a kept one. */
function selectNonOverlapping(all: TimeMention[]): TimeMention[] {
  const order = ORDER
  const sorted = [...all].sort(
    (a, b) => a.start - b.start || b.end - a.end || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  )
  const kept: TimeMention[] = []
  let last = -1
  for (const m of sorted) {
    if (m.start >= last) {
      kept.push(m)
      last = m.end
    }
  }
  return kept
}

/** Mark mentions the text negates ("not the January window"); "if not in" only hedges. */
function markNegation(text: string, floor: number, m: TimeMention): TimeMention {
  const before = text.slice(Math.max(floor, m.start - 40), m.start)
  if (IF_NOT.test(before)) return { ...m, confidence: m.confidence * 0.7 }
  return NEGATION.test(before) ? { ...m, negated: true } : m
}

let lastRefDate: unknown = null
let lastRef: string | null = null

/**
 * The valid `YYYY-MM-DD` day of a reference date, else null. Speed: every span of an article
 * passes the same reference date, so the last answer is kept.
 */
function refDay(refDate: string | null): string | null {
  if (refDate !== lastRefDate) {
    lastRef = parseIsoDate(refDate) ? (refDate as string).slice(0, 10) : null
    lastRefDate = refDate
  }
  return lastRef
}

/**
 * Time expressions in `text[start, end)`, resolved against `refDate` (`YYYY-MM-DD`, or null when
 * the article is undated: then only explicit years resolve and windows stay undefined).
 * Never throws; offsets are absolute indices into `text`.
 * @example
 * findTimeExpressions('He will move in the January window.', 0, 36, '2024-11-05')
 * // [{ start: 16, end: 34, kind: 'window', window: '2025-january', rule: 'time/window-named@1', … }]
 */
export function findTimeExpressions(
  text: string,
  start = 0,
  end: number = typeof text === 'string' ? text.length : 0,
  refDate: string | null = null,
  options: TimeOptions = {},
): TimeMention[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const [s, e] = clampSpan(text, start, end)
  const slice = text.slice(s, e)
  const mask = ruleMask(slice.toLowerCase())
  if (mask === 0) return []
  const ref = refDay(refDate)
  const ctx: RuleCtx = { ref, calendar: options.calendar ?? DEFAULT_WINDOW_CALENDAR, text, index: s, floor: s }
  const all: TimeMention[] = []
  for (let i = 0; i < TIME_RULES.length; i++) if (mask & (1 << i)) runRule(TIME_RULES[i], slice, ctx, all)
  return selectNonOverlapping(all).map((m) => markNegation(text, s, m))
}

/**
 * Each distinct rule key → bit mask of the rules (by index in `TIME_RULES`) listing it. The
 * month names are keys of three rules; each key is looked for once per span.
 */
const KEY_RULES = new Map<string, number>()
TIME_RULES.forEach((r, i) => {
  if (TIME_RULES.length > 31) throw new Error('time rules: more than 31 rules do not fit the key mask')
  for (const k of r.keys) KEY_RULES.set(k, (KEY_RULES.get(k) ?? 0) | (1 << i))
})

const KEY_TABLE = wordTable(KEY_RULES)

/**
 * Bit mask of the rules whose keys occur in `lower` (exactly the rules for which
 * `lower.includes(key)` holds for some key). Speed: one pass over the span (see word-scan.ts)
 * instead of ~47 `includes` scans; 60% of sentences contain no key at all.
 */
export function ruleMask(lower: string): number {
  return scanWords(KEY_TABLE, lower, 0, lower.length, false)
}

/** The window chosen for a sentence, with what was set aside. */
export interface SentenceWindow {
  window: string | null
  rule: string
  confidence: number
  /** Windows the sentence explicitly rules out ("not the January window"). */
  negated: string[]
  /** Every time mention of the sentence, for callers that pick differently. */
  mentions: TimeMention[]
}

/**
 * The most relevant window named or implied in a sentence: the most confident window mention
 * that is not negated (earliest on ties). Negated windows are listed apart.
 * @example
 * windowForSentence('for the summer window next year, not the January window', 0, 57, '2024-11-05').window
 * // '2025-summer'
 */
export function windowForSentence(
  text: string,
  start = 0,
  end: number = typeof text === 'string' ? text.length : 0,
  refDate: string | null = null,
  options: TimeOptions = {},
): SentenceWindow {
  const mentions = findTimeExpressions(text, start, end, refDate, options)
  const withWindow = mentions.filter((m) => m.window)
  const negated = withWindow.filter((m) => m.negated).map((m) => m.window as string)
  let best: TimeMention | undefined
  for (const m of withWindow) if (!m.negated && (!best || m.confidence > best.confidence)) best = m
  if (!best) return { window: null, rule: 'time/window-none@1', confidence: 0, negated, mentions }
  return { window: best.window as string, rule: best.rule, confidence: best.confidence, negated, mentions }
}
