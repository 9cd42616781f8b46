/**
 * A fast word tokenizer over char codes: the hot path of extraction. Words keep internal
 * hyphens and apostrophes ("Alexander-Arnold", "Alexander-Arnold’s" → word + possessive),
 * digits group with letters ("26-year-old"), everything else is a one-char punctuation token.
 */

export interface Token {
  start: number
  end: number
  /** Lower-cased text, apostrophes normalised to ', accents folded. */
  norm: string
  /** First character is an upper-case letter. */
  cap: boolean
  /** Letter or digit word (not punctuation). */
  word: boolean
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011
}

/** Letters and digits of the scripts we read; every one lies below U+1F00. */
function isWordCharSlow(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c === 0xd7 || c === 0xf7) return false
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x1e00 && c <= 0x1eff)
}

// Speed: the tokenizer asks this for every character; one table load instead of a chain of range
// tests. The table spans every UTF-16 code unit, so a char code needs no bound test of its own.
const WORD_CHAR_LIMIT = 0x1f00
const WORD_CHARS = new Uint8Array(0x10000)
for (let c = 0; c < WORD_CHAR_LIMIT; c++) WORD_CHARS[c] = isWordCharSlow(c) ? 1 : 0

/** `c` is a char code (NaN past a string's end: no word char). */
function isWordChar(c: number): boolean {
  return WORD_CHARS[c] === 1
}

/** Folds case and accents: "Mbappé" → "mbappe", "Núñez" → "nunez". Cheap for ASCII. */
export function foldText(s: string): string {
  let ascii = true
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break }
  const lower = s.toLowerCase()
  if (ascii) return lower
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/ß/g, 'ss')
}

/** Upper-case flags of BMP code units past Latin-1, filled as they are met (1 upper, 2 not). */
const UPPER_BEYOND_LATIN1 = new Uint8Array(0x10000)

/**
 * Whether a code unit is an upper-case letter. Latin Extended (Ł, Š, Ž, Č, İ, Ğ …) counts: names
 * like "Łukasz Fabiański" or "İlkay Gündoğan" must start capitalised tokens.
 */
function isUpper(c: number): boolean {
  if (c < 0x100) return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
  let f = UPPER_BEYOND_LATIN1[c]
  if (f === 0) {
    const ch = String.fromCharCode(c)
    f = UPPER_BEYOND_LATIN1[c] = ch !== ch.toLowerCase() ? 1 : 2
  }
  return f === 1
}

/**
 * Splits `text[start, end)` into tokens with absolute offsets.
 * @example tokenize("Real Madrid’s bid").map(t => t.norm) // ['real', 'madrid', "'s", 'bid']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = []
  // Speed: one lower-casing for the span; ASCII words take their norm from it (foldText is
  // plain lower-casing for them), others go through foldText.
  const lower = text.slice(start, end).toLowerCase()
  const sameLength = lower.length === end - start
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c <= 32 || c === 0xa0) { i++; continue }
    if (!isWordChar(c)) {
      out.push({ start: i, end: i + 1, norm: text[i], cap: false, word: false })
      i++
      continue
    }
    let ascii = c < 128
    let j = i + 1
    while (j < end) {
      const d = text.charCodeAt(j)
      if (isWordChar(d)) { ascii &&= d < 128; j++; continue }
      if (j + 1 < end && isWordChar(text.charCodeAt(j + 1))) {
        // "ex-Palace", "Ex-Chelsea": the prefix stands apart, so the club's name is a word of its own.
        if (j === i + 2 && isHyphen(d) && (c | 32) === 0x65 /* e */ && (text.charCodeAt(i + 1) | 32) === 0x78 /* x */ && isUpper(text.charCodeAt(j + 1))) break
        if (isHyphen(d) || d === 0x2e && isDigitAt(text, j - 1) && isDigitAt(text, j + 1)) { ascii &&= d < 128; j++; continue }
        if (isApostrophe(d) && !isPossessiveS(text, j, end)) { ascii &&= d < 128; j++; continue }
      }
      break
    }
    const norm = ascii && sameLength ? lower.slice(i - start, j - start) : foldText(text.slice(i, j))
    out.push({ start: i, end: j, norm, cap: isUpper(c), word: true })
    if (j < end && isApostrophe(text.charCodeAt(j)) && isPossessiveS(text, j, end)) {
      out.push({ start: j, end: j + 2, norm: "'s", cap: false, word: true })
      j += 2
    }
    i = j
  }
  return out
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** `’s` followed by a non-word char: a possessive, split off as its own token. */
function isPossessiveS(text: string, i: number, end: number): boolean {
  const s = text.charCodeAt(i + 1)
  if (s !== 115 && s !== 83) return false
  return i + 2 >= end || !isWordChar(text.charCodeAt(i + 2))
}

