/**
 * Sentence splitting (SPEC §4.2): a hand-written scanner over char codes (the hot path).
 * Body blocks are scanned; every other block (heading, credit, list line…) is one sentence.
 * A sentence never crosses a block boundary.
 */
import type { CleanedArticle, Sentence } from '../../domain/types.ts'
import { ABBREVIATIONS, ABBREVIATION_BEFORE, NUMERIC_ABBREVIATIONS } from './abbreviations.ts'
import { NextMatch } from './next-match.ts'

const DOT = 46
const ELLIPSIS = 0x2026
/** What `isTerminator` accepts. */
const TERMINATOR = /[.!?\u2026\u203c\u2047]/g

/**
 * Splits a cleaned article into sentences with offsets into `cleaned.text`.
 * @example splitSentences(cleanArticle('Mr. Slot said no. Real offered £65m.')).length // 2
 */
export function splitSentences(cleaned: CleanedArticle): Sentence[] {
  const out: Sentence[] = []
  const { text, blocks } = cleaned
  const terminators = new NextMatch(text, TERMINATOR)
  for (let b = 0; b < blocks.length; b++) {
    const { start, end, label } = blocks[b]
    if (label === 'body') scanBlock(text, start, end, b, out, terminators)
    else pushSentence(text, start, end, b, out)
  }
  return out
}

function scanBlock(text: string, start: number, end: number, block: number, out: Sentence[], terminators: NextMatch): void {
  let s = start
  let i = start
  while (i < end) {
    i = terminators.next(i)
    if (i >= end) break
    let t = i + 1
    while (t < end && isTerminator(text.charCodeAt(t))) t++
    let j = t
    while (j < end && isCloser(text.charCodeAt(j))) j++
    if (j >= end || !isSpace(text.charCodeAt(j))) {
      i = j
      continue
    }
    let k = j
    while (k < end && isSpace(text.charCodeAt(k))) k++
    if (k < end && isBoundary(text, i, t, j, k)) {
      pushSentence(text, s, j, block, out)
      s = k
    }
    i = k
  }
  pushSentence(text, s, end, block, out)
}

/**
 * Is the terminator run [i, t) plus closers [t, j) a sentence end, given the next word at `k`?
 * Only a lone full stop with no closing quote can be an abbreviation's.
 */
function isBoundary(text: string, i: number, t: number, j: number, k: number): boolean {
  if (!startsSentence(text, k)) return false
  if (text.charCodeAt(i) !== DOT || t - i > 1 || j > t) return true
  return !isAbbreviation(text, i, k)
}

function isAbbreviation(text: string, dot: number, next: number): boolean {
  let w = dot
  while (w > 0 && (isLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === DOT)) w--
  const word = text.slice(w, dot)
  if (word === '') return false
  // Initials ("J. Pearce") and dotted forms ("e.g.", "U.S.") keep the sentence going.
  if (word.length === 1 && isUpperAt(text, w)) return true
  if (word.includes('.')) return true
  if (ABBREVIATIONS.has(word)) return true
  if (NUMERIC_ABBREVIATIONS.has(word)) return isDigit(text.charCodeAt(next))
  const before = ABBREVIATION_BEFORE.get(word)
  return before !== undefined && before.test(text.slice(next, next + 12))
}

/** A sentence starts with an upper-case letter, a digit, an opening quote or bracket, or a symbol. */
function startsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c >= 97 && c <= 122) return false
  if (c < 128) return true
  const ch = text[k]
  return ch.toLowerCase() === ch.toUpperCase() || ch === ch.toUpperCase()
}

function pushSentence(text: string, start: number, end: number, block: number, out: Sentence[]): void {
  let s = start
  let e = end
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  if (e > s) out.push({ start: s, end: e, block })
}

function isTerminator(c: number): boolean {
  return c === DOT || c === 33 || c === 63 || c === ELLIPSIS || c === 0x203c || c === 0x2047
}

/** Closing quotes and brackets that belong to the sentence they end. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && c !== 0x2019 && c !== 0x201d && c < 0x2000)
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i]
  return ch !== ch.toLowerCase()
}
