/**
 * Prepares sentences for cue matching: a folded copy of the same length (so offsets carry
 * over) and the clause boundaries that scope negation and hedging.
 */
import type { Block, Sentence } from '../../../domain/types.ts'
import type { SentenceView } from './candidate.ts'

/**
 * Where clauses break, as the pattern
 * `/(?:, but |, while |, whereas |, although |, though |, however,? |; | – | — | - |, since |, because |, as |, with |\bbut\b|, which | after |, given )/g`
 * finds them: the alternatives by their first character, a longer "however," first.
 */
const COMMA_BREAKS = [', but ', ', while ', ', whereas ', ', although ', ', though ', ', however, ', ', however ', ', since ', ', because ', ', as ', ', with ', ', which ', ', given ', ', and the ', ', and they ', ', and he ', ', and it ', ', and his ', ', and their ', ', and has ', ', and have ', ', and had ', ', and is ', ', and was ']

/**
 * @example viewSentences(text, sentences, blocks)[0].folded // 'real madrid are ‘pushing’ …' lower-cased
 */
export function viewSentences(text: string, sentences: Sentence[], blocks: Block[]): SentenceView[] {
  let paragraph = -1
  let lastBlock = -1
  return sentences.map((sentence, index) => {
    if (sentence.block !== lastBlock) { paragraph++; lastBlock = sentence.block }
    const raw = text.slice(sentence.start, sentence.end)
    const folded = foldSentence(raw)
    const clauseStarts = clauseBreaks(folded, sentence.start)
    const label = blocks[sentence.block]?.label
    return { index, sentence, folded, clauseStarts, headline: label === 'related_headline', paragraph }
  })
}

/**
 * Absolute offsets of the clause breaks in `folded` (which starts at `offset`), scanning left to
 * right and resuming after each break as a global regular expression would. Speed: a hand scan;
 * the regular expression was tried at every character.
 */
function clauseBreaks(folded: string, offset: number): number[] {
  const out: number[] = []
  for (let p = 0; p < folded.length;) {
    const c = folded.charCodeAt(p)
    let len = 0
    if (c === 44) len = folded.charCodeAt(p + 1) === 32 ? firstAt(COMMA_BREAKS, folded, p) : 0 // ', …'
    else if (c === 32) len = spaceBreak(folded, p) // ' – ', ' — ', ' - ', ' after '
    else if (c === 59) len = folded.charCodeAt(p + 1) === 32 ? 2 : 0 // '; '
    else if (c === 98 && folded.startsWith('but', p) && !isWordChar(folded.charCodeAt(p - 1)) && !isWordChar(folded.charCodeAt(p + 3))) len = 3 // \bbut\b
    if (len) {
      out.push(offset + p)
      p += len
    } else p++
  }
  return out
}

/** Length of the break starting with the space at `p`: ' – ', ' — ', ' - ', ' after '; or 0. */
function spaceBreak(s: string, p: number): number {
  const c = s.charCodeAt(p + 1)
  if (c === 0x2013 || c === 0x2014 || c === 45) return s.charCodeAt(p + 2) === 32 ? 3 : 0
  return c === 97 && s.startsWith(' after ', p) ? 7 : 0
}

/** Length of the first of `alts` found at `p` in `s`, or 0. */
function firstAt(alts: readonly string[], s: string, p: number): number {
  for (const a of alts) if (s.startsWith(a, p)) return a.length
  return 0
}

/** Lower-cases each character whose lower case has the same length; keeps the others. */
function lowerKeepingLength(raw: string): string {
  let out = ''
  for (const ch of raw) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/** Lower case; curly and straight quotes → space, apostrophes inside words → '. Length-preserving. */
export function foldSentence(raw: string): string {
  const lower = raw.toLowerCase()
  // Offsets must survive folding: where lower-casing changes a character's length ("İ" → "i̇"),
  // that character keeps its case and every other one is still lower-cased.
  const s = lower.length === raw.length ? lower : lowerKeepingLength(raw)
  // Speed: copy untouched stretches as slices; most characters need no change.
  let out = ''
  let last = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let rep: string | undefined
    if (c === 0x2019 || c === 0x2018 || c === 39) rep = isWordChar(s.charCodeAt(i - 1)) && isWordChar(s.charCodeAt(i + 1)) ? "'" : ' '
    else if (c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb || c === 0xa0 || c === 10) rep = ' '
    else if (c === 0x2013 || c === 0x2014) rep = '-'
    if (rep !== undefined) {
      out += s.slice(last, i) + rep
      last = i + 1
    }
  }
  return last === 0 ? s : out + s.slice(last)
}

/** `\w` as the patterns see it: [A-Za-z0-9_] (NaN, outside the string, is not). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}
