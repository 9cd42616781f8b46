/**
 * `mercato saga NAME|ID [--as-of D] [--since D] [--json]`: a saga's stage, timeline with
 * reports folded, conflicting facts, likelihood with its evidence, and related sagas.
 */
import type { Command } from 'commander'
import type { SagaId } from '../../domain/types.ts'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { createServices } from '../../services/create-services.ts'
import type { SagaDetail } from '../../services/types.ts'
import type { CliContext } from '../context.ts'
import { formatSaga } from '../format-saga.ts'

const DATE = /^\d{4}-\d{2}-\d{2}$/

export function register(program: Command, ctx: CliContext): void {
  program
    .command('saga')
    .description('show the sagas of a player (or one saga by id): stage, timeline, conflicts, likelihood')
    .argument('<name-or-id>', 'player name or saga id (move:… / renewal:…)')
    .option('--as-of <date>', 'the saga as it stood on this date (YYYY-MM-DD)')
    .option('--since <date>', 'only what is new since this date')
    .option('--json', 'print as JSON')
    .action(async (key: string, o: { asOf?: string; since?: string; json?: boolean }) => {
      const { io } = ctx
      for (const d of [o.asOf, o.since]) if (d && !DATE.test(d)) { io.stderr.write(`mercato saga: expected a YYYY-MM-DD date, found ${JSON.stringify(d)}\n`); return ctx.fail(2) }
      const store = await ctx.openStore()
      const services = createServices(store, { kb: loadKnowledgeBase() })
      const ids = /^(move|renewal):/.test(key) ? [key] : (await services.sagasOfPlayer(key)).map((s) => s.id)
      if (!ids.length) { io.stderr.write(`mercato saga: no saga for ${JSON.stringify(key)} (try mercato sagas)\n`); return ctx.fail(1) }
      const details: SagaDetail[] = []
      for (const id of ids) { const d = await services.getSaga(id as SagaId, { asOf: o.asOf, since: o.since }); if (d) details.push(d) }
      if (o.json) { io.stdout.write(JSON.stringify(details.length === 1 ? details[0] : details, null, 2) + '\n'); return }
      for (const d of details) io.stdout.write(formatDetail(d, o) + '\n')
    })
}

function formatDetail(d: SagaDetail, o: { asOf?: string; since?: string }): string {
  let out = formatSaga(d.saga, { asOf: o.asOf, since: o.since })
  const last = d.likelihood[d.likelihood.length - 1]
  if (last) {
    out += `\nLikelihood ${Math.round(last.p * 100)}% on ${last.date} because:\n`
    for (const f of last.factors) out += `  ${f.delta >= 0 ? '+' : ''}${f.delta.toFixed(2)}  ${f.why}\n`
  }
  if (d.resolution) out += `\nResolved: ${d.resolution.outcome} on ${d.resolution.date} (${d.resolution.by}${d.resolution.note ? `: ${d.resolution.note}` : ''})\n`
  return out
}
