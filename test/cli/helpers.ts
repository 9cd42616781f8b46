/**
 * Runs the CLI in-process with captured output, for tests (and as a child process where the
 * loader or threads matter).
 */
import { spawn } from 'node:child_process'
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

/**
 * Runs the real `bin/mercato.js` in a child process (tsx's loader, not the test runner's
 * transform, and real worker threads), for the paths where that difference matters.
 * @example const r = await cliProcess(['--db', db, 'ingest', dir, '--threads', '2'])
 */
export function cliProcess(argv: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/mercato.js'), ...argv], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}
