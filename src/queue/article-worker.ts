/**
 * The `process-article` worker: load the stored article, run the pipeline, replace its analysis.
 * Each job's effect is idempotent, so a job delivered twice (its first worker died after
 * committing but before acknowledging) leaves the same single analysis behind.
 */
import type PgBoss from 'pg-boss'
import type { Store } from '../storage/store.ts'
import { processArticle, type PipelineContext } from '../pipeline/run.ts'
import { PROCESS_ARTICLE, type ProcessArticleJob, type Queue } from './article-queue.ts'

export interface ArticleWorkerOptions {
  store: Store
  ctx: PipelineContext
  /** Parallel fetch loops in this process (default 1). Extraction is synchronous, so more only overlaps I/O. */
  concurrency?: number
  /** Jobs fetched per poll (default 5). */
  batchSize?: number
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
  for (let i = 0; i < Math.max(1, opts.concurrency ?? 1); i++) {
    let id: string | undefined
    id = await boss.work<ProcessArticleJob>(PROCESS_ARTICLE, { batchSize: opts.batchSize ?? 5 }, async (jobs) => {
      await handleBatch(boss, jobs, opts)
      // pg-boss 10 waits out the polling interval after every fetch, even a full one; a worker
      // that just found work should fetch again at once.
      if (id) boss.notifyWorker(id)
    })
    ids.push(id)
  }
  return ids
}

/**
 * Runs a batch job by job. A failing job is failed on its own (pg-boss retries it with backoff)
 * and the rest of the batch completes when the handler returns.
 */
export async function handleBatch(boss: Queue, jobs: PgBoss.Job<ProcessArticleJob>[], opts: ArticleWorkerOptions): Promise<void> {
  for (const job of jobs) {
    const articleId = job.data?.articleId
    try {
      const claims = await processOne(opts.store, opts.ctx, articleId)
      opts.onJob?.({ ok: true, articleId, claims })
    } catch (err) {
      const error = (err as Error).message.split('\n')[0]
      await boss.fail(PROCESS_ARTICLE, job.id, { message: error })
      opts.onJob?.({ ok: false, articleId, error })
    }
  }
}

/**
 * One job's work; throws when the article is missing or the store fails (the job is retried).
 * @example await processOne(store, { kb }, id) // number of claims stored
 */
export async function processOne(store: Store, ctx: PipelineContext, articleId: string | undefined): Promise<number> {
  if (typeof articleId !== 'string' || articleId === '') throw new Error('worker: expected a job with data.articleId')
  const article = await store.getArticle(articleId as ProcessArticleJob['articleId'])
  if (!article) throw new Error(`worker: no article ${articleId}`)
  const analysis = processArticle(article, ctx)
  await store.putAnalysis(analysis)
  return analysis.claims.length
}
