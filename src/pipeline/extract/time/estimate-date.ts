/**
 * Estimates the date of an undated article (SPEC §4.5) from its text and, as a fallback, from
 * the dated articles of the same saga. The result is always marked `estimated: true`, carries a
 * plausible range and a reason a reader can check; it is never presented as a fact.
 *
 * Two steps: cues (`estimate-cues.ts`) say where in the year the article sits ("the January
 * window … two months away" → about 1 November); the year comes from the text ("end of 2024,
 * beginning of 2025", "for 2025"), else from the saga's known dates, else from `notAfter`.
 */
import type { DateInfo } from '../../../domain/types.js'
import { findDateBounds, findDateCues, type Cue } from './estimate-cues.js'
import { addDays, daysBetween, medianDate, parseIsoDate, toIso } from './iso-date.js'

/** What else is known: dates of the same saga's dated articles; a date the article cannot be after. */
export interface EstimateHints {
  knownDates?: string[]
  /** E.g. the ingestion date: the article was published on or before it. */
  notAfter?: string
}

interface YearContext {
  anchor?: { date: string; range: [string, string]; phrase: string }
  /** Smallest year the text names as a target ("for 2025", "summer of 2025"). */
  targetYear?: number
  targetPhrase?: string
  known?: string
  notAfter?: string
}

const YEAR = '((?:19|20)\\d{2})'
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const EDGE_PAIR = new RegExp(`\\bend\\s+of\\s+${YEAR}\\s*,?\\s*(?:and\\s+|or\\s+|the\\s+)?(?:beginning|start)\\s+of\\s+${YEAR}\\b`, 'i')
const THIS_END = new RegExp(`\\bthis\\s+end\\s+of\\s+${YEAR}\\b`, 'i')
const TARGET = new RegExp(`\\b(?:(?:for|in|during|summer\\s+of|january|summer)\\s+${YEAR}|${YEAR}\\s+(?:summer|january|winter))\\b(?!\\s*[-/–]\\s*\\d)`, 'gi')

function anchorOf(text: string): YearContext['anchor'] {
  const pair = EDGE_PAIR.exec(text)
  if (pair && Number(pair[2]) === Number(pair[1]) + 1) {
    const y = Number(pair[2])
    return { date: `${y}-01-01`, range: [`${y - 1}-12-15`, `${y}-01-15`], phrase: pair[0] }
  }
  const end = THIS_END.exec(text)
  if (end) return { date: `${end[1]}-12-20`, range: [`${end[1]}-12-01`, `${end[1]}-12-31`], phrase: end[0] }
  return undefined
}

function yearContext(text: string, hints: EstimateHints): YearContext {
  const ctx: YearContext = { anchor: anchorOf(text) }
  TARGET.lastIndex = 0
  for (let m = TARGET.exec(text); m; m = TARGET.exec(text)) {
    const y = Number(m[1] ?? m[2])
    if (ctx.targetYear === undefined || y < ctx.targetYear) {
      ctx.targetYear = y
      ctx.targetPhrase = m[0]
    }
  }
  ctx.known = medianDate((hints.knownDates ?? []).filter((d) => typeof d === 'string'))
  if (parseIsoDate(hints.notAfter)) ctx.notAfter = (hints.notAfter as string).slice(0, 10)
  return ctx
}

/** The occurrence of month/day closest to `target`. */
function closestTo(month: number, day: number, target: string): string {
  const y = Number(target.slice(0, 4))
  const options = [y - 1, y, y + 1].map((yy) => toIso(yy, month, day))
  return options.reduce((a, b) => (Math.abs(daysBetween(target, b)) < Math.abs(daysBetween(target, a)) ? b : a))
}

/** Choose the year of a cue; returns the date and why that year. */
function placeCue(c: Cue, ctx: YearContext): { date: string; why: string } | undefined {
  if (ctx.anchor) return { date: closestTo(c.month, c.day, ctx.anchor.date), why: `year from ‘${ctx.anchor.phrase}’` }
  if (ctx.targetYear !== undefined) {
    // Talk about a target year Y runs from about October of Y-1 through September of Y.
    const y = c.month >= 10 ? ctx.targetYear - 1 : ctx.targetYear
    return { date: toIso(y, c.month, c.day), why: `year from ‘${ctx.targetPhrase}’` }
  }
  if (ctx.known) return { date: closestTo(c.month, c.day, ctx.known), why: `year from the saga's dated articles (median ${ctx.known})` }
  if (ctx.notAfter) {
    const y = Number(ctx.notAfter.slice(0, 4))
    const d = toIso(y, c.month, c.day)
    return { date: d <= ctx.notAfter ? d : toIso(y - 1, c.month, c.day), why: `year from the latest possible date ${ctx.notAfter}` }
  }
  return undefined
}

