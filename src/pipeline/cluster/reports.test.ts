import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SagaClaim } from '../../domain/saga.ts'
import type { ClaimType, Stance } from '../../domain/types.ts'
import { buildReports, foldBySimilarity, MIN_REPORT_JACCARD, namedSourceOf, UnionFind } from './reports.ts'
import { estimateJaccard, lshKeysOf, minhashOf, normaliseEvidence, shinglesOf } from './shingles.ts'
import { digitsOf, factsConflict } from './near-wording.ts'
import { makeSagaClaim as make, trentStory } from './test-builders.ts'

const approaches = () => trentStory().filter((c) => c.type === 'approach')

describe('namedSourceOf', () => {
  it.each([
    { value: ['Fabrizio Romano', 'CaughtOffside'], expected: 'Fabrizio Romano' },
    { value: ['anonymous sources', 'The Athletic'], expected: 'The Athletic' },
    { value: ['anonymous sources'], expected: undefined },
    { value: [], expected: undefined },
    { value: ['  '], expected: undefined },
  ])('$value', ({ value, expected }) => expect(namedSourceOf(value)).toBe(expected))
})

describe('buildReports', () => {
  it('folds the reprinted Romano quote into one report with three carriers (report/quote@1)', () => {
    const [folded, ...rest] = buildReports(approaches())
    expect(rest).toHaveLength(0)
    expect(folded.report).toMatchObject({ origin: 'Fabrizio Romano', originRule: 'named-source', firstDate: '2025-01-01' })
    expect(folded.report.carriers.map((c) => c.outlet)).toEqual(['CaughtOffside', 'Football365', 'TEAMtalk'])
    expect(folded.claims[0].id).toBe(4)
  })

  it('folds near-identical unattributed sentences by MinHash (report/minhash@1)', () => {
    const s = 'Real Madrid are preparing an opening offer for the Liverpool right-back ahead of the summer window.'
    const folded = buildReports([
      make({ id: 1, article: 'b', outlet: 'B', date: '2025-01-03', type: 'bid', sentence: s }),
      make({ id: 2, article: 'a', outlet: 'A', date: '2025-01-03', type: 'bid', sentence: s.replace('window.', 'window, sources say.') }),
      make({ id: 3, article: 'c', outlet: 'C', date: '2025-02-20', type: 'bid', sentence: s }),
    ])
    expect(folded).toHaveLength(1)
    expect(folded[0].report).toMatchObject({ origin: 'A', originRule: 'earliest-carrier' })
  })

  it('keeps apart a long sentence reprinted with another fee (report/minhash@1 with conflicting facts)', () => {
    const s = (fee: string) => `Sporting have knocked back a ${fee} offer from Manchester United for their Swedish striker, and the Portuguese side will not negotiate below the release clause this summer.`
    const folded = buildReports([
      make({ id: 1, article: 'a', date: '2025-01-03', type: 'bid', sentence: s('€60m'), fee: { amount: 60_000_000, currency: 'EUR' } }),
      make({ id: 2, article: 'b', date: '2025-01-03', type: 'bid', sentence: s('€70m'), fee: { amount: 70_000_000, currency: 'EUR' } }),
      make({ id: 3, article: 'c', date: '2025-01-03', type: 'bid', sentence: s('€75m') }),
      make({ id: 4, article: 'd', date: '2025-01-04', type: 'bid', sentence: s('€60m'), fee: { amount: 60_000_000, currency: 'EUR' } }),
    ])
    expect(folded.map((f) => f.claims.map((c) => c.id))).toEqual([[1, 4], [2], [3]])
  })

  it('keeps apart different types, stances and sentences', () => {
    const s = 'Real Madrid are preparing an opening offer for the Liverpool right-back ahead of the summer window.'
    const folded = buildReports([
      make({ id: 1, article: 'a', date: '2025-01-03', type: 'bid', sentence: s }),
      make({ id: 2, article: 'b', date: '2025-01-03', type: 'approach', sentence: s }),
      make({ id: 3, article: 'c', date: '2025-01-03', type: 'bid', stance: 'denied', sentence: s }),
      make({ id: 4, article: 'd', date: '2025-01-03', type: 'bid', sentence: 'Madrid will wait until the summer before making any move at all for him.' }),
    ])
    expect(folded).toHaveLength(4)
  })

  it('folds one named source within 3 days, not later (report/named-source@1)', () => {
    const by = ['David Ornstein', 'The Athletic']
    const folded = buildReports([
      make({ id: 1, article: 'a', outlet: 'The Athletic', date: '2025-01-01', type: 'talks', by, sentence: 'Talks have started between the clubs.' }),
      make({ id: 2, article: 'b', outlet: 'Mirror', date: '2025-01-04', type: 'talks', by: ['David Ornstein'], sentence: 'Ornstein says the two sides are now negotiating.' }),
      make({ id: 3, article: 'c', outlet: 'Metro', date: '2025-01-09', type: 'talks', by: ['David Ornstein'], sentence: 'Negotiations are ongoing, per Ornstein.' }),
      make({ id: 4, article: 'd', outlet: 'Metro', date: null, type: 'talks', by: ['David Ornstein'], sentence: 'Ornstein: the clubs are negotiating.' }),
    ])
    expect(folded.map((f) => f.report.carriers.map((c) => c.articleId))).toEqual([['a', 'b'], ['c'], ['d']])
  })

  it('one article is one carrier even when it repeats the claim', () => {
    const s = 'Real Madrid sent an opening approach to Liverpool this week about the defender.'
    const folded = buildReports([
      make({ id: 1, article: 'a', date: '2025-01-01', type: 'approach', sentence: s }),
      make({ id: 2, article: 'a', date: '2025-01-01', type: 'approach', start: 500, sentence: s }),
    ])
    expect(folded[0].report.carriers).toHaveLength(1)
    expect(folded[0].claims).toHaveLength(2)
  })

  it('handles empty and punctuation-only input', () => {
    expect(buildReports([])).toEqual([])
    expect(buildReports([make({ id: 1, article: 'a', date: null, type: 'interest', sentence: '—' })])).toHaveLength(1)
  })

  it('does not depend on input order (fast-check)', () => {
    const story = trentStory()
    const expected = buildReports(story)
    fc.assert(fc.property(fc.shuffledSubarray(story, { minLength: story.length, maxLength: story.length }), (shuffled) => {
      expect(buildReports(shuffled)).toEqual(expected)
    }))
  })
})

