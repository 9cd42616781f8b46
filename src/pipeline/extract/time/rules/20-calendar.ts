/**
 * Time rules, pass 2: calendar expressions (months, days, years, "since March", "the end of
 * June", "end of 2024", "for 2025", "the 2024-25 season").
 */
import { monthRange, monthYear, seasonRange, windowOfMonth, type Lean } from '../calendar-helpers.js'
import { daysInMonth, toIso } from '../iso-date.js'
import { MONTH_ALT, monthNumber } from '../lexicon.js'
import type { Resolved, RuleCtx, TimeRule } from '../types.js'
import { isInWindow, windowId, windowOf } from '../windows.js'

const YEAR = '((?:19|20)\\d{2})'
const M = `(${MONTH_ALT})`
const MONTH_KEYS = MONTH_ALT.split('|')
const NOT_RANGE = '(?!\\s*[-/–]\\s*\\d)'

/** A completed move's own verb dates the move ("signed Semenyo in January"); a reporting verb only leans. */
const MOVE_VERBS = new Set(['joined', 'signed', 'moved', 'arrived', 'loaned', 'sold', 'bought', 'completed', 'spent'])
/** Move verbs after which "to" names the destination, not a plan ("loaned him to Wednesday on deadline day"). */
const MOVE_TO_VERBS = ['loaned', 'sold', 'moved']

/** Words after the past verb that point ahead again (with "to" unless `withTo` is false). */
const futureAfter = (withTo: boolean) => String.raw`(?:(?!\b(?:will|would|could|can|should|might|${withTo ? 'to|' : ''}going|plans?|expects?|expected|hopes?|wants?|set)\b)[^.!?])*$`

// INFO: seed 004 "TEAMtalk revealed towards the start of November" is said in January: a bare
// month after a past-tense reporting verb leans to the past, not to the next November.
// A future marker after the past verb ("said he will move in January") cancels the lean. A
// completed move's verb is past too ("joined Villa from Everton in the summer"), but not after
// "be" ("could be signed in January").
const PAST_CUE = new RegExp(String.raw`\b(?:revealed|reported|said|claimed|confirmed|was|were|had|did|began|started|back|earlier|ago|last|since|(?<!\bbe )(?:${[...MOVE_VERBS].join('|')}))\b${futureAfter(true)}`, 'i')

/** True when the sentence before the match reads as past tense. */
export function isPastContext(ctx: RuleCtx): boolean {
  return pastCue(ctx) !== undefined
}

/** Moves made "to" a club: past even with "to" after the verb. */
const PAST_TO_CUE = new RegExp(String.raw`\b(?<!\bbe )(?:${MOVE_TO_VERBS.join('|')})\b${futureAfter(false)}`, 'i')

/** The past-tense word the sentence before the match leans on, lower-cased; undefined when none. */
function pastCue(ctx: RuleCtx): string | undefined {
  const before = ctx.text.slice(Math.max(ctx.floor, ctx.index - 60), ctx.index)
  return (PAST_CUE.exec(before) ?? PAST_TO_CUE.exec(before) ?? NEAR_MISS.exec(before))?.[0].split(/\W/, 1)[0].toLowerCase()
}

/**
 * A move that nearly happened: "was close to joining Fulham in the summer", "came within hours of
 * signing in January". Its "to" opens the move missed, not a plan ahead, so the time is gone.
 */
const NEAR_MISS = new RegExp(String.raw`\b(?:was|were|came|had\s+been)\s+(?:(?:so|very|really|extremely|agonisingly|tantalisingly)\s+)?(?:close|near|within\s+(?:hours|days|touching\s+distance)|on\s+the\s+(?:verge|brink|cusp))\s+(?:to|of)\b${futureAfter(false)}`, 'i')

/**
 * A finite verb in the past tense: a regular "-ed" form or a common irregular one ("agreed",
 * "made", "held"), not after a form of "be" or "get" (a passive or an adjective: "are interested",
 * "is linked", "could be completed") nor an auxiliary ("will have agreed"), and with no future
 * marker after it.
 */
