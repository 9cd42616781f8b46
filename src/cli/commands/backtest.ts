/**
 * `mercato backtest [--outcomes FILE] [--svg FILE] [--json]`: replay the stored claims in date
 * order, predict each resolved move saga at every date before its outcome with only what was
 * known then, and report calibration against two baselines (SPEC §8).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve as resolvePath } from 'node:path'
import type { Command } from 'commander'
import type { SagaId } from '../../domain/types.ts'
import type { Outcome, Resolution } from '../../domain/saga.ts'
import { toSagaId } from '../../pipeline/cluster/saga-key.ts'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { backtest } from '../../pipeline/score/backtest.ts'
import { renderReliabilitySvg } from '../../pipeline/score/reliability-diagram.ts'
import { findClubByName } from '../../services/club-lookup.ts'
import { sourceTiers } from '../../services/source-tiers.ts'
import { loadAllSagas, resolveAll } from '../../services/sources.ts'
import type { CliContext } from '../context.ts'
import { formatBacktestReport } from '../format-backtest.ts'

interface OutcomeRow { saga?: string; player: string; toClub: string; kind?: 'move' | 'renewal'; outcome: string; date: string }

export function register(program: Command, ctx: CliContext): void {
  program
    .command('backtest')
    .description('replay stored claims in date order and score likelihoods against outcomes (Brier, log loss, reliability diagram)')
    .option('--outcomes <file>', 'known outcomes as JSON [{player, toClub, kind, outcome, date}] (e.g. examples/outcomes.json); default: outcomes resolved from claims and by hand')
    .option('--svg <file>', 'write the reliability diagram as an SVG image', 'reliability.svg')
    .option('--json', 'print the report as JSON')
    .action(async (o: { outcomes?: string; svg: string; json?: boolean }) => {
      const { io } = ctx
      const kb = loadKnowledgeBase()
      const store = await ctx.openStore()
      const sagas = await loadAllSagas(store)
      let resolutions: Resolution[]
      if (o.outcomes) {
        const rows = await readOutcomes(resolvePath(io.cwd, o.outcomes)).catch((e: Error) => e)
        if (rows instanceof Error) { io.stderr.write(`mercato backtest: ${o.outcomes}: ${rows.message}\n`); return ctx.fail(1) }
        resolutions = rows
      } else resolutions = resolveAll(sagas, await store.listResolutions()).map((r) => r.resolution)
      const tiers = sourceTiers(kb)
      const report = backtest(sagas, resolutions, {
        tierOf: (s) => { const t = tiers.tierOf(s); return t ? { tier: t.tier, kind: t.kind } : undefined },
        leagueOf: (club) => findClubByName(kb, club)?.league,
      })
      const svgPath = resolvePath(io.cwd, o.svg)
      await writeFile(svgPath, renderReliabilitySvg(report.models, 'Mercato backtest: reliability diagram'))
      if (o.json) io.stdout.write(JSON.stringify({ ...report, svg: svgPath }, null, 2) + '\n')
      else io.stdout.write(formatBacktestReport(report) + `\nReliability diagram written to ${svgPath}\n`)
    })
}

async function readOutcomes(path: string): Promise<Resolution[]> {
  const rows = JSON.parse(await readFile(path, 'utf8')) as OutcomeRow[]
  if (!Array.isArray(rows)) throw new Error('expected a JSON array of outcomes')
  const OK = new Set(['signed', 'collapsed', 'extension_signed', 'stays'])
  return rows.filter((r) => OK.has(r.outcome) && /^\d{4}-\d{2}-\d{2}/.test(r.date)).map((r) => ({
    sagaId: (r.saga ?? toSagaId(r.kind ?? 'move', r.player, r.toClub)) as SagaId,
    outcome: r.outcome as Outcome,
    date: r.date.slice(0, 10),
    by: 'hand' as const,
  }))
}
