/**
 * Opening a store: PostgreSQL when `databaseUrl` is set, else the SQLite file at `db`
 * (created on first use). Migrations run before the store is returned; every failure is one
 * clear line (`store: cannot open ./x/y.db (directory does not exist)`).
 */
import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import type { Store } from './store.ts'
import type { Database, DialectName } from './schema.ts'
import { createSqliteKysely } from './dialects/sqlite.ts'
import { createPostgresKysely, dropPostgresSchema, type PostgresOptions } from './dialects/postgres.ts'
import { migrateToLatest } from './migrate.ts'
import { createSqlStore } from './sql-store.ts'

/**
 * The configured store, migrated.
 * @example const store = await openStore(loadConfig({ env: process.env }))
 */
export async function openStore(config: Pick<Config, 'db' | 'databaseUrl'>): Promise<Store> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.db)
}

/**
 * A migrated SQLite store at `path` (or `:memory:`).
 * @example const store = await openSqliteStore(':memory:')
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const db = createSqliteKysely(path)
  await migrateOrClose(db, 'sqlite')
  return createSqlStore(db, 'sqlite')
}

/** Options for {@link openPostgresStore}. */
export interface OpenPostgresOptions extends PostgresOptions {
  /** Drop `schema` (and all its tables) when the store closes: for throwaway test schemas. */
  dropSchemaOnClose?: boolean
}

/**
 * A migrated PostgreSQL store. With `schema`, every table lives in that schema.
 * @example const store = await openPostgresStore(url, { schema: 'mercato_test_x1', dropSchemaOnClose: true })
 */
export async function openPostgresStore(url: string, opts: OpenPostgresOptions = {}): Promise<Store> {
  const db = await createPostgresKysely(url, opts)
  const { schema, dropSchemaOnClose } = opts
  // The store's own pool is gone by then: drop through a short-lived one.
  const drop = schema && dropSchemaOnClose
    ? async () => {
      const admin = await createPostgresKysely(url, { max: 1 })
      try { await dropPostgresSchema(admin, schema) } finally { await admin.destroy() }
    }
    : undefined
  try {
    await migrateOrClose(db, 'postgres')
  } catch (err) {
    await drop?.().catch(() => undefined)
    throw err
  }
  return createSqlStore(db, 'postgres', { onClose: drop })
}

async function migrateOrClose(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  const { error } = await migrateToLatest(db, dialect)
  if (!error) return
  await db.destroy().catch(() => undefined)
  throw error
}
