/**
 * Quote-mark scanner: finds top-level quoted spans (“…”, "…", «…», ‘…’, '…'). Double quotes
 * may run across paragraphs, press style; single quotes stay inside one block, and ’ between
 * letters is an apostrophe ("Alexander-Arnold’s"), never a quote mark.
 */
import type { Block } from '../../domain/types.ts'
import { NextMatch } from './next-match.ts'

export type QuoteKind = 'double' | 'single' | 'guillemet'

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number
  /** Offset after the closing mark (or the block end when unterminated). */
  end: number
  kind: QuoteKind
  closed: boolean
}

const DQ = 34
const SQ = 39
const LDQ = 0x201c
const RDQ = 0x201d
const LSQ = 0x2018
const RSQ = 0x2019
const LAQ = 0xab
const RAQ = 0xbb

interface Open {
  start: number
  kind: QuoteKind
}

/**
 * Finds quoted spans in block order; spans never overlap.
 * @example findQuoteSpans(cleanArticle('He said: “We are close.”')).length // 1
 */
export function findQuoteSpans(text: string, blocks: readonly Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  const marks = new NextMatch(text, MARK)
  let open: Open | undefined
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b]
    let i = start
    if (open && isOpener(text.charCodeAt(i), open.kind)) i++
    open = scanBlock(text, i, start, end, open, spans, marks)
    if (!open) continue
    const next = blocks[b + 1]
    if (blocks[b].label === 'body' && next?.label === 'body' && continuesInto(text, next, open.kind)) continue
    spans.push({ start: open.start, end, kind: open.kind, closed: false })
    open = undefined
  }
  return spans
}

/** Every code unit `scanBlock` acts on: the quote marks; any other leaves its state as it is. */
const MARK = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb]/g

function scanBlock(text: string, from: number, blockStart: number, end: number, carried: Open | undefined, spans: QuoteSpan[], marks: NextMatch): Open | undefined {
  let open = carried
  let single = -1
  // Only the quote marks are visited: no other character changes the scan's state.
  for (let i = marks.next(from); i < end; i = marks.next(i + 1)) {
    const c = text.charCodeAt(i)
    if (open) {
      if (closesDouble(c, open.kind)) {
        spans.push({ start: open.start, end: i + 1, kind: open.kind, closed: true })
        open = undefined
      }
    } else if (c === LDQ || c === LAQ || (c === DQ && opensAt(text, i, blockStart, end))) {
      open = { start: i, kind: c === LAQ ? 'guillemet' : 'double' }
      single = -1
    } else if (single < 0 && (c === LSQ || c === SQ) && opensAt(text, i, blockStart, end) && (c === LSQ || isWordChar(text.charCodeAt(i + 1)))) {
      single = i
    } else if (single >= 0 && (c === RSQ || c === SQ) && closesSingle(text, i, end)) {
      if (i > single + 1) spans.push({ start: single, end: i + 1, kind: 'single', closed: true })
      single = -1
    }
  }
  return open
}

/** An unclosed double quote continues when the next paragraph reopens it or closes it. */
function continuesInto(text: string, next: Block, kind: QuoteKind): boolean {
  if (isOpener(text.charCodeAt(next.start), kind)) return true
  for (let i = next.start; i < next.end; i++) {
    const c = text.charCodeAt(i)
    if (kind === 'guillemet') {
      if (c === LAQ) return false
      if (c === RAQ) return true
    } else if (c === LDQ) return false
    else if (c === RDQ) return true
    else if (c === DQ) return !opensAt(text, i, next.start, next.end)
  }
  return false
}

function isOpener(c: number, kind: QuoteKind): boolean {
  return kind === 'guillemet' ? c === LAQ : c === LDQ || c === DQ
}

function closesDouble(c: number, kind: QuoteKind): boolean {
  return kind === 'guillemet' ? c === RAQ : c === RDQ || c === DQ
}

/** An opening mark follows a space, the block start or opening punctuation, and precedes text. */
function opensAt(text: string, i: number, blockStart: number, end: number): boolean {
  if (i + 1 >= end || isSpaceCode(text.charCodeAt(i + 1))) return false
  if (i === blockStart) return true
  const p = text.charCodeAt(i - 1)
  return isSpaceCode(p) || p === 40 || p === 91 || p === 47 || p === 45 || p === 0x2013 || p === 0x2014 || p === LDQ || p === DQ || p === 58
}

/** A closing single mark follows text and is not followed by a letter (else it is an apostrophe). */
function closesSingle(text: string, i: number, end: number): boolean {
  if (isSpaceCode(text.charCodeAt(i - 1))) return false
  return i + 1 >= end || !isWordChar(text.charCodeAt(i + 1))
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 0xa0
}

function isWordChar(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  return c > 191 && c < 0x2000
}
