/**
 * A new revision of an article (same URL, new text) replaces its claims in the sagas (SPEC §3,
 * §6): a player only the superseded revision named loses the sagas those claims built, whether
 * the revision comes through an ingest run or through `services.ingest` (the API's path).
 */
import { describe, expect, it } from 'vitest'
import type { RawArticle } from '../domain/types.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { handleBatch } from '../queue/article-worker.ts'
import { REFRESH_SAGAS, type Queue } from '../queue/article-queue.ts'
import { createServices } from './create-services.ts'
import { createIngestRun } from './ingest-run.ts'
import { refreshSagas } from './refresh-sagas.ts'

const kb = loadKnowledgeBase()
const url = 'https://news.test/defenders'
const first: RawArticle = {
  source: 'a.txt', format: 'text', url, published: '2025-01-02',
  text: 'Real Madrid have made an approach to Liverpool for defender Trent Alexander-Arnold.',
}
const second: RawArticle = { ...first, published: '2025-01-03', text: 'Chelsea have made a bid for Real Madrid defender Dani Carvajal.' }

/** Sagas as stored, and as a rebuild of every player from scratch makes them. */
async function storedAndRebuilt(store: Store): Promise<[string[], string[]]> {
  const ids = async () => (await store.listSagas({ limit: 100 })).items.map((s) => s.id).sort()
  const stored = await ids()
  await refreshSagas(store, [...await store.listClaimPlayers(), 'Trent Alexander-Arnold'], kb)
  return [stored, await ids()]
}

describe('a revision that no longer names a player', () => {
  it('drops his sagas at the end of the ingest run that stores it', async () => {
    const store = await openSqliteStore(':memory:')
    try {
      for (const raw of [first, second]) {
        const run = createIngestRun(store, kb)
        await run.add([raw])
        await run.finish()
      }
      expect(await storedAndRebuilt(store)).toEqual([['move:dani-carvajal:chelsea'], ['move:dani-carvajal:chelsea']])
      expect(await store.listSagaDirty()).toEqual([])
    } finally {
      await store.close()
    }
  })

  it('drops his sagas when services.ingest stores it', async () => {
    const store = await openSqliteStore(':memory:')
    try {
      const services = createServices(store, { kb })
      expect(await services.ingest(first)).toMatchObject({ status: 'new', claims: 1 })
      expect((await store.listSagas({})).items.map((s) => s.id)).toEqual(['move:trent-alexander-arnold:real-madrid'])
      expect(await services.ingest(second)).toMatchObject({ status: 'revised', claims: 1 })
      expect(await storedAndRebuilt(store)).toEqual([['move:dani-carvajal:chelsea'], ['move:dani-carvajal:chelsea']])
    } finally {
      await store.close()
    }
  })

  it('queues a rebuild of his sagas when a worker processes it', async () => {
    const store = await openSqliteStore(':memory:')
    // Only what handleBatch calls on pg-boss; the queue itself is tested in test/integration/workers.test.ts.
    const queued: { name: string; data: { player: string } }[] = []
    const boss = { insert: async (jobs: typeof queued) => { queued.push(...jobs) }, fail: async () => undefined } as unknown as Queue
    const process = async (raw: RawArticle) => {
      const { article } = await store.putArticle(raw)
      queued.length = 0
      await handleBatch(boss, [{ id: article.id, name: 'process-article', data: { articleId: article.id } }] as never, { store, ctx: { kb } })
      return queued.filter((j) => j.name === REFRESH_SAGAS).map((j) => j.data.player).sort()
    }
    try {
      expect(await process(first)).toEqual(['Trent Alexander-Arnold'])
      expect(await process(second)).toEqual(['Dani Carvajal', 'Trent Alexander-Arnold'])
    } finally {
      await store.close()
    }
  })
})
