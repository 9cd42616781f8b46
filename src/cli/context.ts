/**
 * What every CLI command receives: its I/O, the parsed configuration and factories for the
 * real dependencies. Commands never construct a store or read env vars themselves, so tests
 * can run them in-process with `runCli(argv, io)`.
 */
import type { Command } from 'commander'
import type { Config } from '../config.ts'
import type { Store } from '../storage/store.ts'

export interface Output {
  write(chunk: string): unknown
}

export interface CliIO {
  stdout: Output
  stderr: Output
  stdin?: NodeJS.ReadableStream
  env: Record<string, string | undefined>
  /** True when stderr is a terminal: progress bars are drawn only then. */
  isTTY: boolean
  cwd: string
}

export interface CliContext {
  io: CliIO
  /** Configuration after global flags (`--db`) are applied. */
  config(): Config
  /** Opens the configured store (SQLite file or PostgreSQL), running migrations. */
  openStore(): Promise<Store>
  /** Sets the process exit code (0 ok, 1 failure, 2 usage); the highest wins. */
  fail(code: 1 | 2): void
}

export interface CommandModule {
  register(program: Command, ctx: CliContext): void
}

/** Exit codes: 0 ok, 1 something failed or was rejected, 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const
