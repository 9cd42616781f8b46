/**
 * `mercato ingest PATH… | -`: read articles, store their raw text, extract claims, report.
 */
import type { Command } from 'commander'
import { loadKnowledge } from '../../services/knowledge.ts'
import { formatReject, readInputs } from '../../pipeline/ingest/read-inputs.ts'
import type { CliContext } from '../context.ts'
import { createProgress } from '../progress.ts'
import { analyseAndStore } from '../services.ts'
import { refreshSagas } from '../../services/refresh-sagas.ts'
import { reestimateUndated } from '../../services/reestimate-dates.ts'
import type { Article } from '../../domain/types.ts'
import { PIPELINE_VERSION } from '../../pipeline/run.ts'

/** Sagas of touched players are rebuilt after this many new articles, and at the end. */
const SAGA_BATCH = 500

export interface IngestSummary {
  new: number
  unchanged: number
  revised: number
  rejected: number
  claims: number
  sagas: number
  rejects: string[]
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
      const kb = await loadKnowledge(store)
      const sum: IngestSummary = { new: 0, unchanged: 0, revised: 0, rejected: 0, claims: 0, sagas: 0, rejects: [] }
      const touched = new Set<string>()
      const undated: Article[] = []
      let pending = 0
      const progress = createProgress(io.stderr, io.isTTY && !opts.json, 'ingest')
      for await (const item of readInputs(paths, { maxBytes: ctx.config().maxArticleBytes, stdin: io.stdin, cwd: io.cwd })) {
        if (item.kind === 'reject') {
          sum.rejected++
          const line = formatReject(item.reject)
          sum.rejects.push(line)
          progress.done()
          io.stderr.write(line + '\n')
          continue
        }
        const put = await store.putArticle(item.raw)
        sum[put.status]++
        progress.tick(item.raw.source)
        // INFO: a run killed between storing an article and its analysis leaves it unanalysed;
        // the rerun finishes it instead of calling it unchanged work.
        if (put.status === 'unchanged' && (await store.getAnalysis(put.article.id))?.pipelineVersion === PIPELINE_VERSION) continue
        if (!put.article.published) undated.push(put.article)
        const res = await analyseAndStore(store, put.article, { kb })
        if ('error' in res) io.stderr.write(`${item.raw.source}: ${res.error} (raw article kept; run mercato reprocess)\n`)
        else { sum.claims += res.claims; for (const p of res.players) touched.add(p) }
        if (++pending >= SAGA_BATCH) { sum.sagas += await refreshSagas(store, [...touched], kb); touched.clear(); pending = 0 }
      }
      if (touched.size) sum.sagas += await refreshSagas(store, [...touched], kb)
      if (undated.length) await refreshSagas(store, await reestimateUndated(store, undated, kb), kb)
      progress.done()
      if (opts.json) io.stdout.write(JSON.stringify(sum, null, 2) + '\n')
      else io.stdout.write(formatSummary(sum))
      if (sum.rejected > 0) ctx.fail(1)
    })
}

function formatSummary(s: IngestSummary): string {
  const nothing = s.new + s.revised === 0 && s.unchanged > 0 ? ' — nothing new, every article was already stored' : ''
  return `ingested: ${s.new} new, ${s.unchanged} unchanged, ${s.revised} revised, ${s.rejected} rejected; ${s.claims} claims extracted, ${s.sagas} sagas updated${nothing}\n`
}
