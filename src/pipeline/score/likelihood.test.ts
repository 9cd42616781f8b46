import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Saga, TimelineEntry } from '../../domain/saga.ts'
import { CLAIM_TYPES, type ClaimType, type Modality } from '../../domain/types.ts'
import { likelihoodAt, likelihoodHistory } from './likelihood.ts'
import { furthestStage, stageOfType, stageRank } from './stages.ts'
import { entry, makeSaga, trentMove, trentRenewal } from './test-builders.ts'

const SOURCES = ['Fabrizio Romano', 'Sky Sports News', 'TEAMtalk', 'Marca', 'anonymous sources']
const MODALITIES: Modality[] = ['confirmed', 'reported', 'expected', 'speculative']
const PROGRESS: ClaimType[] = ['interest', 'approach', 'bid', 'talks', 'personal_terms', 'agreement', 'pre_contract', 'medical', 'signed']
const day = (n: number) => new Date(Date.UTC(2024, 6, 1) + n * 86_400_000).toISOString().slice(0, 10)

const entryArb = fc
  .record({
    d: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 8 }),
    type: fc.constantFrom(...CLAIM_TYPES),
    denied: fc.boolean(),
    modality: fc.constantFrom(...MODALITIES),
    by: fc.constantFrom(...SOURCES),
    historical: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
    headline: fc.boolean(),
  })
  .map((r) => entry(r.d === null ? null : day(r.d), r.type, {
    by: [r.by], stance: r.denied ? 'denied' : 'affirmed', modality: r.modality, historical: r.historical, headline: r.headline,
  }))

const sagaArb = fc.record({ kind: fc.constantFrom('move', 'renewal' as const), entries: fc.array(entryArb, { maxLength: 14 }) })
  .map(({ kind, entries }) => makeSaga({ kind: kind as 'move' | 'renewal', entries }))
const relArb = fc.func(fc.double({ min: 0, max: 1, noNaN: true }))

