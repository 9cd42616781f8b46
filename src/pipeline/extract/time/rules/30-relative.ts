/**
 * Time rules, pass 3: expressions relative to the article date ("the end of the season",
 * "next season", "in the coming weeks", "in recent days", "two months away", "this month").
 */
import { monthRange, seasonEndDate, seasonEndYear, seasonRange, windowOfMonth } from '../calendar-helpers.js'
import { addDays, addMonths, daysBetween } from '../iso-date.js'
import { COUNT_ALT, countValue, TIME_LEXICON } from '../lexicon.js'
import type { Resolved, RuleCtx, TimeRule } from '../types.js'
import { windowId } from '../windows.js'
import { isPastContext } from './20-calendar.js'

const YEAR = '((?:19|20)\\d{2})'

/** Shift a date by n units, using calendar months for months and years. */
function shift(ref: string, n: number, unit: string): string {
  const u = unit.toLowerCase().replace(/s$/, '')
  if (u === 'month') return addMonths(ref, n)
  if (u === 'year') return addMonths(ref, 12 * n)
  if (u === 'hour') return addDays(ref, Math.ceil(n / 24))
  return addDays(ref, n * (TIME_LEXICON.unitDays[u] ?? 1))
}

function seasonEndResolved(endYear: number | undefined, confidence: number): Resolved {
  if (endYear === undefined || Number.isNaN(endYear)) return { kind: 'season-end', season: 'summer', confidence: confidence * 0.5 }
  const date = seasonEndDate(endYear)
  return {
    kind: 'season-end',
    date,
    range: [addDays(date, -14), seasonEndDate(endYear, 'contract')],
    window: windowId(endYear, 'summer'),
    season: 'summer',
    confidence,
  }
}

const seasonEnd: TimeRule = {
  id: 'time/season-end@1',
  keys: ['end of'],
  re: new RegExp(
    `\\b(?:the\\s+)?end\\s+of\\s+(?:(the\\s+current|the\\s+next|the\\s+following|next|this|the|his)\\s+)?(?:${YEAR}\\s*[-/–]\\s*(\\d{4}|\\d{2})\\s+)?(?:season|campaign)\\b`,
    'gi',
  ),
  resolve: (m, ctx) => {
    if (m[2]) {
      const y1 = Number(m[2])
      const y2 = m[3].length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[3]) : Number(m[3])
      return y2 === y1 + 1 ? seasonEndResolved(y2, 0.95) : undefined
    }
    const plus = /next|following/i.test(m[1] ?? '') ? 1 : 0
    return seasonEndResolved(ctx.ref ? seasonEndYear(ctx.ref) + plus : undefined, 0.9)
  },
}

