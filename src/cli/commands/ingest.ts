/**
 * `mercato ingest PATH… | -`: read articles, store their raw text, extract claims, report.
 *
 * Inputs are handled in batches (up to INGEST_BATCH articles, or what arrived within
 * INGEST_WAIT_MS): the batch's raw texts are stored first, in one transaction, then analysed,
 * and the analyses stored in one transaction. A kill at any point leaves whole articles; a
 * rerun finishes the ones left without an analysis. Output is what one-by-one ingest printed.
 */
import type { Command } from 'commander'
import { loadKnowledge } from '../../services/knowledge.ts'
import { formatReject, readInputs } from '../../pipeline/ingest/read-inputs.ts'
import type { InputItem } from '../../pipeline/ingest/types.ts'
import type { CliContext } from '../context.ts'
import { createProgress, type Progress } from '../progress.ts'
import { refreshSagas } from '../../services/refresh-sagas.ts'
import { reestimateUndated } from '../../services/reestimate-dates.ts'
import { analyseAndStoreMany } from '../../services/analyse.ts'
import { inBatches } from '../../services/batches.ts'
import type { Article, ArticleId, RawArticle } from '../../domain/types.ts'
import type { KnowledgeBase } from '../../pipeline/extract/kb/types.ts'
import type { PutArticleResult, Store } from '../../storage/store.ts'
import { PIPELINE_VERSION } from '../../pipeline/run.ts'

/** Sagas of touched players are rebuilt after this many new articles, and at the end. */
const SAGA_BATCH = 500
/** Articles stored and analysed per transaction. */
export const INGEST_BATCH = 200
/** Longest an article read waits for its batch to fill before it is stored. */
export const INGEST_WAIT_MS = 250

export interface IngestSummary {
  new: number
  unchanged: number
  revised: number
  rejected: number
  claims: number
  sagas: number
  rejects: string[]
}

type Input = InputItem

/** State of one ingest run, carried from batch to batch. */
interface Run {
  store: Store
  kb: KnowledgeBase
  sum: IngestSummary
  touched: Set<string>
  undated: Article[]
  pending: number
  progress: Progress
  write: (line: string) => void
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('ingest articles (files, directories, globs, or - for stdin) into the store')
    .argument('<paths...>', 'files, directories, globs, or -')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const { io } = ctx
      const store = await ctx.openStore()
      const run: Run = {
        store, kb: await loadKnowledge(store), touched: new Set(), undated: [], pending: 0,
        sum: { new: 0, unchanged: 0, revised: 0, rejected: 0, claims: 0, sagas: 0, rejects: [] },
        progress: createProgress(io.stderr, io.isTTY && !opts.json, 'ingest'),
        write: (line) => io.stderr.write(line + '\n'),
      }
      const inputs = readInputs(paths, { maxBytes: ctx.config().maxArticleBytes, stdin: io.stdin, cwd: io.cwd })
      for await (const batch of inBatches<Input>(inputs, INGEST_BATCH, INGEST_WAIT_MS)) await ingestBatch(run, batch)
      const { sum, touched, undated, kb } = run
      if (touched.size) sum.sagas += await refreshSagas(store, [...touched], kb)
      if (undated.length) await refreshSagas(store, await reestimateUndated(store, undated, kb), kb)
      run.progress.done()
      if (opts.json) io.stdout.write(JSON.stringify(sum, null, 2) + '\n')
      else io.stdout.write(formatSummary(sum))
      if (sum.rejected > 0) ctx.fail(1)
    })
}

/** Stores a batch's raw texts, then analyses what needs it, then reports in input order. */
async function ingestBatch(run: Run, batch: Input[]): Promise<void> {
  const raws = batch.flatMap((item) => (item.kind === 'article' ? [item.raw] : []))
  const puts = await putAll(run.store, raws)
  for (const put of puts) run.sum[put.status]++
  // INFO: a run killed between storing an article and its analysis leaves it unanalysed;
  // the rerun finishes it instead of calling it unchanged work.
  const unchanged = puts.filter((p) => p.status === 'unchanged').map((p) => p.article.id)
  const versions = unchanged.length ? await run.store.getAnalysisVersions(unchanged) : new Map<ArticleId, string>()
  const scheduled = new Set<ArticleId>()
  const todo: { index: number; article: Article }[] = []
  puts.forEach((put, index) => {
    const id = put.article.id
    if (scheduled.has(id) || (put.status === 'unchanged' && versions.get(id) === PIPELINE_VERSION)) return
    scheduled.add(id)
    todo.push({ index, article: put.article })
  })
  const errors = await analyseInSagaBatches(run, todo)
  let a = 0
  for (const item of batch) {
    if (item.kind === 'reject') {
      const line = formatReject(item.reject)
      run.sum.rejected++
      run.sum.rejects.push(line)
      run.progress.done()
      run.write(line)
      continue
    }
    run.progress.tick(item.raw.source)
    const error = errors.get(a++)
    if (error) run.write(`${item.raw.source}: ${error} (raw article kept; run mercato reprocess)`)
  }
}

/**
 * The batch in one transaction; when that fails, one by one, so the articles before a bad one
 * are kept and the error names the bad one (as one-by-one ingest did).
 */
async function putAll(store: Store, raws: RawArticle[]): Promise<PutArticleResult[]> {
  if (raws.length === 0) return []
  try {
    return await store.putArticles(raws)
  } catch {
    const out: PutArticleResult[] = []
    for (const raw of raws) out.push(await store.putArticle(raw))
    return out
  }
}

/**
 * Analyses and stores `todo`, refreshing sagas whenever SAGA_BATCH articles were analysed since
 * the last refresh (as one-by-one ingest did); returns extraction errors by input index.
 */
async function analyseInSagaBatches(run: Run, todo: { index: number; article: Article }[]): Promise<Map<number, string>> {
  const errors = new Map<number, string>()
  for (let i = 0; i < todo.length;) {
    const chunk = todo.slice(i, i + SAGA_BATCH - run.pending)
    i += chunk.length
    for (const t of chunk) if (!t.article.published) run.undated.push(t.article)
    const results = await analyseAndStoreMany(run.store, chunk.map((t) => t.article), { kb: run.kb })
    results.forEach((res, k) => {
      if ('error' in res) errors.set(chunk[k].index, res.error)
      else { run.sum.claims += res.claims; for (const p of res.players) run.touched.add(p) }
    })
    run.pending += chunk.length
    if (run.pending >= SAGA_BATCH) {
      run.sum.sagas += await refreshSagas(run.store, [...run.touched], run.kb)
      run.touched.clear()
      run.pending = 0
    }
  }
  return errors
}

function formatSummary(s: IngestSummary): string {
  const nothing = s.new + s.revised === 0 && s.unchanged > 0 ? ' — nothing new, every article was already stored' : ''
  return `ingested: ${s.new} new, ${s.unchanged} unchanged, ${s.revised} revised, ${s.rejected} rejected; ${s.claims} claims extracted, ${s.sagas} sagas updated${nothing}\n`
}
