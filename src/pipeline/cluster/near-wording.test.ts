import { describe, expect, it } from 'vitest'
import type { SagaClaim } from '../../domain/saga.ts'
import type { ClaimType, Fee } from '../../domain/types.ts'
import { buildReports, foldBySimilarity, UnionFind } from './reports.ts'
import { foldByNearWording, MIN_NEAR_JACCARD, pairJaccard, wordingOf, wordsOf } from './near-wording.ts'
import { makeSagaClaim as make } from './test-builders.ts'

interface Side {
  sentence: string
  date?: string | null
  by?: string[]
  fee?: Fee | null
  to?: string
  player?: string
  type?: ClaimType
  denied?: boolean
  estimated?: boolean
}

const claimsOf = (a: Side, b: Side): SagaClaim[] =>
  [a, b].map((s, i) =>
    make({
      id: i + 1,
      article: `art-${i}`,
      outlet: `Outlet ${i}`,
      date: s.date === undefined ? '2025-03-10' : s.date,
      dateEstimated: s.estimated ?? false,
      type: s.type ?? 'bid',
      stance: s.denied ? 'denied' : 'affirmed',
      sentence: s.sentence,
      by: s.by,
      fee: s.fee,
      to: s.to,
      player: s.player,
    }),
  )

const reportsOf = (a: Side, b: Side) => buildReports(claimsOf(a, b)).length

/** Whether the five-word MinHash rule alone folds the pair (it should not, for the reworded pairs). */
const minhashFolds = (a: Side, b: Side) => {
  const uf = new UnionFind(2)
  foldBySimilarity(claimsOf(a, b), uf)
  return uf.find(1) === 0
}

describe('wordsOf', () => {
  it.each([
    { value: 'Ødegaard’s “new” deal!', expected: ['odegaards', 'new', 'deal'] },
    { value: 'Łukasz and Mæhle, Strauß', expected: ['lukasz', 'and', 'maehle', 'strauss'] },
    { value: 'Julián Álvarez', expected: ['julian', 'alvarez'] },
    { value: ' — ', expected: [] },
  ])('$value', ({ value, expected }) => expect(wordsOf(value)).toEqual(expected))
})

describe('wordingOf', () => {
  it('keeps digit runs, number words and ordinals as counted words', () => {
    expect(wordingOf('A second offer worth €45m plus 05 add-ons over five years').counts).toBe('45 5 five second')
    expect(wordingOf('No numbers here at all').counts).toBe('')
  })
  it('measures word pairs, so one changed word costs two pairs of eight', () => {
    const a = wordingOf('the club have rejected an offer for their captain today')
    const b = wordingOf('the club have refused an offer for their captain today')
    expect(pairJaccard(a.pairs, b.pairs)).toBeCloseTo(7 / 11)
    expect(pairJaccard(a.pairs, a.pairs)).toBe(1)
    expect(pairJaccard(a.pairs, new Int32Array(0))).toBe(0)
  })
})

describe('report/near-wording@1: reprints reworded by a few words fold', () => {
  it.each([
    {
      name: 'a verb swapped for a phrase',
      a: { sentence: 'Brighton have rejected a second offer from Newcastle for their Ecuadorian midfielder this week.' },
      b: { sentence: 'Brighton have turned down a second offer from Newcastle for their Ecuadorian midfielder this week.' },
    },
    {
      name: 'a name without its accents and one word changed',
      a: { sentence: 'Arsenal are ready to table an offer for Martin Ødegaard’s compatriot at Bodø/Glimt.' },
      b: { sentence: 'Arsenal are set to table an offer for Martin Odegaard’s compatriot at Bodo/Glimt.' },
    },
    {
      name: 'the player named with and without accents, a verb reworded',
      a: { sentence: 'Fulham have rejected Everton’s opening offer for Raúl Jiménez.', player: 'Raúl Jiménez', to: 'Everton' },
      b: { sentence: 'Fulham have knocked back Everton’s opening offer for Raul Jimenez.', player: 'Raul Jimenez', to: 'Everton' },
    },
    {
      name: 'an opening clause with a word like another',
      a: { sentence: 'Fulham have rejected Everton’s opening offer for the striker.' },
      b: { sentence: 'In another setback for Everton, Fulham have rejected Everton’s opening offer for the striker.' },
    },
    {
      name: 'an opening clause added',
      a: { sentence: 'Real Madrid have lodged an opening offer with Liverpool for the right-back.', type: 'bid' as const },
      b: { sentence: 'In a fresh twist to the saga, Real Madrid have lodged an opening offer with Liverpool for the right-back.', type: 'bid' as const },
    },
    {
      name: 'a reprint the next day, the same fee and source',
      a: { sentence: 'Juventus have bid €40m for the defender, says Di Marzio.', date: '2025-03-10', by: ['Gianluca Di Marzio'], fee: { amount: 40_000_000, currency: 'EUR' } },
      b: { sentence: 'Juventus have offered €40m for the defender, says Di Marzio.', date: '2025-03-11', by: ['Gianluca Di Marzio', 'Football Italia'], fee: { amount: 40_000_000, currency: 'EUR' } },
    },
    {
      name: 'estimated dates a week apart',
      a: { sentence: 'Napoli made a formal bid for the full-back.', date: '2025-03-03', estimated: true },
      b: { sentence: 'Napoli put in a formal bid for the full-back.', date: '2025-03-12', estimated: true },
    },
  ])('$name', ({ a, b }) => {
    expect(minhashFolds(a, b)).toBe(false)
    expect(reportsOf(a, b)).toBe(1)
  })
})

