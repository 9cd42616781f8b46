/**
 * Near-duplicate detection for evidence sentences (rule `report/minhash@1`): word 5-shingles of
 * the normalised sentence, a MinHash sketch of 64 seeded 32-bit hashes, and LSH banding
 * (16 bands × 4 rows, candidate threshold ≈ (1/16)^(1/4) ≈ 0.5) so no step compares every claim
 * with every other (SPEC §12).
 */

export const SHINGLE_SIZE = 5
/** Sketch slots; a multiple of 4 (the MinHash loop takes four seeds at a time). */
export const MINHASH_SIZE = 64
export const LSH_BANDS = 16
const ROWS = MINHASH_SIZE / LSH_BANDS

const ASCII = /^[\x00-\x7f]*$/

/**
 * Lower case, accents folded, quotes and punctuation stripped, numbers kept, spaces collapsed.
 * @example normaliseEvidence('“Real Madrid’s €60m bid!”') // 'real madrids 60m bid'
 */
export function normaliseEvidence(text: string): string {
  const lower = text.toLowerCase()
  // Speed: decomposing leaves ASCII text unchanged, and it has no combining marks to strip.
  const folded = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return folded
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Word k-shingles of a normalised text; a text shorter than k words is one shingle.
 * @example shinglesOf('a b c d e f') // ['a b c d e', 'b c d e f']
 */
export function shinglesOf(normalised: string, k = SHINGLE_SIZE): string[] {
  const words = normalised.split(' ').filter(Boolean)
  if (words.length === 0) return []
  if (words.length <= k) return [words.join(' ')]
  const out: string[] = []
  for (let i = 0; i + k <= words.length; i++) out.push(words.slice(i, i + k).join(' '))
  return out
}

/**
 * FNV-1a 32-bit hash of a string with a seed, finished with murmur3's fmix32.
 * @example hash32('abc', 0) === hash32('abc', 0) // true
 */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix32(h)
}

function fmix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE)
  for (let i = 0; i < MINHASH_SIZE; i++) seeds[i] = fmix32(Math.imul(i + 1, 0x9e3779b9))
  return seeds
})()

const SIGNED_SEEDS = new Int32Array(SEEDS)

/**
 * MinHash sketch: each shingle is hashed once, then remixed with 64 fixed seeds.
 * @example minhashOf(['a b c d e']).length // 64
 */
export function minhashOf(shingles: readonly string[]): Uint32Array {
  const sketch = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  for (const s of shingles) {
    const base = hash32(s)
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = fmix32(base ^ SEEDS[i])
      if (v < sketch[i]) sketch[i] = v
    }
  }
  return sketch
}

/**
 * Words of the text being sketched, as char codes in one scratch buffer: word `w` is
 * `chars[starts[w]] … chars[ends[w] - 1]`. Speed: reused by every sketch (sketching is
 * synchronous and the buffers never escape), so a sketch allocates only its result.
 */
const scratch = { chars: new Uint16Array(1024), starts: new Int32Array(256), ends: new Int32Array(256), bases: new Int32Array(256) }

/** Makes room for `chars` char codes and `words` words in the scratch buffers. */
function reserve(chars: number, words: number): void {
  if (scratch.chars.length < chars) scratch.chars = new Uint16Array(chars * 2)
  if (scratch.starts.length < words) {
    scratch.starts = new Int32Array(words * 2)
    scratch.ends = new Int32Array(words * 2)
    scratch.bases = new Int32Array(words * 2)
  }
}

/** Loads the words of a normalised text (separated by spaces) into the scratch; returns their count. */
function loadSpacedWords(normalised: string): number {
  const len = normalised.length
  reserve(len, (len >> 1) + 1)
  const { chars, starts, ends } = scratch
  let n = 0
  for (let i = 0; i < len; ) {
    if (normalised.charCodeAt(i) === 32) {
      i++
      continue
    }
    starts[n] = i
    while (i < len && normalised.charCodeAt(i) !== 32) {
      chars[i] = normalised.charCodeAt(i)
      i++
    }
    ends[n++] = i
  }
  return n
}

/** A folded character that breaks words (`normaliseEvidence` turns it into a space). */
const BREAK = -1
/** Output characters per input character the fast path accepts. */
const MAX_FOLD = 3
/** Non-ASCII characters the fast path folds one at a time: Latin-1, Latin Extended-A/B, punctuation, currency. */
const FOLDABLE = (c: number) => (c >= 0x80 && c < 0x250) || (c >= 0x2000 && c < 0x20d0)
const COMBINING = /\p{M}/u
const WORD_CHAR = /^[\p{L}\p{N}]$/u
/** Per non-ASCII character: what it folds to (char codes, BREAK for a word break), or null when it must take the general path. */
const folds: (Int32Array | null | undefined)[] = []

/**
 * What `normaliseEvidence` makes of one character, when that does not depend on its neighbours:
 * lower case, decomposed, accents (U+0300–U+036F) dropped, apostrophes dropped, other
 * characters that are not letters or digits a word break. Null when it might depend on them: any
 * other combining mark left (decomposition reorders adjacent marks), a decomposition starting
 * with a mark, or more than MAX_FOLD characters. (Final sigma, the one context-dependent lower
 * case, and surrogates lie outside FOLDABLE.)
 */
