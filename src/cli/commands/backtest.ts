/** `mercato backtest`: not built yet (see the open issues). */
import type { Command } from 'commander'
import type { CliContext } from '../context.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('backtest')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.io.stderr.write('mercato backtest: not built yet\n')
      ctx.fail(1)
    })
}
