/**
 * `mercato ingest PATH… | -`: read articles, store their raw text, extract claims, report.
 *
 * Inputs are handled in batches (up to INGEST_BATCH articles, or what arrived within
 * INGEST_WAIT_MS) by an ingest run (src/services/ingest-run.ts): the batch's raw texts are
 * stored first, in one transaction, then analysed, and the analyses stored in one transaction.
 * A kill at any point leaves whole articles; a rerun finishes the ones left without an
 * analysis. Output is what one-by-one ingest printed.
 */
import type { Command } from 'commander'
import { loadKnowledge } from '../../services/knowledge.ts'
import { formatReject, readInputs } from '../../pipeline/ingest/read-inputs.ts'
import type { InputItem } from '../../pipeline/ingest/types.ts'
import type { CliContext } from '../context.ts'
import { createProgress } from '../progress.ts'
import { inBatches } from '../../services/batches.ts'
import { availableParallelism } from 'node:os'
import { createExtractPool } from '../../services/extract-pool.ts'
import { createIngestRun, type IngestRun, type IngestSummary } from '../../services/ingest-run.ts'

/** Articles stored and analysed per transaction. */
export const INGEST_BATCH = 200
/** Longest an article read waits for its batch to fill before it is stored. */
export const INGEST_WAIT_MS = 250

export function register(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('ingest articles (files, directories, globs, or - for stdin) into the store')
    .argument('<paths...>', 'files, directories, globs, or -')
    .option('--json', 'print the summary as JSON')
    .option('--threads <n>', 'worker threads for extraction (0 = extract on the main thread; default: cores - 1, at most 4)')
    .action(async (paths: string[], opts: { json?: boolean; threads?: string }) => {
      const threads = threadsFor(opts.threads, ctx.config().extractThreads)
      const store = await ctx.openStore()
      const kb = await loadKnowledge(store)
      const pool = threads > 0 ? createExtractPool(threads, kb) : undefined
      try {
        await ingestAll(paths, opts, ctx, createIngestRun(store, kb, { pool }))
      } finally {
        await pool?.close()
      }
    })
}

/** `--threads` wins over MERCATO_EXTRACT_THREADS, which wins over one per spare core (at most 4). */
export function threadsFor(flag: string | undefined, configured: number | undefined): number {
  if (flag !== undefined) {
    const n = Number(flag)
    if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`ingest: expected --threads to be a whole number from 0 to 64, found ${JSON.stringify(flag)}`)
    return n
  }
  return configured ?? Math.min(4, Math.max(0, availableParallelism() - 1))
}

/** Reads the inputs in batches through the run and prints the summary (the command's body). */
async function ingestAll(paths: string[], opts: { json?: boolean }, ctx: CliContext, run: IngestRun): Promise<void> {
  const { io } = ctx
  const progress = createProgress(io.stderr, io.isTTY && !opts.json, 'ingest')
  const inputs = readInputs(paths, { maxBytes: ctx.config().maxArticleBytes, stdin: io.stdin, cwd: io.cwd })
  for await (const batch of inBatches<InputItem>(inputs, INGEST_BATCH, INGEST_WAIT_MS)) {
    const outcomes = await run.add(batch.flatMap((item) => (item.kind === 'article' ? [item.raw] : [])))
    // Report in input order: rejects where they were read, extraction errors per article.
    let a = 0
    for (const item of batch) {
      if (item.kind === 'reject') {
        const line = formatReject(item.reject)
        run.summary.rejected++
        run.summary.rejects.push(line)
        progress.done()
        io.stderr.write(line + '\n')
        continue
      }
      progress.tick(item.raw.source)
      const error = outcomes[a++]?.error
      if (error) io.stderr.write(`${item.raw.source}: ${error} (raw article kept; run mercato reprocess)\n`)
    }
  }
  await run.finish()
  progress.done()
  const sum = run.summary
  if (opts.json) io.stdout.write(JSON.stringify(sum, null, 2) + '\n')
  else io.stdout.write(formatSummary(sum))
  if (sum.rejected > 0) ctx.fail(1)
}

function formatSummary(s: IngestSummary): string {
  const nothing = s.new + s.revised === 0 && s.unchanged > 0 ? ' — nothing new, every article was already stored' : ''
  return `ingested: ${s.new} new, ${s.unchanged} unchanged, ${s.revised} revised, ${s.rejected} rejected; ${s.claims} claims extracted, ${s.sagas} sagas updated${nothing}\n`
}
