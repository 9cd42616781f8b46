import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInMonth } from './iso-date.ts'

// daysInMonth counts the usual case by hand; it must answer as the Date it skips.
const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

describe('daysInMonth', () => {
  it('agrees with Date.UTC on every month of years -5..12000 and odd months', () => {
    for (let y = -5; y <= 12_000; y++) for (let m = -1; m <= 14; m++) expect(daysInMonth(y, m)).toBe(byDate(y, m))
  })

  it('agrees with Date.UTC on odd inputs', () => {
    for (const [y, m] of [[2024.5, 2], [2024, 2.5], [NaN, 2], [2024, NaN], [Infinity, 1], [1e9, 3], [-1e6, 2]]) {
      expect(Number.isNaN(daysInMonth(y, m)) ? NaN : daysInMonth(y, m)).toStrictEqual(byDate(y, m))
    }
    fc.assert(fc.property(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: -30, max: 30 }), (y, m) => { expect(daysInMonth(y, m)).toBe(byDate(y, m)) }))
  })
})
