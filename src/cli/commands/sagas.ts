/**
 * `mercato sagas [--player] [--club] [--stage] [--json]`: the sagas, most recently active first.
 */
import type { Command } from 'commander'
import type { SagaKind, Stage } from '../../domain/types.ts'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { createServices } from '../../services/create-services.ts'
import type { CliContext } from '../context.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('sagas')
    .description('list sagas (player → club, stage, likelihood)')
    .option('--player <name>', 'only this player')
    .option('--club <name>', 'only sagas involving this club')
    .option('--stage <stage>', 'only sagas at this stage')
    .option('--kind <kind>', 'move or renewal')
    .option('--since <date>', 'only sagas active on or after this date')
    .option('--limit <n>', 'most rows', '50')
    .option('--json', 'print as JSON')
    .action(async (o: { player?: string; club?: string; stage?: string; kind?: string; since?: string; limit: string; json?: boolean }) => {
      const store = await ctx.openStore()
      const services = createServices(store, { kb: loadKnowledgeBase() })
      const res = await services.listSagas({ player: o.player, club: o.club, stage: o.stage as Stage | undefined, kind: o.kind as SagaKind | undefined, since: o.since, limit: Number(o.limit) || 50 })
      const { io } = ctx
      if (o.json) { io.stdout.write(JSON.stringify(res, null, 2) + '\n'); return }
      if (!res.items.length) { io.stderr.write('no sagas match\n'); return }
      for (const s of res.items) {
        const p = s.likelihood === null ? '   -' : `${Math.round(s.likelihood * 100)}%`.padStart(4)
        io.stdout.write(`${p}  ${s.stage.padEnd(16)} ${s.player}: ${s.kind === 'renewal' ? `renewal at ${s.club}` : `${s.fromClub ?? '?'} → ${s.club}`}  (${s.claimCount} claims, ${s.reportCount} reports, last ${s.lastDate ?? 'undated'})  ${s.id}\n`)
      }
      io.stdout.write(`${res.items.length} of ${res.total} sagas\n`)
    })
}
