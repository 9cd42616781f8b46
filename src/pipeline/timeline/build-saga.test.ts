import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Saga } from '../../domain/saga.ts'
import { makeSagaClaim as make, trentStory } from '../cluster/test-builders.ts'
import { buildSagas } from './build-saga.ts'

const MOVE = 'move:trent-alexander-arnold:real-madrid'
const RENEWAL = 'renewal:trent-alexander-arnold:liverpool'
const sagaOf = (sagas: Saga[], id: string) => {
  const s = sagas.find((x) => x.id === id)
  if (!s) throw new Error(`no saga ${id}`)
  return s
}
const lines = (s: Saga) => s.timeline.map((e) => `${e.date} ${e.type} ${e.stance} ${e.carriers.length}`)

describe('buildSagas on the Alexander-Arnold story', () => {
  it.each([
    { asOf: '2024-12-15', stage: 'interest', stageDate: '2024-11-05' },
    { asOf: '2025-01-02', stage: 'approach', stageDate: '2025-01-01' },
    { asOf: '2025-03-26', stage: 'talks', stageDate: '2025-03-25' },
    { asOf: undefined, stage: 'talks', stageDate: '2025-03-25' },
  ])('as of $asOf the move saga is at $stage', ({ asOf, stage, stageDate }) => {
    const saga = sagaOf(buildSagas(trentStory(), { asOf }), MOVE)
    expect({ stage: saga.stage, stageDate: saga.stageDate }).toEqual({ stage, stageDate })
  })

  it('as of 2025-01-02 the timeline shows the approach, the rejection and the January denial', () => {
    const saga = sagaOf(buildSagas(trentStory(), { asOf: '2025-01-02' }), MOVE)
    expect(lines(saga)).toEqual([
      '2024-11-05 interest affirmed 1',
      '2024-11-07 interest affirmed 1',
      '2025-01-01 approach affirmed 3',
      '2025-01-01 talks denied 1',
      '2025-01-02 bid_rejected affirmed 1',
    ])
    expect(saga).toMatchObject({ player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', club: 'Real Madrid', kind: 'move', claimCount: 7, reportCount: 5, firstDate: '2024-11-05', lastDate: '2025-01-02' })
  })

  it('the reprinted quote is one report with three carriers, origin Fabrizio Romano', () => {
    const saga = sagaOf(buildSagas(trentStory()), MOVE)
    const approach = saga.timeline.find((e) => e.type === 'approach')!
    const report = saga.reports.find((r) => r.id === approach.reportId)!
    expect(report).toMatchObject({ origin: 'Fabrizio Romano', originRule: 'named-source', firstDate: '2025-01-01' })
    expect(report.carriers.map((c) => c.outlet)).toEqual(['CaughtOffside', 'Football365', 'TEAMtalk'])
    expect(approach.attributedTo).toEqual(['Fabrizio Romano', 'CaughtOffside'])
  })

  it('the renewal saga exists, is related, and stays negotiating after the denial', () => {
    const sagas = buildSagas(trentStory())
    expect(sagas.map((s) => s.id)).toEqual([MOVE, RENEWAL])
    expect(sagaOf(sagas, MOVE).related).toEqual([RENEWAL])
    expect(sagaOf(sagas, RENEWAL)).toMatchObject({ kind: 'renewal', club: 'Liverpool', fromClub: 'Liverpool', stage: 'negotiating', related: [MOVE] })
    expect(lines(sagaOf(sagas, RENEWAL))).toEqual(['2024-10-20 extension_offer affirmed 1', '2025-02-10 extension_signed denied 1'])
  })

  it('keeps the two bid fees side by side, with who said them and when', () => {
    const saga = sagaOf(buildSagas(trentStory()), MOVE)
    expect(saga.conflicts.find((c) => c.field === 'fee')).toEqual({
      field: 'fee',
      values: [
        { value: '€20m', by: ['Marca'], date: '2025-01-05', articleId: 'marca-2' },
        { value: '€30m', by: ['The Sun'], date: '2025-01-06', articleId: 'sun-1' },
      ],
    })
    expect(saga.conflicts.find((c) => c.field === 'window')?.values.map((v) => v.value)).toBeUndefined()
  })

  it('fees within 5 % are one value; windows of one type that disagree are a conflict', () => {
    const claims = [
      make({ id: 1, article: 'a', outlet: 'A', date: '2025-01-01', type: 'bid', fee: { amount: 60e6, currency: 'EUR' }, window: '2025-january', sentence: 'Madrid bid €60m in January.' }),
      make({ id: 2, article: 'b', outlet: 'B', date: '2025-01-02', type: 'bid', fee: { amount: 62e6, currency: 'EUR' }, window: '2025-summer', sentence: 'A €62m summer offer is planned by the club.' }),
      make({ id: 3, article: 'c', outlet: 'C', date: '2025-01-03', type: 'personal_terms', sentence: 'He has agreed a five-year contract.' }),
      make({ id: 4, article: 'd', outlet: 'D', date: '2025-01-04', type: 'personal_terms', sentence: 'The player accepted a deal until 2031 in principle.' }),
    ]
    const saga = buildSagas(claims)[0]
    expect(saga.conflicts.map((c) => c.field)).toEqual(['contract-length', 'window'])
    expect(saga.conflicts[0].values.map((v) => v.value)).toEqual(['5 years', 'until 2031'])
    expect(saga.conflicts[1].values.map((v) => `${v.value} ${v.by.join('/')}`)).toEqual(['2025-january (bid) A', '2025-summer (bid) B'])
  })

  it('historical signed claims change no stage, count, date or since view', () => {
    const past = make({ id: 99, article: 'old-1', outlet: 'AS', date: '2025-03-30', type: 'signed', historical: true, sentence: 'He joined Real Madrid, following in the footsteps of Owen.' })
    const owen = make({ id: 98, article: 'old-1', date: '2025-03-30', type: 'signed', historical: true, player: 'Michael Owen', sentence: 'Owen joined Real Madrid in 2004.', start: 80 })
    const sagas = buildSagas([...trentStory(), past, owen])
    const saga = sagaOf(sagas, MOVE)
    expect({ stage: saga.stage, claims: saga.claimCount, reports: saga.reportCount, last: saga.lastDate }).toEqual({ stage: 'talks', claims: 10, reports: 8, last: '2025-03-25' })
    expect(saga.timeline.at(-1)).toMatchObject({ type: 'signed', historical: true })
    expect(sagas.some((s) => s.player === 'Michael Owen')).toBe(false)
    expect(sagaOf(buildSagas([...trentStory(), past], { since: '2025-03-01' }), MOVE).timeline.map((e) => e.type)).toEqual(['talks'])
  })

  it('a later terminal collapsed ends the saga', () => {
    const off = make({ id: 50, article: 'bbc-9', outlet: 'BBC Sport', date: '2025-04-10', type: 'collapsed', sentence: 'Real Madrid have walked away from the deal.' })
    const saga = sagaOf(buildSagas([...trentStory(), off]), MOVE)
    expect({ stage: saga.stage, date: saga.stageDate }).toEqual({ stage: 'collapsed', date: '2025-04-10' })
    expect(sagaOf(buildSagas([...trentStory(), off], { asOf: '2025-04-09' }), MOVE).stage).toBe('talks')
  })

  it('a renewal signed ends the competing move saga', () => {
    const signed = make({ id: 51, article: 'lfc-1', outlet: 'Liverpool FC', date: '2025-04-20', type: 'extension_signed', modality: 'confirmed', from: 'Liverpool', to: 'Liverpool', sentence: 'He has signed a new deal.' })
    expect(sagaOf(buildSagas([...trentStory(), signed]), MOVE).stage).toBe('extension_signed')
  })

  it.each([
    { since: '2025-01-01', expected: ['2025-01-02 bid_rejected affirmed 1', '2025-01-05 bid affirmed 1', '2025-01-06 bid affirmed 1', '2025-03-25 talks affirmed 1'] },
    { since: '2025-03-25', expected: [] },
  ])('since $since keeps only newer entries, stage from everything', ({ since, expected }) => {
    const saga = sagaOf(buildSagas(trentStory(), { since }), MOVE)
    expect(lines(saga)).toEqual(expected)
    expect(saga.stage).toBe('talks')
    expect(saga.claimCount).toBe(10)
  })

  it('undated claims sort last and are dropped by asOf; estimated dates are flagged', () => {
    const undated = make({ id: 60, article: 'blog-1', date: null, type: 'interest', sentence: 'Madrid still love him, a blog says.' })
    const est = make({ id: 61, article: 'blog-2', date: '2024-12-31', dateEstimated: true, type: 'interest', sentence: 'Real are keeping tabs on the full-back this winter.' })
    const all = sagaOf(buildSagas([undated, est, ...trentStory()]), MOVE)
    expect(all.timeline.at(-1)?.evidence.articleId).toBe('blog-1')
    expect(all.timeline.find((e) => e.evidence.articleId === 'blog-2')).toMatchObject({ date: '2024-12-31', dateEstimated: true })
    const asOf = sagaOf(buildSagas([undated, ...trentStory()], { asOf: '2025-12-31' }), MOVE)
    expect(asOf.timeline.some((e) => e.date === null)).toBe(false)
  })

  it('degrades on empty and clubless input', () => {
    expect(buildSagas([])).toEqual([])
    expect(buildSagas([make({ id: 1, article: 'x', date: '2025-01-01', type: 'stays', from: null, to: null, sentence: 'He stays.' })])).toEqual([])
  })

  it('is deterministic and sorted whatever the input order (fast-check)', () => {
    const story = trentStory()
    const expected = buildSagas(story)
    fc.assert(fc.property(fc.shuffledSubarray(story, { minLength: story.length, maxLength: story.length }), (shuffled) => {
      const got = buildSagas(shuffled)
      expect(got).toEqual(expected)
      for (const s of got) {
        const dates = s.timeline.map((e) => e.date ?? '\uffff')
        expect(dates).toEqual(dates.slice().sort())
      }
    }))
  })
})

describe('buildSagas on generated claims (fast-check)', () => {
  const SENTENCES = [
    'Real Madrid sent an opening approach to Liverpool this week to ask about signing him.',
    'Real Madrid sent an opening approach to Liverpool this week to ask about signing him, sources say.',
    '“We are in talks with the club and the player about a move this summer,” Romano said.',
    'Liverpool have rejected the offer out of hand.',
    'A new contract is on the table at Anfield.',
  ]
  const claimArb = fc.record({
    article: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    date: fc.option(fc.constantFrom('2025-01-01', '2025-01-02', '2025-01-05', '2025-02-01'), { nil: null }),
    type: fc.constantFrom('interest', 'approach', 'talks', 'collapsed', 'signed', 'extension_offer', 'extension_signed', 'stays', 'bid'),
    stance: fc.constantFrom('affirmed', 'denied'),
    to: fc.constantFrom('Real Madrid', 'Chelsea', null),
    player: fc.constantFrom('Trent Alexander-Arnold', 'Jonathan David'),
    by: fc.constantFrom([], ['Fabrizio Romano'], ['anonymous sources', 'Marca']),
    sentence: fc.constantFrom(...SENTENCES),
    historical: fc.boolean(),
    fee: fc.option(fc.constantFrom(20e6, 21e6, 30e6).map((amount) => ({ amount, currency: 'EUR' })), { nil: null }),
  })
  it('gives the same sagas for any order of any claims', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 30 }).chain((specs) => {
        const claims = specs.map((s, i) => make({ ...s, id: i, start: i * 10, outlet: s.article.toUpperCase() } as never))
        return fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }))
      }), ([claims, shuffled]) => {
        expect(buildSagas(shuffled)).toEqual(buildSagas(claims))
        expect(buildSagas(shuffled, { asOf: '2025-01-02', since: '2025-01-01' })).toEqual(buildSagas(claims, { asOf: '2025-01-02', since: '2025-01-01' }))
      }),
      { numRuns: 300 },
    )
  })
})

