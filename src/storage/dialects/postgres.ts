/**
 * PostgreSQL through a `pg` Pool (SPEC §12, shared deployments). The only file that imports pg.
 *
 * The pool gets its own type parsers (not pg's global ones): json/jsonb come back as strings,
 * like SQLite's text columns, so repos parse JSON in one place. An optional schema isolates a
 * test run: it is created if missing and put first on every connection's search_path.
 */
import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
import type { Database } from '../schema.ts'

const JSON_OIDS = new Set([114, 3802])
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Options for {@link createPostgresKysely}. */
export interface PostgresOptions {
  /** Schema to create and use first on the search_path (lower-case identifier). */
  schema?: string
  /** Largest number of pooled connections. */
  max?: number
}

/**
 * A Kysely instance over a pg Pool for `url`; resolves once a connection succeeded.
 * Throws `store: cannot connect to <url without password> (<reason>)`.
 * @example const db = await createPostgresKysely('postgres://postgres@127.0.0.1:5432/test')
 */
export async function createPostgresKysely(url: string, opts: PostgresOptions = {}): Promise<Kysely<Database>> {
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) {
    throw new Error(`store: expected a lower-case schema name, found ${JSON.stringify(opts.schema)}`)
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        JSON_OIDS.has(oid) ? (v: string) => v : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  })
  pool.on('error', () => { /* idle client errors surface on the next query */ })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    if (opts.schema) await sql`create schema if not exists ${sql.id(opts.schema)}`.execute(db)
    else await sql`select 1`.execute(db)
  } catch (cause) {
    await db.destroy().catch(() => undefined)
    throw new Error(`store: cannot connect to ${redact(url)} (${(cause as Error).message})`, { cause })
  }
  return db
}

/**
 * Drops a schema and everything in it (test clean-up).
 * @example await dropPostgresSchema(db, 'mercato_test_ab12')
 */
export async function dropPostgresSchema(db: Kysely<any>, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`store: expected a lower-case schema name, found ${JSON.stringify(schema)}`)
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db)
}

/** The URL without its password, for error messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '<invalid url>'
  }
}
