/**
 * The `Store` over a Kysely instance, for either dialect. Composes the repos; holds no SQL of
 * its own beyond the integrity check, and no rules beyond article identity (identity.ts).
 */
import { sql, type Kysely } from 'kysely'
import type { Analysis, ArticleId, EntityId, RawArticle } from '../domain/types.ts'
import type { IntegrityReport, PutArticleResult, Store } from './store.ts'
import type { Database, DialectName } from './schema.ts'
import { articleIdOf, contentHashOf } from './identity.ts'
import {
  countArticleRows, getArticleRow, getArticleRows, getLatestByUrl, listArticleRows, listRevisionRows, putArticleRow, putArticleRows,
  type NewArticleRow,
} from './repos/article-repo.ts'
import { countAnalysesByVersion, getAnalysisRow, getAnalysisVersions, putAnalysisRow, putAnalysisRows } from './repos/analysis-repo.ts'
import { listClaimRows } from './repos/claim-repo.ts'
import { getEntityRow, listEntityRows, putEntityRow } from './repos/entity-repo.ts'
import { searchRows } from './repos/search-repo.ts'
import { listSagaDirtyRows, markSagasBuiltRows, readSagaVersionRows } from './repos/saga-version-repo.ts'
import { getSagaRow, listClaimPlayers, listSagaDetailRows, listResolutionRows, listSagaClaims, listClaimDateRows, listSagaRows, putResolutionRow, replaceSagasOfPlayers } from './repos/saga-repo.ts'

/** Options for {@link createSqlStore}. */
export interface SqlStoreOptions {
  /** Clock for `ingestedAt`/`processedAt` (tests). */
  now?: () => Date
  /** Extra work on close, after the pool is destroyed (e.g. dropping a test schema). */
  onClose?: () => Promise<void>
}

const HANDLES = new WeakMap<Store, { db: Kysely<Database>; dialect: DialectName }>()

/**
 * The Kysely instance and dialect behind a store made by {@link createSqlStore}, for modules
 * that keep tables of their own beside the core ones (live sources); undefined for any other store.
 * @example const handle = sqlHandleOf(store); if (handle) createLiveRepo(handle.db)
 */
export function sqlHandleOf(store: Store): { db: Kysely<Database>; dialect: DialectName } | undefined {
  return HANDLES.get(store)
}

/**
 * A Store over an already-migrated database.
 * @example const store = createSqlStore(createSqliteKysely(':memory:'), 'sqlite')
 */
export function createSqlStore(db: Kysely<Database>, dialect: DialectName, opts: SqlStoreOptions = {}): Store {
  const now = () => (opts.now ?? (() => new Date()))().toISOString()
  let closed: Promise<void> | undefined
  const store: Store = {
    dialect,
    putArticle: async (raw) => putArticleRow(db, toNewRow(raw, now())),
    putArticles: (raws) => putArticles(db, dialect, raws, now()),
    getArticle: (id) => getArticleRow(db, id),
    getArticles: (ids) => getArticleRows(db, ids),
    listArticles: (o) => listArticleRows(db, o),
    countArticles: () => countArticleRows(db),
    putAnalysis: (a: Analysis) => putAnalysisRow(db, a, now(), dialect),
    putAnalyses: (list) => putAnalysisRows(db, list, now(), dialect),
    getAnalysis: (id) => getAnalysisRow(db, id),
    getAnalysisVersions: (ids) => getAnalysisVersions(db, ids),
    listClaims: (f) => listClaimRows(db, f),
    search: (q, o) => searchRows(db, dialect, q, o),
    listRevisions: (lineageId: ArticleId) => listRevisionRows(db, lineageId),
    getArticleByUrl: (url) => getLatestByUrl(db, url),
    putEntity: (e) => putEntityRow(db, e, now()),
    getEntity: (id: EntityId) => getEntityRow(db, id),
    listEntities: (f) => listEntityRows(db, f),
    countAnalysesByVersion: () => countAnalysesByVersion(db),
    checkIntegrity: () => checkIntegrity(db, dialect),
    replaceSagas: (slugs, rows) => replaceSagasOfPlayers(db, slugs, rows, now()),
    listSagas: (q) => listSagaRows(db, q),
    getSaga: (id) => getSagaRow(db, id),
    listSagaDetails: (q) => listSagaDetailRows(db, q),
    withSagaLock: (slugs, fn) => (dialect === 'postgres' ? withAdvisoryLocks(db, slugs, fn) : fn()),
    listSagaClaims: (players) => listSagaClaims(db, players),
    listClaimDates: (players) => listClaimDateRows(db, players),
    listSagaDirty: (players) => listSagaDirtyRows(db, players),
    readSagaVersions: (players) => readSagaVersionRows(db, players),
    markSagasBuilt: (built) => markSagasBuiltRows(db, built),
    listClaimPlayers: () => listClaimPlayers(db),
    putResolution: (r) => putResolutionRow(db, r, now()),
    listResolutions: () => listResolutionRows(db),
    close() {
      closed ??= db.destroy().then(() => opts.onClose?.())
      return closed
    },
  }
  HANDLES.set(store, { db, dialect })
  return store
}

