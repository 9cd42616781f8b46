/**
 * A hand-written scanner for capitalised name runs, matching exactly what the global `NAME_RE`
 * (patterns.ts) matches, run after run. Speed: the regex is exec'd once per capitalised word of
 * every article, each call allocating a match array and a string; the scanner works on offsets.
 *
 * NAME_TOKEN is `\p{Lu}\.(?= \p{Lu})` (an initial before a capitalised word) or
 * `\p{Lu}[\p{L}\p{M}'’-]*`; a run is a token and up to three more, each after one space and an
 * optional lower-case particle ("van ", "de ").
 */

const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'da', 'di', 'von', 'del', 'dos', 'der', 'den', 'le', 'la', 'ten'])
const MAX_EXTRA_TOKENS = 3

const UPPER = 1
const NAME_CHAR = 2
const KNOWN = 4
/** Classes of BMP code units (UPPER | NAME_CHAR), filled on first sight of each non-ASCII one. */
const bmp = new Uint8Array(0x10000)
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90
  const name = upper || (c >= 97 && c <= 122) || c === 39 || c === 45
  bmp[c] = KNOWN | (upper ? UPPER : 0) | (name ? NAME_CHAR : 0)
}
const astral = new Map<number, number>()

function classify(ch: string): number {
  return KNOWN | (/^\p{Lu}$/u.test(ch) ? UPPER : 0) | (/^[\p{L}\p{M}'’-]$/u.test(ch) ? NAME_CHAR : 0)
}

/** Class of the code point at `i`, and its length in code units in the bits above 3. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
      let k = astral.get(cp)
      if (k === undefined) astral.set(cp, (k = classify(String.fromCodePoint(cp))))
      return k | 16
    }
  }
  let k = bmp[c]
  if (k === 0) k = bmp[c] = classify(String.fromCharCode(c))
  return k | 8
}

/** Length of the upper-case code point at `i` (1 or 2), or 0. */
export function upperAt(text: string, i: number): number {
  const k = classAt(text, i)
  return k & UPPER ? k >> 3 : 0
}

/** End of the NAME_TOKEN starting at `i`, or -1 when none starts there. */
function tokenEnd(text: string, i: number): number {
  const n = upperAt(text, i)
  if (n === 0) return -1
  let j = i + n
  if (text.charCodeAt(j) === 46 && text.charCodeAt(j + 1) === 32 && upperAt(text, j + 2) > 0) return j + 1
  for (;;) {
    const k = classAt(text, j)
    if (!(k & NAME_CHAR)) return j
    j += k >> 3
  }
}

/** Offset after "particle " at `i` ("van Dijk" → the D), or -1. */
function particleEnd(text: string, i: number): number {
  let j = i
  while (j < text.length && j - i <= 3) {
    const c = text.charCodeAt(j)
    if (c < 97 || c > 122) break
    j++
  }
  return text.charCodeAt(j) === 32 && PARTICLES.has(text.slice(i, j)) ? j + 1 : -1
}

/**
 * End of the name run that `NAME_RE` matches at `i`, or -1 when `i` is not an upper-case letter.
 * @example nameRunEnd('Virgil van Dijk said', 0) // 15
 */
export function nameRunEnd(text: string, i: number): number {
  let end = tokenEnd(text, i)
  if (end < 0) return -1
  for (let extra = 0; extra < MAX_EXTRA_TOKENS && text.charCodeAt(end) === 32; extra++) {
    const p = particleEnd(text, end + 1)
    let next = p >= 0 ? tokenEnd(text, p) : -1
    if (next < 0) next = tokenEnd(text, end + 1)
    if (next < 0) break
    end = next
  }
  return end
}

/**
 * Could the code unit at `k` lie inside a name run? Runs hold name characters; a space only
 * before a capital or a particle, a dot only in an initial ("J. Pearce"). Halves of surrogate
 * pairs count as possible. (False means no run covers `k`, so scanning may restart after it.)
 * @example mayBeInNameRun('Romano, said', 6) // false
 */
export function mayBeInNameRun(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c >= 0xd800 && c <= 0xdfff) return true
  if (c === 32) {
    const next = text.charCodeAt(k + 1)
    return next === 118 || next === 100 || next === 108 || next === 116 || upperAt(text, k + 1) > 0
  }
  if (c === 46) {
    if (k === 0 || text.charCodeAt(k + 1) !== 32 || upperAt(text, k + 2) === 0) return false
    const prev = text.charCodeAt(k - 1)
    return (prev >= 0xd800 && prev <= 0xdfff) || upperAt(text, k - 1) > 0
  }
  return (classAt(text, k) & NAME_CHAR) !== 0
}
