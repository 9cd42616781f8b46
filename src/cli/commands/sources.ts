/**
 * `mercato sources [--json]`: the source leaderboard, learned over resolved sagas (SPEC §8).
 */
import type { Command } from 'commander'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { computeSources } from '../../services/sources.ts'
import type { CliContext } from '../context.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('sources')
    .description('source leaderboard: claims, how many pointed the right way, how early, Brier; shrunk to tier priors')
    .option('--min-claims <n>', 'hide sources with fewer claims', '1')
    .option('--json', 'print as JSON')
    .action(async (o: { minClaims: string; json?: boolean }) => {
      const store = await ctx.openStore()
      const rows = (await computeSources(store, loadKnowledgeBase())).filter((r) => r.claims >= (Number(o.minClaims) || 0))
      const { io } = ctx
      if (o.json) { io.stdout.write(JSON.stringify(rows, null, 2) + '\n'); return }
      if (!rows.length) { io.stderr.write('no source has claims in resolved sagas yet\n'); return }
      io.stdout.write(`${'source'.padEnd(32)} tier  claims  right  accuracy  reliability  Brier  days early\n`)
      for (const r of rows) {
        const pct = (x: number | null) => (x === null ? '   -' : `${Math.round(x * 100)}%`.padStart(4))
        io.stdout.write(`${r.source.slice(0, 31).padEnd(32)} ${String(r.tier ?? '-').padStart(4)}  ${String(Math.round(r.claims * 10) / 10).padStart(6)}  ${String(Math.round(r.right * 10) / 10).padStart(5)}  ${pct(r.accuracy).padStart(8)}  ${pct(r.shrunk).padStart(11)}  ${r.brier === null ? '    -' : r.brier.toFixed(3)}  ${r.medianDaysEarly ?? '-'}\n`)
      }
    })
}
