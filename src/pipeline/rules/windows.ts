/**
 * Questions about the window calendar of a country: is a window open on a date, which one, and
 * when the next one opens. Pure; windows come from the `RuleBook`.
 */
import { sameCountry } from './load-rules.ts'
import type { RuleBook, TransferWindow } from './types.ts'

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
