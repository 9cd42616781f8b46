/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC, with no time zones and no Date objects
 * escaping. Tolerant: `parseIsoDate` returns `undefined` for anything that is not a real date.
 */

/** A calendar day. Months are 1-based. */
export interface Ymd {
  y: number
  m: number
  d: number
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * Parses the date part of an ISO 8601 string (`2025-01-01`, `2025-01-01T10:00:00Z`).
 * @example parseIsoDate('2024-11-05') // { y: 2024, m: 11, d: 5 }
 */
export function parseIsoDate(value: unknown): Ymd | undefined {
  if (typeof value !== 'string') return undefined
  const m = ISO_RE.exec(value)
  if (!m) return undefined
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) return undefined
  return ymd
}

/**
 * Number of days in a month.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(y: number, m: number): number {
  // Speed: the usual whole month of a four-digit year is counted, not made into a Date. Outside
  // that (years 0–99 mean 1900–1999 to Date.UTC, months overflow into years) the Date decides.
  if (Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(y) && y >= 1000 && y <= 9999) {
    return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : MONTH_DAYS[m - 1]
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Formats a day as `YYYY-MM-DD` (clamping the day into the month).
 * @example toIso(2025, 6, 30) // '2025-06-30'
 */
export function toIso(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, Math.min(d, daysInMonth(y, m))))
  return t.toISOString().slice(0, 10)
}

/**
 * Adds (or subtracts) days.
 * @example addDays('2024-12-31', 1) // '2025-01-01'
 */
export function addDays(iso: string, days: number): string {
  const p = parseIsoDate(iso)
  if (!p) return iso
  return new Date(Date.UTC(p.y, p.m - 1, p.d + Math.round(days))).toISOString().slice(0, 10)
}

/**
 * Adds (or subtracts) calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29).
 * @example addMonths('2025-01-01', -2) // '2024-11-01'
 */
export function addMonths(iso: string, months: number): string {
  const p = parseIsoDate(iso)
  if (!p) return iso
  const total = p.y * 12 + (p.m - 1) + Math.round(months)
  return toIso(Math.floor(total / 12), (total % 12) + 1, p.d)
}

/**
 * Whole days from `a` to `b` (positive when b is later).
 * @example daysBetween('2024-12-31', '2025-01-02') // 2
 */
export function daysBetween(a: string, b: string): number {
  const pa = parseIsoDate(a)
  const pb = parseIsoDate(b)
  if (!pa || !pb) return 0
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000)
}

/**
 * Last day of the month of `y`-`m`.
 * @example monthEnd(2025, 2) // '2025-02-28'
 */
export function monthEnd(y: number, m: number): string {
  return toIso(y, m, daysInMonth(y, m))
}

/**
 * Median of ISO dates (the lower middle for even counts); undefined for none.
 * @example medianDate(['2025-01-01', '2025-03-25', '2024-11-01']) // '2025-01-01'
 */
export function medianDate(dates: readonly string[]): string | undefined {
  const ok = dates.filter((d) => parseIsoDate(d)).map((d) => d.slice(0, 10)).sort()
  if (ok.length === 0) return undefined
  return ok[Math.floor((ok.length - 1) / 2)]
}

/**
 * Clamps an ISO date into [lo, hi] (string order is date order for `YYYY-MM-DD`).
 * @example clampDate('2025-02-10', '2025-01-01', '2025-01-31') // '2025-01-31'
 */
export function clampDate(iso: string, lo: string, hi: string): string {
  if (iso < lo) return lo
  if (iso > hi) return hi
  return iso
}
