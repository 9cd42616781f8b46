/**
 * Article rows: insert (with revision bookkeeping: a new revision marks the sagas of the players
 * its predecessor named as stale), read, page. SQL only; identity is computed by the caller
 * (identity.ts). Every write call is one transaction.
 */
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Article, ArticleId, InputFormat } from '../../domain/types.ts'
import type { PutArticleResult } from '../store.ts'
import type { ArticleTable, Database } from '../schema.ts'
import { toCount } from './json.ts'
import { markArticlePlayersDirty } from './saga-version-repo.ts'

/** What the caller computed before storing: everything but lineage, revision and seq. */
export type NewArticleRow = Omit<ArticleTable, 'seq' | 'lineage_id' | 'revision'>

/** Attempts before a lost race (same id or same revision inserted concurrently) gives up. */
export const PUT_ARTICLE_ATTEMPTS = 5
/** Default and largest page size of {@link listArticleRows}. */
export const DEFAULT_PAGE = 100
export const MAX_PAGE = 10_000
/** Ids per `in (…)` list. */
const MAX_IDS = 500

/**
 * The columns an article is read from: every column but PostgreSQL's generated `search_tsv`,
 * which `select *` returned too. Speed: that tsvector is half as long again as the text, so
 * every article a worker loaded cost PostgreSQL its output and the worker a string to decode
 * that nobody read.
 */
const ARTICLE_COLUMNS = [
  'seq', 'id', 'lineage_id', 'revision', 'url', 'title', 'outlet', 'author', 'published', 'format', 'source',
  'raw_text', 'content_hash', 'ingested_at',
] as const satisfies readonly (keyof ArticleTable)[]

/**
 * Stores a row unless its id exists ('unchanged'); a known URL with another text becomes the
 * next revision of that URL's lineage ('revised'). Races end in one row: inserts do nothing on
 * conflict (id, lineage+revision, first revision of a URL) and the transaction is retried.
 * @example await putArticleRow(db, row) // { status: 'new', article }
 */
export async function putArticleRow(db: Kysely<Database>, row: NewArticleRow): Promise<PutArticleResult> {
  return (await putArticleRows(db, [row]))[0]
}

/**
 * {@link putArticleRow} for several rows, in order, in one transaction (each row sees the ones
 * before it, so results are those of successive puts). A lost race rolls the whole transaction
 * back and retries it.
 * @example await putArticleRows(db, [row1, row2]) // [{ status: 'new', … }, { status: 'unchanged', … }]
 */
export async function putArticleRows(db: Kysely<Database>, rows: readonly NewArticleRow[]): Promise<PutArticleResult[]> {
  if (rows.length === 0) return []
  for (let attempt = 0; attempt < PUT_ARTICLE_ATTEMPTS; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const results: PutArticleResult[] = []
        for (const row of rows) results.push(await putInTransaction(trx, row))
        return results
      })
    } catch (err) {
      if (!(err instanceof LostRace)) throw err
    }
  }
  throw new Error(`store: could not store article ${rows[0].id} (lost ${PUT_ARTICLE_ATTEMPTS} concurrent races)`)
}

/** Thrown inside a transaction to roll it back when a concurrent writer won a conflict. */
class LostRace extends Error {}

async function putInTransaction(trx: Transaction<Database>, row: NewArticleRow): Promise<PutArticleResult> {
  const existing = await trx.selectFrom('article').select(ARTICLE_COLUMNS).where('id', '=', row.id).executeTakeFirst()
  if (existing) return { status: 'unchanged', article: toArticle(existing) }
  let lineage = row.id
  let revision = 1
  let superseded: string | undefined
  if (row.url !== null) {
    const prev = await trx.selectFrom('article').select(['id', 'lineage_id', 'revision'])
      .where('url', '=', row.url).orderBy('revision', 'desc').limit(1).executeTakeFirst()
    if (prev) {
      lineage = prev.lineage_id
      revision = Number(prev.revision) + 1
      superseded = prev.id
    }
  }
  const inserted = await trx.insertInto('article')
    .values({ ...row, lineage_id: lineage, revision })
    .onConflict((oc) => oc.doNothing())
    .returning(ARTICLE_COLUMNS)
    .executeTakeFirst()
  if (!inserted) throw new LostRace(row.id)
  // The superseded revision's claims stop feeding sagas now (sagas read latest revisions only):
  // its players are marked, or one it alone named would keep sagas built from them.
  if (superseded !== undefined) await markArticlePlayersDirty(trx, superseded)
  return { status: revision > 1 ? 'revised' : 'new', article: toArticle(inserted) }
}

