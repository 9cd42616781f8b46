/**
 * The stale sweep on a real PostgreSQL server: it leaves stale sagas alone while an article is
 * waiting, then rebuilds every marked player to exactly the sagas a full rebuild gives, and two
 * sweeps running at once rebuild each player once between them.
 * Needs PostgreSQL (`PG_URL`): skipped with a message when unreachable, except in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.ts'
import { dropSchema, newSchemaName } from '../../bench/pg-workers.ts'
import type { ArticleId } from '../domain/types.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../pipeline/run.ts'
import { refreshSagas } from '../services/refresh-sagas.ts'
import { openPostgresStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { pgUnreachable } from '../test-support/pg.ts'
import { enqueueArticles, openQueue, PROCESS_ARTICLE, type Queue } from './article-queue.ts'
import { sweepStale } from './stale-sweep.ts'

const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const problem = await pgUnreachable(url)
if (problem && process.env.CI) throw new Error(`stale-sweep.test.ts: PostgreSQL at ${url} is required in CI (${problem})`)
if (problem) console.warn(`stale-sweep.test.ts: skipped, PostgreSQL at ${url} is unreachable (${problem}); set CI=1 to make this a failure`)

const kb = loadKnowledgeBase()

describe.skipIf(Boolean(problem))('stale sweep', () => {
  const bossSchema = newSchemaName('mercato_test_sweep_boss')
  let store: Store
  let boss: Queue
  let ids: ArticleId[] = []

  /** Stores and analyses `n` generated articles (marking their players stale); no saga is built. */
  async function analysed(n: number, seed: number): Promise<void> {
    const articles = []
    for (const raw of generateCorpus({ articles: n, seed, kb })) articles.push((await store.putArticle(raw)).article)
    ids = articles.map((a) => a.id)
    await store.putAnalyses(articles.map((a) => processArticle(a, { kb })))
  }

  /** Saga ids stored now, and after a rebuild of every player from scratch. */
  async function storedAndRebuilt(): Promise<[string[], string[]]> {
    const sagaIds = async () => (await store.listSagas({ limit: 10_000 })).items.map((s) => s.id).sort()
    const stored = await sagaIds()
    await refreshSagas(store, await store.listClaimPlayers(), kb)
    return [stored, await sagaIds()]
  }

  beforeAll(async () => {
    store = await openPostgresStore(url, { schema: newSchemaName('mercato_test_sweep'), dropSchemaOnClose: true, max: 4 })
    boss = await openQueue(url, { schema: bossSchema })
  })

  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true })
    await dropSchema(url, bossSchema).catch(() => undefined)
    await store?.close()
  })

  it('waits while an article is queued, then rebuilds every stale player as a full rebuild would', async () => {
    await analysed(40, 11)
    const stale = await store.listSagaDirty()
    expect(stale.length).toBeGreaterThan(5)

    await enqueueArticles(boss, [ids[0]])
    expect(await sweepStale(boss, store, kb)).toBe(0)
    expect(await store.listSagaDirty()).toEqual(stale)
    expect((await store.listSagas({})).total).toBe(0)

    const [job] = await boss.fetch(PROCESS_ARTICLE)
    await boss.complete(PROCESS_ARTICLE, job.id)
    expect(await sweepStale(boss, store, kb, { random: () => 0.5 })).toBe(stale.length)
    expect(await store.listSagaDirty()).toEqual([])
    const [stored, rebuilt] = await storedAndRebuilt()
    expect(stored.length).toBeGreaterThan(0)
    expect(stored).toEqual(rebuilt)
  }, 60_000)

  it('two sweeps at once rebuild each stale player once between them', async () => {
    await analysed(40, 12)
    const stale = await store.listSagaDirty()
    expect(stale.length).toBeGreaterThan(5)
    const counts = await Promise.all([
      sweepStale(boss, store, kb, { random: () => 0 }),
      sweepStale(boss, store, kb, { random: () => 0.3 }),
    ])
    expect(counts[0] + counts[1]).toBe(stale.length)
    expect(await store.listSagaDirty()).toEqual([])
    const [stored, rebuilt] = await storedAndRebuilt()
    expect(stored).toEqual(rebuilt)
  }, 60_000)

  it('stops between chunks when told to', async () => {
    await analysed(60, 13)
    const stale = await store.listSagaDirty()
    expect(stale.length).toBeGreaterThan(20)
    let chunks = 0
    const rebuilt = await sweepStale(boss, store, kb, { random: () => 0, keepGoing: () => chunks++ < 1 })
    expect(rebuilt).toBe(20)
    expect((await store.listSagaDirty()).length).toBe(stale.length - 20)
  }, 60_000)
})
