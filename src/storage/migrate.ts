/**
 * Runs the registered migrations to the latest, kysely Migrator style: returns a result with
 * an `error` field and never throws.
 */
import { Migrator, sql, type Kysely } from 'kysely'
import type { DialectName } from './schema.ts'
import { migrationProvider, type MigrationFactory } from './migrations/index.ts'

/** Outcome of {@link migrateToLatest}: names applied now, and the failure if any. */
export interface MigrateResult {
  applied: string[]
  /** One line: `store: migration <name> failed (<reason>)`. */
  error?: Error
}

/**
 * Applies every pending migration in name order. Unordered runs are allowed so that a module's
 * lower-numbered migration added later (0100 after 0200 ran) still applies.
 * @example const { error } = await migrateToLatest(db, 'sqlite'); if (error) throw error
 */
export async function migrateToLatest(
  db: Kysely<any>,
  dialect: DialectName,
  extra?: Readonly<Record<string, MigrationFactory>>,
): Promise<MigrateResult> {
  try {
    const migrator = new Migrator({
      db,
      provider: migrationProvider(dialect, extra),
      allowUnorderedMigrations: true,
      migrationTableSchema: dialect === 'postgres' ? await currentSchema(db) : undefined,
    })
    const { error, results = [] } = await migrator.migrateToLatest()
    const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
    if (error === undefined) return { applied }
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'setup'
    const reason = error instanceof Error ? error.message : String(error)
    return { applied, error: new Error(`store: migration ${failed} failed (${reason})`, { cause: error }) }
  } catch (cause) {
    return { applied: [], error: new Error(`store: migrations failed (${(cause as Error).message})`, { cause }) }
  }
}

/**
 * INFO: kysely looks for its migration tables in every schema, so a second schema holding
 * them (another test run, another app) hides them from this one: name ours explicitly.
 */
async function currentSchema(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)
  const schema = rows[0]?.schema
  if (!schema) throw new Error('no schema on the search_path exists')
  return schema
}
