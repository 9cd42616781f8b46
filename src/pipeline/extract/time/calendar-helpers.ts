/**
 * Small resolvers shared by the time rules: which year a bare month means, when a season ends,
 * which window a season word means. All take the reference (article) date as `YYYY-MM-DD`.
 */
import { monthEnd, parseIsoDate, toIso } from './iso-date.js'
import { TIME_LEXICON } from './lexicon.js'
import {
  DEFAULT_WINDOW_CALENDAR,
  upcomingWindow,
  windowId,
  windowOf,
  type WindowCalendar,
  type WindowSeason,
} from './windows.js'

/** How a bare month or season word leans in time. */
export type Lean = 'future' | 'past' | 'next' | 'last' | 'this' | 'nearest'

/**
 * The year in which `month` falls, read from `ref` with a lean:
 * future = this month or later; past = this month or earlier; next/last = strictly after/before;
 * this = the reference year; nearest = whichever occurrence is closest.
 * @example monthYear('2025-01-01', 3, 'past') // 2024
 */
export function monthYear(ref: string, month: number, lean: Lean): number {
  const p = parseIsoDate(ref)
  if (!p) return NaN
  switch (lean) {
    case 'future':
      return month >= p.m ? p.y : p.y + 1
    case 'past':
      return month <= p.m ? p.y : p.y - 1
    case 'next':
      return month > p.m ? p.y : p.y + 1
    case 'last':
      return month < p.m ? p.y : p.y - 1
    case 'this':
      return p.y
    default: {
      const diff = month - p.m
      return diff > 6 ? p.y - 1 : diff < -6 ? p.y + 1 : p.y
    }
  }
}

/**
 * Year in which the season running at `ref` ends (seasons start on July 1).
 * @example seasonEndYear('2024-11-05') // 2025
 */
export function seasonEndYear(ref: string): number {
  const p = parseIsoDate(ref)
  if (!p) return NaN
  const startMonth = Number(TIME_LEXICON.season.start.slice(0, 2))
  return p.m >= startMonth ? p.y + 1 : p.y
}

/**
 * Date the season ending in `year` ends: last matchday or contractual end (June 30).
 * @example seasonEndDate(2025, 'contract') // '2025-06-30'
 */
export function seasonEndDate(year: number, which: 'matches' | 'contract' = 'matches'): string {
  const md = which === 'contract' ? TIME_LEXICON.season.contractEnd : TIME_LEXICON.season.lastMatchday
  return `${String(year).padStart(4, '0')}-${md}`
}

/**
 * Range of the season that ends in `endYear`: July 1 of the year before to June 30.
 * @example seasonRange(2025) // ['2024-07-01', '2025-06-30']
 */
export function seasonRange(endYear: number): [string, string] {
  return [`${endYear - 1}-${TIME_LEXICON.season.start}`, seasonEndDate(endYear, 'contract')]
}

/**
 * A month, or its early (1–10), mid (11–20) or late (21–end) part, as an inclusive range.
 * @example monthRange(2024, 11, 'late') // ['2024-11-21', '2024-11-30']
 */
export function monthRange(y: number, m: number, part?: string): [string, string] {
  const p = (part ?? '').toLowerCase().replace(/-$/, '')
  if (p === 'early' || p === 'start') return [toIso(y, m, 1), toIso(y, m, 10)]
  if (p === 'mid' || p === 'middle') return [toIso(y, m, 11), toIso(y, m, 20)]
  if (p === 'late' || p === 'end') return [toIso(y, m, 21), monthEnd(y, m)]
  return [toIso(y, m, 1), monthEnd(y, m)]
}

/**
 * The window a month usually means in transfer talk: January → that January window; June,
 * July, August → that summer; a later month the summer window ran into by its 5th (September
 * and October 2020, when the window closed on 5 October) → that summer; a spring month the
 * calendar's new-year window is still open on by its 5th (MLS: February to April) → that January
 * window; other months → none.
 * @example windowOfMonth(2025, 7) // '2025-summer'
 */
export function windowOfMonth(y: number, m: number, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): string | undefined {
  if (m === 1) return windowId(y, 'january')
  if (m >= 6 && m <= 8) return windowId(y, 'summer')
  if (m > 8 && calendar(y, 'summer').close >= toIso(y, m, 5)) return windowId(y, 'summer')
  // A window of the new year still open on the month's 5th: MLS's runs to April, Brazil's to March.
  if (m > 1 && m < 6 && calendar(y, 'january').close >= toIso(y, m, 5)) return windowId(y, 'january')
  return undefined
}

/**
 * The window of a season word with a lean (`next summer`, `last January`, `the winter window`).
 * `future`/`this`: the one in progress or still to come; `next`: the first to open after ref;
 * `last`: the last to close before ref.
 * @example seasonWindow('2024-11-05', 'summer', 'last') // '2024-summer'
 */
export function seasonWindow(
  ref: string,
  season: WindowSeason,
  lean: Lean,
  calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR,
): string {
  const y = Number(ref.slice(0, 4))
  if (lean === 'last') return windowId(calendar(y, season).close < ref ? y : y - 1, season)
  if (lean === 'next') {
    const open = calendar(y, season).open
    return windowId(ref < open ? y : y + 1, season)
  }
  return upcomingWindow(ref, season, calendar)
}

/** The window that contains `ref` or opens next (`this window`). */
export function currentWindow(ref: string, calendar: WindowCalendar = DEFAULT_WINDOW_CALENDAR): string {
  return windowOf(ref, calendar)
}
