/**
 * 0003: `entity`, for players and sources discovered in text and players imported from CSV.
 * The shipped knowledge base stays in `data/kb/`; this table holds what Mercato learned.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  const json = dialect === 'sqlite' ? sql`text` : sql`jsonb`
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('entity')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('aliases', json, (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('entity_kind_name_idx').on('entity').columns(['kind', 'name_key']).execute()
    },
  }
}
