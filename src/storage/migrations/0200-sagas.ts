/**
 * 0200: `saga` (one row per saga with its summary, detail and likelihood history, rebuilt
 * incrementally for the players an ingest touches) and `resolution` (outcomes set by hand).
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  const json = dialect === 'sqlite' ? sql`text` : sql`jsonb`
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('saga')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('player', 'text', (c) => c.notNull())
        .addColumn('player_slug', 'text', (c) => c.notNull())
        .addColumn('player_key', 'text', (c) => c.notNull())
        .addColumn('club', 'text', (c) => c.notNull())
        .addColumn('club_key', 'text', (c) => c.notNull())
        .addColumn('from_club', 'text')
        .addColumn('from_club_key', 'text')
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('stage_date', 'text')
        .addColumn('first_date', 'text')
        .addColumn('last_date', 'text')
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('report_count', 'integer', (c) => c.notNull())
        .addColumn('likelihood', 'real')
        .addColumn('trend', json, (c) => c.notNull())
        .addColumn('detail', json, (c) => c.notNull())
        .addColumn('history', json, (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('saga_player_slug_idx').on('saga').column('player_slug').execute()
      await db.schema.createIndex('saga_player_key_idx').on('saga').column('player_key').execute()
      await db.schema.createIndex('saga_club_key_idx').on('saga').column('club_key').execute()
      await db.schema.createIndex('saga_last_date_idx').on('saga').column('last_date').execute()
      await db.schema.createTable('resolution')
        .addColumn('saga_id', 'text', (c) => c.primaryKey())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
