/**
 * Contract tests for sagas read back from their packed form (migration 0210) and from rows
 * written before it; registered by `store.case.test.ts`.
 */
import { expect } from 'vitest'
import type { ArticleId, SagaId } from '../domain/types.ts'
import type { Carrier, LikelihoodPoint, Report, Saga, TimelineEntry } from '../domain/saga.ts'
import type { SagaRowInput, Store } from './store.ts'
import { sqlHandleOf } from './sql-store.ts'

type StoreTest = (store: Store) => Promise<void>

const A = 'aaaaaaaaaaaaaaaa' as ArticleId
const B = 'bbbbbbbbbbbbbbbb' as ArticleId

function carrier(articleId: ArticleId, claimId: number, outlet: string): Carrier {
  return { articleId, claimId, date: '2025-01-02', dateEstimated: false, outlet, url: `https://news.test/${claimId}` }
}

function entry(reportId: string, carriers: Carrier[], over: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    date: '2025-01-02', dateEstimated: false, type: 'bid', stance: 'affirmed', modality: 'reported', attributedTo: ['Fabrizio Romano'],
    window: '2025-summer', fee: { amount: 7e7, currency: 'EUR' }, reportId, carriers, historical: false, headline: false, confidence: 0.8,
    evidence: { articleId: carriers[0]?.articleId ?? A, start: 0, end: 30, sentence: 'Real Madrid bid «€70m» for him.' }, ...over,
  }
}

/**
 * A saga as `buildSagas` makes one (an entry shares its report's carriers), plus entries that do
 * not: carriers of their own, and a report id no report has.
 */
function sagaWithCarriers(): Saga {
  const shared = [carrier(A, 1, 'Marca'), carrier(B, 2, 'AS')]
  const reports: Report[] = [
    { id: 'report:a:0:bid:affirmed', origin: 'Fabrizio Romano', originRule: 'named-source', firstDate: '2025-01-02', carriers: shared },
    { id: 'report:b:9:talks:affirmed', origin: 'AS', originRule: 'earliest-carrier', firstDate: null, carriers: [carrier(B, 3, 'AS')] },
  ]
  return {
    id: 'move:trent-alexander-arnold:real-madrid' as SagaId, kind: 'move', player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', club: 'Real Madrid',
    stage: 'approach', stageDate: '2025-01-02', firstDate: '2025-01-02', lastDate: '2025-01-03', claimCount: 4, reportCount: 2,
    timeline: [
      entry(reports[0].id, shared),
      entry(reports[1].id, [carrier(B, 4, 'Sky')], { type: 'talks', fee: null }),
      entry('report:nowhere', [carrier(A, 5, 'Ñ Fútbol')], { date: null, dateEstimated: true }),
      entry(reports[1].id, [{ ...reports[1].carriers[0] }], { type: 'talks' }),
    ],
    reports,
    conflicts: [{ field: 'fee', values: [{ value: '€70m', by: ['Marca'], date: '2025-01-02', articleId: A }, { value: '€80m', by: ['AS'], date: null, articleId: B }] }],
    related: ['renewal:trent-alexander-arnold:liverpool' as SagaId],
  }
}

const HISTORY: LikelihoodPoint[] = [{ date: '2025-01-02', p: 0.31, factors: [{ factor: 'likelihood/stage@1', delta: 0.8, why: 'a bid «€70m», reported' }] }]

function rowOf(saga: Saga, history: LikelihoodPoint[]): SagaRowInput {
  return { saga, playerSlug: 'trent-alexander-arnold', likelihood: 0.31, trend: [0.31], history, outcome: null }
}

/** Contract tests for stored sagas. */
export const STORE_SAGA_TESTS: Record<string, StoreTest> = {
  async 'a saga reads back exactly as given, in key order, whether its entries share their report\'s carriers or not'(store) {
    const saga = sagaWithCarriers()
    await store.replaceSagas(['trent-alexander-arnold'], [rowOf(saga, HISTORY)])
    const got = await store.getSaga(saga.id)
    expect(JSON.stringify(got?.saga)).toBe(JSON.stringify(saga))
    expect(got?.history).toEqual(HISTORY)
    expect(got?.outcome).toBeNull()
    expect((await store.listSagaDetails({ player: 'Trent Alexander-Arnold' })).map((s) => JSON.stringify(s))).toEqual([JSON.stringify(saga)])
  },
  async 'sagas stored before migration 0210 (detail and history as JSON, no pack) still read'(store) {
    const handle = sqlHandleOf(store)
    if (!handle) return
    const saga = sagaWithCarriers()
    await handle.db.insertInto('saga').values({
      id: saga.id, kind: saga.kind, player: saga.player, player_slug: 'trent-alexander-arnold', player_key: 'trent alexander-arnold', club: saga.club,
      club_key: 'real madrid', from_club: saga.fromClub, from_club_key: 'liverpool', stage: saga.stage, stage_date: saga.stageDate, first_date: saga.firstDate,
      last_date: saga.lastDate, claim_count: saga.claimCount, report_count: saga.reportCount, likelihood: 0.31, trend: '[0.31]',
      detail: JSON.stringify(saga), history: JSON.stringify(HISTORY), outcome: null, updated_at: '2025-01-03T00:00:00Z', pack: null,
    }).execute()
    expect(await store.getSaga(saga.id)).toEqual({ saga, history: HISTORY })
    expect(await store.listSagaDetails({ player: 'Trent Alexander-Arnold' })).toEqual([saga])
    await store.replaceSagas(['trent-alexander-arnold'], [rowOf(saga, [])])
    expect(await store.getSaga(saga.id)).toEqual({ saga, history: [], outcome: null })
  },
}
