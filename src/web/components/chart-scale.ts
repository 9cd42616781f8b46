/** Date axis helpers shared by the saga page's charts. */
import { dayNumber, monthLabel } from '../format.ts'

export interface DateScale {
  x(day: string): number
  ticks: { day: string; x: number; label: string }[]
}

/**
 * A linear date scale over `[left, right]` with up to `maxTicks` month ticks.
 * @example buildDateScale(['2025-01-01', '2025-03-01'], 0, 100).x('2025-01-01') // 0
 */
export function buildDateScale(days: string[], left: number, right: number, maxTicks = 6): DateScale {
  const nums = days.map(dayNumber)
  let lo = Math.min(...nums)
  let hi = Math.max(...nums)
  if (hi - lo < 1) {
    lo -= 15
    hi += 15
  }
  const x = (day: string) => left + ((dayNumber(day) - lo) * (right - left)) / (hi - lo)
  return { x, ticks: monthTicks(lo, hi, maxTicks).map((day) => ({ day, x: x(day), label: monthLabel(day) })) }
}

function monthTicks(lo: number, hi: number, maxTicks: number): string[] {
  const start = new Date(lo * 86_400_000)
  const months: string[] = []
  const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
  while (d.getTime() / 86_400_000 <= hi) {
    months.push(d.toISOString().slice(0, 10))
    d.setUTCMonth(d.getUTCMonth() + 1)
  }
  const step = Math.max(1, Math.ceil(months.length / maxTicks))
  return months.filter((_, i) => i % step === 0)
}