const seasonEndPhrase: TimeRule = {
  id: 'time/season-end-phrase@1',
  keys: ['season'],
  re: /\b(?:(?:the\s+)?season['’]s\s+end|season[-\s]end|when\s+the\s+(?:season|campaign)\s+(?:is\s+(?:finished|over|done)|ends|finishes|concludes))\b/gi,
  resolve: (_m, ctx) => seasonEndResolved(ctx.ref ? seasonEndYear(ctx.ref) : undefined, 0.8),
}

const seasonRel: TimeRule = {
  id: 'time/season-relative@1',
  keys: ['season', 'campaign'],
  re: /\b(next|this|last|the\s+current|the\s+following|the\s+coming|the\s+previous)\s+(?:season|campaign)\b/gi,
  resolve: (m, ctx) => {
    const w = m[1].toLowerCase()
    const delta = /next|following|coming/.test(w) ? 1 : /last|previous/.test(w) ? -1 : 0
    if (!ctx.ref) return { kind: 'relative', confidence: 0.4 }
    // "spent last season on loan", read in June after the last matchday: the season just finished.
    const over = delta === -1 && ctx.ref.slice(5) > TIME_LEXICON.season.lastMatchday && ctx.ref.slice(5) < TIME_LEXICON.season.start
    const endYear = seasonEndYear(ctx.ref) + (over ? 0 : delta)
    const out: Resolved = { kind: 'relative', range: seasonRange(endYear), confidence: 0.8 }
    // A move "for next season" happens in the summer window before it starts.
    if (delta === 1) return { ...out, window: windowId(endYear - 1, 'summer'), season: 'summer' }
    return delta === -1 ? { ...out, past: true } : out
  },
}

const DEFAULT_SPAN: Record<string, number> = { hours: 2, days: 7, weeks: 28, months: 90 }

function spanDays(count: string | undefined, unit: string): number {
  const u = unit.toLowerCase()
  const n = count ? countValue(count) : undefined
  if (n === undefined) return DEFAULT_SPAN[u] ?? 7
  if (u === 'hours') return Math.max(1, Math.ceil(n / 24))
  return n * (TIME_LEXICON.unitDays[u.replace(/s$/, '')] ?? 1)
}

const comingSpan: TimeRule = {
  id: 'time/coming-span@1',
  keys: ['coming', 'next', 'following', 'upcoming'],
  re: new RegExp(
    `\\b(?:in|over|within|during)\\s+the\\s+(?:coming|next|following|upcoming)\\s+(?:few\\s+|couple\\s+of\\s+|(${COUNT_ALT})\\s+)?(hours|days|weeks|months)\\b`,
    'gi',
  ),
  resolve: (m, ctx) => {
    if (!ctx.ref) return { kind: 'relative', confidence: 0.4 }
    return { kind: 'relative', range: [ctx.ref, addDays(ctx.ref, spanDays(m[1], m[2]))], confidence: 0.8 }
  },
}

const recentSpan: TimeRule = {
  id: 'time/recent-span@1',
  keys: ['recent', 'last', 'past'],
  re: new RegExp(
    `\\b(?:(?:in|over|during)\\s+)?(?:the\\s+)?(?:recent|last|past)\\s+(?:few\\s+|couple\\s+of\\s+|(${COUNT_ALT})\\s+)?(hours|days|weeks|months)\\b`,
    'gi',
  ),
  resolve: (m, ctx) => {
    if (!ctx.ref) return { kind: 'relative', past: true, confidence: 0.4 }
    return { kind: 'relative', range: [addDays(ctx.ref, -spanDays(m[1], m[2])), ctx.ref], past: true, confidence: 0.75 }
  },
}

const unitsAway: TimeRule = {
  id: 'time/units-away@1',
  keys: ['away', 'ago', 'from now', 'time', 'later'],
  re: new RegExp(
    `\\b(?:(?:around|about|roughly|approximately|just|only|less\\s+than|more\\s+than|over|under|some)\\s+)?(${COUNT_ALT})\\s+(hours?|days?|weeks?|months?|years?)(?:['’])?\\s+(away|ago|from\\s+now|time|later)\\b`,
    'gi',
  ),
  resolve: (m, ctx) => {
    const n = countValue(m[1])
    if (n === undefined) return undefined
    const back = m[3].toLowerCase() === 'ago'
    if (!ctx.ref) return { kind: 'relative', past: back, confidence: 0.4 }
    const date = shift(ctx.ref, back ? -n : n, m[2])
    const slack = Math.max(2, Math.round(Math.abs(daysBetween(ctx.ref, date)) * 0.25))
    return { kind: 'relative', date, range: [addDays(date, -slack), addDays(date, slack)], ...(back ? { past: true } : {}), confidence: 0.75 }
  },
}

const thisUnit: TimeRule = {
  id: 'time/this-unit@1',
  keys: ['month', 'week', 'year'],
  re: /\b(this|next|last)\s+(month|week|year)\b/gi,
  resolve: (m, ctx) => {
    if (!ctx.ref) return { kind: 'range', confidence: 0.4 }
    const d = { this: 0, next: 1, last: -1 }[m[1].toLowerCase() as 'this' | 'next' | 'last']
    const unit = m[2].toLowerCase()
    const past = d < 0 ? { past: true } : {}
    if (unit === 'week') return { kind: 'range', range: [addDays(ctx.ref, 7 * d), addDays(ctx.ref, 7 * d + 6)], ...past, confidence: 0.7 }
    if (unit === 'year') {
      const y = Number(ctx.ref.slice(0, 4)) + d
      return { kind: 'range', range: [`${y}-01-01`, `${y}-12-31`], ...past, confidence: 0.7 }
    }
    const first = addMonths(`${ctx.ref.slice(0, 7)}-01`, d)
    const [y, mo] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))]
    const window = windowOfMonth(y, mo, ctx.calendar)
    return { kind: 'range', range: monthRange(y, mo), date: first, ...(window ? { window } : {}), ...past, confidence: 0.8 }
  },
}

const dayWord: TimeRule = {
  id: 'time/day-word@1',
  keys: ['today', 'tonight', 'tomorrow', 'yesterday', 'this '],
  re: /\b(today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening))\b/gi,
  resolve: (m, ctx: RuleCtx) => {
    if (!ctx.ref) return { kind: 'date', confidence: 0.4 }
    const w = m[1].toLowerCase()
    const d = w === 'tomorrow' ? 1 : w === 'yesterday' ? -1 : 0
    return { kind: 'date', date: addDays(ctx.ref, d), ...(d < 0 ? { past: true } : {}), confidence: 0.7 }
  },
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * "joined Valencia on loan on Monday", "will have a medical on Thursday": the weekday nearest the
 * article's date in the direction the verb leans (the last one for a past verb, else the next),
 * "last Monday" always back, "next Monday" always ahead.
 */
const weekday: TimeRule = {
  id: 'time/weekday@1',
  keys: WEEKDAYS,
  re: new RegExp(String.raw`\b(on|last|next|this)\s+(${WEEKDAYS.join('|')})\b`, 'gi'),
  resolve: (m, ctx: RuleCtx) => {
    if (!ctx.ref) return { kind: 'date', confidence: 0.3 }
    const lead = m[1].toLowerCase()
    const target = WEEKDAYS.indexOf(m[2].toLowerCase())
    const today = new Date(`${ctx.ref}T00:00:00Z`).getUTCDay()
    const back = lead === 'last' || (lead !== 'next' && isPastContext(ctx))
    // Days back to the last such weekday (1–7), or ahead to the next (0–6: "on Monday" read on a Monday is that day; "next Monday" then the one after).
    const ahead = (target - today + 7) % 7
    const d = back ? -(((today - target + 6) % 7) + 1) : lead === 'next' && ahead === 0 ? 7 : ahead
    return { kind: 'date', date: addDays(ctx.ref, d), ...(d < 0 ? { past: true } : {}), confidence: 0.6 }
  },
}

/** Pass 3 rules, in tie-break order. */
export const RELATIVE_RULES: readonly TimeRule[] = [seasonEnd, seasonEndPhrase, seasonRel, comingSpan, recentSpan, unitsAway, thisUnit, dayWord, weekday]
