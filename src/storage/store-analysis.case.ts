/**
 * Contract tests for analyses, claims and entities; registered by `store.case.test.ts`.
 */
import { expect } from 'vitest'
import type { EntityId, SagaId } from '../domain/types.ts'
import type { SagaRowInput, Store } from './store.ts'
import { makeAnalysis, makeClaim, makeRaw } from './test-fixtures/builders.ts'

type StoreTest = (store: Store) => Promise<void>

/** `length` letters and digits from a seeded generator: text deflate cannot shrink much. */
function noise(seed: number, length: number): string {
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let x = (seed * 2654435761 + 1) >>> 0
  let out = ''
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    out += abc[x >>> 26]
  }
  return out
}

/** Contract tests beyond articles and search. */
export const STORE_ANALYSIS_TESTS: Record<string, StoreTest> = {
  async 'putAnalysis stores the analysis and getAnalysis returns it'(store) {
    const { article } = await store.putArticle(makeRaw())
    const analysis = makeAnalysis(article.id, [makeClaim(article.id)])
    await store.putAnalysis(analysis)
    expect(await store.getAnalysis(article.id)).toEqual(analysis)
    expect(await store.countAnalysesByVersion()).toEqual({ '0.1.0': 1 })
  },
  async 'putAnalysis replaces the claims of the article'(store) {
    const a = (await store.putArticle(makeRaw({ text: 'Article A.' }))).article
    const b = (await store.putArticle(makeRaw({ text: 'Article B.' }))).article
    await store.putAnalysis(makeAnalysis(b.id, [makeClaim(b.id, { player: 'Kept' })]))
    await store.putAnalysis(makeAnalysis(a.id, [makeClaim(a.id, { type: 'interest' }), makeClaim(a.id, { type: 'bid' })]))
    await store.putAnalysis(makeAnalysis(a.id, [makeClaim(a.id, { type: 'talks' })], { pipelineVersion: '0.2.0' }))
    const claims = await store.listClaims({ articleId: a.id })
    expect(claims.map((c) => c.type)).toEqual(['talks'])
    expect((await store.getAnalysis(a.id))?.pipelineVersion).toBe('0.2.0')
    expect((await store.listClaims({ articleId: b.id })).map((c) => c.player)).toEqual(['Kept'])
    expect(await store.countAnalysesByVersion()).toEqual({ '0.1.0': 1, '0.2.0': 1 })
  },
  async 'saga claims and claim dates come from latest revisions only, in claim order'(store) {
    const url = 'https://news.test/trent'
    const old = (await store.putArticle(makeRaw({ url, text: 'First version.' }))).article
    const other = (await store.putArticle(makeRaw({ text: 'Another article.' }))).article
    await store.putAnalysis(makeAnalysis(old.id, [makeClaim(old.id, { date: '2025-01-01' })]))
    await store.putAnalysis(makeAnalysis(other.id, [
      makeClaim(other.id, { type: 'bid', date: '2025-01-05' }),
      makeClaim(other.id, { type: 'talks', date: '2025-01-05' }),
      makeClaim(other.id, { type: 'interest', date: '2025-02-01', dateEstimated: true }),
      makeClaim(other.id, { player: 'Someone Else', date: '2025-03-01' }),
    ]))
    const revised = (await store.putArticle(makeRaw({ url, text: 'Second version.' }))).article
    await store.putAnalysis(makeAnalysis(revised.id, [makeClaim(revised.id, { type: 'agreement', date: '2025-04-01' })]))
    const claims = await store.listSagaClaims(['trent alexander-arnold'])
    expect(claims.map((c) => c.type)).toEqual(['bid', 'talks', 'interest', 'agreement'])
    expect(claims.map((c) => c.id)).toEqual([...claims.map((c) => c.id)].sort((a, b) => a - b))
    const dates = await store.listClaimDates(['Trent Alexander-Arnold'])
    expect(dates.map((d) => d.date).sort()).toEqual(['2025-01-05', '2025-04-01'])
    expect(new Set(dates.map((d) => d.player))).toEqual(new Set(['Trent Alexander-Arnold']))
  },
  async 'spellings that fold to one slug are one player to claims, saga claims and saga lists'(store) {
    // A rebuild replaces every saga under a slug, so it must read the claims of every spelling.
    const { article } = await store.putArticle(makeRaw())
    await store.putAnalysis(makeAnalysis(article.id, [
      makeClaim(article.id, { player: 'Tomás Araújo', toClub: 'Chelsea' }),
      makeClaim(article.id, { player: 'Tomas Araujo', toClub: 'Arsenal' }),
      makeClaim(article.id, { player: 'Tomas Araujo Pereira', toClub: 'Arsenal' }),
    ]))
    expect((await store.listSagaClaims(['Tomas Araujo'])).map((c) => [c.player, c.toClub])).toEqual([['Tomás Araújo', 'Chelsea'], ['Tomas Araujo', 'Arsenal']])
    expect((await store.listClaims({ player: 'TOMÁS ARAÚJO' })).map((c) => c.toClub)).toEqual(['Chelsea', 'Arsenal'])
    expect((await store.listClaimDates(['tomas-araujo'])).map((d) => d.player).sort()).toEqual(['Tomas Araujo', 'Tomás Araújo'])
    const saga = { id: 'move:tomas-araujo:chelsea' as SagaId, kind: 'move' as const, player: 'Tomás Araújo', fromClub: 'Benfica', club: 'Chelsea', stage: 'approach' as const, stageDate: null, firstDate: '2025-01-02', lastDate: '2025-01-02', claimCount: 1, reportCount: 1, timeline: [], reports: [], conflicts: [], related: [] }
    await store.replaceSagas(['tomas-araujo'], [{ saga, playerSlug: 'tomas-araujo', likelihood: 0.4, trend: [0.4], history: [], outcome: null }])
    expect((await store.listSagas({ player: 'Tomas Araujo' })).items.map((s) => s.id)).toEqual(['move:tomas-araujo:chelsea'])
    expect((await store.listSagaDetails({ player: 'tomas araujo' })).map((s) => s.player)).toEqual(['Tomás Araújo'])
  },
  async 'listSagaClaims reads a much-reported player past one page, in id order, each claim with its own fields and article'(store) {
    // More claims than listSagaClaims reads per query (5,000), over two articles.
    const a = (await store.putArticle(makeRaw({ url: 'https://example.com/a', title: 'First' }))).article
    const b = (await store.putArticle(makeRaw({ url: 'https://example.com/b', title: 'Second', text: 'Another text.' }))).article
    const many = Array.from({ length: 5000 }, (_, i) => makeClaim(a.id, { confidence: i / 5000, why: ['approach verb', `n${i % 7}`], toClub: i % 2 ? 'Real Madrid' : 'Chelsea' }))
    await store.putAnalyses([
      makeAnalysis(a.id, many),
      makeAnalysis(b.id, [makeClaim(b.id, { type: 'bid', attributedTo: ['Someone'] }), makeClaim(b.id, { player: 'Someone Else' })]),
    ])
    const claims = await store.listSagaClaims(['Trent Alexander-Arnold'])
    expect(claims).toHaveLength(5001)
    expect(claims.map((c) => c.id)).toEqual([...claims.map((c) => c.id)].sort((x, y) => x - y))
    expect(claims.slice(0, 5000).map((c) => [c.confidence, c.why, c.toClub, c.title, c.url])).toEqual(many.map((c) => [c.confidence, c.why, c.toClub, 'First', 'https://example.com/a']))
    expect([claims[5000].type, claims[5000].attributedTo, claims[5000].title, claims[5000].articleId]).toEqual(['bid', ['Someone'], 'Second', b.id])
  },
  async 'replaceSagas stores sagas too large for one insert statement, each read back whole'(store) {
    // About 800 KB of history each, of text that does not compress, packed or not: an insert
    // statement holds two or three of them.
    const row = (i: number): SagaRowInput => ({
      saga: {
        id: `move:trent:club-${i}` as SagaId, kind: 'move', player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', club: `Club ${i}`,
        stage: 'negotiating', stageDate: null, firstDate: '2025-01-01', lastDate: '2025-01-02', claimCount: 1, reportCount: 1,
        timeline: [], reports: [], conflicts: [], related: [],
      },
      playerSlug: 'trent-alexander-arnold', likelihood: 0.5, trend: [0.5], outcome: null,
      history: Array.from({ length: 2500 }, (_, k) => ({ date: '2025-01-02', p: 0.5, factors: [{ factor: 'f', delta: 0.1, why: `${i}:${k} ${noise(i * 2500 + k, 300)}` }] })),
    })
    const rows = Array.from({ length: 7 }, (_, i) => row(i))
    await store.replaceSagas(['trent-alexander-arnold'], rows)
    for (const r of rows) expect(await store.getSaga(r.saga.id)).toMatchObject({ saga: r.saga, history: r.history })
    expect((await store.listSagas({ player: 'Trent Alexander-Arnold', limit: 100 })).total).toBe(7)
  },
  async 'analyses mark their players for a saga rebuild until it records the version it read'(store) {
    const { article } = await store.putArticle(makeRaw())
    await store.putAnalysis(makeAnalysis(article.id, [makeClaim(article.id), makeClaim(article.id, { player: 'Dani Carvajal' })]))
    expect((await store.listSagaDirty()).sort()).toEqual(['Dani Carvajal', 'Trent Alexander-Arnold'])
    // Asked about some players: those of them still marked, matched by slug as the counters are kept.
    expect(await store.listSagaDirty(['dani carvajal', 'Dani Carvajál', 'Luka Modric'])).toEqual(['Dani Carvajal'])
    expect(await store.listSagaDirty([])).toEqual([])
    const read = await store.readSagaVersions(['Trent Alexander-Arnold', 'Dani Carvajal', 'Luka Modric'])
    expect(read).toEqual(new Map([
      ['trent-alexander-arnold', { player: 'Trent Alexander-Arnold', changed: 1, built: null }],
      ['dani-carvajal', { player: 'Dani Carvajal', changed: 1, built: null }],
    ]))
    // Claims stored after the rebuild read the versions: a later transaction, so he stays stale.
    await store.putAnalysis(makeAnalysis(article.id, [makeClaim(article.id), makeClaim(article.id, { player: 'Dani Carvajal' })]))
    await store.markSagasBuilt([
      { slug: 'trent-alexander-arnold', player: 'Trent Alexander-Arnold', changed: 1 },
      { slug: 'dani-carvajal', player: 'Dani Carvajal', changed: 1 },
    ])
    expect((await store.listSagaDirty()).sort()).toEqual(['Dani Carvajal', 'Trent Alexander-Arnold'])
    expect((await store.readSagaVersions(['Dani Carvajal'])).get('dani-carvajal')).toEqual({ player: 'Dani Carvajal', changed: 2, built: 1 })
    await store.markSagasBuilt([{ slug: 'trent-alexander-arnold', player: 'trent alexander-arnold', changed: 2 }])
    expect(await store.listSagaDirty()).toEqual(['Dani Carvajal'])
    // An older rebuild's record never lowers a later one's.
    await store.markSagasBuilt([{ slug: 'trent-alexander-arnold', player: 'Trent Alexander-Arnold', changed: 1 }])
    expect((await store.readSagaVersions(['Trent Alexander-Arnold'])).get('trent-alexander-arnold')).toEqual({ player: 'Trent Alexander-Arnold', changed: 2, built: 2 })
    // A player never marked gets a row, current as of what was read (0: no row).
    await store.markSagasBuilt([{ slug: 'luka-modric', player: 'Luka Modric', changed: 0 }])
    expect((await store.readSagaVersions(['Luka Modric'])).get('luka-modric')).toEqual({ player: 'Luka Modric', changed: 0, built: 0 })
    expect(await store.listSagaDirty()).toEqual(['Dani Carvajal'])
  },
  async 'a reanalysis marks the players of the claims it replaces as well as of its own'(store) {
    const { article } = await store.putArticle(makeRaw())
    await store.putAnalysis(makeAnalysis(article.id, [makeClaim(article.id, { player: 'Dani Carvajal' })]))
    await store.markSagasBuilt([{ slug: 'dani-carvajal', player: 'Dani Carvajal', changed: 1 }])
    expect(await store.listSagaDirty()).toEqual([])
    // The article, analysed again, no longer names him: his sagas lose its claims.
    await store.putAnalyses([makeAnalysis(article.id, [makeClaim(article.id)])])
    expect((await store.listSagaDirty()).sort()).toEqual(['Dani Carvajal', 'Trent Alexander-Arnold'])
    expect((await store.readSagaVersions(['Dani Carvajal'])).get('dani-carvajal')).toMatchObject({ changed: 2, built: 1 })
  },
  async 'a new revision marks the players only the revision it supersedes named, whose sagas then have no claims'(store) {
    // SPEC §3: the same URL with new text is a new revision and its claims are recomputed; sagas
    // read latest revisions only, so a player named by revision 1 alone must be rebuilt (to nothing).
    const url = 'https://x.test/revised-story'
    const v1 = (await store.putArticle(makeRaw({ url, text: 'Carvajal version.' }))).article
    await store.putAnalysis(makeAnalysis(v1.id, [makeClaim(v1.id, { player: 'Dani Carvajal' })]))
    const carvajal: SagaRowInput = {
      saga: {
        id: 'move:dani-carvajal:real-madrid' as SagaId, kind: 'move', player: 'Dani Carvajal', fromClub: 'Liverpool', club: 'Real Madrid',
        stage: 'approach', stageDate: '2025-01-02', firstDate: '2025-01-02', lastDate: '2025-01-02', claimCount: 1, reportCount: 1,
        timeline: [], reports: [], conflicts: [], related: [],
      },
      playerSlug: 'dani-carvajal', likelihood: 0.2, trend: [0.2], history: [], outcome: null,
    }
    // His sagas rebuilt: his mark cleared.
    await store.replaceSagas(['dani-carvajal'], [carvajal])
    await store.markSagasBuilt([{ slug: 'dani-carvajal', player: 'Dani Carvajal', changed: 1 }])
    expect(await store.listSagaDirty()).toEqual([])
    const v2 = (await store.putArticle(makeRaw({ url, text: 'Trent version.' }))).article
    expect(v2.revision).toBe(2)
    // Revision 1's claims stopped counting as soon as revision 2 was stored, analysed or not.
    expect(await store.listSagaClaims(['Dani Carvajal'])).toEqual([])
    expect(await store.listSagaDirty()).toEqual(['Dani Carvajal'])
    await store.putAnalysis(makeAnalysis(v2.id, [makeClaim(v2.id)]))
    expect((await store.listSagaDirty()).sort()).toEqual(['Dani Carvajal', 'Trent Alexander-Arnold'])
    // Storing a revision that is already known supersedes nothing and marks no one.
    await store.markSagasBuilt([{ slug: 'dani-carvajal', player: 'Dani Carvajal', changed: 2 }, { slug: 'trent-alexander-arnold', player: 'Trent Alexander-Arnold', changed: 1 }])
    expect((await store.putArticle(makeRaw({ url, text: 'Carvajal version.' }))).status).toBe('unchanged')
    expect(await store.listSagaDirty()).toEqual([])
  },
  async 'stored claims round trip every field'(store) {
    const { article } = await store.putArticle(makeRaw())
    const full = makeClaim(article.id, { playerId: 'player:trent' as EntityId, flags: ['outside-window'], historical: true, headline: true, dateEstimated: true, fee: { amount: 1.5e8, currency: 'GBP', addOns: 12e6, note: 'plus «add-ons»' } })
    const bare = makeClaim(article.id, { fromClub: null, toClub: null, window: null, fee: null, attributedTo: [], date: null, why: [] })
    await store.putAnalysis(makeAnalysis(article.id, [full, bare]))
    const [c1, c2] = await store.listClaims({ articleId: article.id })
    expect(c1).toEqual({ ...full, id: c1.id, articleId: article.id })
    expect(c2).toEqual({ ...bare, id: c2.id, articleId: article.id })
    expect(c2.id).toBeGreaterThan(c1.id)
  },
  async 'putAnalysis for an unknown article fails and stores nothing'(store) {
    const id = 'abcdefabcdefabcd' as Parameters<Store['getAnalysis']>[0]
    await expect(store.putAnalysis(makeAnalysis(id, [makeClaim(id)]))).rejects.toThrow(/store: no article/)
    expect(await store.listClaims()).toEqual([])
  },
  async 'listClaims filters by player and club, case-insensitively'(store) {
    const { article } = await store.putArticle(makeRaw())
    const id = article.id
    await store.putAnalysis(makeAnalysis(id, [
      makeClaim(id, { player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', toClub: 'Real Madrid' }),
      makeClaim(id, { player: 'Saúl Ñíguez', fromClub: 'Atlético Madrid', toClub: 'Sevilla' }),
      makeClaim(id, { player: 'Arda Güler', fromClub: 'Real Madrid', toClub: 'Fenerbahçe' }),
      makeClaim(id, { player: 'trent alexander-arnold', fromClub: 'Liverpool', toClub: 'Liverpool', type: 'extension_offer' }),
    ]))
    expect((await store.listClaims({ player: 'TRENT ALEXANDER-ARNOLD' })).map((c) => c.type)).toEqual(['approach', 'extension_offer'])
    expect((await store.listClaims({ player: 'saúl ñíguez' })).map((c) => c.toClub)).toEqual(['Sevilla'])
    expect((await store.listClaims({ club: 'real madrid' })).map((c) => c.player)).toEqual(['Trent Alexander-Arnold', 'Arda Güler'])
    expect((await store.listClaims({ club: 'FENERBAHÇE' })).map((c) => c.player)).toEqual(['Arda Güler'])
    expect((await store.listClaims({ player: 'Trent Alexander-Arnold', club: 'Real Madrid' }))).toHaveLength(1)
    expect(await store.listClaims({ limit: 2 })).toHaveLength(2)
    const all = await store.listClaims()
    expect((await store.listClaims({ after: all[1].id })).map((c) => c.id)).toEqual([all[2].id, all[3].id])
  },
  async 'listClaims currentOnly keeps the latest revision of each lineage'(store) {
    const url = 'https://x.test/rev'
    const v1 = (await store.putArticle(makeRaw({ url, text: 'Old text.' }))).article
    const v2 = (await store.putArticle(makeRaw({ url, text: 'New text.' }))).article
    const other = (await store.putArticle(makeRaw({ text: 'Other.' }))).article
    for (const a of [v1, v2, other]) await store.putAnalysis(makeAnalysis(a.id, [makeClaim(a.id)]))
    expect(await store.listClaims()).toHaveLength(3)
    expect((await store.listClaims({ currentOnly: true })).map((c) => c.articleId)).toEqual([v2.id, other.id])
  },
  async 'entities are upserted, kept and listed'(store) {
    const id = 'player:saul-niguez' as EntityId
    expect(await store.putEntity({ id, kind: 'player', name: 'Saúl Ñíguez', data: { club: 'Sevilla', b: 1, a: 2 } })).toBe('new')
    expect(await store.putEntity({ id, kind: 'player', name: 'Saúl Ñíguez', data: { a: 2, club: 'Sevilla', b: 1 } })).toBe('unchanged')
    const first = await store.getEntity(id)
    expect(first).toMatchObject({ id, kind: 'player', name: 'Saúl Ñíguez', aliases: [], data: { club: 'Sevilla', a: 2, b: 1 } })
    expect(await store.putEntity({ id, kind: 'player', name: 'Saúl Ñíguez', aliases: ['Saúl'] })).toBe('updated')
    const second = await store.getEntity(id)
    expect(second?.aliases).toEqual(['Saúl'])
    expect(second?.createdAt).toBe(first?.createdAt)
    await store.putEntity({ id: 'journalist:ornstein' as EntityId, kind: 'journalist', name: 'David Ornstein' })
    expect((await store.listEntities({ kind: 'player' })).map((e) => e.id)).toEqual([id])
    expect((await store.listEntities({ name: 'SAÚL ÑÍGUEZ' })).map((e) => e.id)).toEqual([id])
    expect((await store.listEntities()).map((e) => e.id)).toEqual(['journalist:ornstein', id])
    expect(await store.getEntity('player:nobody' as EntityId)).toBeUndefined()
  },
}