function foldOf(c: number): Int32Array | null {
  const decomposed = String.fromCharCode(c).toLowerCase().normalize('NFD')
  const folded = decomposed.replace(/[\u0300-\u036f]/g, '').replace(/['’‘`]/g, '')
  if (COMBINING.test(folded) || COMBINING.test(decomposed.charAt(0)) || folded.length > MAX_FOLD) return null
  return Int32Array.from(folded, (ch) => (WORD_CHAR.test(ch) ? ch.charCodeAt(0) : BREAK))
}

/**
 * Loads the words `normaliseEvidence` would leave of a text, without building it, when every
 * character folds on its own: ASCII inline (lower case, apostrophes and backquotes dropped so
 * they join the letters around them, every other run of non-letters and non-digits a word
 * break), other characters through their memoised fold. Returns -1 when some character needs
 * the general path.
 */
function loadFoldedWords(text: string): number {
  const len = text.length
  reserve(len * MAX_FOLD, (len >> 1) + 1)
  const { chars, starts, ends } = scratch
  let n = 0
  let at = 0
  let inWord = false
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c === 39 || c === 96) continue
      if (c >= 65 && c <= 90) c += 32
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (!inWord) starts[n] = at
        chars[at++] = c
        inWord = true
      } else if (inWord) {
        ends[n++] = at
        inWord = false
      }
      continue
    }
    if (!FOLDABLE(c)) return -1
    let fold = folds[c]
    if (fold === undefined) folds[c] = fold = foldOf(c)
    if (fold === null) return -1
    for (let f = 0; f < fold.length; f++) {
      const x = fold[f]
      if (x !== BREAK) {
        if (!inWord) starts[n] = at
        chars[at++] = x
        inWord = true
      } else if (inWord) {
        ends[n++] = at
        inWord = false
      }
    }
  }
  if (inWord) ends[n++] = at
  return n
}

/** Writes the MinHash sketch of the `n` words in the scratch (see `sketchOf`) to `out[at … at + 63]`. */
function sketchLoadedInto(n: number, k: number, out: Uint32Array, at: number): void {
  const { chars, starts, ends, bases } = scratch
  const shingles = n === 0 ? 0 : n <= k ? 1 : n - k + 1
  const span = Math.min(n, k)
  // Each shingle's FNV-1a over its words and the single spaces `join(' ')` puts between them.
  for (let s = 0; s < shingles; s++) {
    let h = 0x811c9dc5 | 0
    for (let w = s; w < s + span; w++) {
      if (w > s) h = Math.imul(h ^ 32, 0x01000193)
      for (let i = starts[w]; i < ends[w]; i++) h = Math.imul(h ^ chars[i], 0x01000193)
    }
    bases[s] = fmixInt(h)
  }
  // Speed: seeds in the outer loop, four at a time, keep the running minima in registers and
  // give the CPU four independent hash chains; minima are kept as signed ints with the top bit
  // flipped (same order as the unsigned values), so the hot loop stays in 32-bit arithmetic;
  // `minOf` is branchless (whether a new minimum turns up is a coin toss a CPU mispredicts).
  for (let i = 0; i < MINHASH_SIZE; i += 4) {
    const s0 = SIGNED_SEEDS[i]
    const s1 = SIGNED_SEEDS[i + 1]
    const s2 = SIGNED_SEEDS[i + 2]
    const s3 = SIGNED_SEEDS[i + 3]
    let m0 = 0x7fffffff
    let m1 = 0x7fffffff
    let m2 = 0x7fffffff
    let m3 = 0x7fffffff
    for (let s = 0; s < shingles; s++) {
      const b = bases[s]
      m0 = minOf(m0, fmixInt(b ^ s0) ^ 0x80000000)
      m1 = minOf(m1, fmixInt(b ^ s1) ^ 0x80000000)
      m2 = minOf(m2, fmixInt(b ^ s2) ^ 0x80000000)
      m3 = minOf(m3, fmixInt(b ^ s3) ^ 0x80000000)
    }
    out[at + i] = (m0 ^ 0x80000000) >>> 0
    out[at + i + 1] = (m1 ^ 0x80000000) >>> 0
    out[at + i + 2] = (m2 ^ 0x80000000) >>> 0
    out[at + i + 3] = (m3 ^ 0x80000000) >>> 0
  }
}

/** The smaller of two int32s, without a branch: `-(v < m)` is all ones when v is smaller. */
function minOf(m: number, v: number): number {
  return m ^ ((v ^ m) & -(v < m))
}

/**
 * MinHash sketch of a normalised text's word k-shingles: the same as
 * `minhashOf(shinglesOf(normalised, k))`, hashed straight from the text.
 * Speed: no shingle strings are built; each shingle's FNV-1a runs over its words and the single
 * spaces that `join(' ')` would put between them.
 * @example sketchOf('a b c d e f') // equals minhashOf(['a b c d e', 'b c d e f'])
 */
