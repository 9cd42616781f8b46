/**
 * Questions about the window calendar of a country: is a window open on a date, which one, and
 * when the next one opens. Pure; windows come from the `RuleBook`.
 */
import { sameCountry } from './load-rules.ts'
import type { RuleBook, TransferWindow } from './types.ts'
import { DEFAULT_WINDOW_CALENDAR, parseWindowId, windowId, type WindowCalendar } from '../extract/time/windows.ts'
import { daysBetween } from './dates.ts'

/**
 * The windows of one country, in date order.
 * @example windowsOf(book, 'Spain').length // 11
 */
export function windowsOf(book: RuleBook, country: string): TransferWindow[] {
  let byCountry = cache.get(book)
  if (!byCountry) cache.set(book, (byCountry = new Map()))
  let found = byCountry.get(country)
  if (!found) byCountry.set(country, (found = book.windows.filter((w) => sameCountry(w.country, country))))
  return found
}

/**
 * Speed: every claim of every article asks for its country's windows, and the filter folds
 * each window's country name; the answer is kept per book and country. Callers never mutate it.
 */
const cache = new WeakMap<RuleBook, Map<string, TransferWindow[]>>()

/**
 * Does the table know any window for this country?
 * @example hasWindowData(book, 'Narnia') // false
 */
export function hasWindowData(book: RuleBook, country: string): boolean {
  return windowsOf(book, country).length > 0
}

/**
 * The window open in a country on a date (inclusive at both ends), if any.
 * @example windowAt(book, 'England', '2025-01-02')?.id // 'england-2025-winter'
 */
export function windowAt(book: RuleBook, country: string, date: string): TransferWindow | undefined {
  return windowsOf(book, country).find((w) => w.opens <= date && date <= w.closes)
}

/**
 * Is a window open in a country on a date?
 * @example isWindowOpen(book, 'England', '2025-02-04') // false
 */
export function isWindowOpen(book: RuleBook, country: string, date: string): boolean {
  return windowAt(book, country, date) !== undefined
}

/**
 * The first window of a country that opens after a date.
 * @example nextWindowOpen(book, 'Spain', '2025-02-04')?.opens // '2025-06-01'
 */
export function nextWindowOpen(book: RuleBook, country: string, date: string): TransferWindow | undefined {
  return windowsOf(book, country).find((w) => w.opens > date)
}

/**
 * The last window of a country that closed before a date.
 * @example previousWindow(book, 'Spain', '2025-02-04')?.closes // '2025-02-03'
 */
export function previousWindow(book: RuleBook, country: string, date: string): TransferWindow | undefined {
  return windowsOf(book, country).filter((w) => w.closes < date).at(-1)
}

/**
 * The claim-style key of a window: winter windows are `YYYY-january`, summer and exceptional
 * ones `YYYY-summer` (SPEC §4.4).
 * @example windowKey({ kind: 'winter', opens: '2025-01-01' } as TransferWindow) // '2025-january'
 */
export function windowKey(w: TransferWindow): string {
  return `${w.opens.slice(0, 4)}-${w.kind === 'winter' ? 'january' : 'summer'}`
}

/**
 * The windows of a country a claim's window key refers to (`2025-january`, `2025-summer`).
 * @example windowsForKey(book, 'England', '2025-summer').map((w) => w.kind) // ['exceptional', 'summer']
 */
export function windowsForKey(book: RuleBook, country: string, key: string): TransferWindow[] {
  return windowsOf(book, country).filter((w) => windowKey(w) === key.toLowerCase())
}

/**
 * A window in words, for `why` sentences (its source goes in the explanation's notes).
 * @example describeWindow(w) // 'winter window (2025-01-01 to 2025-02-03)'
 */
export function describeWindow(w: TransferWindow): string {
  const tag = w.provisional ? ', provisional' : ''
  return `${w.kind} window (${w.opens} to ${w.closes}${tag})`
}

