/**
 * The composition root of the CLI: builds configuration and the store, registers every
 * command, runs one. `runCli` is the in-process entry used by tests.
 */
import { Command, CommanderError } from 'commander'
import { loadConfig, type Config } from '../config.ts'
import type { Store } from '../storage/store.ts'
import type { CliContext, CliIO, CommandModule } from './context.ts'
import { COMMANDS } from './commands/index.ts'

/** Runs the CLI with explicit I/O and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0
  let config: Config | undefined
  const stores: Store[] = []
  const program = new Command('mercato')
  program
    .description('Transfer-news intelligence: claims, sagas, likelihoods and source reliability')
    .option('--db <path>', 'SQLite file (default ./mercato.db, or MERCATO_DB)')
    .option('--database-url <url>', 'PostgreSQL URL (or DATABASE_URL); wins over --db')
    .showHelpAfterError('(run mercato --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
  const ctx: CliContext = {
    io,
    config() {
      if (!config) {
        const o = program.opts<{ db?: string; databaseUrl?: string }>()
        config = loadConfig({ flags: { db: o.db, databaseUrl: o.databaseUrl }, env: io.env })
      }
      return config
    },
    async openStore() {
      const { openStore } = await import('../storage/open-store.ts')
      const store = await openStore(ctx.config())
      stores.push(store)
      return store
    },
    fail(code) {
      exitCode = Math.max(exitCode, code)
    },
  }
  for (const mod of COMMANDS as CommandModule[]) mod.register(program, ctx)
  for (const sub of program.commands) sub.exitOverride().configureOutput(program.configureOutput())
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0
      return 2
    }
    io.stderr.write(`mercato: ${err instanceof Error ? err.message : String(err)}\n`)
    exitCode = Math.max(exitCode, 1)
  } finally {
    for (const s of stores) await s.close().catch(() => undefined)
  }
  return exitCode
}

/** Process entry: real stdio and environment. */
export async function main(argv: string[]): Promise<number> {
  // INFO: `mercato sagas | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); throw err })
  return runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  })
}
