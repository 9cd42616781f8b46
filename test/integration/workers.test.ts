/**
 * PostgreSQL workers end to end (SPEC §12): 300 generated articles stored raw, enqueued, processed
 * by `mercato worker` child processes, one of which is SIGKILLed holding a batch. Its jobs expire
 * (5 s here) and the survivors redo them; afterwards every article has exactly one analysis, its
 * claim rows match that analysis, pg-boss shows every job completed, and the sagas the workers
 * rebuilt (queued `refresh-sagas` jobs) are those a full rebuild gives.
 * Needs PostgreSQL (`PG_URL`, default postgres://postgres@127.0.0.1:5432/test): skipped with a
 * message when unreachable, except in CI (`CI` set) where it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.ts'
import { dropSchema, newSchemaName, spawnWorker, stopWorker, waitForCompleted, waitForDrained, withSearchPath, type WorkerProcess } from '../../bench/pg-workers.ts'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../../src/pipeline/run.ts'
import { countJobs, openQueue, REFRESH_SAGAS, type Queue } from '../../src/queue/article-queue.ts'
import { refreshSagas } from '../../src/services/refresh-sagas.ts'
import { enqueueUnprocessed } from '../../src/queue/enqueue-unprocessed.ts'
import { openPostgresStore } from '../../src/storage/open-store.ts'
import { pgUnreachable } from '../../src/test-support/pg.ts'
import type { Store } from '../../src/storage/store.ts'

const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const ARTICLES = 300
const WORKER_ARGS = ['--concurrency', '2', '--expire-seconds', '5', '--retry-delay', '1', '--maintenance-seconds', '1', '--verbose']

const problem = await pgUnreachable(url)
if (problem && process.env.CI) throw new Error(`workers.test.ts: PostgreSQL at ${url} is required in CI (${problem})`)
if (problem) console.warn(`workers.test.ts: skipped, PostgreSQL at ${url} is unreachable (${problem}); set CI=1 to make this a failure`)

describe.skipIf(Boolean(problem))('PostgreSQL workers (pg-boss)', () => {
  const schema = newSchemaName('mercato_test_workers')
  const bossSchema = newSchemaName('mercato_test_boss')
  const workers: WorkerProcess[] = []
  let store: Store
  let boss: Queue
  let ids: string[] = []

  beforeAll(async () => {
    store = await openPostgresStore(url, { schema, dropSchemaOnClose: true, max: 4 })
    boss = await openQueue(url, { schema: bossSchema, expireInSeconds: 5, retryDelay: 1, retryBackoff: false })
    for (const raw of generateCorpus({ articles: ARTICLES, seed: 77 })) ids.push((await store.putArticle(raw)).article.id)
  })

  afterAll(async () => {
    await Promise.all(workers.map(stopWorker))
    await boss?.stop({ graceful: false, wait: true })
    await dropSchema(url, bossSchema).catch(() => undefined)
    await store?.close()
  })

  it('enqueues each unprocessed article once, however often it is asked', async () => {
    expect(await enqueueUnprocessed(store, boss)).toBe(ARTICLES)
    expect(await enqueueUnprocessed(store, boss)).toBe(ARTICLES)
    expect((await countJobs(boss, bossSchema)).created).toBe(ARTICLES)
  })

  it('survives a worker killed mid-batch: every job completes, every effect happens once', async () => {
    const stored = withSearchPath(url, schema)
    const victim = await spawnWorker(stored, ['--queue-schema', bossSchema, '--batch-size', '20', ...WORKER_ARGS])
    workers.push(victim)
    const held = await untilActive(boss, bossSchema)
    victim.child.kill('SIGKILL')
    expect(await victim.exited).toBe('SIGKILL')
    const orphaned = (await countJobs(boss, bossSchema)).active
    expect(held).toBeGreaterThan(0)
    expect(orphaned).toBeGreaterThan(0)

    for (let i = 0; i < 2; i++) workers.push(await spawnWorker(stored, ['--queue-schema', bossSchema, '--batch-size', '5', ...WORKER_ARGS]))
    const counts = await waitForCompleted(boss, bossSchema, ARTICLES, 45_000)
    expect(counts).toEqual({ created: 0, retry: 0, active: 0, completed: ARTICLES, failed: 0, cancelled: 0 })
    expect(await retriedJobs(boss, bossSchema)).toBeGreaterThanOrEqual(orphaned)
    // Saga rebuilds queued by the article jobs run a couple of seconds later.
    const refreshes = await waitForDrained(boss, bossSchema, REFRESH_SAGAS, 45_000)
    expect(refreshes.completed).toBeGreaterThan(0)
    expect(refreshes.failed).toBe(0)

    for (const w of workers.slice(1)) expect(await stopWorker(w)).toBe(0)
    expect(workers[1].log()).toMatch(/worker: stopped; \d+ jobs done, 0 failed/)
  }, 60_000)

  it('leaves exactly one analysis per article, with its claims stored once', async () => {
    const kb = loadKnowledgeBase()
    expect(await store.countAnalysesByVersion()).toEqual({ [processArticle((await store.getArticle(ids[0] as never))!, { kb }).pipelineVersion]: ARTICLES })
    for (const id of ids) {
      const analysis = await store.getAnalysis(id as never)
      const rows = await store.listClaims({ articleId: id as never })
      expect(analysis, id).toBeDefined()
      expect(rows.length, id).toBe(analysis!.claims.length)
      expect(analysis!.claims.length, id).toBe(processArticle((await store.getArticle(id as never))!, { kb }).claims.length)
    }
  })

  it('leaves every player\'s sagas as a full rebuild from the stored claims makes them', async () => {
    const byWorkers = await sagaDump(store)
    expect(JSON.parse(byWorkers).length).toBeGreaterThan(10)
    await refreshSagas(store, await store.listClaimPlayers(), loadKnowledgeBase())
    expect(await sagaDump(store)).toBe(byWorkers)
  })
})

/** Every saga of the store with its history, in id order, as one string. */
async function sagaDump(store: Store): Promise<string> {
  const { items } = await store.listSagas({ limit: 100_000 })
  const details = await Promise.all(items.map(async (s) => (await store.getSaga(s.id))!))
  return JSON.stringify(details.map((d) => ({ ...d.saga, history: d.history })).sort((a, b) => a.id.localeCompare(b.id)))
}

/** Waits until some job is active (held by the only running worker); returns how many. */
async function untilActive(boss: Queue, schema: string): Promise<number> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const { active } = await countJobs(boss, schema)
    if (active > 0 || Date.now() > deadline) return active
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Jobs that needed more than one attempt (their first worker died or failed). */
async function retriedJobs(boss: Queue, schema: string): Promise<number> {
  const { rows } = await boss.getDb().executeSql(`select count(*)::int as n from ${schema}.job where retry_count > 0`, [])
  return (rows[0] as { n: number }).n
}
