import { describe, expect, it } from 'vitest'
import type { Resolution, Saga } from '../../domain/saga.ts'
import { resolveOutcome } from './outcomes.ts'
import { judgeEntry, reliabilityOf, scoreSources, tierPrior, type SourceInfo } from './reliability.ts'
import { collapsedMove, entry, makeSaga, trentMove } from './test-builders.ts'

const TIERS: Record<string, SourceInfo> = {
  'David Ornstein': { tier: 1, kind: 'journalist' },
  'The Athletic': { tier: 1, kind: 'outlet' },
  'BBC Sport': { tier: 1, kind: 'outlet' },
  TEAMtalk: { tier: 4, kind: 'outlet' },
  'Sky Sports News': { tier: 1, kind: 'outlet' },
}
const LEAGUES: Record<string, string> = { Liverpool: 'Premier League', 'Crystal Palace': 'Premier League', 'Real Madrid': 'La Liga' }
const opts = { tierOf: (s: string) => TIERS[s], leagueOf: (c: string) => LEAGUES[c] }
const resolved = (...sagas: Saga[]) => sagas.map((saga) => ({ saga, resolution: resolveOutcome(saga) as Resolution }))
const find = (scores: ReturnType<typeof scoreSources>, s: string) => scores.find((x) => x.source === s)!

describe('source reliability', () => {
  it('credits a true rejected-bid report in a move that failed (stage-aware)', () => {
    const scores = scoreSources(resolved(collapsedMove()), opts)
    const ornstein = find(scores, 'David Ornstein')
    expect(ornstein).toMatchObject({ claims: 1, right: 1, accuracy: 1, tier: 1, kind: 'journalist' })
    expect(find(scores, 'BBC Sport').right).toBe(1) // talks happened, even though the move failed
    expect(find(scores, 'TEAMtalk')).toMatchObject({ claims: 1, right: 0 }) // an agreement is judged by the outcome
  })

  it('does not credit an uncorroborated early-stage report in a failed move', () => {
    const s = makeSaga({ club: 'Chelsea', entries: [entry('2025-01-01', 'bid_rejected', { by: ['Rumour Mill'] }), entry('2025-02-01', 'collapsed', { by: ['BBC Sport'], modality: 'confirmed' })] })
    const r = resolveOutcome(s) as Resolution
    expect(judgeEntry(s.timeline[0], s, r)).toBe(false)
  })

  it('judges denials inversely, and agreement-stage reports by the outcome', () => {
    const s = trentMove()
    const r = resolveOutcome(s) as Resolution
    expect(judgeEntry(entry('2025-04-01', 'agreement', { stance: 'denied' }), s, r)).toBe(false)
    expect(judgeEntry(entry('2025-04-01', 'agreement'), s, r)).toBe(true)
    expect(judgeEntry(entry('2025-04-01', 'stays'), s, r)).toBe(false)
    expect(judgeEntry(entry('2025-04-01', 'stays', { stance: 'denied' }), s, r)).toBe(true)
  })

  it('shrinks towards the tier prior while evidence is thin', () => {
    expect([1, 2, 3, 4, undefined].map(tierPrior)).toEqual([0.8, 0.7, 0.55, 0.4, 0.5])
    const scores = scoreSources(resolved(collapsedMove()), opts)
    expect(find(scores, 'TEAMtalk').shrunk).toBeCloseTo((0.4 * 5 + 0) / 6, 10) // one wrong claim, tier 4
    expect(find(scores, 'David Ornstein').shrunk).toBeCloseTo((0.8 * 5 + 1) / 6, 10) // one right claim, tier 1
    const many = makeSaga({ player: 'P', club: 'X', entries: [
      ...Array.from({ length: 40 }, (_, i) => entry(`2025-01-${String(i % 28 + 1).padStart(2, '0')}`, 'agreement', { by: ['Tipster'] })),
      entry('2025-03-01', 'signed', { by: ['X'], modality: 'confirmed' }),
    ] })
    expect(find(scoreSources(resolved(many), opts), 'Tipster').shrunk).toBeGreaterThan(0.9) // evidence outweighs the 0.5 prior
  })

  it('counts carriers at half weight, and breaks down by club and league', () => {
    const s = makeSaga({ fromClub: 'Liverpool', club: 'Real Madrid', entries: [
      entry('2025-01-10', 'talks', { by: ['Fabrizio Romano'], carriers: ['CaughtOffside', 'TEAMtalk'] }),
      entry('2025-02-01', 'signed', { by: ['Real Madrid'], modality: 'confirmed' }),
    ] })
    const scores = scoreSources(resolved(s), opts)
    expect(find(scores, 'Fabrizio Romano')).toMatchObject({ claims: 1, right: 1, medianDaysEarly: 22 })
    const tt = find(scores, 'TEAMtalk')
    expect(tt.claims).toBe(0.5)
    expect(tt.byClub).toEqual({ Liverpool: { claims: 0.5, right: 0.5 }, 'Real Madrid': { claims: 0.5, right: 0.5 } })
    expect(tt.byLeague).toEqual({ 'Premier League': { claims: 0.5, right: 0.5 }, 'La Liga': { claims: 0.5, right: 0.5 } })
  })

  it('counts one source once under the names it is written with', () => {
    const s = makeSaga({ club: 'Real Madrid', entries: [
      entry('2025-01-10', 'talks', { by: ['Plettenberg'] }),
      entry('2025-01-12', 'personal_terms', { by: ['Florian Plettenberg'] }),
      entry('2025-02-01', 'signed', { by: ['Real Madrid'], modality: 'confirmed' }),
    ] })
    const canonical = (x: string) => (x === 'Plettenberg' ? 'Florian Plettenberg' : x)
    const scores = scoreSources(resolved(s), { ...opts, canonical })
    expect(find(scores, 'Florian Plettenberg')).toMatchObject({ claims: 2, right: 2 })
    expect(scores.find((x) => x.source === 'Plettenberg')).toBeUndefined()
    expect(scoreSources(resolved(s), opts).filter((x) => /Plettenberg/.test(x.source))).toHaveLength(2) // written as is without it
  })

  it('leaves out claims made on or after the outcome, and sorts the leaderboard', () => {
    const scores = scoreSources(resolved(trentMove(), collapsedMove()), opts)
    expect(scores.find((x) => x.source === 'Real Madrid')).toBeUndefined() // only the confirming claim
    const shrunk = scores.map((x) => x.shrunk)
    expect(shrunk).toEqual([...shrunk].sort((a, b) => b - a))
    for (const x of scores) expect(x.brier).toBeGreaterThanOrEqual(0)
  })

  it('gives likelihood a lookup that falls back to the tier prior', () => {
    const rel = reliabilityOf(scoreSources(resolved(collapsedMove()), opts), opts)
    expect(rel('TEAMtalk')).toBeCloseTo(2 / 6, 10)
    expect(rel('The Athletic')).toBeGreaterThan(0.8)
    expect(rel('Nobody')).toBe(0.5)
  })
})
