/**
 * 0004: analyses are stored packed (repos/analysis-codec.ts) in a new `pack` column; rows
 * written before keep their JSON in `json` and read as before (new rows hold `null` there).
 * PostgreSQL's claim confidence becomes double precision, like SQLite's REAL, so claims read
 * back from their rows equal the extracted ones.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      const bytes = dialect === 'sqlite' ? sql`blob` : sql`bytea`
      await db.schema.alterTable('analysis').addColumn('pack', bytes).execute()
      if (dialect === 'postgres') {
        // Through text: float4 prints its shortest form (0.8), so stored values read as before.
        await sql`alter table claim alter column confidence type double precision using confidence::text::double precision`.execute(db)
      }
    },
  }
}
