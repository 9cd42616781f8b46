/** Plain-text reader: optional ` date YYYY-MM-DD` header, then the body (SPEC §3). */
import type { RawArticle } from '../../domain/types.ts'

// INFO: seeds 002 and 004 start with " date 2025-03-25 " and the body on the same line.
const HEADER = /^\uFEFF?[ \t]?date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n|$)/

/**
 * Parses a plain-text article. Returns undefined when there is no body text.
 * @example parseText(' date 2025-03-25 Real are close.', 'a.txt')?.published // '2025-03-25'
 */
export function parseText(content: string, source: string): RawArticle | undefined {
  if (typeof content !== 'string') return undefined
  const header = HEADER.exec(content)
  const published = header && isCalendarDate(header[1]) ? header[1] : undefined
  const body = (header && published ? content.slice(header[0].length) : content).trim()
  if (body === '') return undefined
  const raw: RawArticle = { source, format: 'text', text: body }
  if (published) raw.published = published
  return raw
}

/**
 * The date of a ` date …` header that is no calendar date ("2025-02-30"), else undefined: such a
 * file is rejected with that reason rather than read undated with its header as text.
 * @example invalidDateHeader(' date 2025-13-45\nBody') // '2025-13-45'
 */
export function invalidDateHeader(content: string): string | undefined {
  const header = HEADER.exec(content)
  return header && !isCalendarDate(header[1]) ? header[1] : undefined
}

/**
 * True for a real calendar date in YYYY-MM-DD form.
 * @example isCalendarDate('2025-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}
