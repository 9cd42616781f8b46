/**
 * The scorer of SPEC §11 on small hand-built cases: strict against lenient matching, duplicates
 * counted once, denied claims, the agreement figures and the rows behind them.
 */
import { describe, expect, it } from 'vitest'
import type { ArticleId, Claim } from '../domain/types.ts'
import type { GoldClaim } from './gold.ts'
import { attributionAgrees, scoreCases, type ArticleCase, type Canon } from './score.ts'

/** Names compared case-blind, "Real" standing for Real Madrid (as the knowledge base's aliases would). */
const canon: Canon = (name) => {
  const n = (name ?? '').toLowerCase()
  return n === 'real' ? 'real madrid' : n
}

function claim(over: Partial<Claim>): Claim {
  return {
    player: 'Ada Moreno', fromClub: 'Villarreal', toClub: 'Real Madrid', type: 'bid', stance: 'affirmed', modality: 'reported',
    window: '2025-summer', fee: null, attributedTo: [], rule: 'claim/bid@1', confidence: 0.8, why: [], historical: false,
    headline: false, date: '2025-06-01', dateEstimated: false,
    evidence: { articleId: 'a1' as ArticleId, start: 0, end: 10, sentence: 'Real Madrid have made a bid for Ada Moreno.' },
    ...over,
  }
}

function gold(over: Partial<GoldClaim>): GoldClaim {
  return { player: 'Ada Moreno', toClub: 'Real Madrid', type: 'bid', stance: 'affirmed', window: '2025-summer', attributedTo: null, ...over }
}

const one = (predicted: Claim[], golds: GoldClaim[]): ArticleCase[] => [{ key: 'a.txt', text: '', predicted, gold: golds, entityNames: new Set(['ada moreno', 'real madrid']) }]

describe('scoreCases', () => {
  it('matches strictly by player, type, stance and destination, through the canonical names', () => {
    const r = scoreCases(one([claim({ toClub: 'Real' })], [gold({})]), canon)
    expect(r.strict).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 })
    expect(r.errors).toEqual([])
  })

  it('counts a type of the same family only in the lenient score', () => {
    const r = scoreCases(one([claim({ type: 'approach' })], [gold({})]), canon)
    expect(r.strict).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    expect(r.lenient).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(r.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious'])
  })

  it('never matches across stances, and scores denied claims apart', () => {
    const r = scoreCases(one([claim({ stance: 'denied' })], [gold({ stance: 'denied' }), gold({ type: 'interest' })]), canon)
    expect(r.denied).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(r.strict).toMatchObject({ tp: 1, fp: 0, fn: 1 })
    const wrongStance = scoreCases(one([claim({ stance: 'denied' })], [gold({})]), canon)
    expect(wrongStance.strict.tp).toBe(0)
    expect(wrongStance.denied).toMatchObject({ tp: 0, fp: 1, fn: 0 })
  })

  it('counts a repeated spurious claim once', () => {
    const spurious = claim({ player: 'Ben Ortiz' })
    const r = scoreCases(one([spurious, { ...spurious }, claim({})], [gold({})]), canon)
    expect(r.strict).toMatchObject({ tp: 1, fp: 1, fn: 0 })
  })

  it('lists the matched claims whose window or attribution disagrees', () => {
    const r = scoreCases(one(
      [claim({ window: '2026-january', attributedTo: ['Fabrizio Romano'] }), claim({ type: 'interest', attributedTo: ['anonymous sources'] })],
      [gold({ attributedTo: 'Fabrizio Romano' }), gold({ type: 'interest', attributedTo: 'anonymous sources' })],
    ), canon)
    expect(r.strict.tp).toBe(2)
    expect(r.windowAgreement).toMatchObject({ agree: 1, of: 2 })
    expect(r.attributionAgreement).toMatchObject({ agree: 2, of: 2 })
    expect(r.disagreements).toEqual([expect.objectContaining({ field: 'window', type: 'bid', predicted: '2026-january', gold: '2025-summer', sentence: 'Real Madrid have made a bid for Ada Moreno.' })])
    const unattributed = scoreCases(one([claim({ attributedTo: ['Marca'] })], [gold({})]), canon)
    expect(unattributed.disagreements).toEqual([expect.objectContaining({ field: 'attribution', predicted: 'Marca', gold: 'the article itself' })])
  })
})