describe('likelihoodAt', () => {
  it('brings a deal reported signed and then reported collapsed back to the base rate (likelihood/ended@1)', () => {
    const saga = makeSaga({ entries: [
      entry('2025-01-30', 'talks', { by: ['Fabrizio Romano'] }),
      entry('2025-01-31', 'signed', { by: ['Daily Courier'] }),
      entry('2025-01-31', 'agreement', { by: ['Goal'], modality: 'confirmed' }),
      entry('2025-02-01', 'collapsed', { by: ['The Times'] }),
    ] })
    const [before, after] = [likelihoodAt(saga, '2025-01-31'), likelihoodAt(saga, '2025-02-01')]
    expect(before.p).toBeGreaterThan(0.9)
    expect(after.p).toBeLessThanOrEqual(0.15 + 1e-9)
    expect(after.factors.map((f) => f.factor)).toContain('likelihood/ended@1')
  })

  it("does not undo a loan signed in January when its option is declined in the summer", () => {
    const saga = makeSaga({ entries: [
      { ...entry('2025-02-03', 'signed', { by: ['Daily Courier'] }), window: '2025-january' },
      { ...entry('2025-05-20', 'collapsed', { by: ['Evening Post'] }), window: '2025-summer' },
    ] })
    const p = likelihoodAt(saga, '2025-05-20')
    expect(p.factors.map((f) => f.factor)).not.toContain('likelihood/ended@1')
    expect(p.p).toBeGreaterThan(0.5)
  })

  it('keeps a confirmed stay settled when a later article tells it again beside an old bid', () => {
    const saga = makeSaga({ entries: [
      entry('2025-06-01', 'bid_rejected', { by: ['Daily Courier'] }),
      entry('2025-08-25', 'stays', { by: ['the player'], modality: 'confirmed' }),
      entry('2025-08-26', 'bid_rejected', { by: ['Evening Post'] }),
      entry('2025-08-26', 'stays', { by: ['Evening Post'] }),
    ] })
    expect(likelihoodAt(saga, '2025-08-26').p).toBeLessThanOrEqual(0.02 + 1e-9)
    // a bid turned down after he said he stays reopens nothing (as in the stage machine)
    const refused = makeSaga({ entries: [entry('2025-08-25', 'stays', { by: ['the player'], modality: 'confirmed' }), entry('2025-08-30', 'bid_rejected', { by: ['Evening Post'] })] })
    expect(likelihoodAt(refused, '2025-08-30').p).toBeLessThanOrEqual(0.02 + 1e-9)
    // new progress on a later day, with no ending told that day, reopens it
    const revived = makeSaga({ entries: [...saga.timeline, entry('2025-09-02', 'talks', { by: ['Evening Post'] })] })
    expect(likelihoodAt(revived, '2025-09-02').p).toBeGreaterThan(0.15)
  })

  it('follows the Alexander-Arnold saga up to the signing', () => {
    const ps = likelihoodHistory(trentMove()).map((x) => x.p)
    expect(ps[0]).toBeGreaterThan(0.15)
    expect(ps.at(-2)).toBeGreaterThan(0.8) // agreement
    expect(ps.at(-1)).toBeCloseTo(0.99, 5) // confirmed signing
    expect(ps.at(-2)!).toBeGreaterThan(ps[3])
  })

  it('gives every factor an id and a plain-English sentence that ends with its delta', () => {
    const pts = likelihoodHistory(trentMove(), { competing: [trentRenewal()] }, ['2025-12-31'])
    for (const f of pts.flatMap((x) => x.factors)) {
      expect(f.factor).toMatch(/^likelihood\/[a-z-]+@\d+$/)
      expect(f.why.length).toBeGreaterThan(20)
      expect(f.why).toMatch(/[+-]\d+\.\d( log-odds\))?$/)
    }
    const talks = likelihoodAt(trentMove(), '2025-03-25').factors.find((f) => f.factor === 'likelihood/stage@1')
    expect(talks?.why).toBe('Talks reported by Fabrizio Romano on 2025-01-10 (stage talks): +1.3')
  })

  it('is a sum of its factors on the log-odds scale', () => {
    const pt = likelihoodAt(trentMove(), '2025-05-05')
    const sum = pt.factors.reduce((s, f) => s + f.delta, 0)
    expect(pt.p).toBeCloseTo(1 / (1 + Math.exp(-sum)), 10)
  })

  it('drops the move near 0 once the competing renewal is confirmed', () => {
    const move = makeSaga({ entries: trentMove().timeline.filter((e) => e.date! < '2025-05-01') })
    const before = likelihoodAt(move, '2025-04-10', { competing: [trentRenewal()] }).p
    const after = likelihoodAt(move, '2025-04-10', { competing: [trentRenewal('2025-04-05')] })
    expect(before).toBeGreaterThan(0.3)
    expect(after.p).toBeLessThan(0.021)
    expect(after.factors.some((f) => f.factor === 'likelihood/terminal@1' && /renewal/.test(f.why))).toBe(true)
  })

  it('lowers a move for a renewal offer and raises it when the player wants to leave', () => {
    const move = makeSaga({ entries: [entry('2025-01-10', 'talks', { by: ['Sky Sports News'] })] })
    const base = likelihoodAt(move, '2025-01-20').p
    const offer = likelihoodAt(move, '2025-01-20', { competing: [trentRenewal()] }).p
    const leave = makeSaga({ kind: 'renewal', entries: [entry('2025-01-15', 'stays', { stance: 'denied', by: ['The Athletic'] })] })
    expect(offer).toBeLessThan(base)
    expect(likelihoodAt(move, '2025-01-20', { competing: [leave] }).p).toBeGreaterThan(base)
  })

  it('lowers for denials at or beyond the stage reached, more for reliable and recent ones', () => {
    const talks = entry('2025-01-10', 'talks', { by: ['Marca'] })
    const denial = (by: string, date = '2025-01-20') => entry(date, 'agreement', { by: [by], stance: 'denied' })
    const rel = (s: string) => (s === 'Sky Sports News' ? 0.9 : 0.3)
    const p = (extra: TimelineEntry[]) => likelihoodAt(makeSaga({ entries: [talks, ...extra] }), '2025-01-21', { reliability: rel }).p
    expect(p([denial('Sky Sports News')])).toBeLessThan(p([denial('TEAMtalk')]))
    expect(p([denial('TEAMtalk')])).toBeLessThan(p([]))
    expect(p([entry('2024-12-01', 'interest', { by: ['TEAMtalk'], stance: 'denied' })])).toBeCloseTo(p([]), 10) // below the stage
    expect(p([denial('Sky Sports News', '2024-08-01')])).toBeGreaterThan(p([denial('Sky Sports News')]))
  })

  it('treats a rejected bid as a small setback, not an end', () => {
    const s = makeSaga({ entries: [entry('2025-01-01', 'approach'), entry('2025-01-05', 'bid_rejected', { by: ['BBC Sport'] })] })
    const p = likelihoodAt(s, '2025-01-06').p
    expect(p).toBeGreaterThan(0.15)
    expect(p).toBeLessThan(likelihoodAt(s, '2025-01-04').p + 0.1)
  })

  it('decays stale evidence, and raises for a contract ending within six months', () => {
    const s = makeSaga({ entries: [entry('2025-01-10', 'talks')] })
    expect(likelihoodAt(s, '2025-09-01').p).toBeLessThan(likelihoodAt(s, '2025-02-01').p)
    expect(likelihoodAt(s, '2025-02-01', { windows: () => ({ daysToContractEnd: 150 }) }).p).toBeGreaterThan(likelihoodAt(s, '2025-02-01').p)
  })

  it('is deterministic', () => {
    const ctx = { competing: [trentRenewal('2025-07-01')], reliability: (s: string) => (s.length % 7) / 7 }
    expect(likelihoodHistory(trentMove(), ctx, ['2025-02-02'])).toEqual(likelihoodHistory(trentMove(), ctx, ['2025-02-02']))
  })

  it('stays in [0.01, 0.99] for arbitrary sagas, contexts and dates (property)', () => {
    fc.assert(
      fc.property(sagaArb, fc.array(sagaArb, { maxLength: 2 }), relArb, fc.integer({ min: -30, max: 500 }), (saga, competing, rel, d) => {
        const pt = likelihoodAt(saga, day(d), { competing, reliability: rel })
        return pt.p >= 0.01 && pt.p <= 0.99 && pt.factors.every((f) => Number.isFinite(f.delta) && f.why.length > 0)
      }),
      { numRuns: 300 },
    )
  })

  it('never falls when an independent reliable source affirms a later stage (property)', () => {
    const arb = fc.record({
      saga: sagaArb.filter((s) => s.kind === 'move'),
      competing: fc.array(sagaArb, { maxLength: 2 }),
      rel: relArb,
      at: fc.integer({ min: 0, max: 420 }),
      back: fc.integer({ min: 0, max: 120 }),
      pick: fc.nat(),
      modality: fc.constantFrom(...MODALITIES),
      r: fc.double({ min: 0.7, max: 1, noNaN: true }),
    })
    fc.assert(
      fc.property(arb, ({ saga, competing, rel, at, back, pick, modality, r }) => {
        const date = day(at)
        const rank = stageRank(furthestStage(saga, date))
        const later = PROGRESS.filter((t) => stageRank(stageOfType(t)!) >= rank)
        const added = entry(day(Math.max(0, at - back)), later[pick % later.length], { by: ['Independent Source'], modality })
        const reliability = (s: string) => (s === 'Independent Source' ? r : rel(s))
        const withIt: Saga = makeSaga({ entries: [...saga.timeline, added] })
        const before = likelihoodAt(makeSaga({ entries: saga.timeline }), date, { competing, reliability }).p
        return likelihoodAt(withIt, date, { competing, reliability }).p >= before - 1e-12
      }),
      { numRuns: 500 },
    )
  })
})