/**
 * Token k and the next are one plain space apart, on one line ("Jobe Bellingham", not "Jobe,
 * Bellingham" nor a heading's last word over the next paragraph's first).
 */
export function oneSpaceAfter(tokens: TokenTable, text: string, k: number): boolean {
  return tokens.start[k + 1] === tokens.end[k] + 1 && text.charCodeAt(tokens.end[k]) === 32
}

/** Flag bits of `TokenTable.flags`. */
export const TOKEN_WORD = 1
export const TOKEN_CAP = 2

/**
 * The tokens of one text as parallel typed arrays: what `tokenize` gives, without an object per
 * token. Each token's norm is an interned string (see `WordInterner`), so equal words share one
 * string whose hash is computed once, not once per lookup.
 */
export class TokenTable {
  constructor(
    readonly length: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** TOKEN_WORD | TOKEN_CAP bits. */
    readonly flags: Uint8Array,
    /** Interned norm id of each token, an index into `words`. */
    readonly id: Int32Array,
    /**
     * The norms `id` indexes: the interner's words when this table was made (the interner may
     * start afresh later, with a new array). Tables sharing this array share their ids.
     */
    readonly words: readonly string[],
  ) {}

  /** Lower-cased, accent-folded text (`Token.norm`). */
  norm(i: number): string {
    return this.words[this.id[i]]
  }

  isWord(i: number): boolean {
    return (this.flags[i] & TOKEN_WORD) !== 0
  }

  isCap(i: number): boolean {
    return (this.flags[i] & TOKEN_CAP) !== 0
  }

  /** A table of token records (callers holding `tokenize` output); norms are not interned. */
  static of(tokens: readonly Token[]): TokenTable {
    const n = tokens.length
    const t = new TokenTable(n, new Int32Array(n), new Int32Array(n), new Uint8Array(n), new Int32Array(n), tokens.map((x) => x.norm))
    tokens.forEach((x, i) => {
      t.start[i] = x.start
      t.end[i] = x.end
      t.flags[i] = (x.word ? TOKEN_WORD : 0) | (x.cap ? TOKEN_CAP : 0)
      t.id[i] = i
    })
    return t
  }

  /** Norm of token i, or '' past either end (for look-arounds). */
  normAt(i: number): string {
    return i >= 0 && i < this.length ? this.words[this.id[i]] : ''
  }
}

/**
 * A pure test of token norms, answered once per word: the answers are kept by word id for the
 * tables sharing one vocabulary (`TokenTable.words`), and forgotten when a table of another
 * vocabulary is asked about.
 * @example const isThe = new NormTest((w) => w === 'the'); isThe.at(tokenTable('The bid'), 0) // true
 */
export class NormTest {
  private vocabulary?: readonly string[]
  /**
   * Per word id: 0 not asked yet, 1 false, 2 true. Speed: a typed array, since ids come in no
   * order (an array written at scattered indexes turns into a slow dictionary).
   */
  private answers = new Uint8Array(0)

  constructor(private readonly test: (norm: string) => boolean) {}

  /** `test(tokens.norm(i))`. */
  at(tokens: TokenTable, i: number): boolean {
    if (this.vocabulary !== tokens.words) {
      this.vocabulary = tokens.words
      this.answers = new Uint8Array(0)
    }
    const id = tokens.id[i]
    if (id >= this.answers.length) this.answers = grownAnswers(this.answers, Math.max(id + 1, tokens.words.length))
    const a = this.answers[id]
    if (a !== 0) return a === 2
    const yes = this.test(tokens.words[id])
    this.answers[id] = yes ? 2 : 1
    return yes
  }
}

/** A copy of `a` at least `min` long (doubling), zeros past its end. */
function grownAnswers(a: Uint8Array<ArrayBuffer>, min: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(Math.max(a.length * 2, min, 256))
  b.set(a)
  return b
}

/**
 * Interns token norms: one string per distinct word, looked up by hashing char codes read in
 * place (an ASCII word is never sliced out of the text once it is known). Bounded: past
 * WORDS_LIMIT words it starts afresh between articles; tables already made keep their words.
 */
