/**
 * Contract tests for batched writes and for analyses read back from their packed form
 * (migration 0004); registered by `store.case.test.ts`.
 */
import { expect } from 'vitest'
import fc from 'fast-check'
import type { Analysis, ArticleId, Claim, EntityId } from '../domain/types.ts'
import type { Store } from './store.ts'
import { sqlHandleOf } from './sql-store.ts'
import { makeAnalysis, makeClaim, makeRaw } from './test-fixtures/builders.ts'

type StoreTest = (store: Store) => Promise<void>

const text = (max = 30) => fc.string({ unit: 'grapheme', maxLength: max }).map((s) => s.replace(/\u0000/g, ''))
const num = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x))

/** Any claim the Claim type allows (strings without NUL, finite numbers). */
function arbClaim(articleId: ArticleId): fc.Arbitrary<Claim> {
  return fc.record({
    player: text(), fromClub: fc.option(text(), { nil: null }), toClub: fc.option(text(), { nil: null }),
    type: fc.constantFrom('interest', 'bid', 'signed', 'stays'), stance: fc.constantFrom('affirmed', 'denied'),
    modality: fc.constantFrom('confirmed', 'reported', 'expected', 'speculative'), window: fc.option(text(), { nil: null }),
    fee: fc.option(fc.record({ amount: num, currency: text(4), addOns: num, note: text() }, { requiredKeys: ['amount', 'currency'] }), { nil: null }),
    attributedTo: fc.array(text(), { maxLength: 3 }),
    evidence: fc.record({ articleId: fc.constant(articleId), start: fc.nat(), end: fc.nat(), sentence: text(80) }),
    rule: text(), confidence: num, why: fc.array(text(), { maxLength: 3 }), historical: fc.boolean(), headline: fc.boolean(),
    date: fc.option(text(10), { nil: null }), dateEstimated: fc.boolean(),
    playerId: fc.option(text().map((s) => s as EntityId), { nil: undefined }), flags: fc.option(fc.array(text(), { maxLength: 2 }), { nil: undefined }),
  }, { requiredKeys: ['player', 'fromClub', 'toClub', 'type', 'stance', 'modality', 'window', 'fee', 'attributedTo', 'evidence', 'rule', 'confidence', 'why', 'historical', 'headline', 'date', 'dateEstimated'] }) as fc.Arbitrary<Claim>
}

/** A cleaned text made from the raw one by the kind of edits cleaning makes, or any text. */
const arbCleaned = (raw: string) => fc.oneof(
  fc.constant(raw),
  fc.constant(raw.replace(/\s+/g, ' ').trim()),
  fc.tuple(fc.nat(raw.length), fc.nat(6), text(5)).map(([at, cut, put]) => raw.slice(0, at) + put + raw.slice(at + cut)),
  text(200),
)

