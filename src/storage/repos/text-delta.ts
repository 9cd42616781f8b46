/**
 * An exact, compact form of a text derived from another one (the cleaned text of an article
 * from its raw text): mostly the same characters with a few whitespace edits. The delta is
 * `0` when both are equal, else a list of edits against the base: a positive number copies that
 * many characters, a negative one skips them, a string is inserted. Storage-only and
 * pipeline-free: decoding never depends on how the derived text was made.
 */

/** A stored delta: `0` (same text), the text itself, or a list of edits. */
export type TextDelta = 0 | string | Array<number | string>

/** How far ahead (base + derived characters) a mismatch looks for the texts to agree again. */
const RESYNC_WINDOW = 48
/** Characters that must agree for the texts to count as back in step. */
const RESYNC_RUN = 8

/**
 * The delta turning `base` into `derived`; always decodes back to `derived` exactly (it falls
 * back to the text itself when edits would not be smaller).
 * @example encodeTextDelta('a  b', 'a b') // [1, -1, 2]
 */
export function encodeTextDelta(base: string, derived: string): TextDelta {
  if (base === derived) return 0
  const ops: Array<number | string> = []
  let i = 0
  let j = 0
  while (j < derived.length) {
    let k = 0
    while (i + k < base.length && j + k < derived.length && base.charCodeAt(i + k) === derived.charCodeAt(j + k)) k++
    if (k > 0) { ops.push(k); i += k; j += k; continue }
    const step = resync(base, i, derived, j)
    if (!step) { ops.push(derived.slice(j)); break }
    if (step[0] > 0) ops.push(-step[0])
    if (step[1] > 0) ops.push(derived.slice(j, j + step[1]))
    i += step[0]
    j += step[1]
  }
  // INFO: a delta is only kept when it is exact and pays for itself.
  if (JSON.stringify(ops).length >= derived.length + 2 || decodeTextDelta(base, ops) !== derived) return derived
  return ops
}

/**
 * The derived text from its base and delta.
 * @example decodeTextDelta('a  b', [1, -1, 2]) // 'a b'
 */
export function decodeTextDelta(base: string, delta: TextDelta): string {
  if (delta === 0) return base
  if (typeof delta === 'string') return delta
  const parts: string[] = []
  let i = 0
  for (const op of delta) {
    if (typeof op === 'string') parts.push(op)
    else if (op < 0) i -= op
    else { parts.push(base.slice(i, i + op)); i += op }
  }
  return parts.join('')
}

/** Smallest (skipped base, inserted derived) characters after which the texts agree again. */
function resync(base: string, i: number, derived: string, j: number): [number, number] | undefined {
  for (let d = 1; d <= RESYNC_WINDOW; d++) {
    for (let a = 0; a <= d; a++) {
      const b = d - a
      if (i + a > base.length || j + b > derived.length) continue
      if (agrees(base, i + a, derived, j + b)) return [a, b]
    }
  }
  return undefined
}

function agrees(base: string, i: number, derived: string, j: number): boolean {
  const run = Math.min(RESYNC_RUN, derived.length - j)
  if (run === 0) return true
  if (i + run > base.length) return false
  for (let k = 0; k < run; k++) if (base.charCodeAt(i + k) !== derived.charCodeAt(j + k)) return false
  return true
}