class WordInterner {
  private static readonly WORDS_LIMIT = 200_000
  words: string[] = []
  /** Open addressing: the id in each slot (-1 when empty) and that word's hash beside it. */
  private slots = new Int32Array(1 << 14).fill(-1)
  private slotHashes = new Int32Array(1 << 14)
  private mask = (1 << 14) - 1
  private ascii = new Int32Array(128).fill(-1)
  /**
   * Speed: every word's char codes side by side in one pool (word id's at `offsets[id]`, of
   * `lengths[id]`), so that comparing a token with the word its hash found reads a few nearby
   * bytes instead of a string somewhere in the heap.
   */
  private pool = new Uint16Array(1 << 16)
  private poolUsed = 0
  private offsets = new Int32Array(1 << 13)
  private lengths = new Int32Array(1 << 13)

  /** Called before an article: forgets everything once the table has grown past its bound. */
  maybeReset(): void {
    if (this.words.length < WordInterner.WORDS_LIMIT) return
    this.words = []
    this.slots = new Int32Array(1 << 14).fill(-1)
    this.slotHashes = new Int32Array(1 << 14)
    this.mask = (1 << 14) - 1
    this.ascii = new Int32Array(128).fill(-1)
    this.poolUsed = 0
  }

  /**
   * Id of the ASCII-lower-cased `text[i, j)` (A–Z folded, every other code unchanged), whose
   * `hashOf` the caller computed while scanning it, and whose codes it wrote to `lowered[0, j - i)`.
   */
  asciiLower(text: string, i: number, j: number, h: number, lowered: Uint16Array): number {
    const n = j - i
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]
      if (id < 0) return this.insert(s, h, text.slice(i, j).toLowerCase())
      if (this.slotHashes[s] === h && this.lengths[id] === n && this.sameCodes(id, lowered, n)) return id
    }
  }

  /** Whether word `id` (of length n) is `codes[0, n)`. */
  private sameCodes(id: number, codes: Uint16Array, n: number): boolean {
    const pool = this.pool
    const off = this.offsets[id]
    for (let k = 0; k < n; k++) if (pool[off + k] !== codes[k]) return false
    return true
  }

  /** Id of the one-char string of code `c`. Speed: ASCII punctuation ids are kept in a table. */
  char(c: number): number {
    if (c >= 128) return this.string(String.fromCharCode(c))
    let id = this.ascii[c]
    if (id < 0) this.ascii[c] = id = this.string(String.fromCharCode(c))
    return id
  }

  /** Id of the string `w` as it is. */
  string(w: string): number {
    const h = hashOf(w)
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]
      if (id < 0) return this.insert(s, h, w)
      if (this.slotHashes[s] === h && this.words[id] === w) return id
    }
  }

  private insert(slot: number, h: number, w: string): number {
    const id = this.words.length
    this.words.push(w)
    this.slots[slot] = id
    this.slotHashes[slot] = h
    if (id >= this.offsets.length) {
      this.offsets = grown32(this.offsets, id + 1)
      this.lengths = grown32(this.lengths, id + 1)
    }
    if (this.poolUsed + w.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + w.length))
      pool.set(this.pool)
      this.pool = pool
    }
    this.offsets[id] = this.poolUsed
    this.lengths[id] = w.length
    for (let k = 0; k < w.length; k++) this.pool[this.poolUsed++] = w.charCodeAt(k)
    if (this.words.length * 2 > this.mask) this.grow()
    return id
  }

  private grow(): void {
    const size = (this.mask + 1) * 2
    this.slots = new Int32Array(size).fill(-1)
    this.slotHashes = new Int32Array(size)
    this.mask = size - 1
    this.words.forEach((w, id) => {
      const h = hashOf(w)
      let s = h & this.mask
      while (this.slots[s] >= 0) s = (s + 1) & this.mask
      this.slots[s] = id
      this.slotHashes[s] = h
    })
  }
}

/** A copy of `a` at least `min` long (doubling). */
function grown32(a: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, min))
  b.set(a)
  return b
}

const HASH_SEED = 0x811c9dc5 | 0

/** FNV-1a step over one char code. */
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193)
}

function hashOf(w: string): number {
  let h = HASH_SEED
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k))
  return h
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c
}

const interner = new WordInterner()

/**
 * The slab token tables are carved from, and the next free byte. A full slab is left to the
 * tables using it (the GC frees it with the last) and a new one started.
 */
const SLAB_BYTES = 1 << 20
let slab = new ArrayBuffer(SLAB_BYTES)
let slabUsed = 0

/** Offset of `bytes` free bytes (4-byte aligned) in `slab`, starting a new slab when needed. */
function slabFor(bytes: number): number {
  const size = (bytes + 3) & ~3
  if (slabUsed + size > slab.byteLength) {
    slab = new ArrayBuffer(Math.max(SLAB_BYTES, size))
    slabUsed = 0
  }
  const at = slabUsed
  slabUsed += size
  return at
}

