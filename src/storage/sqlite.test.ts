/**
 * Runs the store contract on SQLite, always: in memory and in a temporary file. Also checks
 * what only the SQLite store promises: a file created on first use, WAL mode, clear errors.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openSqliteStore, openStore } from './open-store.ts'
import { SQLITE_WAL_AUTOCHECKPOINT } from './dialects/sqlite.ts'
import { sqlHandleOf } from './sql-store.ts'
import { runStoreTests } from './store.case.test.ts'
import { makeRaw } from './test-fixtures/builders.ts'

const enabled = !process.env.DIALECTS || process.env.DIALECTS.split(',').map((s) => s.trim()).includes('sqlite')
const dir = mkdtempSync(join(tmpdir(), 'mercato-sqlite-'))
let n = 0
afterAll(() => rmSync(dir, { recursive: true, force: true }))

if (enabled) {
  runStoreTests({ name: 'sqlite :memory:', newStore: () => openSqliteStore(':memory:') })
  runStoreTests({ name: 'sqlite file', newStore: () => openSqliteStore(join(dir, `contract-${n++}.db`)) })
}

describe.skipIf(!enabled)('sqlite store specifics', () => {
  it('creates the file on first use and keeps articles across reopen', async () => {
    const path = join(dir, 'reopen.db')
    expect(existsSync(path)).toBe(false)
    const a = await openStore({ db: path })
    const { article } = await a.putArticle(makeRaw())
    await a.close()
    expect(existsSync(path)).toBe(true)
    const b = await openStore({ db: path })
    expect(await b.getArticle(article.id)).toEqual(article)
    expect(await b.checkIntegrity()).toEqual({ ok: true, messages: ['ok'] })
    await b.close()
  })

  it('a file store is in WAL mode and copies its log back every SQLITE_WAL_AUTOCHECKPOINT pages', async () => {
    const store = await openSqliteStore(join(dir, 'wal.db'))
    const db = sqlHandleOf(store)!.db
    const one = async (pragma: string) => Object.values((await sql.raw(`pragma ${pragma}`).execute(db)).rows[0] as object)[0]
    expect([await one('journal_mode'), await one('wal_autocheckpoint')]).toEqual(['wal', SQLITE_WAL_AUTOCHECKPOINT])
    await store.close()
  })

  it('refuses a path whose directory does not exist, in one line', async () => {
    await expect(openSqliteStore('./no-such-dir-mercato/x/y.db'))
      .rejects.toThrow(/^store: cannot open \.\/no-such-dir-mercato\/x\/y\.db \(directory does not exist\)$/)
  })

  it('refuses a file that is not a database, in one line', async () => {
    const path = join(dir, 'garbage.db')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path, 'this is not a sqlite database, just some text '.repeat(200))
    await expect(openSqliteStore(path)).rejects.toThrow(/^store: /)
  })
})