describe('report/near-wording@1: different reports stay apart', () => {
  const base = 'Brighton have rejected an offer from Newcastle for their Ecuadorian midfielder this week.'
  const reworded = 'Brighton have turned down an offer from Newcastle for their Ecuadorian midfielder this week.'
  it.each([
    { name: 'a different fee', a: { sentence: 'Brighton have rejected a €50m offer from Newcastle for their Ecuadorian midfielder this week.', fee: { amount: 50_000_000, currency: 'EUR' } }, b: { sentence: 'Brighton have rejected a €60m offer from Newcastle for their Ecuadorian midfielder this week.', fee: { amount: 60_000_000, currency: 'EUR' } } },
    { name: 'a fee read in one only', a: { sentence: 'Brighton have rejected a €50m offer from Newcastle for their Ecuadorian midfielder this week.', fee: { amount: 50_000_000, currency: 'EUR' } }, b: { sentence: base } },
    { name: 'other numbers in the text', a: { sentence: 'Brighton have rejected a two-year loan offer from Newcastle for their Ecuadorian midfielder this week.' }, b: { sentence: 'Brighton have rejected a three-year loan offer from Newcastle for their Ecuadorian midfielder this week.' } },
    { name: 'a second bid, not the first', a: { sentence: base }, b: { sentence: 'Brighton have turned down a second offer from Newcastle for their Ecuadorian midfielder this week.' } },
    { name: 'another club', a: { sentence: base }, b: { sentence: reworded, to: 'Newcastle United B' } },
    { name: 'another player', a: { sentence: base, player: 'Moisés Caicedo' }, b: { sentence: reworded, player: 'Pervis Estupiñán' } },
    { name: 'another stance', a: { sentence: base }, b: { sentence: reworded, denied: true } },
    { name: 'another type', a: { sentence: base }, b: { sentence: reworded, type: 'approach' as const } },
    { name: 'another named source', a: { sentence: base, by: ['Fabrizio Romano'] }, b: { sentence: reworded, by: ['David Ornstein'] } },
    { name: 'a named source against the article itself', a: { sentence: base, by: ['Fabrizio Romano'] }, b: { sentence: reworded } },
    { name: 'another event three weeks later', a: { sentence: base, date: '2025-03-01' }, b: { sentence: reworded, date: '2025-03-22' } },
    { name: 'an undated claim', a: { sentence: base }, b: { sentence: reworded, date: null } },
    { name: 'a different sentence of the same kind', a: { sentence: base }, b: { sentence: 'Newcastle saw their approach for the Brighton midfielder knocked back on Tuesday night.' } },
  ])('$name', ({ name, a, b }) => {
    // Close enough in wording that only the facts keep them apart (all but the last pair).
    if (name !== 'a different sentence of the same kind') expect(pairJaccard(wordingOf(a.sentence).pairs, wordingOf(b.sentence).pairs)).toBeGreaterThanOrEqual(MIN_NEAR_JACCARD)
    expect(reportsOf(a, b)).toBe(2)
  })
})

