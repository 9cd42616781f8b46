/**
 * Transfer-window ids and approximate dates. A window id is `YYYY-summer` or `YYYY-january`
 * (the year the window opens in). The default calendar comes from `data/lexicon/time.json` and
 * holds common approximate dates; the transfer-rules module (SPEC §7) keeps exact per-country
 * windows and passes them in through the `calendar` hook.
 */
import { daysBetween, parseIsoDate } from './iso-date.js'
import { TIME_LEXICON } from './lexicon.js'

export type WindowSeason = 'summer' | 'january'

/** Opening and closing dates (inclusive, `YYYY-MM-DD`) of one window. */
export interface WindowSpan {
  id: string
  open: string
  close: string
}

/** Hook: the dates of a window for a year. Pass exact national dates from the rules data. */
export type WindowCalendar = (year: number, season: WindowSeason) => { open: string; close: string }

/**
 * The approximate calendar from the lexicon (January 1 – February 3, June 14 – September 1),
 * with its exceptions (the 2020 summer window ran to 5 October).
 * @example DEFAULT_WINDOW_CALENDAR(2025, 'january') // { open: '2025-01-01', close: '2025-02-03' }
 */
export const DEFAULT_WINDOW_CALENDAR: WindowCalendar = (year, season) => {
  const key = `${year}-${season}`
  let dates = DEFAULT_DATES.get(key)
  if (!dates) {
    const y = String(year).padStart(4, '0')
    const exception = TIME_LEXICON.windowExceptions[`${y}-${season}`]
    const days = typeof exception === 'object' ? exception : TIME_LEXICON.windows[season]
    dates = Object.freeze({ open: `${y}-${days.open}`, close: `${y}-${days.close}` })
    DEFAULT_DATES.set(key, dates)
  }
  return dates
}

/** Speed: the default calendar's dates, built once per window (callers only read them). */
const DEFAULT_DATES = new Map<string, Readonly<{ open: string; close: string }>>()

const ID_RE = /^(\d{4})-(summer|january)$/

/**
 * Builds a window id.
 * @example windowId(2025, 'summer') // '2025-summer'
 */
export function windowId(year: number, season: WindowSeason): string {
  return `${String(year).padStart(4, '0')}-${season}`
}

/**
 * Splits a window id; undefined when it is not one.
 * @example parseWindowId('2025-january') // { year: 2025, season: 'january' }
 */
export function parseWindowId(id: unknown): { year: number; season: WindowSeason } | undefined {
  if (typeof id !== 'string') return undefined
  const m = ID_RE.exec(id)
  return m ? { year: Number(m[1]), season: m[2] as WindowSeason } : undefined
}

/**
 * Dates of a window; undefined for a malformed id.
 * @example windowSpan('2025-summer') // { id: '2025-summer', open: '2025-06-14', close: '2025-09-01' }
 */
export function windowSpan(id: string, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): WindowSpan | undefined {
  const p = parseWindowId(id)
  return p ? { id, ...calendar(p.year, p.season) } : undefined
}

/**
 * Moves a window id by `n` windows (summer → next january → next summer …).
 * @example shiftWindow('2024-summer', 1) // '2025-january'
 */
export function shiftWindow(id: string, n: number): string {
  const p = parseWindowId(id)
  if (!p) return id
  // Index windows in time order: january of Y = 2Y, summer of Y = 2Y + 1.
  const k = p.year * 2 + (p.season === 'summer' ? 1 : 0) + Math.round(n)
  return windowId(Math.floor(k / 2), k % 2 === 1 ? 'summer' : 'january')
}

function requireDate(date: string): string {
  if (!parseIsoDate(date)) {
    throw new Error(`windows: expected a YYYY-MM-DD date, found ${JSON.stringify(String(date).slice(0, 40))}`)
  }
  return date.slice(0, 10)
}

/**
 * The window a date belongs to, or the next one to open: up to the January close → that
 * January; up to the summer close → that summer; after it → next year's January.
 * Throws on a malformed date (misuse).
 * @example windowOf('2024-11-05') // '2025-january'
 */
export function windowOf(date: string, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): string {
  const d = requireDate(date)
  const y = Number(d.slice(0, 4))
  if (d <= calendar(y, 'january').close) return windowId(y, 'january')
  if (d <= calendar(y, 'summer').close) return windowId(y, 'summer')
  return windowId(y + 1, 'january')
}

/**
 * The first window that opens strictly after the date.
 * @example nextWindow('2025-01-10') // '2025-summer'
 */
export function nextWindow(date: string, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): string {
  const d = requireDate(date)
  let id = windowOf(d, calendar)
  while ((windowSpan(id, calendar)?.open ?? '') <= d) id = shiftWindow(id, 1)
  return id
}

/**
 * The last window that closed strictly before the date (the "last summer" / "last January" base).
 * @example previousWindow('2025-01-10') // '2024-summer'
 */
export function previousWindow(date: string, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): string {
  const d = requireDate(date)
  let id = windowOf(d, calendar)
  while ((windowSpan(id, calendar)?.close ?? '') >= d) id = shiftWindow(id, -1)
  return id
}

/** Days after a window's close during which news of its deals still arrives (announcements, debriefs). */
export const WINDOW_AFTERMATH_DAYS = 7

/**
 * The window that closed at most `days` days before the date, if any: a deal reported two days
 * after deadline day was done in that window, not the next one.
 * @example justClosedWindow('2025-02-05') // '2025-january'
 * @example justClosedWindow('2025-03-10') // undefined
 */
export function justClosedWindow(date: string, days = WINDOW_AFTERMATH_DAYS, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): string | undefined {
  const d = requireDate(date)
  const id = previousWindow(d, calendar)
  const close = windowSpan(id, calendar)?.close
  return close && daysBetween(close, d) <= days ? id : undefined
}

/**
 * The next window of a given season whose close is on or after the date (the one still
 * reachable): `the summer` said on 2025-03-25 → `2025-summer`.
 * @example upcomingWindow('2024-11-05', 'january') // '2025-january'
 */
export function upcomingWindow(
  date: string,
  season: WindowSeason,
  calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR,
): string {
  const d = requireDate(date)
  const y = Number(d.slice(0, 4))
  return d <= calendar(y, season).close ? windowId(y, season) : windowId(y + 1, season)
}

/**
 * True when the date lies inside the window (inclusive).
 * @example isInWindow('2025-01-15', '2025-january') // true
 */
export function isInWindow(date: string, id: string, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): boolean {
  const span = windowSpan(id, calendar)
  const d = parseIsoDate(date) ? date.slice(0, 10) : undefined
  return !!span && !!d && d >= span.open && d <= span.close
}