describe('historical agreement', () => {
  it('compares the past-move flag of matched claims when the gold file marks it, and lists the rows', () => {
    const cases = one(
      [claim({ type: 'signed', historical: true }), claim({ type: 'bid', historical: true }), claim({ type: 'talks' })],
      [gold({ type: 'signed', historical: true }), gold({ type: 'bid' }), gold({ type: 'talks' })],
    )
    const r = scoreCases(cases, canon)
    expect(r.historicalAgreement).toMatchObject({ agree: 2, of: 3 })
    expect(r.disagreements.filter((d) => d.field === 'historical')).toMatchObject([{ type: 'bid', predicted: 'past move', gold: 'news' }])
  })

  it('is absent when the gold never marks a claim historical', () => {
    const r = scoreCases(one([claim({ historical: true })], [gold({})]), canon)
    expect(r.historicalAgreement).toBeUndefined()
    expect(r.disagreements).toEqual([])
  })
})

describe('attributionAgrees', () => {
  it('accepts a named source anywhere in the chain, anonymous with anonymous, and none with none', () => {
    expect(attributionAgrees(['Fabrizio Romano', 'CaughtOffside'], 'The Fabrizio Romano')).toBe(true)
    expect(attributionAgrees(['anonymous sources'], 'anonymous sources')).toBe(true)
    expect(attributionAgrees([], null)).toBe(true)
    expect(attributionAgrees(['Marca'], null)).toBe(false)
    expect(attributionAgrees(['anonymous sources'], 'Marca')).toBe(false)
    expect(attributionAgrees([], 'Marca')).toBe(false)
  })

  it('knows a source by its other names, and only as whole words', () => {
    const aliases = (n: string) => (n === 'Sky Sport Deutschland' ? ['Sky Sport Germany', 'Sky Germany'] : [])
    expect(attributionAgrees(['Sky Sport Deutschland'], 'Florian Plettenberg (Sky Sport Germany)')).toBe(false)
    expect(attributionAgrees(['Sky Sport Deutschland'], 'Florian Plettenberg (Sky Sport Germany)', undefined, aliases)).toBe(true)
    expect(attributionAgrees(['AS'], 'Diario AS (Madrid)')).toBe(true)
    expect(attributionAgrees(['AS'], 'Marca and Relevo')).toBe(false)
    expect(attributionAgrees(['Goal'], 'Goalkeeper coach')).toBe(false)
  })

  it("reads the article's own outlet as the article itself only when told the outlet", () => {
    expect(attributionAgrees([], 'BBC Sport')).toBe(false)
    expect(attributionAgrees([], 'BBC Sport', 'BBC Sport')).toBe(true)
    expect(attributionAgrees(['TEAMtalk - Transfer News'], null, 'TEAMtalk')).toBe(true)
    expect(attributionAgrees(['Marca'], null, 'BBC Sport')).toBe(false)
    expect(attributionAgrees(['Fabrizio Romano', 'BBC Sport'], null, 'BBC Sport')).toBe(false)
  })

  it("knows the article's own outlet by its other names", () => {
    const aliases = (n: string) => (n === 'Evening Standard' || n === 'The Standard' ? ['Evening Standard', 'The Standard'] : [])
    expect(attributionAgrees(['Evening Standard'], null, 'The Standard')).toBe(false)
    expect(attributionAgrees(['Evening Standard'], null, 'The Standard', aliases)).toBe(true)
    expect(attributionAgrees([], 'Evening Standard', 'The Standard', aliases)).toBe(true)
  })
})

describe('scoreCases with the outlet known', () => {
  it('keeps the SPEC figure and counts the own-outlet reading apart; the rows follow the latter', () => {
    const cases = one([claim({ attributedTo: ['The Standard'] }), claim({ type: 'interest', attributedTo: ['Marca'] })], [gold({}), gold({ type: 'interest' })])
    cases[0].outlet = 'The Standard'
    const r = scoreCases(cases, canon)
    expect(r.attributionAgreement).toMatchObject({ agree: 0, of: 2 })
    expect(r.attributionAgreementOwnOutlet).toMatchObject({ agree: 1, of: 2 })
    expect(r.disagreements.map((d) => d.predicted)).toEqual(['Marca'])
  })
})
