import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Saga } from '../../domain/saga.ts'
import { CLAIM_TYPES, type Modality } from '../../domain/types.ts'
import { likelihoodAt, likelihoodHistory } from './likelihood.ts'
import { naiveLikelihoodAt, naiveLikelihoodHistory } from './naive-likelihood.ts'
import { rivalsOf } from './rivals.ts'
import { entryReliability } from './stages.ts'
import { entry, makeSaga } from './test-builders.ts'

const SOURCES = ['Fabrizio Romano', 'Sky Sports News', 'TEAMtalk', 'Marca', 'anonymous sources']
const MODALITIES: Modality[] = ['confirmed', 'reported', 'expected', 'speculative']
const WINDOWS = [null, null, '2025-summer', '2026-winter']
const day = (n: number) => new Date(Date.UTC(2024, 6, 1) + n * 86_400_000).toISOString().slice(0, 10)

// Few days and sources, so that ties (same date, same weight) are frequent.
const entryArb = fc
  .record({
    d: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }),
    type: fc.constantFrom(...CLAIM_TYPES),
    denied: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
    modality: fc.constantFrom(...MODALITIES),
    by: fc.constantFrom(...SOURCES),
    historical: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
    headline: fc.boolean(),
    window: fc.constantFrom(...WINDOWS),
  })
  .map((r) => ({
    ...entry(r.d === null ? null : day(r.d * 7), r.type, { by: [r.by], stance: r.denied ? 'denied' : 'affirmed', modality: r.modality, historical: r.historical, headline: r.headline }),
    window: r.window,
  }))

const sagaArb = (club: string) =>
  fc.record({ kind: fc.constantFrom('move', 'renewal' as const), entries: fc.array(entryArb, { maxLength: 16 }) })
    .map(({ kind, entries }) => makeSaga({ kind: kind as 'move' | 'renewal', club, entries }))
const playerArb = fc.tuple(sagaArb('Real Madrid'), sagaArb('Chelsea'), sagaArb('Liverpool'), sagaArb('Arsenal'))
  .map((sagas) => [...new Map(sagas.map((s) => [s.id, s])).values()])
const relArb = fc.oneof(fc.constant(undefined), fc.func(fc.double({ min: 0, max: 1, noNaN: true })), fc.constant((s: string) => (s.length % 3) / 2))

describe('indexed likelihood', () => {
  it('gives byte-identical histories to the plain per-date scan, shared index or not (property)', () => {
    fc.assert(
      fc.property(playerArb, relArb, fc.array(fc.integer({ min: -5, max: 300 }), { maxLength: 3 }), (sagas, reliability, extra) => {
        const dates = extra.map(day)
        const rivals = rivalsOf(sagas, entryReliability(reliability))
        return sagas.every((saga) => {
          const competing = sagas.filter((o) => o !== saga)
          const want = JSON.stringify(naiveLikelihoodHistory(saga, { competing, reliability }, dates))
          return JSON.stringify(likelihoodHistory(saga, { competing, reliability }, dates)) === want &&
            JSON.stringify(likelihoodHistory(saga, { rivals, reliability }, dates)) === want
        })
      }),
      { numRuns: 400 },
    )
  })

  it('gives the same point as the plain scan for unsorted timelines and any competing order (property)', () => {
    fc.assert(
      fc.property(playerArb, relArb, fc.integer({ min: 0, max: 300 }), fc.boolean(), (sagas, reliability, d, reverse) => {
        const shuffled: Saga[] = sagas.map((s) => ({ ...s, timeline: s.timeline.slice().reverse() }))
        return shuffled.every((saga) => {
          const competing = shuffled.filter((o) => o !== saga)
          if (reverse) competing.reverse()
          const ctx = { competing, reliability }
          return JSON.stringify(likelihoodAt(saga, day(d), ctx)) === JSON.stringify(naiveLikelihoodAt(saga, day(d), ctx)) &&
            JSON.stringify(likelihoodHistory(saga, ctx)) === JSON.stringify(naiveLikelihoodHistory(saga, ctx))
        })
      }),
      { numRuns: 300 },
    )
  })

  it('matches the plain scan on a real-sized player', () => {
    const clubs = ['Real Madrid', 'Chelsea', 'Arsenal', 'Bayern Munich', 'Juventus']
    const types = ['talks', 'agreement', 'medical', 'signed', 'collapsed', 'stays', 'bid_rejected'] as const
    let k = 0
    const next = () => (k = (k * 1103515245 + 12345) % 2 ** 31)
    const sagas = clubs.map((club) => makeSaga({ club, entries: Array.from({ length: 60 }, () => entry(day(next() % 200), types[next() % types.length], { by: [SOURCES[next() % SOURCES.length]], modality: MODALITIES[next() % 4] })) }))
    sagas.push(makeSaga({ kind: 'renewal', entries: Array.from({ length: 30 }, () => entry(day(next() % 200), next() % 2 ? 'extension_offer' : 'extension_signed', { by: [SOURCES[next() % 5]], modality: MODALITIES[next() % 4] })) }))
    for (const saga of sagas) {
      const competing = sagas.filter((o) => o !== saga)
      expect(JSON.stringify(likelihoodHistory(saga, { competing }))).toBe(JSON.stringify(naiveLikelihoodHistory(saga, { competing })))
    }
  })

  it('matches the plain scan on denial- and setback-heavy sagas spread over years (property)', () => {
    // Long spans and many denials and setbacks: the view drops the ones that can no longer count.
    const heavy = fc
      .record({
        d: fc.integer({ min: 0, max: 1400 }),
        type: fc.constantFrom('talks', 'agreement', 'medical', 'signed', 'interest', 'bid_rejected', 'not_for_sale', 'rejected_move', 'stays', 'collapsed', 'extension_offer', 'extension_signed'),
        denied: fc.boolean(),
        modality: fc.constantFrom(...MODALITIES),
        by: fc.constantFrom(...SOURCES),
        headline: fc.boolean(),
        window: fc.constantFrom(...WINDOWS),
      })
      .map((r) => ({ ...entry(day(r.d), r.type as never, { by: [r.by], stance: r.denied ? 'denied' : 'affirmed', modality: r.modality, headline: r.headline }), window: r.window }))
    const player = fc.tuple(fc.array(heavy, { maxLength: 60 }), fc.array(heavy, { maxLength: 20 }))
      .map(([a, b]) => [makeSaga({ club: 'Real Madrid', entries: a }), makeSaga({ kind: 'renewal', entries: b })])
    fc.assert(
      fc.property(player, relArb, (sagas, reliability) =>
        sagas.every((saga) => {
          const competing = sagas.filter((o) => o !== saga)
          return JSON.stringify(likelihoodHistory(saga, { competing, reliability })) === JSON.stringify(naiveLikelihoodHistory(saga, { competing, reliability }))
        })),
      { numRuns: 150 },
    )
  })
})
