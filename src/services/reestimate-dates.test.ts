/**
 * The packed form of a player's known dates gives back exactly the distinct strings read, so
 * re-dating sees the same dates it saw with plain arrays.
 */
import { describe, expect, it } from 'vitest'
import { packDates, unpackDates } from './reestimate-dates.ts'

describe('packDates', () => {
  it('gives back the distinct dates, plain ones ascending', () => {
    const packed = packDates(['2025-01-02', '2024-12-31', '2025-01-02', '1999-03-01'])
    expect(unpackDates(packed)).toEqual(['1999-03-01', '2024-12-31', '2025-01-02'])
    expect(packed.days).toBeInstanceOf(Int32Array)
    expect(packed.other).toEqual([])
  })

  it('keeps verbatim what is not a plain date that formats back to itself', () => {
    const odd = ['2025-02-30', '2025-01-02T10:00:00Z', 'soon', '', '0050-01-01', '1969-12-31']
    const packed = packDates(odd)
    // Before 1970 and years below 1000 still round-trip; an impossible day or a time does not.
    expect(new Set(unpackDates(packed))).toEqual(new Set(odd))
    expect(packed.other.sort()).toEqual(['', '2025-01-02T10:00:00Z', '2025-02-30', 'soon'])
  })

  it('unpacks an unknown player as no dates', () => {
    expect(unpackDates(undefined)).toEqual([])
    expect(unpackDates(packDates([]))).toEqual([])
  })

  it('sorts the same as the strings would, whatever the order read', () => {
    const dates = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 1460) * 86_400_000).toISOString().slice(0, 10))
    expect(unpackDates(packDates(dates))).toEqual([...new Set(dates)].sort())
  })
})
