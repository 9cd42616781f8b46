/**
 * `mercato resolve SAGA-ID --outcome signed|collapsed|extension_signed|stays --date D`: set a
 * saga's outcome by hand; it wins over any claim (SPEC §8).
 */
import type { Command } from 'commander'
import type { SagaId } from '../../domain/types.ts'
import type { Outcome } from '../../domain/saga.ts'
import type { CliContext } from '../context.ts'

const OUTCOMES: Outcome[] = ['signed', 'collapsed', 'extension_signed', 'stays']

export function register(program: Command, ctx: CliContext): void {
  program
    .command('resolve')
    .description('resolve a saga by hand (wins over claims)')
    .argument('<saga-id>', 'saga id, e.g. move:trent-alexander-arnold:real-madrid')
    .requiredOption('--outcome <outcome>', OUTCOMES.join('|'))
    .requiredOption('--date <date>', 'YYYY-MM-DD')
    .option('--note <text>', 'why')
    .action(async (id: string, o: { outcome: string; date: string; note?: string }) => {
      const { io } = ctx
      if (!OUTCOMES.includes(o.outcome as Outcome)) { io.stderr.write(`mercato resolve: expected --outcome ${OUTCOMES.join('|')}, found ${JSON.stringify(o.outcome)}\n`); return ctx.fail(2) }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date)) { io.stderr.write(`mercato resolve: expected a YYYY-MM-DD date, found ${JSON.stringify(o.date)}\n`); return ctx.fail(2) }
      const store = await ctx.openStore()
      if (!(await store.getSaga(id))) { io.stderr.write(`mercato resolve: no saga ${id} (see mercato sagas)\n`); return ctx.fail(1) }
      await store.putResolution({ sagaId: id as SagaId, outcome: o.outcome as Outcome, date: o.date, by: 'hand', note: o.note })
      io.stdout.write(`resolved ${id}: ${o.outcome} on ${o.date}\n`)
    })
}
