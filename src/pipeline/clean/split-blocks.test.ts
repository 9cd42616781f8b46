import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapse, isCollapsed, splitBlocks } from './15-split-blocks.ts'

/** The regex-based splitter the line scanner replaced, kept as the reference. */
function referenceSplit(text: string): string[] {
  const BULLET = /^(?:[•·▪►▶→➡⮕>*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\p{Extended_Pictographic})/u
  const starts = (prev: string, line: string): boolean =>
    BULLET.test(line) || BULLET.test(prev) || /[.!?:;…"”’)\]]$/.test(prev) ||
    (prev.split(' ').length <= 8 && /^\p{Lu}/u.test(prev) && /^[\p{Lu}“"‘']/u.test(line))
  const blocks: string[] = []
  for (const para of text.split(/\n[ \t]*\n/)) {
    let current = ''
    let prev = ''
    for (const rawLine of para.split('\n')) {
      const line = rawLine.replace(/\s+/g, ' ').trim()
      if (line === '') continue
      if (current !== '' && starts(prev, line)) {
        blocks.push(current)
        current = ''
      }
      current = current === '' ? line : `${current} ${line}`
      prev = line
    }
    if (current !== '') blocks.push(current)
  }
  return blocks
}

const piece = fc.constantFrom('\n', '\n\n', '\n \n', '\n\t\n', ' ', '  ', '\t', '\r', '\u00a0', '\u2028', '\ufeff', '\u1680', 'Real', 'said.', 'he', 'One Two', '•', '- ', '1. ', '➡️', '“', '"', 'x:', ')', 'É', 'a')
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((a) => a.join('')))

describe('splitBlocks (vs the split-based reference)', () => {
  it.each(['', '\n', '\n\n', 'a\n\n\nb', 'a\n \n \nb', 'a\n \n\t\n\nb', '\n\nabc\n\n', 'Title\n\nOne\ntwo.\n• a\n• b', 'A b\nC d', 'a\r\n\r\nb'])('%j', (t) => {
    expect(splitBlocks(t)).toEqual(referenceSplit(t))
  })

  it('agrees on arbitrary text (property)', () => {
    fc.assert(fc.property(text, (t) => {
      const blocks = splitBlocks(t)
      expect(blocks).toEqual(referenceSplit(t))
      // What lets cleanArticle assemble them without collapsing again.
      for (const b of blocks) expect(b !== '' && isCollapsed(b)).toBe(true)
    }), { numRuns: 2000 })
  })
})

describe('collapse', () => {
  it('agrees with replace-and-trim (property)', () => {
    fc.assert(fc.property(text, (t) => {
      const expected = t.replace(/\s+/g, ' ').trim()
      expect(collapse(t)).toBe(expected)
      expect(isCollapsed(t)).toBe(expected === t)
    }), { numRuns: 2000 })
  })
})
