/**
 * 0500: `saga_dirty`, the players whose stored claims changed since their sagas were last
 * rebuilt. It is written in the same transaction as the analyses, so a run killed before its
 * saga rebuilds leaves them marked, and the next ingest run rebuilds them at its end.
 */
import type { Kysely, Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('saga_dirty')
        .addColumn('player_key', 'text', (c) => c.primaryKey())
        .addColumn('player', 'text', (c) => c.notNull())
        .addColumn('marked_at', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