/** Speed: scratch arrays grown to the longest text seen and reused (tokenTable copies out what it keeps). */
let scratch = { start: new Int32Array(0), end: new Int32Array(0), flags: new Uint8Array(0), id: new Int32Array(0), lowered: new Uint16Array(0) }

/**
 * The tokens `tokenize(text)` gives, as a table. The same scan; ASCII words (whose norm is their
 * ASCII lower case, however the span lower-cases) are interned from the text in place.
 * @example tokenTable("Real Madrid’s bid").norm(2) // "'s"
 */
export function tokenTable(text: string): TokenTable {
  interner.maybeReset()
  const end = text.length
  // Every token takes at least one char, so a text of n chars has at most n tokens.
  if (scratch.start.length < end) {
    const size = Math.max(end, 2 * scratch.start.length)
    scratch = { start: new Int32Array(size), end: new Int32Array(size), flags: new Uint8Array(size), id: new Int32Array(size), lowered: new Uint16Array(size) }
  }
  // `lowered`: the codes of the word being read, ASCII-lower-cased (the interner compares them
  // with a known word's instead of reading the text again).
  const { start: S, end: E, flags: F, id: I, lowered: L } = scratch
  // Speed: the table in a local (a module constant is loaded and checked again at every use).
  const wordChars = WORD_CHARS
  let n = 0
  let i = 0
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c <= 32 || c === 0xa0) { i++; continue }
    if (wordChars[c] !== 1) {
      S[n] = i; E[n] = i + 1; F[n] = 0; I[n++] = interner.char(c)
      i++
      continue
    }
    // The hash of the word's ASCII lower case, taken along (used only when the word is ASCII).
    let h = hashStep(HASH_SEED, (L[0] = lowerAscii(c)))
    let ascii = c < 128
    let j = i + 1
    while (j < end) {
      const d = text.charCodeAt(j)
      if (wordChars[d] === 1) { ascii &&= d < 128; h = hashStep(h, (L[j - i] = lowerAscii(d))); j++; continue }
      if (j + 1 < end && wordChars[text.charCodeAt(j + 1)] === 1) {
        // "ex-Palace", "Ex-Chelsea": the prefix stands apart, so the club's name is a word of its own.
        if (j === i + 2 && isHyphen(d) && (c | 32) === 0x65 /* e */ && (text.charCodeAt(i + 1) | 32) === 0x78 /* x */ && isUpper(text.charCodeAt(j + 1))) break
        if (isHyphen(d) || d === 0x2e && isDigitAt(text, j - 1) && isDigitAt(text, j + 1)) { ascii &&= d < 128; h = hashStep(h, (L[j - i] = d)); j++; continue }
        if (isApostrophe(d) && !isPossessiveS(text, j, end)) { ascii &&= d < 128; h = hashStep(h, (L[j - i] = d)); j++; continue }
      }
      break
    }
    S[n] = i; E[n] = j; F[n] = TOKEN_WORD | (isUpper(c) ? TOKEN_CAP : 0)
    I[n++] = ascii ? interner.asciiLower(text, i, j, h, L) : interner.string(foldText(text.slice(i, j)))
    if (j < end && isApostrophe(text.charCodeAt(j)) && isPossessiveS(text, j, end)) {
      S[n] = j; E[n] = j + 2; F[n] = TOKEN_WORD; I[n++] = interner.string("'s")
      j += 2
    }
    i = j
  }
  // Speed: the four arrays are views of a shared slab (a backing store of their own is an
  // allocation outside the heap per array, costlier than the copy).
  const at = slabFor(n * 13)
  const start = new Int32Array(slab, at, n)
  const ends = new Int32Array(slab, at + 4 * n, n)
  const ids = new Int32Array(slab, at + 8 * n, n)
  const flags = new Uint8Array(slab, at + 12 * n, n)
  // Speed: block copies (a loop copying element by element costs more than the scan's stores).
  start.set(S.subarray(0, n))
  ends.set(E.subarray(0, n))
  ids.set(I.subarray(0, n))
  flags.set(F.subarray(0, n))
  return new TokenTable(n, start, ends, flags, ids, interner.words)
}

/**
 * Whether the word of token `n` is written capitalised somewhere else in the text; with `notAfter`,
 * an occurrence right after that word does not count ("Skriniar" alone, not in "Milan Skriniar").
 */
export function capitalisedElsewhere(tokens: TokenTable, n: number, notAfter?: string): boolean {
  const w = tokens.norm(n)
  for (let k = 0; k < tokens.length; k++) {
    if (k === n || !tokens.isCap(k) || tokens.norm(k) !== w) continue
    if (notAfter === undefined || k === 0 || tokens.norm(k - 1) !== notAfter) return true
  }
  return false
}
