/**
 * Full-text search over title and raw text. SQLite: FTS5 (bm25, snippet). PostgreSQL: the
 * generated tsvector (ts_rank, ts_headline). The user's query is never handed to either query
 * language: it is cut into word tokens, and only those are bound as parameters, so quotes,
 * operators and SQL-looking input are plain words. All tokens must match (AND).
 */
import { sql, type Kysely } from 'kysely'
import type { ArticleId } from '../../domain/types.ts'
import type { SearchHit } from '../store.ts'
import type { Database, DialectName } from '../schema.ts'

/** Largest number of query words used, and default/largest number of hits. */
export const MAX_QUERY_TOKENS = 16
export const DEFAULT_HITS = 20
export const MAX_HITS = 200

interface HitRow {
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
  revision: number | string
  snippet: string | null
  rank: number | string
}

/**
 * Word tokens of a query (letters and digits, NFC), at most {@link MAX_QUERY_TOKENS}.
 * @example toSearchTokens('"Mbappé" OR drop table') // ['Mbappé', 'OR', 'drop', 'table']
 */
export function toSearchTokens(query: string): string[] {
  return (query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_TOKENS)
}

/**
 * Hits best first; `rank` is larger for better matches in both dialects.
 * @example await searchRows(db, 'sqlite', 'Real Madrid', { limit: 10 })
 */
export async function searchRows(
  db: Kysely<Database>,
  dialect: DialectName,
  query: string,
  opts: { limit?: number } = {},
): Promise<SearchHit[]> {
  const tokens = toSearchTokens(query)
  if (tokens.length === 0) return []
  const limit = Math.min(MAX_HITS, Math.max(1, Math.floor(opts.limit ?? DEFAULT_HITS)))
  const rows = dialect === 'sqlite' ? await searchSqlite(db, tokens, limit) : await searchPostgres(db, tokens, limit)
  return rows.map(toHit)
}

async function searchSqlite(db: Kysely<Database>, tokens: string[], limit: number): Promise<HitRow[]> {
  // Each token becomes an FTS5 string ("…"): no operator, column filter or prefix syntax survives.
  const match = tokens.map((t) => `"${t}"`).join(' ')
  const result = await sql<HitRow>`
    select a.id, a.title, a.outlet, a.published, a.url, a.revision,
      snippet(article_fts, -1, '«', '»', '…', 16) as snippet,
      -bm25(article_fts, 2.0, 1.0) as rank
    from article_fts join article a on a.seq = article_fts.rowid
    where article_fts match ${match}
    order by bm25(article_fts, 2.0, 1.0), a.seq
    limit ${limit}`.execute(db)
  return result.rows
}

async function searchPostgres(db: Kysely<Database>, tokens: string[], limit: number): Promise<HitRow[]> {
  const result = await sql<HitRow>`
    select a.id, a.title, a.outlet, a.published, a.url, a.revision,
      ts_headline('simple', coalesce(a.title || ' — ', '') || a.raw_text, q,
        'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=1') as snippet,
      ts_rank(a.search_tsv, q) as rank
    from article a, plainto_tsquery('simple', ${tokens.join(' ')}) q
    where a.search_tsv @@ q
    order by rank desc, a.seq
    limit ${limit}`.execute(db)
  return result.rows
}

function toHit(r: HitRow): SearchHit {
  const hit: SearchHit = { id: r.id as ArticleId, revision: Number(r.revision), snippet: r.snippet ?? '', rank: Number(r.rank) }
  if (r.title !== null) hit.title = r.title
  if (r.outlet !== null) hit.outlet = r.outlet
  if (r.published !== null) hit.published = r.published
  if (r.url !== null) hit.url = r.url
  return hit
}