export const PAST_VERB = new RegExp(String.raw`\b(?<!\b(?:(?:will|would|could|should|might|must|may) have|is|are|be|been|being|am|was|were|remain|remains|remained|get|gets|got|getting|will|would|could|should|might|may|must|to|'s|’s)\s)(?!(?:interested|linked|related|expected|rated|tipped|determined|committed|based|valued|scheduled|planned|priced|poised|set|need|needed|used|concerned|involved|reported|believed|understood|thought|said|claimed|united|hundred|speed|breed|seed|feed|red)\b)(?:[a-z]{2,}ed|made|held|sent|put|took|met|paid|sold|bought|told|struck|lodged|won|lost|left|began|came|went|saw|gave|brought|fell|broke|drew|agreed)\b${futureAfter(true)}`, 'i')

/** How many months back a bare month after a past verb may be read as this year's: up to half a year, the one gone is the nearest (further back, the year is unclear). */
const GONE_MONTHS = 6

/** True when a past-tense verb (not a reporting one) stands before the match in its clause: "Chelsea made a bid in June". */
export function pastVerbBefore(ctx: RuleCtx): boolean {
  const before = ctx.text.slice(Math.max(ctx.floor, ctx.index - 80), ctx.index)
  // "told Real Madrid that he is not for sale in January": the verb before "that" reports, it does not date.
  const that = /\bthat\s(?![^]*\bthat\s)/i.exec(before)
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), that ? that.index + 4 : -1) + 1)
  return PAST_VERB.test(clause) || PAST_ATTEMPT.test(clause)
}

/**
 * A past attempt: "tried to buy him during the January window", "failed to sign him in June",
 * "failed with a bid to sign him during the summer". Its
 * "to" opens what was attempted, not a future (unlike "agreed to join in January").
 */
const PAST_ATTEMPT = new RegExp(String.raw`\b(?<!\b(?:will|would|could|might|may|to|have|has)\s)(?:(?:tried|attempted|failed)\s+to|failed\s+with\s+(?:a|an|their|his|its)\s+(?:[a-z-]+\s+)?(?:bid|offer|approach|attempt))\b${futureAfter(false)}`, 'i')

/** "in" or "during" right before a month: the time an act was done in, not a term it runs to. */
const WINDOW_MONTH_PREP = /\b(?:in|during)\s+$/i

/** `May` counts as a month only when capitalised and next to a preposition or a number. */
function plausibleMonth(word: string, ctx: RuleCtx, after: string): boolean {
  if (word.toLowerCase() !== 'may') return true
  if (word !== 'May') return false
  const before = ctx.text.slice(Math.max(ctx.floor, ctx.index - 12), ctx.index)
  return /\b(?:in|since|of|until|by|early|mid|late|last|next|this|from)\s*$/i.test(before) || /^\s*\d/.test(after)
}

/** Resolve month + optional year with a lean into a range (and window for window months). */
function monthResolved(ctx: RuleCtx, month: number, year: number | undefined, lean: Lean, part?: string): Resolved {
  const y = year ?? (ctx.ref ? monthYear(ctx.ref, month, lean) : undefined)
  const isJan = month === 1
  const base: Resolved = { kind: isJan ? 'window' : 'range', confidence: isJan ? 0.8 : 0.7 }
  if (isJan) base.season = 'january'
  if (y === undefined) return { ...base, confidence: base.confidence * 0.5 }
  const range = monthRange(y, month, part)
  const window = windowOfMonth(y, month, ctx.calendar)
  // Speed: fields added in the order the spread `{ ...base, range, date, window?, past? }` gave them.
  base.range = range
  base.date = range[0]
  if (window) base.window = window
  if (lean === 'past' || lean === 'last') base.past = true
  return base
}