describe('foldByNearWording', () => {
  it('bounds the work: a claim meets a bounded number of earlier claims of its kind', () => {
    // 400 unrelated same-day claims of one kind, then a reprint of the first: too far back to meet.
    const many = Array.from({ length: 400 }, (_, i) => make({ id: i, article: `a${String(i).padStart(3, '0')}`, date: '2025-03-10', type: 'bid', sentence: `Filler sentence number ${i} about nothing in particular here.` }))
    const claims = [...many, make({ id: 999, article: 'z', date: '2025-03-10', type: 'bid', sentence: 'Filler sentence number 0 about nothing in particular there.' })]
    const uf = new UnionFind(claims.length)
    foldByNearWording(claims, uf)
    expect(uf.find(400)).toBe(400)
  })
})

describe('report/event@1 and report/same-article@1: the same facts in other words', () => {
  const guehi = { player: 'Marc Guehi', from: 'Crystal Palace', to: 'Newcastle United', type: 'bid' as const }
  const confirmedBid = (id: number, article: string, date: string, sentence: string, extra: Partial<Parameters<typeof make>[0]> = {}) =>
    make({ id, article, outlet: `Outlet ${article}`, date, sentence, modality: 'confirmed', ...guehi, ...extra })
  const A = 'Newcastle have confirmed that they put in a bid for Crystal Palace defender Marc Guehi.'
  const B = 'Newcastle have confirmed they have made a bid for Marc Guehi of Crystal Palace.'

  it('folds one confirmed event carried by two outlets within a day', () => {
    expect(pairJaccard(wordingOf(A).pairs, wordingOf(B).pairs)).toBeLessThan(MIN_NEAR_JACCARD)
    const reports = buildReports([confirmedBid(1, 'a', '2024-06-20', A), confirmedBid(2, 'b', '2024-06-21', B)])
    expect(reports.map((r) => r.report.carriers.length)).toEqual([2])
  })
  it.each([
    { name: 'two outlets each reporting it from their own sources', b: { modality: 'reported' as const } },
    { name: 'two days apart', date: '2024-06-22' },
    { name: 'another fee', b: { fee: { amount: 50_000_000, currency: 'GBP' } } },
    { name: 'a second bid', sentence: 'Newcastle have confirmed they have made a second bid for Marc Guehi.' },
    { name: 'another named source', b: { by: ['David Ornstein'] } },
    { name: 'no suitor read in one of them', b: { to: null } },
  ])('keeps $name apart', ({ b, date, sentence }) => {
    const reports = buildReports([confirmedBid(1, 'a', '2024-06-20', A), confirmedBid(2, 'b', date ?? '2024-06-20', sentence ?? B, b)])
    expect(reports).toHaveLength(2)
  })
  it('folds one article saying the same thing twice, but not with another modality', () => {
    const twice = (modality: 'reported' | 'speculative') => buildReports([
      make({ id: 1, article: 'x', date: '2024-08-30', type: 'collapsed', sentence: 'The move has been called off at the last minute.' }),
      make({ id: 2, article: 'x', date: '2024-08-30', type: 'collapsed', start: 60, modality, sentence: 'The deal is off after the two clubs could not agree on wages.' }),
    ])
    expect(twice('reported')).toHaveLength(1)
    expect(twice('speculative')).toHaveLength(2)
  })
  it('does not count "the two clubs" as a number of the event', () => {
    expect(wordingOf('The deal is off after the two clubs could not agree.').counts).toBe('')
  })
})

describe('report/event@1 with one fee restated', () => {
  it('folds two confirmed carriers of one fee whose sentences give it in two currencies', () => {
    const fee = { amount: 106_800_000, currency: 'GBP' }
    const enzo = { player: 'Enzo Fernandez', from: 'Benfica', to: 'Chelsea', type: 'signed' as const, modality: 'confirmed' as const, fee }
    const reports = buildReports([
      make({ id: 1, article: 'a', date: '2023-02-01', ...enzo, sentence: 'Chelsea have confirmed the signing of Enzo Fernandez for £106.8m.' }),
      make({ id: 2, article: 'b', date: '2023-02-01', ...enzo, sentence: 'Enzo Fernandez is a Chelsea player after a British record £106.8m (€121m) move from Benfica was confirmed.' }),
    ])
    expect(reports).toHaveLength(1)
  })
})