/** @example await getArticleRow(db, id) // Article | undefined */
export async function getArticleRow(db: Kysely<Database>, id: string): Promise<Article | undefined> {
  const row = await db.selectFrom('article').select(ARTICLE_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row && toArticle(row)
}

/**
 * The stored articles among `ids`, in no particular order (unknown ids are left out).
 * @example await getArticleRows(db, [id1, id2]) // Article[]
 */
export async function getArticleRows(db: Kysely<Database>, ids: readonly string[]): Promise<Article[]> {
  const out: Article[] = []
  for (let i = 0; i < ids.length; i += MAX_IDS) {
    const chunk = ids.slice(i, i + MAX_IDS)
    if (chunk.length) out.push(...(await db.selectFrom('article').select(ARTICLE_COLUMNS).where('id', 'in', chunk).execute()).map(toArticle))
  }
  return out
}

/** Every revision of a lineage, oldest first. @example await listRevisionRows(db, lineageId) */
export async function listRevisionRows(db: Kysely<Database>, lineageId: string): Promise<Article[]> {
  const rows = await db.selectFrom('article').select(ARTICLE_COLUMNS).where('lineage_id', '=', lineageId)
    .orderBy('revision').execute()
  return rows.map(toArticle)
}

/** The latest revision stored for a URL. @example await getLatestByUrl(db, 'https://x.test/a') */
export async function getLatestByUrl(db: Kysely<Database>, url: string): Promise<Article | undefined> {
  const row = await db.selectFrom('article').select(ARTICLE_COLUMNS).where('url', '=', url)
    .orderBy('revision', 'desc').limit(1).executeTakeFirst()
  return row && toArticle(row)
}

/**
 * One page of articles in ingest order; `next` is the cursor for the following page, absent
 * on the last page. @example await listArticleRows(db, { after: 0, limit: 50 })
 */
export async function listArticleRows(
  db: Kysely<Database>,
  opts: { after?: number; limit?: number } = {},
): Promise<{ articles: Article[]; next?: number }> {
  const limit = clampLimit(opts.limit)
  const rows = await db.selectFrom('article').select(ARTICLE_COLUMNS).where('seq', '>', opts.after ?? 0)
    .orderBy('seq').limit(limit + 1).execute()
  const page = rows.slice(0, limit)
  const more = rows.length > limit
  return more ? { articles: page.map(toArticle), next: Number(page[page.length - 1].seq) } : { articles: page.map(toArticle) }
}

/** @example await countArticleRows(db) // 42 */
export async function countArticleRows(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('article').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
  return toCount(row?.n)
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)))
}

/** Row → domain Article; NULL columns become absent fields. */
export function toArticle(row: Selectable<ArticleTable>): Article {
  const a: Article = {
    id: row.id as ArticleId,
    lineageId: row.lineage_id as ArticleId,
    revision: Number(row.revision),
    format: row.format as InputFormat,
    source: row.source,
    rawText: row.raw_text,
    ingestedAt: row.ingested_at,
  }
  if (row.url !== null) a.url = row.url
  if (row.title !== null) a.title = row.title
  if (row.outlet !== null) a.outlet = row.outlet
  if (row.author !== null) a.author = row.author
  if (row.published !== null) a.published = row.published
  return a
}
