import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanWords, wordTable } from './word-scan.js'

// The contract pre-filter regex that scanWords replaced: the scan must answer exactly as it does.
const FILTER_RE = /cont(?:r)?act|deal|terms|agreement|stay|pact|extension|signed|tied|locked|year/i
const FILTER_WORDS = ['contract', 'contact', 'deal', 'terms', 'agreement', 'stay', 'pact', 'extension', 'signed', 'tied', 'locked', 'year']
const table = wordTable(FILTER_WORDS.map((w) => [w, 1] as const))

describe('scanWords', () => {
  it.each([
    '', 'y', 'YEAR', 'Year-long', 'yea r', 'a new DEAL', 'ConTrAct', 'contact', 'contrct', 'STAYS', 'impact', 'untied',
    'loc\u212aed', 'ti\u0130ed', 'ｙｅａｒ', 'ye\u00e4r', 'agreemen', 'agreement.', 'extensio', 'sign ed', 'Ñdeal',
  ])('agrees with the regex on %j', (s) => {
    expect(scanWords(table, s, 0, s.length, true) === 1).toBe(FILTER_RE.test(s))
  })

  it('agrees with the regex on random text and sub-spans', () => {
    const piece = fc.oneof(
      fc.constantFrom(...FILTER_WORDS, ...FILTER_WORDS.map((w) => w.toUpperCase()), ...FILTER_WORDS.map((w) => w.slice(1))),
      fc.string({ maxLength: 3 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const s = parts.join('')
        const [from, to] = [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)].sort((x, y) => x - y)
        expect(scanWords(table, s, from, to, true) === 1).toBe(FILTER_RE.test(s.slice(from, to)))
      }),
      { numRuns: 3000 },
    )
  })

  it('without folding, matches case-sensitively', () => {
    expect(scanWords(table, 'DEAL', 0, 4, false)).toBe(0)
    expect(scanWords(table, 'deal', 0, 4, false)).toBe(1)
  })

  it('refuses words it cannot look up', () => {
    expect(() => wordTable([['a', 1]])).toThrow(/2\+ lower-case ASCII/)
    expect(() => wordTable([['Deal', 1]])).toThrow(/2\+ lower-case ASCII/)
  })
})