const since: TimeRule = {
  id: 'time/since-month@1',
  keys: ['since'],
  re: new RegExp(`\\bsince\\s+(?:(early|mid|late)(?:[-\\s]+to[-\\s]+(?:early|mid|late))?[-\\s]+)?${M}(?:\\s+${YEAR})?\\b`, 'gi'),
  resolve: (m, ctx) => {
    const month = monthNumber(m[2])
    if (!month || !plausibleMonth(m[2], ctx, '1')) return undefined
    // chrono-node reads "since March" as the next March; "since" always points back.
    const y = m[3] ? Number(m[3]) : ctx.ref ? monthYear(ctx.ref, month, 'past') : undefined
    if (y === undefined) return { kind: 'range', past: true, confidence: 0.4 }
    const from = monthRange(y, month, m[1])[0]
    const to = ctx.ref && ctx.ref >= from ? ctx.ref : monthRange(y, month)[1]
    return { kind: 'range', date: from, range: [from, to], past: true, confidence: 0.85 }
  },
}

const dayMonth: TimeRule = {
  id: 'time/day-month@1',
  keys: MONTH_KEYS,
  re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}|${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]))(?:,?\\s+${YEAR})?\\b`, 'gi'),
  resolve: (m, ctx) => {
    const name = m[2] ?? m[3]
    const month = monthNumber(name)
    const day = Number(m[1] ?? m[4])
    if (!month || day < 1 || !plausibleMonth(name, ctx, '1')) return undefined
    const y = m[5] ? Number(m[5]) : ctx.ref ? monthYear(ctx.ref, month, 'nearest') : undefined
    if (y === undefined) return day <= 31 ? { kind: 'date', confidence: 0.45 } : undefined
    if (day > daysInMonth(y, month)) return undefined
    const date = toIso(y, month, day)
    const id = ctx.ref || m[5] ? windowOf(date, ctx.calendar) : undefined
    return { kind: 'date', date, ...(id && isInWindow(date, id, ctx.calendar) ? { window: id } : {}), confidence: 0.9 }
  },
}

const monthPart: TimeRule = {
  id: 'time/month-part@1',
  keys: MONTH_KEYS,
  re: new RegExp(`\\b(?:the\\s+)?(end|start|beginning|middle)[-\\s]+of[-\\s]+${M}(?:\\s+${YEAR})?\\b`, 'gi'),
  resolve: (m, ctx) => {
    const month = monthNumber(m[2])
    if (!month || !plausibleMonth(m[2], ctx, '')) return undefined
    const part = m[1].toLowerCase() === 'beginning' ? 'start' : m[1].toLowerCase()
    const r = monthResolved(ctx, month, m[3] ? Number(m[3]) : undefined, isPastContext(ctx) ? 'past' : 'future', part)
    if (!r.range) return { ...r, kind: 'date' }
    const date = part === 'end' ? r.range[1] : r.range[0]
    return { ...r, kind: 'date', date, confidence: 0.85 }
  },
}

const month: TimeRule = {
  id: 'time/month@1',
  keys: MONTH_KEYS,
  re: new RegExp(`\\b(?:(next|this\\s+past|this|last|past|early|mid|late)[-\\s]+)?${M}(?:\\s+${YEAR})?\\b`, 'gi'),
  resolve: (m, ctx) => {
    const n = monthNumber(m[2])
    const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 3)
    if (!n || !plausibleMonth(m[2], ctx, after)) return undefined
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    // "this past January" (American usage) is the last one, as is "past January".
    const explicit: Record<string, Lean> = { next: 'next', last: 'last', this: 'this', 'this past': 'last', past: 'last' }
    const cue = explicit[word] ? undefined : pastCue(ctx)
    const past = cue !== undefined
    // "Chelsea made a bid for him in June", read in July: a month already gone this year, after a
    // verb in the past tense, is this year's, not next year's.
    // Further back, a window's month after "in"/"during" ("made a bid in January", read in
    // November) is still the one gone: an act done cannot be in the window still ahead.
    const refMonth = ctx.ref ? Number(ctx.ref.slice(5, 7)) : 0
    const gone = !past && !explicit[word] && !m[3] && ctx.ref !== null && n < refMonth && (n >= refMonth - GONE_MONTHS || (windowOfMonth(2000, n) !== undefined && WINDOW_MONTH_PREP.test(ctx.text.slice(Math.max(ctx.floor, ctx.index - 8), ctx.index)))) && pastVerbBefore(ctx)
    const lean: Lean = explicit[word] ?? (past || gone ? 'past' : 'future')
    const part = ['early', 'mid', 'late'].includes(word) ? word : undefined
    const r = monthResolved(ctx, n, m[3] ? Number(m[3]) : undefined, lean, part)
    return past && !MOVE_VERBS.has(cue) ? { ...r, confidence: r.confidence * 0.8 } : r
  },
}

const yearEdge: TimeRule = {
  id: 'time/year-edge@1',
  keys: ['end of', 'start of', 'beginning of', 'middle of'],
  re: new RegExp(`\\b(?:the\\s+)?(end|start|beginning|middle)\\s+of\\s+${YEAR}\\b${NOT_RANGE}`, 'gi'),
  resolve: (m) => {
    const y = Number(m[2])
    const w = m[1].toLowerCase()
    if (w === 'end') return { kind: 'range', date: `${y}-12-31`, range: [`${y}-12-01`, `${y}-12-31`], confidence: 0.85 }
    if (w === 'middle') return { kind: 'range', date: `${y}-07-01`, range: [`${y}-05-01`, `${y}-08-31`], confidence: 0.7 }
    return { kind: 'range', date: `${y}-01-01`, range: [`${y}-01-01`, `${y}-01-31`], window: windowId(y, 'january'), season: 'january', confidence: 0.8 }
  },
}

const targetYear: TimeRule = {
  id: 'time/target-year@1',
  keys: ['19', '20', 'year'],
  re: new RegExp(`\\b(for|in|during|by|until|before|from)\\s+(?:the\\s+year\\s+)?(?:${YEAR}\\b${NOT_RANGE}|(next|this)\\s+year\\b)`, 'gi'),
  resolve: (m, ctx) => {
    const prep = m[1].toLowerCase()
    const y = m[2] ? Number(m[2]) : ctx.ref ? Number(ctx.ref.slice(0, 4)) + (m[3].toLowerCase() === 'next' ? 1 : 0) : undefined
    const target = prep === 'for' || prep === 'in' || prep === 'during'
    if (y === undefined) return { kind: target ? 'window' : 'range', confidence: 0.3 }
    const range: [string, string] = [`${y}-01-01`, `${y}-12-31`]
    // A target year said of a move means that year's summer window (SPEC §4.4, gold 003 "for 2025").
    // A year gone by ("joined Arsenal in 2019") dates a past move, but not its window: it may have
    // been the January one.
    const gone = ctx.ref !== undefined && ctx.ref !== null && y < Number(ctx.ref.slice(0, 4))
    if (target && !gone) return { kind: 'window', window: windowId(y, 'summer'), season: 'summer', range, confidence: prep === 'for' ? 0.55 : 0.45 }
    return { kind: 'range', range, date: prep === 'from' ? range[0] : range[1], confidence: 0.6 }
  },
}

const seasonSpan: TimeRule = {
  id: 'time/season-span@1',
  keys: ['season', 'campaign'],
  re: new RegExp(`\\b(?:the\\s+)?${YEAR}\\s*[-/–]\\s*(\\d{4}|\\d{2})\\s+(?:season|campaign)\\b`, 'gi'),
  resolve: (m) => {
    const y1 = Number(m[1])
    const y2 = m[2].length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2])
    if (y2 !== y1 + 1) return undefined
    return { kind: 'range', range: seasonRange(y2), confidence: 0.9 }
  },
}

const bareYear: TimeRule = {
  id: 'time/year@1',
  keys: ['19', '20'],
  re: new RegExp(`(?<![£€$\\d.,])\\b${YEAR}\\b${NOT_RANGE}(?![.,]\\d)`, 'g'),
  resolve: (m) => ({ kind: 'range', range: [`${m[1]}-01-01`, `${m[1]}-12-31`], confidence: 0.4 }),
}

/** Pass 2 rules, in tie-break order. */
export const CALENDAR_RULES: readonly TimeRule[] = [since, monthPart, dayMonth, yearEdge, seasonSpan, targetYear, month, bareYear]