describe('foldBySimilarity (typed-array LSH buckets)', () => {
  // The plain version, kept as the oracle: string LSH keys, a leaders list per bucket.
  const oracleRoots = (claims: SagaClaim[]): number[] => {
    const uf = new UnionFind(claims.length)
    const sketches = claims.map((c) => minhashOf(shinglesOf(normaliseEvidence(c.evidence.sentence))))
    const buckets = new Map<string, number[]>()
    claims.forEach((c, i) => {
      const sketch = sketches[i]
      if (sketch.every((v) => v === 0xffffffff)) return
      for (const k of lshKeysOf(sketch)) {
        const key = `${c.type}|${c.stance}|${k}`
        const leaders = buckets.get(key) ?? buckets.set(key, []).get(key)!
        const match = leaders.find((j) => estimateJaccard(sketch, sketches[j]) >= MIN_REPORT_JACCARD && !factsConflict(c, claims[j], digitsOf(c.evidence.sentence), digitsOf(claims[j].evidence.sentence)))
        if (match !== undefined) uf.union(i, match)
        else if (leaders.length < 8) leaders.push(i)
      }
    })
    return claims.map((_, i) => uf.find(i))
  }
  const roots = (claims: SagaClaim[]): number[] => {
    const uf = new UnionFind(claims.length)
    foldBySimilarity(claims, uf)
    return claims.map((_, i) => uf.find(i))
  }
  // Few words, so that near duplicates (and full buckets) are common.
  const WORDS = ['real', 'madrid', 'sent', 'an', 'approach', 'to', 'liverpool', 'for', 'trent', 'this', 'week', 'Romano', 'said', '’s', '€60m', '€70m']
  const sentence = fc.oneof(
    fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((ws) => ws.join(' ')),
    fc.constantFrom('Real Madrid sent an approach to Liverpool for Trent this week.', 'Real Madrid sent an approach to Liverpool for Trent this week, Romano said.', ''),
  )
  const claim = fc.record({ sentence, type: fc.constantFrom('approach', 'talks', 'bid'), stance: fc.constantFrom('affirmed', 'denied') })
  const block = fc.array(claim, { maxLength: 60 }).map((specs) =>
    specs.map((s, i) => make({ id: i + 1, article: `a${i}`, date: '2025-01-01', type: s.type as ClaimType, stance: s.stance as Stance, sentence: s.sentence })))

  it('unions the same claims as string LSH keys and leader lists (property)', () => {
    fc.assert(fc.property(block, (claims) => {
      expect(roots(claims)).toEqual(oracleRoots(claims))
    }), { numRuns: 500 })
  })

  it('agrees with the oracle on long runs of reprints and near reprints', () => {
    const same = 'Real Madrid sent an opening approach to Liverpool this week to ask about Trent.'
    const claims = Array.from({ length: 40 }, (_, i) => make({ id: i + 1, article: `a${i}`, date: '2025-01-01', type: 'approach', sentence: i % 3 ? same : `${same} Extra words ${i} here and there again.` }))
    expect(roots(claims)).toEqual(oracleRoots(claims))
  })
})
