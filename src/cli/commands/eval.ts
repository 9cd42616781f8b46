/**
 * `mercato eval --gold FILE --articles PATH`: extraction quality against a gold file (SPEC §11).
 */
import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Command } from 'commander'
import type { RawArticle } from '../../domain/types.ts'
import { parseGold } from '../../eval/gold.ts'
import { evaluate, type EvalResult } from '../../eval/run-eval.ts'
import { formatReject } from '../../pipeline/ingest/read-inputs.ts'
import { readInputs } from '../../pipeline/ingest/read-inputs.ts'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import type { CliContext } from '../context.ts'
import { formatEvalReport } from '../format-eval.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('score extraction against a gold file: precision, recall, F1, errors')
    .requiredOption('--gold <file>', 'gold file (SPEC §11 format)')
    .requiredOption('--articles <path>', 'articles the gold file describes (file, directory or glob)')
    .option('--json', 'print the report as JSON')
    .option('--errors <n>', 'how many missed/spurious claims, and window/attribution disagreements, to list (default all)')
    .action(async (opts: { gold: string; articles: string; json?: boolean; errors?: string }) => {
      const { io } = ctx
      const goldPath = resolve(io.cwd, opts.gold)
      let goldJson: unknown
      try {
        goldJson = JSON.parse(await readFile(goldPath, 'utf8'))
      } catch (err) {
        io.stderr.write(`mercato eval: ${opts.gold}: cannot read gold file (${(err as Error).message.split('\n')[0]})\n`)
        return ctx.fail(1)
      }
      const gold = parseGold(goldJson)
      if (typeof gold === 'string') {
        io.stderr.write(`mercato eval: ${opts.gold}: ${gold}\n`)
        return ctx.fail(1)
      }
      const root = resolve(io.cwd, opts.articles)
      const rootDir = (await stat(root).catch(() => undefined))?.isDirectory() ? root : dirname(root)
      const raws: RawArticle[] = []
      for await (const item of readInputs([opts.articles], { maxBytes: ctx.config().maxArticleBytes, cwd: io.cwd })) {
        if (item.kind === 'article') raws.push(item.raw)
        else io.stderr.write(formatReject(item.reject) + '\n')
      }
      const report: EvalResult = evaluate(gold, raws, rootDir, loadKnowledgeBase())
      if (opts.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n')
      else io.stdout.write(formatEvalReport(report, opts.errors ? Number(opts.errors) : Infinity))
      if (report.unmatchedGold.length) {
        io.stderr.write(`mercato eval: ${report.unmatchedGold.length} gold article(s) not found under ${opts.articles}: ${report.unmatchedGold.slice(0, 5).join(', ')}\n`)
        ctx.fail(1)
      }
    })
}