/** Contract tests for putArticles, putAnalyses, getAnalysisVersions and packed analyses. */
export const STORE_BATCH_TESTS: Record<string, StoreTest> = {
  async 'putArticles gives the results of successive putArticle calls'(store) {
    const url = 'https://x.test/batch'
    const results = await store.putArticles([
      makeRaw({ url, text: 'First text.' }), makeRaw({ text: 'Other.' }), makeRaw({ url, text: 'First text.' }),
      makeRaw({ url, text: 'Second text.' }), makeRaw({ text: '  Other.  ' }),
    ])
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'unchanged', 'revised', 'unchanged'])
    expect(results[3].article).toMatchObject({ revision: 2, lineageId: results[0].article.id })
    expect(await store.getArticle(results[1].article.id)).toEqual(results[1].article)
    expect(await store.putArticles([])).toEqual([])
    const got = await store.getArticles([results[1].article.id, 'ffffffffffffffff' as ArticleId, results[3].article.id])
    expect(got.sort((x, y) => x.revision - y.revision)).toEqual([results[1].article, results[3].article])
    expect(await store.getArticles([])).toEqual([])
    expect(await store.countArticles()).toBe(3)
  },
  async 'putAnalyses stores several analyses; the later of two for one article wins'(store) {
    const [a, b] = (await store.putArticles([makeRaw({ text: 'Article A.' }), makeRaw({ text: 'Article B.' })])).map((r) => r.article)
    await store.putAnalyses([
      makeAnalysis(a.id, [makeClaim(a.id, { type: 'bid' })]),
      makeAnalysis(b.id, [makeClaim(b.id, { player: 'Kept' })]),
      makeAnalysis(a.id, [makeClaim(a.id, { type: 'talks' }), makeClaim(a.id, { type: 'signed' })], { pipelineVersion: '0.2.0' }),
    ])
    expect((await store.listClaims({ articleId: a.id })).map((c) => c.type)).toEqual(['talks', 'signed'])
    expect((await store.getAnalysis(b.id))?.claims.map((c) => c.player)).toEqual(['Kept'])
    expect(await store.getAnalysisVersions([a.id, b.id, 'ffffffffffffffff' as ArticleId])).toEqual(new Map([[a.id, '0.2.0'], [b.id, '0.1.0']]))
    await store.putAnalyses([])
  },
  async 'putAnalyses with an unknown article stores none of the batch'(store) {
    const { article } = await store.putArticle(makeRaw())
    const ghost = 'abcdefabcdefabcd' as ArticleId
    await expect(store.putAnalyses([makeAnalysis(article.id, [makeClaim(article.id)]), makeAnalysis(ghost, [])])).rejects.toThrow(/store: no article abcdef/)
    expect(await store.getAnalysis(article.id)).toBeUndefined()
    expect(await store.listClaims()).toEqual([])
  },
  async 'property: an analysis reads back equal, whatever its claims and cleaned text'(store) {
    let n = 0
    const raw = text(300).map((s) => s || 'x')
    await fc.assert(fc.asyncProperty(raw.chain((r) => fc.tuple(fc.constant(r), arbCleaned(r))), fc.array(arbClaim('0' as ArticleId), { maxLength: 4 }),
      async ([rawText, cleanedText], claims0) => {
        const { article } = await store.putArticle(makeRaw({ text: rawText, url: `https://x.test/p/${n++}` }))
        const claims = claims0.map((c) => ({ ...c, evidence: { ...c.evidence, articleId: article.id } }))
        const analysis: Analysis = makeAnalysis(article.id, claims, { cleaned: { text: cleanedText, blocks: [] } })
        await store.putAnalysis(analysis)
        expect(await store.getAnalysis(article.id)).toEqual(analysis)
        const rows = await store.listClaims({ articleId: article.id })
        expect(rows.map(({ id: _id, articleId: _a, ...c }) => c)).toEqual(claims)
      }), { numRuns: 60 })
  },
  async 'a claim the claim table cannot hold exactly still reads back from getAnalysis'(store) {
    const { article } = await store.putArticle(makeRaw())
    const odd = { ...makeClaim(article.id), certainty: 'extra field' } as Claim
    // INFO: PostgreSQL's jsonb refuses lone surrogates anywhere (as before 0004); SQLite's text columns would alter them.
    const lone = makeClaim(article.id, { why: ['lone \ud800 surrogate'] })
    const analysis = makeAnalysis(article.id, store.dialect === 'sqlite' ? [odd, makeClaim(article.id), lone] : [odd, makeClaim(article.id)])
    await store.putAnalysis(analysis)
    expect(await store.getAnalysis(article.id)).toEqual(analysis)
  },
  async 'analyses stored before migration 0004 (whole JSON, no pack) still read'(store) {
    const handle = sqlHandleOf(store)
    if (!handle) return
    const { article } = await store.putArticle(makeRaw())
    const legacy = makeAnalysis(article.id, [makeClaim(article.id)])
    await handle.db.insertInto('analysis').values({ article_id: article.id, pipeline_version: '0.0.9', json: JSON.stringify(legacy), processed_at: '2025-01-01T00:00:00Z', pack: null }).execute()
    expect(await store.getAnalysis(article.id)).toEqual(legacy)
    expect(await store.getAnalysisVersions([article.id])).toEqual(new Map([[article.id, '0.0.9']]))
    await store.putAnalysis({ ...legacy, pipelineVersion: '0.1.0' })
    expect(await store.getAnalysis(article.id)).toEqual({ ...legacy, pipelineVersion: '0.1.0' })
  },
}
