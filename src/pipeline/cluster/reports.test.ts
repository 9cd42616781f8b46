import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildReports, namedSourceOf } from './reports.ts'
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