/**
 * The country whose windows a club registers players in: its own country when the table has rows
 * for it, else the country of the rows kept for its league (a Canadian MLS club follows the MLS
 * rows), else its own country (which then has no data).
 * @example windowCountry(book, { country: 'Canada', league: 'MLS' }) // 'USA'
 */
export function windowCountry(book: RuleBook, club: { country: string; league?: string }): string {
  if (hasWindowData(book, club.country) || !club.league) return club.country
  const league = club.league
  const row = book.windows.find((w) => sameCountry(w.league, league))
  return row ? row.country : club.country
}

/**
 * A national window closing within this many days of the default calendar's close is read as the
 * default one: claim windows are keys ("2023-summer"), and the heuristics that read them (a deal
 * told days after deadline day belongs to the window just closed) were tuned on the default dates;
 * a league whose deadline is a day or two apart (England's 30 August 2024) keeps them. Saudi
 * Arabia's 7 September 2023, Turkey's mid-September or MLS's April close do not.
 */
export const SAME_WINDOW_DAYS = 3

/**
 * The window calendar of a country for the claim-window functions of `extract/time/windows.ts`,
 * where it differs from the approximate default one: a window key's dates are those of its rows
 * (`2025-summer` runs from the exceptional June window's opening to the summer window's close) when
 * they close more than SAME_WINDOW_DAYS days from the default close; other keys, and those the table
 * lacks, keep the default dates. Undefined when no window of the country differs (or it has no rows),
 * so its clubs' claims are read as before. Speed: one calendar per book and country, each answer kept.
 * @example windowCalendar(book, 'Saudi Arabia')?.(2023, 'summer') // { open: '2023-07-01', close: '2023-09-07' }
 * @example windowCalendar(book, 'Scotland') // undefined
 */
export function windowCalendar(book: RuleBook, country: string): WindowCalendar | undefined {
  let byCountry = calendars.get(book)
  if (!byCountry) calendars.set(book, (byCountry = new Map()))
  if (byCountry.has(country)) return byCountry.get(country)
  const spans = new Map<string, { open: string; close: string }>()
  for (const w of windowsOf(book, country)) {
    const key = windowKey(w)
    const s = spans.get(key)
    spans.set(key, s ? { open: s.open < w.opens ? s.open : w.opens, close: s.close > w.closes ? s.close : w.closes } : { open: w.opens, close: w.closes })
  }
  for (const [key, span] of spans) {
    const p = parseWindowId(key)
    const usual = p ? DEFAULT_WINDOW_CALENDAR(p.year, p.season).close : span.close
    if (!p || Math.abs(daysBetween(usual, span.close)) <= SAME_WINDOW_DAYS) spans.delete(key)
  }
  const cal: WindowCalendar | undefined = spans.size
    ? (year, season) => spans.get(windowId(year, season)) ?? DEFAULT_WINDOW_CALENDAR(year, season)
    : undefined
  byCountry.set(country, cal)
  return cal
}

const calendars = new WeakMap<RuleBook, Map<string, WindowCalendar | undefined>>()

/**
 * Longest gap between two windows of one country that the table can hold with no row missing: MLS's
 * secondary window closes in August and its next primary one opens in late January (about 170 days);
 * a missing row leaves a gap of 250 days or more.
 */
export const MAX_GAP_DAYS = 200

/**
 * Does the table say whether a window of the country is open on the date? True inside a window and
 * between two windows no row is missing from; false before the first row, after the last, and in a
 * gap a missing row leaves (a country whose rows are partial: the answer there is unknown, not
 * "closed").
 * @example coversDate(book, 'England', '2024-10-15') // true
 * @example coversDate(book, 'Saudi Arabia', '2024-01-15') // false (no row for its 2023-24 winter window)
 */
export function coversDate(book: RuleBook, country: string, date: string): boolean {
  if (windowAt(book, country, date)) return true
  const prev = previousWindow(book, country, date)
  const next = nextWindowOpen(book, country, date)
  return !!prev && !!next && daysBetween(prev.closes, next.opens) <= MAX_GAP_DAYS
}
