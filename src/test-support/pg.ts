/** Test support: whether the PostgreSQL server tests use can be reached. */
import pg from 'pg'

/**
 * Why PostgreSQL at `url` cannot be reached (one line), or undefined when a connection opens.
 * @example if (await pgUnreachable(url)) console.warn('skipped')
 */
export async function pgUnreachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return undefined
  } catch (err) {
    return (err as Error).message
  } finally {
    await client.end().catch(() => undefined)
  }
}
