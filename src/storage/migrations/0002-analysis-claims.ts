/**
 * 0002: `analysis` (one JSON document per article) and `claim` (one row per extracted claim,
 * deleted with its article). JSON is `text` in SQLite and `jsonb` in PostgreSQL; booleans are
 * 0/1 integers in both so rows read back alike.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('postgres').up(db) */
export function migration(dialect: DialectName): Migration {
  const json = dialect === 'sqlite' ? sql`text` : sql`jsonb`
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('analysis')
        .addColumn('article_id', 'text', (c) => c.primaryKey().references('article.id').onDelete('cascade'))
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('json', json, (c) => c.notNull())
        .addColumn('processed_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createTable('claim')
        .addColumn('id', 'integer', (c) => dialect === 'sqlite'
          ? c.primaryKey().autoIncrement()
          : c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('article_id', 'text', (c) => c.notNull().references('article.id').onDelete('cascade'))
        .addColumn('player', 'text', (c) => c.notNull())
        .addColumn('player_key', 'text', (c) => c.notNull())
        .addColumn('player_id', 'text')
        .addColumn('from_club', 'text')
        .addColumn('from_club_key', 'text')
        .addColumn('to_club', 'text')
        .addColumn('to_club_key', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('window', 'text')
        .addColumn('fee', json)
        .addColumn('attributed_to', json, (c) => c.notNull())
        .addColumn('ev_start', 'integer', (c) => c.notNull())
        .addColumn('ev_end', 'integer', (c) => c.notNull())
        .addColumn('sentence', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('why', json, (c) => c.notNull())
        .addColumn('historical', 'integer', (c) => c.notNull())
        .addColumn('headline', 'integer', (c) => c.notNull())
        .addColumn('claim_date', 'text')
        .addColumn('date_estimated', 'integer', (c) => c.notNull())
        .addColumn('flags', json)
        .execute()
      // Filters compare lower-cased keys, so the indexes are on the keys (player, clubs).
      await db.schema.createIndex('claim_player_idx').on('claim').column('player_key').execute()
      await db.schema.createIndex('claim_to_club_idx').on('claim').column('to_club_key').execute()
      await db.schema.createIndex('claim_from_club_idx').on('claim').column('from_club_key').execute()
      await db.schema.createIndex('claim_article_idx').on('claim').column('article_id').execute()
    },
  }
}
