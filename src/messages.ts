/**
 * Every user-facing message string in one place (feedsmith `locales` style), so tests can
 * assert on them and wording stays consistent. Functions build messages that carry a value.
 */

/** Messages for rejected inputs (SPEC §3): one line each, no trailing period. */
export const INPUT_MESSAGES = {
  binaryNul: 'binary file (NUL bytes), skipped',
  binaryControl: 'binary file (control characters), skipped',
  empty: 'empty input, skipped',
  tooLarge: (size: number, max: number) => `too large (${size} bytes, limit ${max}), skipped`,
  tooLargeStream: (max: number) => `too large (more than ${max} bytes), skipped`,
  invalidUtf8: 'invalid UTF-8 (undecodable encoding), skipped',
  unreadable: (code: string) => `unreadable (${code}), skipped`,
  missing: 'no such file or directory',
  danglingLink: 'broken symbolic link, skipped',
  notRegular: 'not a regular file, skipped',
  globNoMatch: 'pattern matched no files',
  jsonSyntax: (detail: string) => `malformed JSON: ${detail}`,
  jsonNotObject: (found: string) => `expected a JSON object, found ${found}`,
  jsonNoText: 'expected a "text" or "html" string, found none',
  jsonBadField: (field: string, found: string) => `expected "${field}" to be a string, found ${found}`,
  textBadDate: (value: string) => `the date header ${JSON.stringify(value)} is not a calendar date (expected YYYY-MM-DD), skipped`,
  jsonBadDate: (value: string) => `expected "published" as ISO 8601, found ${JSON.stringify(value.slice(0, 40))}`,
  htmlNoText: 'malformed HTML: no readable text',
  feedMalformed: (detail: string) => `malformed feed: ${detail}`,
  feedEmpty: 'feed has no items',
  feedItemNoText: (n: number) => `feed item ${n} has no text (summary and content empty)`,
} as const

/** Misuse errors (thrown at once, `<module>: expected <X>, found <Y>`). */
export const USAGE_MESSAGES = {
  expected: (module: string, expected: string, found: string) => `${module}: expected ${expected}, found ${found}`,
} as const

/**
 * Describes a value's type for "found X" messages.
 * @example describeType(null) // 'null'
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
