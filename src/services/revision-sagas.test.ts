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
import { openQueue, REFRESH_SAGAS } from '../queue/article-queue.ts'
import { dropSchema, newSchemaName } from '../../bench/pg-workers.ts'
import { pgUnreachable } from '../test-support/pg.ts'
import { createServices } from './create-services.ts'
import { createIngestRun } from './ingest-run.ts'
import { refreshSagas } from './refresh-sagas.ts'

const kb = loadKnowledgeBase()
const pgUrl = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const pgProblem = await pgUnreachable(pgUrl)
if (pgProblem && process.env.CI) throw new Error(`revision-sagas.test.ts: PostgreSQL at ${pgUrl} is required in CI (${pgProblem})`)
if (pgProblem) console.warn(`revision-sagas.test.ts: the worker case is skipped, PostgreSQL at ${pgUrl} is unreachable (${pgProblem}); set CI=1 to make this a failure`)
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

  it.skipIf(Boolean(pgProblem))('queues a rebuild of his sagas when a worker processes it (real pg-boss queue)', async () => {
    const store = await openSqliteStore(':memory:')
    const schema = newSchemaName('mercato_test_revision')
    const boss = await openQueue(pgUrl, { schema })
    // The rebuilds queued by one batch: the queue's refresh jobs are cleared before each, since a
    // player's job still waiting would hide a second one (one waiting job per player).
    const refreshJobs = async (): Promise<string[]> => {
      const { rows } = await boss.getDb().executeSql(`select data->>'player' as player from ${schema}.job where name = $1`, [REFRESH_SAGAS])
      return (rows as { player: string }[]).map((r) => r.player).sort()
    }
    const process = async (raw: RawArticle) => {
      const { article } = await store.putArticle(raw)
      await boss.getDb().executeSql(`delete from ${schema}.job where name = $1`, [REFRESH_SAGAS])
      await handleBatch(boss, [{ id: article.id, name: 'process-article', data: { articleId: article.id } }] as never, { store, ctx: { kb } })
      return refreshJobs()
    }
    try {
      expect(await process(first)).toEqual(['Trent Alexander-Arnold'])
      expect(await process(second)).toEqual(['Dani Carvajal', 'Trent Alexander-Arnold'])
    } finally {
      await boss.stop({ graceful: false, wait: true })
      await dropSchema(pgUrl, schema).catch(() => undefined)
      await store.close()
    }
  })
})
