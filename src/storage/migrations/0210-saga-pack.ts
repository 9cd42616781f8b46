/**
 * 0210: a saga's detail and likelihood history are stored packed (repos/saga-codec.ts) in a new
 * `pack` column; rows written before keep them in `detail` and `history` and read as before
 * (new rows hold the JSON `null` there). Nothing else changes: summaries stay columns.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('saga').addColumn('pack', dialect === 'sqlite' ? sql`blob` : sql`bytea`).execute()
    },
  }
}
