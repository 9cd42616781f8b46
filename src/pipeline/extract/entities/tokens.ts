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

// Speed: the tokenizer asks this for every character; one table load instead of a chain of range tests.
const WORD_CHAR_LIMIT = 0x1f00
const WORD_CHARS = new Uint8Array(WORD_CHAR_LIMIT)
for (let c = 0; c < WORD_CHAR_LIMIT; c++) WORD_CHARS[c] = isWordCharSlow(c) ? 1 : 0

function isWordChar(c: number): boolean {
  return c < WORD_CHAR_LIMIT && WORD_CHARS[c] === 1
}

/** Folds case and accents: "Mbappé" → "mbappe", "Núñez" → "nunez". Cheap for ASCII. */
export function foldText(s: string): string {
  let ascii = true
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break }
  const lower = s.toLowerCase()
  if (ascii) return lower
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/ß/g, 'ss')
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0x24f && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase())
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
