import { describe, expect, it } from 'vitest'
import type { Resolution } from '../../domain/saga.ts'
import type { ClaimType, Modality, SagaId } from '../../domain/types.ts'
import { resolveOutcome, resolveOutcomes } from './outcomes.ts'
import { collapsedMove, entry, makeSaga, trentMove, trentRenewal } from './test-builders.ts'

const one = (type: ClaimType, modality: Modality, extra: Parameters<typeof entry>[2] = {}) =>
  makeSaga({ entries: [entry('2025-01-01', 'talks'), entry('2025-02-01', type, { modality, ...extra })] })

describe('resolveOutcome', () => {
  it.each([
    { type: 'signed', modality: 'confirmed', expected: 'signed' },
    { type: 'collapsed', modality: 'confirmed', expected: 'collapsed' },
    { type: 'signed', modality: 'reported', expected: undefined },
    { type: 'signed', modality: 'expected', expected: undefined },
    { type: 'collapsed', modality: 'reported', expected: undefined },
    { type: 'agreement', modality: 'confirmed', expected: undefined },
    { type: 'stays', modality: 'confirmed', expected: undefined },
  ] as const)('$type ($modality) → $expected', ({ type, modality, expected }) => {
    expect(resolveOutcome(one(type, modality))?.outcome).toBe(expected)
  })

  it('ignores denied and historical confirmed claims', () => {
    expect(resolveOutcome(one('signed', 'confirmed', { stance: 'denied' }))).toBeUndefined()
    expect(resolveOutcome(one('signed', 'confirmed', { historical: true }))).toBeUndefined()
  })

  it('resolves a move by its confirmed signing, with date and source', () => {
    expect(resolveOutcome(trentMove())).toEqual({
      sagaId: 'move:trent-alexander-arnold:real-madrid', outcome: 'signed', date: '2025-06-01', by: 'claim', note: 'signed confirmed by Real Madrid',
    })
    expect(resolveOutcome(collapsedMove())).toMatchObject({ outcome: 'collapsed', date: '2025-09-01' })
  })

  it('resolves the renewal and fails the competing move on a confirmed new contract', () => {
    const move = makeSaga({ entries: [entry('2024-12-01', 'talks')] })
    const renewal = trentRenewal('2025-03-01')
    expect(resolveOutcome(renewal)?.outcome).toBe('extension_signed')
    expect(resolveOutcome(move, { competing: [renewal] })).toMatchObject({ outcome: 'extension_signed', date: '2025-03-01', by: 'claim' })
    expect(resolveOutcome(move, { competing: [trentRenewal()] })).toBeUndefined()
  })

  it('lets the latest confirmed terminal claim decide (a revived deal)', () => {
    const s = makeSaga({ entries: [entry('2025-01-01', 'collapsed', { modality: 'confirmed' }), entry('2025-07-01', 'signed', { modality: 'confirmed' })] })
    expect(resolveOutcome(s)?.outcome).toBe('signed')
  })

  it('gives a resolution by hand precedence over claims', () => {
    const hand: Resolution = { sagaId: 'move:trent-alexander-arnold:real-madrid' as SagaId, outcome: 'collapsed', date: '2025-06-02', by: 'hand', note: 'test' }
    const other: Resolution = { ...hand, sagaId: 'move:x:y' as SagaId, outcome: 'signed' }
    expect(resolveOutcome(trentMove(), { manual: [other, hand] })).toBe(hand)
  })

  it('resolves a batch, each player against his own sagas', () => {
    const move = makeSaga({ entries: [entry('2024-12-01', 'talks')] })
    const got = resolveOutcomes([move, trentRenewal('2025-03-01'), collapsedMove(), makeSaga({ player: 'Open Case', entries: [entry('2025-01-01', 'interest')] })])
    expect(got.map((r) => [r.sagaId, r.outcome])).toEqual([
      ['move:trent-alexander-arnold:real-madrid', 'extension_signed'],
      ['renewal:trent-alexander-arnold:liverpool', 'extension_signed'],
      ['move:marc-gu-hi:liverpool', 'collapsed'],
    ])
  })
})
