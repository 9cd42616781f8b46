/**
 * Crash safety (SPEC §14): a child process stores synthetic articles, one transaction each,
 * and is SIGKILLed after a random 50–400 ms, five times. After every kill the SQLite file
 * must open, pass `integrity_check`, and hold only whole articles (the stored text hashes to
 * the id). A final uninterrupted run completes the batch.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { articleIdOf } from './identity.ts'
import { openSqliteStore } from './open-store.ts'
import { syntheticArticle } from './test-fixtures/synthetic.ts'

const COUNT = 6000
const KILLS = 5
const WRITER = fileURLToPath(new URL('./test-fixtures/crash-writer.ts', import.meta.url))
const enabled = !process.env.DIALECTS || process.env.DIALECTS.split(',').map((s) => s.trim()).includes('sqlite')
const dir = mkdtempSync(join(tmpdir(), 'mercato-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface RunResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs the writer; with `killAfterMs`, SIGKILLs it that long after it printed `ready`. */
function runWriter(path: string, killAfterMs?: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, String(COUNT)], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let armed = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (killAfterMs !== undefined && !armed && stdout.startsWith('ready\n')) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/** Opens the file, checks integrity and that every stored article is whole; returns the count. */
async function verify(path: string): Promise<number> {
  const store = await openSqliteStore(path)
  try {
    expect(await store.checkIntegrity()).toEqual({ ok: true, messages: ['ok'] })
    let after: number | undefined
    let seen = 0
    do {
      const page = await store.listArticles({ after, limit: 1000 })
      for (const a of page.articles) {
        expect(a.id).toBe(articleIdOf(a.rawText, a.url))
        const i = Number(a.url?.split('/').pop())
        expect(a.rawText).toBe(syntheticArticle(i).text)
        expect(a.revision).toBe(1)
      }
      seen += page.articles.length
      after = page.next
    } while (after !== undefined)
    expect(await store.countArticles()).toBe(seen)
    return seen
  } finally {
    await store.close()
  }
}

describe.skipIf(!enabled)('sqlite store survives SIGKILL', () => {
  it(`keeps whole articles across ${KILLS} kills and completes the batch on rerun`, async () => {
    const path = join(dir, 'crash.db')
    const counts: number[] = []
    for (let k = 0; k < KILLS; k++) {
      const delay = 50 + Math.floor(Math.random() * 351)
      const run = await runWriter(path, delay)
      expect(run.stderr).toBe('')
      expect(run.signal, `run ${k} ended by itself: ${run.stdout}`).toBe('SIGKILL')
      counts.push(await verify(path))
    }
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThanOrEqual(counts[k - 1])
    expect(counts[counts.length - 1]).toBeGreaterThan(0)
    if (process.env.MERCATO_CRASH_LOG) console.log(`articles after each kill: ${counts.join(', ')}`)
    const final = await runWriter(path)
    expect(final.code, final.stderr).toBe(0)
    expect(final.stdout).toContain(`done ${COUNT}`)
    expect(await verify(path)).toBe(COUNT)
  })
})
