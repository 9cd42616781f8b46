/**
 * Runs the CLI in-process with captured output, for tests.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { runCli } from '../../src/cli/main.ts'
import { PROJECT_ROOT } from '../../src/test-support/seeds.ts'

export interface CliRun { code: number; stdout: string; stderr: string }

/** @example const r = await cli(['--db', db, 'ingest', 'examples/articles']) */
export async function cli(argv: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: { write: (s: string) => { stdout += s } },
    stderr: { write: (s: string) => { stderr += s } },
    stdin: opts.stdin !== undefined ? Readable.from([opts.stdin]) : undefined,
    env: { ...opts.env },
    isTTY: false,
    cwd: PROJECT_ROOT,
  })
  return { code, stdout, stderr }
}

/** A fresh SQLite path in a temp directory. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'mercato-test-')), 'm.db')
}
