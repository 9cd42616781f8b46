/**
 * JSON column helpers. Both dialects hand JSON back as a string (PostgreSQL's pool is told to),
 * but a value that is already parsed is accepted too.
 */

/** @example toJson({ a: 1 }) // '{"a":1}' */
export function toJson(value: unknown): string {
  return JSON.stringify(value)
}

/** @example fromJson<number[]>('[1]') // [1] */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}

/** Counts come back as numbers from SQLite and as strings (bigint) from PostgreSQL. */
export function toCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value)
}

/** Lower-cased NFC key for case-insensitive filters. @example keyOf('Ñíguez') // 'ñíguez' */
export function keyOf(value: string): string {
  return value.normalize('NFC').toLowerCase()
}

/**
 * JSON with object keys sorted, for comparing values whatever order a database kept them in
 * (PostgreSQL's jsonb reorders keys). @example canonicalJson({ b: 1, a: 2 }) // '{"a":2,"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v)
}