export function sketchOf(normalised: string, k = SHINGLE_SIZE): Uint32Array {
  const out = new Uint32Array(MINHASH_SIZE)
  sketchLoadedInto(loadSpacedWords(normalised), k, out, 0)
  return out
}

/**
 * The sketch of an evidence sentence: the same as `sketchOf(normaliseEvidence(sentence))`.
 * Speed: a sentence in Latin script (nearly all of them) is normalised while its words are
 * read, with no regular expression and no intermediate string; others take the general path.
 * @example sketchOfEvidence('“Real Madrid’s €60m bid!”') // equals sketchOf('real madrids 60m bid')
 */
export function sketchOfEvidence(sentence: string, k = SHINGLE_SIZE): Uint32Array {
  const out = new Uint32Array(MINHASH_SIZE)
  sketchEvidenceInto(sentence, out, 0, k)
  return out
}

/**
 * `sketchOfEvidence` written to `out[at … at + MINHASH_SIZE - 1]`: many sketches in one flat
 * array, without a typed array per sentence.
 * @example sketchEvidenceInto(sentence, sketches, i * MINHASH_SIZE)
 */
export function sketchEvidenceInto(sentence: string, out: Uint32Array, at: number, k = SHINGLE_SIZE): void {
  const n = loadFoldedWords(sentence)
  sketchLoadedInto(n >= 0 ? n : loadSpacedWords(normaliseEvidence(sentence)), k, out, at)
}

/** fmix32 on signed 32-bit ints: the same bits as `fmix32`. */
function fmixInt(x: number): number {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/**
 * How many of `n` sketch slots must be equal for an estimated Jaccard similarity of at least
 * `min` (more than `n` when it cannot be reached).
 * @example sameSlotsNeeded(64, 0.6) // 39
 */
export function sameSlotsNeeded(n: number, min: number): number {
  let need = 0
  while (need <= n && need / n < min) need++
  return need
}

/**
 * True when at least `need` slots of the sketches at `a[aAt …]` and `b[bAt …]` are equal
 * (`need` from `sameSlotsNeeded`), stopping as soon as the answer is known.
 * @example hasSameSlots(a, 0, b, 0, sameSlotsNeeded(MINHASH_SIZE, 0.6))
 */
export function hasSameSlots(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number, need: number, n = MINHASH_SIZE): boolean {
  let same = 0
  for (let i = 0; i < n; i++) {
    if (a[aAt + i] === b[bAt + i] && ++same >= need) return true
    if (same + (n - 1 - i) < need) return false
  }
  return same >= need
}

/**
 * True when the estimated Jaccard similarity of two sketches is at least `min`: the same as
 * `estimateJaccard(a, b) >= min`, stopping as soon as the answer is known.
 * @example similarAtLeast(minhashOf(['x']), minhashOf(['x']), 0.6) // true
 */
export function similarAtLeast(a: Uint32Array, b: Uint32Array, min: number): boolean {
  return a.length !== 0 && hasSameSlots(a, 0, b, 0, sameSlotsNeeded(a.length, min), a.length)
}

/**
 * Estimated Jaccard similarity: the share of equal sketch slots.
 * @example estimateJaccard(minhashOf(['x']), minhashOf(['x'])) // 1
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}

/**
 * LSH band keys of a sketch: two sketches sharing any key are candidates for comparison.
 * @example lshKeysOf(minhashOf(['x'])).length // 16
 */
export function lshKeysOf(sketch: Uint32Array): string[] {
  const keys: string[] = []
  for (let b = 0; b < LSH_BANDS; b++) {
    let k = `${b}`
    for (let r = 0; r < ROWS; r++) k += `:${sketch[b * ROWS + r].toString(36)}`
    keys.push(k)
  }
  return keys
}

/**
 * The longest quoted passage of a sentence (“…”, "…", ‘…’ or '…'), normalised, when it has at
 * least `minWords` words; used to fold reprints of one quote that sit in different sentences.
 * @example quotedTextOf('He said: “We have a deal in principle today”.') // 'we have a deal in principle today'
 */
export function quotedTextOf(sentence: string, minWords = 5): string | undefined {
  if (!mayQuote(sentence)) return undefined
  let best: string | undefined
  for (const m of sentence.matchAll(/“([^”]+)”|"([^"]+)"|‘([^’]{12,})’|(?<![\p{L}])'([^']{12,})'(?![\p{L}])/gu)) {
    const q = normaliseEvidence(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
    if (q.split(' ').length >= minWords && (!best || q.length > best.length)) best = q
  }
  return best
}

/**
 * False when a sentence holds no pair of quote marks, so that `quotedTextOf` can find nothing.
 * Speed: most evidence sentences quote nobody, and these scans cost far less than the regular
 * expression.
 */
function mayQuote(s: string): boolean {
  return (s.includes('“') && s.includes('”')) || (s.includes('‘') && s.includes('’')) || twice(s, '"') || twice(s, "'")
}

function twice(s: string, mark: string): boolean {
  const first = s.indexOf(mark)
  return first >= 0 && s.indexOf(mark, first + 1) > first
}
