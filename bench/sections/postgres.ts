/**
 * d) PostgreSQL ingest through the job queue: raw articles stored, jobs enqueued, then timed
 * until every job is completed by 1 and by 2 `mercato worker` processes (fresh schemas each).
 */
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { enqueueArticles, openQueue, REFRESH_SAGAS } from '../../src/queue/article-queue.ts'
import { openPostgresStore } from '../../src/storage/open-store.ts'
import type { ArticleId } from '../../src/domain/types.ts'
import { generateCorpus } from '../generate-corpus.ts'
import { dropSchema, newSchemaName, spawnWorker, stopWorker, isDrained, waitForCompleted, waitForDrained, waitForFreshSagas, withSearchPath } from '../pg-workers.ts'
import { round, type SectionResult } from '../report.ts'
import { commandFor, seconds, type BenchOptions } from './common.ts'

/**
 * Warm-up articles per worker, processed before the timed window. V8 keeps optimising the
 * extractor's large rule functions for the first megabytes a process sees (BENCHMARKS.md d), on
 * background threads. With 300 the window still paid for it: the workers' threads other than
 * the main one took 2.6 ms of CPU per article beside a 6.9–7.5 ms main thread with one worker,
 * 3.7 with two (each had half the articles to spread its compiling over), so the ratio
 * measured warm-up as much as ingest. After 1,000: 1.5–1.6 ms with one worker, 2.1 with two
 * (`bench/pg-cpu.ts`, 2,000 articles).
 */
const WARM_PER_WORKER = 1000

/**
 * The worker's options: two fetch loops (one extracts while the other writes) and the default
 * batch size, 20 jobs a fetch, as docs/DEPLOY.md runs it. The bench used to pass 10, which
 * doubled the queue's fetch and completion round trips per article.
 */
const WORKER_ARGS = ['--concurrency', '2']

interface Run {
  workers: number
  articles: number
  storeSeconds: number
  /** Enqueue → last article job completed. */
  articleSeconds: number
  /** Enqueue → no player marked stale (the sagas reflect every claim): the end of the ingest. */
  seconds: number
  bytes: number
}

export async function benchPostgres(o: BenchOptions): Promise<SectionResult> {
  const command = commandFor('postgres', o)
  const n = o.articles ?? (o.full ? 20_000 : 4000)
  let one: Run
  let two: Run
  try {
    one = await runWith(o, n, 1)
    two = await runWith(o, n, 2)
  } catch (err) {
    return { id: 'd', title: 'PostgreSQL ingest with workers', status: 'skipped', command, reason: (err as Error).message.split('\n')[0], figures: [], notes: [] }
  }
  const ratio = (two.articles / two.seconds) / (one.articles / one.seconds)
  return {
    id: 'd', title: 'PostgreSQL ingest with workers (job queue)', status: 'ok', command,
    figures: [
      { name: 'articles per run', value: n },
      { name: 'raw putArticle (bench process, sequential)', value: round((n + WARM_PER_WORKER) / one.storeSeconds), unit: 'articles/s' },
      { name: '1 worker (concurrency 2), articles and sagas', value: round(one.articles / one.seconds), unit: 'articles/s' },
      { name: '1 worker, articles and sagas', value: round(one.bytes / 1e6 / one.seconds), unit: 'MB/s' },
      { name: '1 worker, articles alone (sagas still rebuilding)', value: round(one.articles / one.articleSeconds), unit: 'articles/s' },
      { name: '2 workers (processes, concurrency 2 each), articles and sagas', value: round(two.articles / two.seconds), unit: 'articles/s' },
      { name: '2 workers, articles and sagas', value: round(two.bytes / 1e6 / two.seconds), unit: 'MB/s' },
      { name: '2 workers, articles alone (sagas still rebuilding)', value: round(two.articles / two.articleSeconds), unit: 'articles/s' },
      { name: 'ratio 2 workers / 1 worker', value: round(ratio), unit: '×', target: '≥ 1.6×', met: ratio >= 1.6 },
    ],
    notes: [
      `Timed from enqueue until every article job is completed and no player is stale (\`saga_version\`), so the sagas reflect every claim: the workers' stale sweep rebuilds them once no article is waiting, and the delayed \`refresh-sagas\` jobs still queued then find them current and skip them. Workers already started and warmed up on ${WARM_PER_WORKER} other articles each, their rebuilds finished (start-up and JIT warm-up excluded). The ratio compares these end-to-end times.`,
      'Workers run with `--concurrency 2` and their default batch size (20 jobs a fetch).',
      'PostgreSQL, the workers and this process share the machine\'s cores.',
    ],
  }
}

async function runWith(o: BenchOptions, n: number, workers: number): Promise<Run> {
  const schema = newSchemaName('mercato_bench')
  const bossSchema = newSchemaName('mercato_bench_boss')
  const store = await openPostgresStore(o.pgUrl, { schema, dropSchemaOnClose: true, max: 4 })
  const boss = await openQueue(o.pgUrl, { schema: bossSchema })
  const procs = []
  try {
    const ids: ArticleId[] = []
    let bytes = 0
    const t0 = performance.now()
    const warm = WARM_PER_WORKER * workers
    for (const raw of generateCorpus({ articles: n + warm, seed: o.seed, kb: loadKnowledgeBase() })) {
      ids.push((await store.putArticle(raw)).article.id)
      if (ids.length <= n) bytes += Buffer.byteLength(raw.text)
    }
    const storeSeconds = seconds(t0)
    const url = withSearchPath(o.pgUrl, schema)
    for (let i = 0; i < workers; i++) procs.push(await spawnWorker(url, ['--queue-schema', bossSchema, ...WORKER_ARGS]))
    // Warm-up (JIT, caches) on articles outside the timed set.
    await enqueueArticles(boss, ids.slice(n))
    await waitForCompleted(boss, bossSchema, warm, 5 * 60_000, 100)
    if (!isDrained(await waitForDrained(boss, bossSchema, REFRESH_SAGAS, 5 * 60_000, 100))) throw new Error('warm-up saga rebuilds did not finish in 5 min')
    const t1 = performance.now()
    await enqueueArticles(boss, ids.slice(0, n))
    const counts = await waitForCompleted(boss, bossSchema, n + warm, 30 * 60_000, 100)
    const articleSeconds = seconds(t1)
    if (counts.completed < n + warm) throw new Error(`only ${counts.completed}/${n + warm} jobs completed`)
    if (!await waitForFreshSagas(store, 30 * 60_000, 100)) throw new Error('sagas still stale 30 min after the last article')
    return { workers, articles: n, storeSeconds, articleSeconds, seconds: seconds(t1), bytes }
  } finally {
    await Promise.all(procs.map(stopWorker))
    await boss.stop({ graceful: false, wait: true })
    await dropSchema(o.pgUrl, bossSchema).catch(() => undefined)
    await store.close()
  }
}
