/**
 * `mercato worker`: a PostgreSQL job-queue worker (SPEC §12). Fetches `process-article` jobs,
 * runs the pipeline on the stored article and replaces its analysis, and `refresh-sagas` jobs,
 * which rebuild the sagas of the players those analyses name. Run as many as you like on
 * as many machines as you like; SIGTERM/SIGINT stop it gracefully (jobs in hand finish first).
 */
import type { Command } from 'commander'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { countJobs, DEFAULT_QUEUE_SCHEMA, openQueue, REFRESH_SAGAS, type Queue } from '../../queue/article-queue.ts'
import { startArticleWorker, type JobEvent } from '../../queue/article-worker.ts'
import { enqueueUnprocessed } from '../../queue/enqueue-unprocessed.ts'
import { startStaleSweep, type StaleSweep } from '../../queue/stale-sweep.ts'
import type { CliContext, CliIO } from '../context.ts'

interface WorkerOptions {
  concurrency: string
  batchSize: string
  enqueueUnprocessed?: boolean
  queueSchema?: string
  expireSeconds?: string
  retryLimit?: string
  retryDelay?: string
  maintenanceSeconds?: string
  sweepSeconds?: string
  exitWhenEmpty?: boolean
  verbose?: boolean
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('process queued articles from PostgreSQL (needs DATABASE_URL or --database-url)')
    .option('--concurrency <n>', 'parallel fetch loops in this process', '1')
    .option('--batch-size <n>', 'jobs fetched per poll', '20')
    .option('--enqueue-unprocessed', 'first enqueue every stored article without an analysis')
    .option('--queue-schema <name>', `pg-boss schema (default ${DEFAULT_QUEUE_SCHEMA}, or MERCATO_QUEUE_SCHEMA)`)
    .option('--expire-seconds <n>', 'a job active this long is retried elsewhere (default 300)')
    .option('--retry-limit <n>', 'retries per job (default 5)')
    .option('--retry-delay <n>', 'seconds before the first retry, doubling after (default 5)')
    .option('--maintenance-seconds <n>', 'how often expired jobs are swept (default 30)')
    .option('--sweep-seconds <n>', 'when no article is waiting, rebuild stale sagas at once, checking this often (default 1; 0: leave them to their queued rebuilds)')
    .option('--exit-when-empty', 'stop once no job is waiting, retrying or active')
    .option('--verbose', 'one line per job on stderr')
    .action(async (opts: WorkerOptions) => {
      const { io } = ctx
      const url = ctx.config().databaseUrl
      if (!url) {
        io.stderr.write('mercato worker: needs PostgreSQL: set DATABASE_URL or pass --database-url\n')
        return ctx.fail(2)
      }
      const nums = parseNumbers(opts)
      if (typeof nums === 'string') {
        io.stderr.write(`mercato worker: ${nums}\n`)
        return ctx.fail(2)
      }
      await runWorker(ctx, url, opts, nums)
    })
}

async function runWorker(ctx: CliContext, url: string, opts: WorkerOptions, n: Numbers): Promise<void> {
  const { io } = ctx
  const schema = opts.queueSchema ?? io.env.MERCATO_QUEUE_SCHEMA ?? DEFAULT_QUEUE_SCHEMA
  const store = await ctx.openStore()
  const kb = loadKnowledgeBase()
  const boss = await openQueue(url, {
    schema, expireInSeconds: n.expireSeconds, retryLimit: n.retryLimit, retryDelay: n.retryDelay,
    maintenanceIntervalSeconds: n.maintenanceSeconds, max: n.concurrency + 2,
    onError: (err) => io.stderr.write(`mercato worker: queue error: ${err.message}\n`),
  })
  const tally = { done: 0, failed: 0 }
  let sweep: StaleSweep | undefined
  try {
    if (opts.enqueueUnprocessed) io.stderr.write(`worker: enqueued ${await enqueueUnprocessed(store, boss)} unprocessed articles\n`)
    await startArticleWorker(boss, {
      store, ctx: { kb }, concurrency: n.concurrency, batchSize: n.batchSize,
      onJob: (e) => report(io, e, tally, Boolean(opts.verbose)),
    })
    const sweepSeconds = n.sweepSeconds ?? 1
    if (sweepSeconds > 0) {
      sweep = startStaleSweep(boss, {
        store, kb, everyMs: sweepSeconds * 1000,
        onError: (err) => io.stderr.write(`mercato worker: stale sweep: ${err.message.split('\n')[0]}\n`),
        onSwept: (players) => { if (opts.verbose) io.stderr.write(`worker: rebuilt the sagas of ${players} stale players\n`) },
      })
    }
    io.stderr.write(`worker: ready (pid ${process.pid}, concurrency ${n.concurrency}, queue schema ${schema})\n`)
    await untilStopped(boss, schema, Boolean(opts.exitWhenEmpty))
  } finally {
    await sweep?.stop()
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 })
  }
  io.stderr.write(`worker: stopped; ${tally.done} jobs done, ${tally.failed} failed (will be retried)\n`)
  if (tally.failed > 0) ctx.fail(1)
}

function report(io: CliIO, e: JobEvent, tally: { done: number; failed: number }, verbose: boolean): void {
  if (e.ok) tally.done++
  else tally.failed++
  if (!e.ok) io.stderr.write(`worker: article ${e.articleId}: ${e.error}\n`)
  else if (verbose) io.stderr.write(`worker: article ${e.articleId}: ${e.claims} claims\n`)
}

/** Resolves on SIGTERM/SIGINT, or (with `exitWhenEmpty`) once the queue has nothing left to do. */
function untilStopped(boss: Queue, schema: string, exitWhenEmpty: boolean): Promise<void> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined
    const done = () => {
      process.off('SIGTERM', done)
      process.off('SIGINT', done)
      if (timer) clearInterval(timer)
      resolve()
    }
    process.once('SIGTERM', done)
    process.once('SIGINT', done)
    if (!exitWhenEmpty) return
    timer = setInterval(() => {
      Promise.all([countJobs(boss, schema), countJobs(boss, schema, REFRESH_SAGAS)])
        .then((cs) => { if (cs.every((c) => c.created + c.retry + c.active === 0)) done() }, () => undefined)
    }, 1000)
  })
}

interface Numbers {
  concurrency: number
  batchSize: number
  expireSeconds?: number
  retryLimit?: number
  retryDelay?: number
  maintenanceSeconds?: number
  sweepSeconds?: number
}

function parseNumbers(o: WorkerOptions): Numbers | string {
  const fields: [keyof Numbers, string | undefined, number][] = [
    ['concurrency', o.concurrency, 1], ['batchSize', o.batchSize, 1], ['expireSeconds', o.expireSeconds, 1],
    ['retryLimit', o.retryLimit, 0], ['retryDelay', o.retryDelay, 0], ['maintenanceSeconds', o.maintenanceSeconds, 1], ['sweepSeconds', o.sweepSeconds, 0],
  ]
  const out: Partial<Numbers> = {}
  for (const [key, raw, min] of fields) {
    if (raw === undefined) continue
    const v = Number(raw)
    if (!Number.isInteger(v) || v < min) return `expected --${kebab(key)} to be an integer ≥ ${min}, found ${JSON.stringify(raw)}`
    out[key] = v
  }
  return out as Numbers
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())
}
