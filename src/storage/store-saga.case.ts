/**
 * Contract tests for sagas read back from their packed form (migration 0210) and from rows
 * written before it; registered by `store.case.test.ts`.
 */
import { expect } from 'vitest'
import type { ArticleId, SagaId } from '../domain/types.ts'
import type { Carrier, LikelihoodPoint, Report, Saga, TimelineEntry } from '../domain/saga.ts'
import type { SagaRowInput, Store } from './store.ts'
import { sqlHandleOf } from './sql-store.ts'
import { inflateRawSync } from 'node:zlib'
import { packSaga } from './repos/saga-codec.ts'

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

/**
 * A player's sagas as `buildSagas` makes them: each lists the others, by id, as related. One of
 * them has no dates (PostgreSQL and SQLite order a NULL last date differently).
 */
function sagasOfPlayer(slug: string, player: string, clubs: string[]): SagaRowInput[] {
  const ids = clubs.map((c, i) => `${i === 0 ? 'renewal' : 'move'}:${slug}:${c}` as SagaId).sort()
  return ids.map((id, i) => rowFor({
    ...sagaWithCarriers(), id, player, club: id.split(':')[2], lastDate: i === 1 ? null : `2025-01-0${i + 1}`,
    related: ids.filter((o) => o !== id),
  }, slug))
}

function rowFor(saga: Saga, playerSlug: string): SagaRowInput {
  return { saga, playerSlug, likelihood: 0.31, trend: [0.31], history: HISTORY, outcome: null }
}

/** A stored saga's pack, inflated (what the row holds). */
async function packedJson(store: Store, id: string): Promise<string> {
  const row = await sqlHandleOf(store)!.db.selectFrom('saga').select('pack').where('id', '=', id).executeTakeFirstOrThrow()
  return inflateRawSync(row.pack!).toString('utf8')
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
  async 'a saga listing its player\'s other sagas reads back exactly, the list derived from the saga table rather than stored'(store) {
    const trent = sagasOfPlayer('trent-alexander-arnold', 'Trent Alexander-Arnold', ['liverpool', 'real-madrid', 'chelsea', 'psg'])
    const dani = sagasOfPlayer('dani-carvajal', 'Dani Carvajal', ['real-madrid', 'chelsea'])
    await store.replaceSagas(['trent-alexander-arnold', 'dani-carvajal'], [...trent, ...dani])
    for (const r of [...trent, ...dani]) {
      expect(JSON.stringify((await store.getSaga(r.saga.id))?.saga)).toBe(JSON.stringify(r.saga))
      if (sqlHandleOf(store)) expect(await packedJson(store, r.saga.id)).toContain('"related":0}')
    }
    // Details come in listSagas' order, page by page, each with its own list.
    const order = (await store.listSagas({ limit: 100 })).items.map((s) => s.id)
    const byId = new Map([...trent, ...dani].map((r) => [r.saga.id as string, JSON.stringify(r.saga)]))
    const pages = [...await store.listSagaDetails({ limit: 4 }), ...await store.listSagaDetails({ limit: 4, offset: 4 })]
    expect(pages.map((s) => JSON.stringify(s))).toEqual(order.map((id) => byId.get(id)))
    const daniOrder = (await store.listSagas({ player: 'Dani Carvajal' })).items.map((s) => s.id)
    expect((await store.listSagaDetails({ player: 'DANI CARVAJAL' })).map((s) => JSON.stringify(s))).toEqual(daniOrder.map((id) => byId.get(id)))
    // Replacing one player's sagas leaves the other's lists as they were.
    await store.replaceSagas(['trent-alexander-arnold'], trent.slice(0, 2).map((r, i) => rowFor({ ...r.saga, related: [trent[1 - i].saga.id] }, r.playerSlug)))
    expect((await store.getSaga(trent[0].saga.id))?.saga.related).toEqual([trent[1].saga.id])
    expect(await store.getSaga(trent[2].saga.id)).toBeUndefined()
    expect(JSON.stringify((await store.getSaga(dani[0].saga.id))?.saga)).toBe(JSON.stringify(dani[0].saga))
  },
  async 'a related list that is not its player\'s other stored sagas is stored as given'(store) {
    const [a, b] = sagasOfPlayer('trent-alexander-arnold', 'Trent Alexander-Arnold', ['liverpool', 'real-madrid'])
    const unsorted = rowFor({ ...a.saga, related: [b.saga.id, 'move:trent-alexander-arnold:zz' as SagaId, 'move:trent-alexander-arnold:aa' as SagaId] }, a.playerSlug)
    const none = rowFor({ ...b.saga, related: [] }, b.playerSlug)
    await store.replaceSagas(['trent-alexander-arnold'], [unsorted, none])
    expect((await store.getSaga(a.saga.id))?.saga).toEqual(unsorted.saga)
    expect((await store.getSaga(b.saga.id))?.saga).toEqual(none.saga)
    // Rows of a slug this call does not replace: their other sagas are unknown here.
    const [c] = sagasOfPlayer('dani-carvajal', 'Dani Carvajal', ['real-madrid'])
    await store.replaceSagas([], [c])
    expect((await store.getSaga(c.saga.id))?.saga).toEqual(c.saga)
    if (sqlHandleOf(store)) expect(await packedJson(store, c.saga.id)).toContain('"related":[]')
  },
  async 'sagas packed with their related list (before it was derived) still read as stored'(store) {
    const handle = sqlHandleOf(store)
    if (!handle) return
    const [a, b] = sagasOfPlayer('trent-alexander-arnold', 'Trent Alexander-Arnold', ['liverpool', 'real-madrid'])
    // As rows were written: the list inside the pack, even one that no longer matches the table.
    const stale = { ...a.saga, related: [b.saga.id, 'move:trent-alexander-arnold:gone' as SagaId] }
    for (const saga of [stale, b.saga]) {
      await handle.db.insertInto('saga').values({
        id: saga.id, kind: saga.kind, player: saga.player, player_slug: 'trent-alexander-arnold', player_key: 'trent alexander-arnold', club: saga.club,
        club_key: saga.club, from_club: saga.fromClub, from_club_key: 'liverpool', stage: saga.stage, stage_date: saga.stageDate, first_date: saga.firstDate,
        last_date: saga.lastDate, claim_count: saga.claimCount, report_count: saga.reportCount, likelihood: 0.31, trend: '[0.31]',
        detail: 'null', history: 'null', outcome: JSON.stringify({ resolution: null }), updated_at: '2025-01-03T00:00:00Z', pack: packSaga(saga, HISTORY),
      }).execute()
    }
    expect(JSON.stringify((await store.getSaga(stale.id))?.saga)).toBe(JSON.stringify(stale))
    expect((await store.listSagaDetails({ player: 'Trent Alexander-Arnold' })).map((s) => s.related).sort()).toEqual([stale.related, b.saga.related].sort())
  },
}
