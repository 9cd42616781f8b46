import { describe, expect, it } from 'vitest'
import type { Saga } from '../../domain/saga.ts'
import { bestOf, firstOf, lastAtOrBefore, latestLane, latestOf, poolOf, type Candidate } from './pool.ts'
import { entry } from './test-builders.ts'

const saga = (id: string) => ({ id }) as Saga
const cand = (date: string, sagaId: string, idx: number, weight = 1): Candidate => ({ e: entry(date, 'agreement'), saga: saga(sagaId), idx, weight })

describe('lastAtOrBefore', () => {
  it('finds the last date on or before, or -1', () => {
    const dates = ['2025-01-01', '2025-01-03', '2025-01-03', '2025-01-09']
    expect(lastAtOrBefore(dates, '2024-12-31')).toBe(-1)
    expect(lastAtOrBefore(dates, '2025-01-03')).toBe(2)
    expect(lastAtOrBefore(dates, '2025-01-05')).toBe(2)
    expect(lastAtOrBefore(dates, '2026-01-01')).toBe(3)
    expect(lastAtOrBefore([], '2025-01-01')).toBe(-1)
  })
})

describe('pools', () => {
  const cs = [cand('2025-01-01', 'a', 5), cand('2025-01-05', 'b', 9), cand('2025-01-05', 'a', 2), cand('2025-01-02', 'c', 0, 2)]
  const age = (c: Candidate) => (Date.parse('2025-01-10') - Date.parse(c.e.date!)) / 86_400_000
  const delta = (c: Candidate) => -c.weight * 0.5 ** (age(c) / 10)

  it('picks the largest |delta|, the first on ties, skipping one saga and claims before `since`', () => {
    const pool = poolOf(cs, 'recent')
    expect(bestOf(pool, '2025-01-10', undefined, undefined, delta)?.c.idx).toBe(0) // weight 2 wins
    expect(bestOf(pool, '2025-01-10', 'c', undefined, delta)?.c.idx).toBe(2) // same date: lowest idx
    expect(bestOf(pool, '2025-01-10', 'a', undefined, delta)?.c.idx).toBe(0)
    expect(bestOf(pool, '2025-01-10', 'c', '2025-01-06', delta)).toBeUndefined()
    expect(bestOf(pool, '2025-01-04', 'c', undefined, delta)?.c.idx).toBe(5)
    expect(bestOf(pool, '2024-12-01', undefined, undefined, delta)).toBeUndefined()
  })

  it('falls back to a scan for dates that are not whole days, with the same answer', () => {
    const odd = cs.map((c) => ({ ...c, e: { ...c.e, date: `${c.e.date}T00:00` } }))
    const d = (c: Candidate) => delta({ ...c, e: { ...c.e, date: c.e.date!.slice(0, 10) } })
    expect(bestOf(poolOf(odd, 'recent'), '2025-01-10', 'c', undefined, d)?.c.idx).toBe(2)
  })

  it('gives the first candidate in order, and the latest (last on ties) for endings', () => {
    const pool = poolOf(cs, 'first')
    expect(firstOf(pool, '2025-01-10', undefined)?.idx).toBe(0)
    expect(firstOf(pool, '2025-01-10', 'c')?.idx).toBe(2)
    expect(firstOf(pool, '2025-01-01', 'a')).toBeUndefined()
    const lane = latestLane(cs)
    expect(latestOf(lane, '2025-01-10', undefined)?.idx).toBe(9)
    expect(latestOf(lane, '2025-01-10', 'b')?.idx).toBe(2)
    expect(latestOf(lane, '2025-01-04', 'a')?.idx).toBe(0)
  })
})
