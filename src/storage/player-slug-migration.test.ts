/**
 * Migration 0520 on a store written before it (a real SQLite file): claims keyed by their
 * lower-cased name are re-keyed by slug when the file is next opened, so a saga rebuild reads
 * the claims of every spelling its saga ids merge.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from './open-store.ts'
import { sqlHandleOf } from './sql-store.ts'
import { makeAnalysis, makeClaim, makeRaw } from './test-fixtures/builders.ts'

const dir = mkdtempSync(join(tmpdir(), 'mercato-0520-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0520 (claim player keys become slugs)', () => {
  it('re-keys the claims of a store written before it, and the rebuild reads every spelling', async () => {
    const path = join(dir, 'old.db')
    const store = await openSqliteStore(path)
    const { article } = await store.putArticle(makeRaw())
    await store.putAnalysis(makeAnalysis(article.id, [
      makeClaim(article.id, { player: 'Tomás Araújo', toClub: 'Chelsea' }),
      makeClaim(article.id, { player: 'Tomas Araujo', toClub: 'Arsenal' }),
      makeClaim(article.id, { player: 'Rodri', toClub: 'Arsenal' }),
    ]))
    // Back to the store as 0510 left it: keys are lower-cased names, the saga key index exists.
    const { db } = sqlHandleOf(store)!
    await sql`update claim set player_key = lower(player)`.execute(db)
    await sql`delete from kysely_migration where name = '0520-claim-player-slug'`.execute(db)
    await sql`create index saga_player_key_idx on saga (player_key)`.execute(db)
    expect((await store.listSagaClaims(['Tomas Araujo'])).map((c) => c.player)).toEqual([])
    await store.close()

    const reopened = await openSqliteStore(path)
    try {
      const keys = await sql<{ player: string; player_key: string }>`select player, player_key from claim order by id`.execute(sqlHandleOf(reopened)!.db)
      expect(keys.rows).toEqual([
        { player: 'Tomás Araújo', player_key: 'tomas-araujo' },
        { player: 'Tomas Araujo', player_key: 'tomas-araujo' },
        { player: 'Rodri', player_key: 'rodri' },
      ])
      expect((await reopened.listSagaClaims(['Tomas Araujo'])).map((c) => c.toClub)).toEqual(['Chelsea', 'Arsenal'])
      const indexes = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = 'saga_player_key_idx'`.execute(sqlHandleOf(reopened)!.db)
      expect(indexes.rows).toEqual([])
    } finally {
      await reopened.close()
    }
  })
})