function intersect(a: [string, string], b: [string, string]): [string, string] | undefined {
  const lo = a[0] > b[0] ? a[0] : b[0]
  const hi = a[1] < b[1] ? a[1] : b[1]
  return lo <= hi ? [lo, hi] : undefined
}

/** Narrow by "since <month>" bounds that agree with the estimate. */
function applyBounds(text: string, point: string, range: [string, string], notes: string[]): [string, string] {
  let r = range
  for (const b of findDateBounds(text)) {
    const d = closestTo(b.month, b.day, point)
    const bound = d > point ? toIso(Number(d.slice(0, 4)) - 1, b.month, b.day) : d
    if (bound > r[0] && bound <= r[1]) r = [bound, r[1]]
    if (bound <= point) notes.push(`after ‘${b.phrase}’ (${bound})`)
  }
  return r
}

function fromCues(text: string, cues: Cue[], ctx: YearContext): DateInfo {
  const placed = cues.map((c) => ({ c, p: placeCue(c, ctx) })).filter((x) => x.p)
  if (placed.length === 0) {
    const c = cues[0]
    return { date: null, estimated: true, reason: `‘${c.phrase}’ places it around ${c.day} ${MONTH_NAMES[c.month - 1]}, but no year can be read from the text or the saga` }
  }
  const first = placed[0]
  const p0 = first.p as { date: string; why: string }
  let range: [string, string] = [addDays(p0.date, -first.c.before), addDays(p0.date, first.c.after)]
  let notes: string[] = [p0.why]
  for (const x of placed.slice(1)) {
    const d = (x.p as { date: string }).date
    const r = intersect(range, [addDays(d, -x.c.before), addDays(d, x.c.after)])
    if (r) [range, notes] = [r, [...notes, `consistent with ‘${x.c.phrase}’`]]
  }
  if (ctx.anchor) {
    const r = intersect(range, ctx.anchor.range)
    if (r) range = r
  }
  const point = p0.date < range[0] ? range[0] : p0.date > range[1] ? range[1] : p0.date
  range = applyBounds(text, point, range, notes)
  return { date: point, estimated: true, range, reason: `${first.c.explain(point)}; ${notes.join('; ')}` }
}

/** Only "since <month>" phrases: the article is some weeks after the latest of them. */
function fromBounds(text: string, ctx: YearContext): DateInfo | undefined {
  let latest: { date: string; phrase: string; why: string } | undefined
  for (const b of findDateBounds(text)) {
    const cue: Cue = { rule: b.rule, month: b.month, day: b.day, before: 0, after: 0, weight: 0, phrase: b.phrase, explain: () => '' }
    const p = placeCue(cue, ctx)
    if (p && (!latest || p.date > latest.date)) latest = { ...p, phrase: b.phrase }
  }
  if (!latest) return undefined
  const date = addDays(latest.date, 14)
  return { date, estimated: true, range: [latest.date, addDays(latest.date, 60)], reason: `only a lower bound: after ‘${latest.phrase}’ (${latest.date}), so about ${date}; ${latest.why}` }
}

function fromKnown(known: string[]): DateInfo {
  const ok = known.filter((d) => parseIsoDate(d)).map((d) => d.slice(0, 10)).sort()
  const med = medianDate(ok) as string
  const range: [string, string] = ok.length > 1 ? [ok[0], ok[ok.length - 1]] : [addDays(med, -14), addDays(med, 14)]
  return { date: med, estimated: true, range, reason: `no time cues in the text; median of ${ok.length} dated article(s) of the same saga` }
}

/**
 * Estimated date of an undated article. Always `estimated: true`; `date: null` when nothing is
 * known. Never throws.
 * @example
 * estimateDate('Madrid want him, but the January window is around two months away.', { knownDates: ['2025-01-01'] })
 * // { date: '2024-11-01', estimated: true, range: ['2024-10-11', '2024-11-22'], reason: '‘around two months away’ from the January window puts it about 2024-11-01 (±3 weeks); …' }
 */
export function estimateDate(text: string, hints: EstimateHints = {}): DateInfo {
  const t = typeof text === 'string' ? text : ''
  const h = hints && typeof hints === 'object' ? hints : {}
  const ctx = yearContext(t, h)
  const cues = findDateCues(t)
  if (cues.length) return fromCues(t, cues, ctx)
  if (ctx.anchor) {
    return { date: ctx.anchor.date, estimated: true, range: ctx.anchor.range, reason: `‘${ctx.anchor.phrase}’ puts it around ${ctx.anchor.date}` }
  }
  const after = fromBounds(t, ctx)
  if (after) return after
  const known = (h.knownDates ?? []).filter((d) => parseIsoDate(d))
  if (known.length) return fromKnown(known)
  return { date: null, estimated: true, reason: 'no time cues' }
}