describe('saga/clubless-collapse@1: a collapse naming no club joins the move under way', () => {
  const osimhen = { player: 'Victor Osimhen', from: 'Napoli' }
  const talks = (id: number, to: string, date: string) => make({ id, article: `t${id}`, date, type: 'talks', to, ...osimhen, sentence: `${to} are in talks over the striker.` })
  const interest = (id: number, to: string, date: string) => make({ id, article: `i${id}`, date, type: 'interest', to, ...osimhen, sentence: `${to} like the striker.` })
  const off = (id: number, date: string) => make({ id, article: `off${id}`, date, type: 'collapsed', to: null, ...osimhen, sentence: 'The deal is off.' })
  const stageOf = (claims: ReturnType<typeof make>[], id: string) => buildSagas(claims).find((s) => s.id === id)?.stage

  it('ends the one live move saga', () => {
    const sagas = buildSagas([talks(1, 'Chelsea', '2024-08-10'), off(2, '2024-08-30')])
    expect(sagas.map((s) => [s.id, s.stage, s.claimCount])).toEqual([['move:victor-osimhen:chelsea', 'collapsed', 2]])
  })
  it('ends the deal under way when another club only showed interest', () => {
    const claims = [talks(1, 'Chelsea', '2024-08-10'), interest(2, 'Al-Ahli', '2024-08-20'), off(3, '2024-08-30')]
    expect(stageOf(claims, 'move:victor-osimhen:chelsea')).toBe('collapsed')
    expect(stageOf(claims, 'move:victor-osimhen:al-ahli')).toBe('interest')
  })
  it('feeds no saga when two deals are under way, or the last word is too old, or it came first', () => {
    expect(stageOf([talks(1, 'Chelsea', '2024-08-10'), talks(2, 'Al-Ahli', '2024-08-20'), off(3, '2024-08-30')], 'move:victor-osimhen:chelsea')).toBe('talks')
    expect(stageOf([talks(1, 'Chelsea', '2024-05-01'), off(2, '2024-08-30')], 'move:victor-osimhen:chelsea')).toBe('talks')
    expect(stageOf([off(1, '2024-08-01'), talks(2, 'Chelsea', '2024-08-10')], 'move:victor-osimhen:chelsea')).toBe('talks')
  })
  it('feeds no saga when its article tells of his renewal', () => {
    const renewal = make({ id: 3, article: 'off2', date: '2024-08-30', type: 'extension_offer', player: 'Victor Osimhen', from: 'Napoli', to: 'Napoli', sentence: 'Napoli offered him a new contract.' })
    expect(stageOf([talks(1, 'Chelsea', '2024-08-10'), off(2, '2024-08-30'), renewal], 'move:victor-osimhen:chelsea')).toBe('talks')
  })
  it('is the same whatever the input order', () => {
    const claims = [talks(1, 'Chelsea', '2024-08-10'), off(2, '2024-08-30'), off(3, '2024-09-01')]
    expect(buildSagas(claims.slice().reverse())).toEqual(buildSagas(claims))
  })
})

