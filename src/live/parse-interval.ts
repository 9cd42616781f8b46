/**
 * Reads a polling interval as users write it: `90s`, `15m`, `2h`, `1d`, or bare seconds.
 */

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 }

/**
 * Seconds, or undefined for anything unreadable (zero, negative, junk).
 * @example
 * parseInterval('15m') // 900
 * parseInterval('45') // 45
 * parseInterval('soon') // undefined
 */
export function parseInterval(text: string): number | undefined {
  if (typeof text !== 'string') return undefined
  const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/i.exec(text.trim())
  if (!match) return undefined
  const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] || 's').toLowerCase()]!
  return seconds > 0 && Number.isFinite(seconds) ? Math.round(seconds) : undefined
}

/**
 * The shortest unit that writes an interval exactly: 900 → `15m`.
 * @example formatInterval(7200) // '2h'
 */
export function formatInterval(seconds: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    const size = UNIT_SECONDS[unit]!
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`
  }
  return `${seconds}s`
}
