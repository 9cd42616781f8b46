/**
 * The workers: `process-article` loads the stored articles of a batch of jobs, runs the
 * pipeline, replaces their analyses in one transaction, then queues a saga rebuild for every
 * player they name; `refresh-sagas` rebuilds those players' sagas, unless they are current by then.
 * Each job's effect is idempotent, so a job delivered twice (its first worker died after
 * committing but before acknowledging) leaves the same single analysis behind; and because the
 * rebuild is queued before the article job is acknowledged, a worker dying in between only
 * means the article job runs again and queues it again.
 */
import type PgBoss from 'pg-boss'
import type { Analysis, Article, ArticleId } from '../domain/types.ts'
import type { Store } from '../storage/store.ts'
import { processArticle, type PipelineContext } from '../pipeline/run.ts'
import { refreshSagas } from '../services/refresh-sagas.ts'
import { sagaSlug } from '../pipeline/cluster/saga-key.ts'
import { supersededPlayers } from '../services/superseded-players.ts'
import { enqueueSagaRefresh, PROCESS_ARTICLE, REFRESH_DELAY_SECONDS, REFRESH_SAGAS, refreshDelay, type ProcessArticleJob, type Queue, type RefreshSagasJob } from './article-queue.ts'

export interface ArticleWorkerOptions {
  store: Store
  ctx: PipelineContext
  /** Parallel fetch loops in this process (default 1). Extraction is synchronous, so more only overlaps I/O. */
  concurrency?: number
  /** Jobs fetched per poll (default 5). */
  batchSize?: number
  /**
   * Seconds a queued saga rebuild waits before it may run (default: the queue's); a player whose
   * last rebuild here read many claims waits longer (`refreshDelay`).
   */
  refreshDelaySeconds?: number
  /** Called once per job, after it succeeded or failed. */
  onJob?: (event: JobEvent) => void
}

export type JobEvent =
  | { ok: true; articleId: string; claims: number }
  | { ok: false; articleId: string; error: string }

/**
 * Registers `concurrency` pg-boss workers on `process-article`; returns their ids.
 * @example await startArticleWorker(boss, { store, ctx: { kb }, concurrency: 2 })
 */
export async function startArticleWorker(boss: Queue, opts: ArticleWorkerOptions): Promise<string[]> {
  const ids: string[] = []
  const sizes: RebuildSizes = new Map()
  for (let i = 0; i < Math.max(1, opts.concurrency ?? 1); i++) {
    let id: string | undefined
    id = await boss.work<ProcessArticleJob>(PROCESS_ARTICLE, { batchSize: opts.batchSize ?? 5 }, async (jobs) => {
      await handleBatch(boss, jobs, opts, sizes)
      // pg-boss 10 waits out the polling interval after every fetch, even a full one; a worker
      // that just found work should fetch again at once.
      if (id) boss.notifyWorker(id)
    })
    ids.push(id)
  }
  let refreshId: string | undefined
  refreshId = await boss.work<RefreshSagasJob>(REFRESH_SAGAS, { batchSize: 20 }, async (jobs) => {
    const players = jobs.map((j) => j.data?.player).filter((p): p is string => typeof p === 'string' && p !== '')
    // Players whose sagas are already current (the stale sweep, or an earlier job, rebuilt them
    // after the claims that queued this job) are skipped: see refreshSagas' `onlyStale`.
    const { claimsByPlayer } = await refreshSagas(opts.store, players, opts.ctx.kb, { onlyStale: true })
    noteRebuildSizes(sizes, claimsByPlayer)
    // As above: without this a worker rebuilt at most one batch of players per polling interval,
    // and a busy ingest left its saga rebuilds queued long after its articles were done.
    if (refreshId) boss.notifyWorker(refreshId)
  })
  ids.push(refreshId)
  return ids
}

/** Claims read by the last rebuild of each player (by slug) in this process. */
type RebuildSizes = Map<string, number>

