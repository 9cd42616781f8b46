/** Calendar-day helpers on `YYYY-MM-DD` strings (UTC, no time zones). */

const DAY_MS = 86_400_000
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Is `s` a real calendar date written `YYYY-MM-DD`?
 * @example isIsoDate('2025-02-29') // false
 */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

function toTime(s: string): number {
  return Date.parse(`${s}T00:00:00Z`)
}

function fromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

/**
 * Adds days to a date.
 * @example addDays('2025-06-30', 1) // '2025-07-01'
 */
export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS)
}

/**
 * Whole days from `a` to `b` (negative when `b` is earlier).
 * @example daysBetween('2025-01-02', '2025-06-30') // 179
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS)
}

/**
 * Adds calendar months, clamping to the month's last day.
 * @example addMonths('2025-06-30', -6) // '2024-12-30'
 * @example addMonths('2025-08-31', -6) // '2025-02-28'
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return fromTime(Date.UTC(year, month, Math.min(d, last)))
}
