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

/**
 * Deep equality of JSON-like values, where a property set to `undefined` counts as absent
 * (as JSON.stringify would write it). Used to check that claims survive their rows.
 * @example sameJson({ a: 1, b: undefined }, { a: 1 }) // true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    if (a.length !== bb.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], bb[i])) return false
    return true
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined)
  const ak = keys(ao)
  if (ak.length !== keys(bo).length) return false
  for (const k of ak) if (!Object.hasOwn(bo, k) || !sameJson(ao[k], bo[k])) return false
  return true
}