/**
 * SQLite takes the write lock for the whole batch (BEGIN IMMEDIATE), so one transaction cannot
 * lose a race; PostgreSQL writers can race, so there each article keeps its own transaction.
 */
async function putArticles(db: Kysely<Database>, dialect: DialectName, raws: readonly RawArticle[], ingestedAt: string): Promise<PutArticleResult[]> {
  const rows = raws.map((raw) => toNewRow(raw, ingestedAt))
  if (dialect === 'sqlite') return putArticleRows(db, rows)
  const out: PutArticleResult[] = []
  for (const row of rows) out.push(await putArticleRow(db, row))
  return out
}

function toNewRow(raw: RawArticle, ingestedAt: string): NewArticleRow {
  if (typeof raw?.text !== 'string') throw new Error(`store: expected article text, found ${typeof raw?.text}`)
  // INFO: PostgreSQL text cannot hold U+0000; refusing it in both dialects keeps one contract.
  if (raw.text.includes('\u0000')) throw new Error(`store: cannot store ${raw.source} (text contains NUL characters)`)
  const url = raw.url ? raw.url : null
  return {
    id: articleIdOf(raw.text, url),
    url,
    title: raw.title ?? null,
    outlet: raw.outlet ?? null,
    author: raw.author ?? null,
    published: toDay(raw.published),
    format: raw.format,
    source: raw.source,
    raw_text: raw.text,
    content_hash: contentHashOf(raw.text),
    ingested_at: ingestedAt,
  }
}

/** `YYYY-MM-DD` from an ISO 8601 date or date-time as written; anything else is unknown. */
function toDay(published: string | undefined): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(published.trim()) : null
  return m ? m[1] : null
}

async function checkIntegrity(db: Kysely<Database>, dialect: DialectName): Promise<IntegrityReport> {
  try {
    if (dialect === 'postgres') {
      await sql`select count(*) from article`.execute(db)
      return { ok: true, messages: ['ok'] }
    }
    const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)
    const messages = rows.map((r) => String(Object.values(r)[0]))
    return { ok: messages.length === 1 && messages[0] === 'ok', messages }
  } catch (cause) {
    return { ok: false, messages: [(cause as Error).message] }
  }
}

/**
 * Session advisory locks on `mercato-saga:<slug>` held on one pooled connection while `fn`
 * runs on others. Taken in one statement, in lock-id order, so two holders of overlapping sets
 * wait for each other instead of deadlocking; released however `fn` ends.
 */
async function withAdvisoryLocks<T>(db: Kysely<Database>, slugs: readonly string[], fn: () => Promise<T>): Promise<T> {
  const keys = [...new Set(slugs)].map((s) => `mercato-saga:${s}`)
  if (!keys.length) return fn()
  return db.connection().execute(async (conn) => {
    await sql`select count(pg_advisory_lock(h)) from (select distinct hashtext(k) as h from unnest(${keys}::text[]) as k order by h) as ordered`.execute(conn)
    try {
      return await fn()
    } finally {
      await sql`select pg_advisory_unlock_all()`.execute(conn)
    }
  })
}
