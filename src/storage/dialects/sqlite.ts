/**
 * SQLite through better-sqlite3: the embedded default (SPEC §12). The only file that imports
 * better-sqlite3. WAL journal + synchronous=NORMAL + one transaction per write means a SIGKILL
 * at any moment loses no committed row and leaves a file the next run can open.
 *
 * Write transactions start with `BEGIN IMMEDIATE` so that a second process waits for the
 * write lock (busy_timeout) instead of failing to upgrade a read snapshot mid-transaction.
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import {
  CompiledQuery, Kysely, SqliteDialect, SqliteDriver,
  type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig,
} from 'kysely'
import type { Database } from '../schema.ts'

/** How long a writer waits for another process's write lock before failing, in ms. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000
/**
 * WAL pages after which a commit copies the log back into the database (SQLite's default is
 * 1,000, 4 MB). A page written again before the next checkpoint is copied once: an ingest
 * rewrites the same index and saga pages batch after batch, and at 10,000 (40 MB of log) a
 * 20,000-article ingest wrote 9% fewer bytes (bench/profile-ingest.ts 20000 1: 313 -> 283 KB
 * per article). Durability is unchanged: committed frames are in the log either way.
 */
export const SQLITE_WAL_AUTOCHECKPOINT = 10_000

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  constructor(config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
}

/**
 * Opens (creating on first use) a SQLite file, or `:memory:`, as a Kysely instance.
 * Throws `store: cannot open <path> (<reason>)` when the parent directory is missing.
 * @example const db = createSqliteKysely('./mercato.db')
 */
export function createSqliteKysely(path: string): Kysely<Database> {
  const handle = openHandle(path)
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(handle) }) })
}

/** Prepared statements kept per connection, by SQL text (least recently used dropped first). */
export const SQLITE_STATEMENT_CACHE = 200

/**
 * The handle as Kysely sees it, with prepared statements reused: Kysely prepares every query
 * it runs, and preparing costs more than running the small, repeated ones of an ingest.
 * A statement still being iterated (a stream) is never handed out twice.
 */
function cachingStatements(handle: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => handle.close(),
    prepare(sqlText: string) {
      const hit = cache.get(sqlText)
      if (hit && !hit.busy) {
        cache.delete(sqlText)
        cache.set(sqlText, hit)
        return hit
      }
      const stmt = handle.prepare(sqlText)
      cache.set(sqlText, stmt)
      if (cache.size > SQLITE_STATEMENT_CACHE) cache.delete(cache.keys().next().value!)
      return stmt
    },
  }
}

function openHandle(path: string): BetterSqlite3.Database {
  const memory = path === ':memory:' || path === ''
  if (!memory) {
    const dir = dirname(resolve(path))
    if (!existsSync(dir)) throw new Error(`store: cannot open ${path} (directory does not exist)`)
    if (!statSync(dir).isDirectory()) throw new Error(`store: cannot open ${path} (parent is not a directory)`)
  }
  let handle: BetterSqlite3.Database
  try {
    handle = new BetterSqlite3(memory ? ':memory:' : path)
  } catch (cause) {
    throw new Error(`store: cannot open ${path} (${(cause as Error).message})`, { cause })
  }
  try {
    if (!memory) {
      handle.pragma('journal_mode = WAL')
      handle.pragma(`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT}`)
    }
    handle.pragma('synchronous = NORMAL')
    handle.pragma('foreign_keys = ON')
    handle.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  } catch (cause) {
    handle.close()
    throw new Error(`store: cannot open ${path} (${(cause as Error).message})`, { cause })
  }
  return handle
}