describe('saga/deal-kind@1: each entry says loan or permanent', () => {
  it('keeps the loan and the permanent move of one player to one club in one saga, and says which is which', () => {
    const felix = { player: 'Joao Felix', from: 'Atletico Madrid', to: 'Chelsea' }
    const [saga] = buildSagas([
      make({ id: 1, article: 'a', date: '2023-01-10', type: 'talks', ...felix, sentence: 'Chelsea are in talks to take Felix on loan until the end of the season.' }),
      make({ id: 2, article: 'b', date: '2023-01-11', type: 'agreement', ...felix, sentence: 'Chelsea have agreed a loan with an option to buy for Felix.' }),
      make({ id: 3, article: 'c', date: '2024-08-21', type: 'agreement', ...felix, sentence: 'Chelsea have agreed a permanent deal for Felix.' }),
      make({ id: 4, article: 'd', date: '2024-08-22', type: 'medical', ...felix, sentence: 'Felix is having his medical today.' }),
    ])
    expect(saga.timeline.map((e) => e.deal ?? '-')).toEqual(['loan', 'loan-option', 'permanent', '-'])
    expect(saga.deals).toEqual([
      { kind: 'loan', reports: 1, firstDate: '2023-01-10', lastDate: '2023-01-10', stage: 'talks', stageDate: '2023-01-10' },
      { kind: 'loan-option', reports: 1, firstDate: '2023-01-11', lastDate: '2023-01-11', stage: 'agreement', stageDate: '2023-01-11' },
      { kind: 'permanent', reports: 1, firstDate: '2024-08-21', lastDate: '2024-08-21', stage: 'agreement', stageDate: '2024-08-21' },
    ])
  })
  it('tells how far each kind went: the loan signed, its obligation to buy declined', () => {
    const sancho = { player: 'Jadon Sancho', from: 'Manchester United', to: 'Chelsea' }
    const [saga] = buildSagas([
      make({ id: 1, article: 'a', date: '2024-08-30', type: 'signed', modality: 'confirmed', window: '2024-summer', ...sancho, sentence: 'Sancho has joined Chelsea on loan from Manchester United.' }),
      make({ id: 2, article: 'b', date: '2025-06-03', type: 'collapsed', window: '2025-summer', ...sancho, sentence: 'Chelsea will not take up their obligation to buy Sancho.' }),
    ])
    expect(saga).toMatchObject({ stage: 'signed', stageDate: '2024-08-30', stageDeal: 'loan' })
    expect(saga.deals?.map((d) => `${d.kind} ${d.stage} ${d.stageDate}`)).toEqual(['loan signed 2024-08-30', 'loan-obligation collapsed 2025-06-03'])
  })
  it('says nothing in a renewal saga, nor when no entry says', () => {
    const sagas = buildSagas(trentStory())
    expect(sagas.every((s) => s.deals === undefined && s.timeline.every((e) => e.deal === undefined))).toBe(true)
  })
})