/** Players kept in `RebuildSizes`; past this the map starts afresh (it only tunes delays). */
const MAX_SIZES = 100_000

function noteRebuildSizes(sizes: RebuildSizes, claimsByPlayer: ReadonlyMap<string, number>): void {
  if (sizes.size > MAX_SIZES) sizes.clear()
  for (const [player, n] of claimsByPlayer) sizes.set(sagaSlug(player), n)
}

/**
 * Runs a batch: every job's article is processed, then all the analyses are stored in one
 * transaction. A failing job is failed on its own (pg-boss retries it with backoff) and the
 * rest of the batch completes when the handler returns. When the batch write fails, each
 * analysis is written on its own so that only the jobs whose write fails are failed.
 */
export async function handleBatch(boss: Queue, jobs: PgBoss.Job<ProcessArticleJob>[], opts: ArticleWorkerOptions, sizes: RebuildSizes = new Map()): Promise<void> {
  const done: { job: PgBoss.Job<ProcessArticleJob>; analysis: Analysis }[] = []
  const ids = jobs.map((j) => j.data?.articleId).filter((id): id is ArticleId => typeof id === 'string' && id !== '')
  const articles = new Map((await opts.store.getArticles(ids)).map((a) => [a.id, a]))
  for (const job of jobs) {
    try {
      done.push({ job, analysis: analyseJob(articles, opts.ctx, job.data?.articleId) })
    } catch (err) {
      await failJob(boss, job, err, opts)
    }
  }
  if (done.length === 0) return
  let stored = done
  try {
    await opts.store.putAnalyses(done.map((d) => d.analysis))
  } catch {
    stored = []
    for (const d of done) {
      try {
        await opts.store.putAnalysis(d.analysis)
        stored.push(d)
      } catch (err) {
        await failJob(boss, d.job, err, opts)
      }
    }
  }
  // Throws when the queue is unreachable: the whole batch is then retried, which is harmless.
  const players = stored.flatMap((d) => d.analysis.claims.map((c) => c.player))
  // A revision takes its predecessor's claims out of the sagas: those players are rebuilt too.
  for (const d of stored) players.push(...await supersededPlayers(opts.store, articles.get(d.analysis.articleId)!))
  const base = opts.refreshDelaySeconds ?? REFRESH_DELAY_SECONDS
  await enqueueSagaRefresh(boss, players, (slug) => refreshDelay(base, sizes.get(slug)))
  for (const d of stored) opts.onJob?.({ ok: true, articleId: d.job.data.articleId, claims: d.analysis.claims.length })
}

async function failJob(boss: Queue, job: PgBoss.Job<ProcessArticleJob>, err: unknown, opts: ArticleWorkerOptions): Promise<void> {
  const error = (err as Error).message.split('\n')[0]
  await boss.fail(PROCESS_ARTICLE, job.id, { message: error })
  opts.onJob?.({ ok: false, articleId: job.data?.articleId, error })
}

/**
 * One job's work; throws when the article is missing or the store fails (the job is retried).
 * @example await processOne(store, { kb }, id) // number of claims stored
 */
export async function processOne(store: Store, ctx: PipelineContext, articleId: string | undefined): Promise<number> {
  const found = typeof articleId === 'string' && articleId !== '' ? await store.getArticle(articleId as ArticleId) : undefined
  const analysis = analyseJob(new Map(found ? [[found.id, found]] : []), ctx, articleId)
  await store.putAnalysis(analysis)
  return analysis.claims.length
}

/** The analysis of a job's article, not yet stored; throws when the job or article is bad. */
function analyseJob(articles: ReadonlyMap<string, Article>, ctx: PipelineContext, articleId: string | undefined): Analysis {
  if (typeof articleId !== 'string' || articleId === '') throw new Error('worker: expected a job with data.articleId')
  const article = articles.get(articleId)
  if (!article) throw new Error(`worker: no article ${articleId}`)
  return processArticle(article, ctx)
}
