import { describe, expect, it } from 'vitest'
import { foldSentence, viewSentences } from './sentence-view.ts'

/** The clause-break pattern the hand scan in `viewSentences` stands for. */
const CLAUSE_BREAKS = /(?:, but |, while |, whereas |, although |, though |, however,? |; | – | — | - |, since |, because |, as |, with |\bbut\b|, which | after |, given )/g

function starts(s: string): number[] {
  return viewSentences(s, [{ start: 0, end: s.length, block: 0 } as never], [])[0].clauseStarts
}

describe('viewSentences clause breaks', () => {
  const samples = [
    'Liverpool want him, but Real Madrid lead the race; talks continue after the break.',
    'But, which rebut -; , whi, given 9but',
    ' - But, but,, which ',
    'They bid, however, the offer, however came late, however,x and but_ or _but',
    'Bayern — not Chelsea – are keen, as is İnter, with PSG, whereas City, although rich, though keen, since May, because of Haaland',
    'rebutted butter but',
  ]
  it('matches the regular expression over the folded sentence', () => {
    for (const s of samples) expect(starts(s)).toEqual([...foldSentence(s).matchAll(CLAUSE_BREAKS)].map((m) => m.index))
  })
})
