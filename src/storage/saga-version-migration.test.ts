/**
 * Migration 0540 on a store written before it (a real SQLite file): players marked stale in
 * `saga_dirty` stay stale in `saga_version` (one row per slug), the others have no row, and a
 * rebuild with `onlyStale` rebuilds such a player (no row: not known to be current) and records him.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { refreshSagas } from '../services/refresh-sagas.ts'
import { openSqliteStore } from './open-store.ts'
import { sqlHandleOf } from './sql-store.ts'
import { makeAnalysis, makeClaim, makeRaw } from './test-fixtures/builders.ts'

const dir = mkdtempSync(join(tmpdir(), 'mercato-0540-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0540 (saga_dirty marks become claim versions)', () => {
  it('keeps the marked players stale, one per slug, and rebuilds an unmarked one once', async () => {
    const path = join(dir, 'old.db')
    const store = await openSqliteStore(path)
    const { article } = await store.putArticle(makeRaw())
    await store.putAnalysis(makeAnalysis(article.id, [
      makeClaim(article.id, { player: 'Tomás Araújo', toClub: 'Chelsea' }),
      makeClaim(article.id, { player: 'Rodri', toClub: 'Arsenal' }),
    ]))
    // Back to the store as 0520 left it: two spellings of one player marked, Rodri rebuilt.
    const { db } = sqlHandleOf(store)!
    await sql`drop table saga_version`.execute(db)
    await sql`create table saga_dirty (player_key text primary key, player text not null, marked_at text not null)`.execute(db)
    await sql`insert into saga_dirty values ('tomás araújo', 'Tomás Araújo', '2026-01-01T00:00:00.000Z'), ('tomas araujo', 'Tomas Araujo', '2026-01-01T00:00:00.000Z')`.execute(db)
    await sql`delete from kysely_migration where name = '0540-saga-version'`.execute(db)
    await store.close()

    const reopened = await openSqliteStore(path)
    try {
      expect(await reopened.listSagaDirty()).toEqual(['Tomás Araújo'])
      expect(await reopened.readSagaVersions(['Tomas Araujo', 'Rodri'])).toEqual(new Map([['tomas-araujo', { player: 'Tomás Araújo', changed: 1, built: null }]]))
      const kb = loadKnowledgeBase()
      const first = await refreshSagas(reopened, ['Tomas Araujo', 'Rodri'], kb, { onlyStale: true })
      expect([...first.claimsByPlayer]).toEqual([['Tomas Araujo', 1], ['Rodri', 1]])
      expect(await reopened.listSagaDirty()).toEqual([])
      expect((await refreshSagas(reopened, ['Tomas Araujo', 'Rodri'], kb, { onlyStale: true })).skipped).toEqual(['Tomas Araujo', 'Rodri'])
    } finally {
      await reopened.close()
    }
  })
})
