/**
 * Crash safety (issue 2 §9): `mercato ingest examples/articles` killed with SIGKILL at random
 * points. Each time the store opens, passes its integrity check and holds only whole articles;
 * a rerun completes the batch with every article analysed.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleIdOf } from '../../src/storage/identity.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'
import { PROJECT_ROOT } from '../../src/test-support/seeds.ts'
import { cli, tempDb } from './helpers.ts'

/** How the child ended: killed by us, or exited by itself with a code. */
function ingestAndKill(db: string, afterMs: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/mercato.js'), '--db', db, 'ingest', 'examples/articles'], { cwd: PROJECT_ROOT, stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }) })
  })
}

describe('ingest killed with SIGKILL', () => {
  it('leaves a store that opens, holds whole articles, and a rerun completes', async () => {
    const db = tempDb()
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let i = 0; i < 4; i++) {
      const end = await ingestAndKill(db, 600 + Math.floor(random() * 1800))
      // Killed, or finished before the kill: never a crash of its own (a CLI that fails to load).
      expect(end.signal === 'SIGKILL' || end.code === 0, JSON.stringify(end)).toBe(true)
      const store = await openSqliteStore(db)
      expect((await store.checkIntegrity()).ok).toBe(true)
      const { articles } = await store.listArticles({ limit: 1000 })
      for (const a of articles) expect(articleIdOf(a.rawText, a.url ?? null)).toBe(a.id)
      await store.close()
    }
    const rerun = await cli(['--db', db, 'ingest', 'examples/articles', '--json'])
    expect(rerun.code).toBe(0)
    const store = await openSqliteStore(db)
    const { articles } = await store.listArticles({ limit: 1000 })
    expect(articles.length).toBe(50)
    for (const a of articles) expect(await store.getAnalysis(a.id), a.source).toBeDefined()
    expect((await store.listSagas({ limit: 5 })).total).toBeGreaterThan(8)
    await store.close()
  })
})
