import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractContractFacts } from './contract-facts.js'
import { estimateDate } from './estimate-date.js'
import { findTimeExpressions, windowForSentence } from './resolve-time.js'

// Pieces that make rules fire, mixed with noise, so that random texts exercise the scanners.
const pieces = [
  'January', ' the January transfer window', ' next summer', ' since March', ' the end of the season', ' in the coming weeks',
  ' two months away', ' for 2025', ' not ', ' contract ', ' expires ', ' five-year deal', ' until 2027', ' deadline day',
  ' the summer of 2025', ' 18 months left on his deal', ' May', ' now that it’s January', ' end of 2024, beginning of 2025',
  '.', ' ', 'Ñ', 'ğ', 'ß', '\u{1F600}', '’', '\n',
]
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((a) => a.join('')),
)
const ref = fc.constantFrom('2024-11-05', '2025-01-01', '2025-07-15', null, 'garbage')

describe('time scanners: properties', () => {
  it('mentions lie within [start, end), slice to non-empty text, and never throw', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -5, max: 250 }), fc.integer({ min: -5, max: 250 }), ref, (t, a, b, r) => {
        const [s, e] = [Math.min(a, b), Math.max(a, b)]
        const lo = Math.min(Math.max(s, 0), t.length)
        const hi = Math.min(Math.max(e, 0), t.length)
        const spans = [...findTimeExpressions(t, s, e, r), ...extractContractFacts(t, s, e, r)]
        for (const m of spans) {
          expect(m.start).toBeGreaterThanOrEqual(lo)
          expect(m.end).toBeLessThanOrEqual(hi)
          expect(m.start).toBeLessThan(m.end)
          expect(t.slice(m.start, m.end).trim()).not.toBe('')
          expect(m.confidence).toBeGreaterThan(0)
          expect(m.confidence).toBeLessThanOrEqual(1)
        }
        const w = windowForSentence(t, s, e, r)
        if (w.window !== null) expect(w.window).toMatch(/^\d{4}-(summer|january)$/)
      }),
      { numRuns: 400 },
    )
  })

  it('estimateDate always answers an estimate with a coherent range', () => {
    fc.assert(
      fc.property(text, (t) => {
        const d = estimateDate(t)
        expect(d.estimated).toBe(true)
        expect(d.reason.length).toBeGreaterThan(0)
        if (d.date && d.range) expect(d.range[0] <= d.date && d.date <= d.range[1]).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
