/**
 * 0400: `saga.outcome`, how the saga ended according to its claims and its player's other
 * sagas (`{ resolution: Resolution | null }`, null while open), computed when the sagas are rebuilt.
 * Reading one saga then needs no other saga. Rows written before hold SQL NULL ("not known")
 * and are resolved on read as before, until their player is rebuilt.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('saga').addColumn('outcome', dialect === 'sqlite' ? sql`text` : sql`jsonb`).execute()
    },
  }
}
