/**
 * Saga rows: summaries with their detail and likelihood history, replaced per player when an
 * ingest touches him; manual resolutions. SQL only. A saga's `related` list (its player's other
 * sagas) is read from the rows of its player slug rather than kept in each row (saga-codec.ts).
 */
import { sql, type Kysely } from 'kysely'
import type { ArticleId, SagaId, SagaKind, Stage } from '../../domain/types.ts'
import type { LikelihoodPoint, Resolution, Saga, SagaClaim, SagaSummary } from '../../domain/saga.ts'
import { toSlug } from '../../domain/slug.ts'
import type { Database, DialectName } from '../schema.ts'
import { fromJson, keyOf, toCount, toJson } from './json.ts'
import { bySagaId, packSaga, siblingsOf, unpackSaga } from './saga-codec.ts'

export interface SagaRowInput {
  saga: Saga
  playerSlug: string
  likelihood: number | null
  trend: number[]
  history: LikelihoodPoint[]
  /** How the saga ended by its claims and its player's other sagas; null while open. */
  outcome: Resolution | null
}

/** Saga rows per insert statement (SQLite allows 32,766 parameters; a row has 21). */
const SAGA_INSERT_ROWS = 100
/**
 * Bytes of packed detail and history per insert statement, about: a statement ends at whichever
 * of this or SAGA_INSERT_ROWS comes first. Memory: a much-reported player's sagas run to
 * megabytes of JSON each (one of 191,095 claims: 454 sagas, 178 MB of detail, the largest
 * 10 MB), and a statement's values are held twice (here, then as the driver's copy) until it has
 * run. With detail held as JSON that rebuild peaked at ~1,290 MB RSS with 100-row statements,
 * ~720 MB with 2 million characters a statement; packed (saga-codec.ts), each saga's JSON lives
 * only while it is deflated, and 2 MB of packs stand for about 10 MB of JSON.
 */
const SAGA_INSERT_BYTES = 2_000_000

export interface SagaRowQuery {
  /** Matched by slug, as saga ids are (any case, accents or punctuation). */
  player?: string
  club?: string
  stage?: string
  kind?: string
  since?: string
  limit?: number
  offset?: number
}

/** A stored saga's summary (the domain's SagaSummary without its resolution). */
export type SagaRowSummary = Omit<SagaSummary, 'resolved'>

/** Replaces every saga of the given players in one transaction. */
export async function replaceSagasOfPlayers(db: Kysely<Database>, slugs: string[], rows: SagaRowInput[], now: string): Promise<void> {
  const derivable = relatedIsSiblings(slugs, rows)
  await db.transaction().execute(async (trx) => {
    if (slugs.length) await trx.deleteFrom('saga').where('player_slug', 'in', slugs).execute()
    let values: ReturnType<typeof sagaValues>[] = []
    let bytes = 0
    for (let i = 0; i < rows.length; i++) {
      const v = sagaValues(rows[i], now, derivable[i])
      values.push(v)
      bytes += v.pack.length
      if (values.length >= SAGA_INSERT_ROWS || bytes >= SAGA_INSERT_BYTES) {
        await trx.insertInto('saga').values(values).execute()
        values = []
        bytes = 0
      }
    }
    if (values.length) await trx.insertInto('saga').values(values).execute()
  })
}

/**
 * Per row: is its saga's `related` exactly what a reader derives after this replacement, the
 * other sagas stored under its player slug? Only for slugs replaced whole here (their old rows
 * deleted, so this call's rows are all of them); any other list is kept in the row as given.
 */
function relatedIsSiblings(slugs: readonly string[], rows: readonly SagaRowInput[]): boolean[] {
  const replaced = new Set(slugs)
  const ids = new Map<string, string[]>()
  for (const r of rows) if (replaced.has(r.playerSlug)) (ids.get(r.playerSlug) ?? ids.set(r.playerSlug, []).get(r.playerSlug)!).push(r.saga.id)
  return rows.map((r) => {
    const all = ids.get(r.playerSlug)
    if (!all || !Array.isArray(r.saga.related)) return false
    const derived = siblingsOf(r.saga.id, all)
    return derived.length === r.saga.related.length && derived.every((id, i) => id === r.saga.related[i])
  })
}

/** One saga's row as stored: detail and history packed (the JSON columns hold `null`). */
function sagaValues(r: SagaRowInput, now: string, relatedIsSiblings: boolean) {
  const s = r.saga
  return {
    id: s.id, kind: s.kind, player: s.player, player_slug: r.playerSlug, player_key: keyOf(s.player), club: s.club,
    club_key: keyOf(s.club), from_club: s.fromClub, from_club_key: s.fromClub ? keyOf(s.fromClub) : null, stage: s.stage,
    stage_date: s.stageDate, first_date: s.firstDate, last_date: s.lastDate, claim_count: s.claimCount, report_count: s.reportCount,
    likelihood: r.likelihood, trend: toJson(r.trend), detail: 'null', history: 'null', outcome: toJson({ resolution: r.outcome }), updated_at: now,
    pack: packSaga(s, r.history, relatedIsSiblings),
  }
}

/** Saga summaries matching a query, most recently active first. */
export async function listSagaRows(db: Kysely<Database>, q: SagaRowQuery): Promise<{ items: SagaRowSummary[]; total: number }> {
  let base = db.selectFrom('saga')
  if (q.player) base = base.where('player_slug', '=', toSlug(q.player))
  if (q.club) { const k = keyOf(q.club); base = base.where((eb) => eb.or([eb('club_key', '=', k), eb('from_club_key', '=', k)])) }
  if (q.stage) base = base.where('stage', '=', q.stage)
  if (q.kind) base = base.where('kind', '=', q.kind)
  if (q.since) base = base.where('last_date', '>=', q.since)
  const total = toCount((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n)
  const rows = await base
    .select(['id', 'kind', 'player', 'from_club', 'club', 'stage', 'stage_date', 'first_date', 'last_date', 'claim_count', 'report_count', 'likelihood', 'trend'])
    .orderBy('last_date', 'desc').orderBy('id').limit(q.limit ?? 50).offset(q.offset ?? 0).execute()
  return {
    total,
    items: rows.map((r) => ({
      id: r.id as SagaId, kind: r.kind as SagaKind, player: r.player, fromClub: r.from_club, club: r.club, stage: r.stage as Stage,
      stageDate: r.stage_date, firstDate: r.first_date, lastDate: r.last_date, claimCount: toCount(r.claim_count),
      reportCount: toCount(r.report_count), likelihood: r.likelihood === null ? null : Number(r.likelihood), trend: fromJson<number[]>(r.trend),
    })),
  }
}

/**
 * Stored saga details matching a query (same filters and order as {@link listSagaRows}): the
 * page's rows, then the ids of every saga of the page's players (their `related`), in a second
 * query. Speed: one statement for both had to sort the packs (SQLite: 28 ms a 200-saga page
 * against 7 ms for the two). A rebuild committed between the two may show in `related` before
 * it shows in the page, as it would in the reader's next call.
 */
export async function listSagaDetailRows(db: Kysely<Database>, q: SagaRowQuery): Promise<Saga[]> {
  let base = db.selectFrom('saga')
  if (q.player) base = base.where('player_slug', '=', toSlug(q.player))
  if (q.kind) base = base.where('kind', '=', q.kind)
  const rows = await base.select(['player_slug', 'detail', 'pack']).orderBy('last_date', 'desc').orderBy('id').limit(q.limit ?? 50).offset(q.offset ?? 0).execute()
  const slugs = [...new Set(rows.filter((r) => r.pack !== null).map((r) => r.player_slug))]
  const ids = new Map<string, string[]>()
  for (let i = 0; i < slugs.length; i += SLUGS_PER_QUERY) {
    const found = await db.selectFrom('saga').select(['id', 'player_slug']).where('player_slug', 'in', slugs.slice(i, i + SLUGS_PER_QUERY)).execute()
    for (const r of found) (ids.get(r.player_slug) ?? ids.set(r.player_slug, []).get(r.player_slug)!).push(r.id)
  }
  for (const list of ids.values()) list.sort(bySagaId)
  return rows.map((r) => (r.pack === null ? fromJson<Saga>(r.detail) : unpackSaga(r.pack, ids.get(r.player_slug) ?? []).saga))
}

/** Player slugs per `in` list when reading sibling saga ids. */
const SLUGS_PER_QUERY = 500

/** A stored saga: detail, likelihood history, and its claim-based outcome (undefined: not stored, a row older than 0400). */
export interface StoredSaga {
  saga: Saga
  history: LikelihoodPoint[]
  outcome?: Resolution | null
}

/** One saga's stored detail, likelihood history and outcome. */
export async function getSagaRow(db: Kysely<Database>, id: string): Promise<StoredSaga | undefined> {
  // The row, then the ids of its player's other sagas (its `related`), in one statement.
  const rows = await db.selectFrom('saga').select(['id', 'detail', 'history', 'outcome', 'pack']).where('id', '=', id)
    .unionAll(db.selectFrom('saga').where('id', '<>', id).where('player_slug', '=', (eb) => eb.selectFrom('saga').select('player_slug').where('id', '=', id))
      .select(['id', sql<unknown>`null`.as('detail'), sql<unknown>`null`.as('history'), sql<unknown>`null`.as('outcome'), sql<Uint8Array | null>`null`.as('pack')]))
    .execute()
  const r = rows.find((x) => x.id === id)
  if (!r) return undefined
  // Rows written before migration 0210 hold detail and history as JSON.
  const stored: StoredSaga = r.pack === null
    ? { saga: fromJson<Saga>(r.detail), history: fromJson<LikelihoodPoint[]>(r.history) }
    : unpackSaga(r.pack, rows.filter((x) => x !== r).map((x) => x.id))
  // Wrapped in an object: PostgreSQL reads a JSON null back as SQL NULL.
  if (r.outcome !== null && r.outcome !== undefined) stored.outcome = fromJson<{ resolution: Resolution | null }>(r.outcome).resolution
  return stored
}

/** The claim columns saga building reads (the `*_key` columns only serve lookups). */
const SAGA_CLAIM_COLUMNS = [
  'claim.id', 'claim.article_id', 'claim.player', 'claim.player_id', 'claim.from_club', 'claim.to_club', 'claim.type',
  'claim.stance', 'claim.modality', 'claim.window', 'claim.fee', 'claim.attributed_to', 'claim.ev_start', 'claim.ev_end',
  'claim.sentence', 'claim.rule', 'claim.confidence', 'claim.why', 'claim.historical', 'claim.headline', 'claim.claim_date',
  'claim.date_estimated', 'claim.flags',
] as const

/**
 * Claims of some players from their articles' latest revisions, joined to those articles: the
 * query under both saga building and date re-estimation.
 */
function latestClaimsOf(db: Kysely<Database>, players: string[]) {
  return db.selectFrom('claim').innerJoin('article', 'article.id', 'claim.article_id')
    .where('claim.player_key', 'in', [...new Set(players.map(toSlug))])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('article as later').select('later.id')
      .whereRef('later.lineage_id', '=', 'article.lineage_id').whereRef('later.revision', '>', 'article.revision'))))
}

/**
 * Every claim of some players with its article's outlet, URL and title: the input of saga
 * building, in claim-id order. Speed: only the columns building needs, sorted here rather than
 * by SQLite's sorter, which would carry every column of every row.
 *
 * The ids and then their rows are separate statements: a claim whose analysis another process
 * replaces in between is left out, as its replacement is, and that analysis marks the player's
 * player's claim version after this rebuild read it (saga_version), so the next rebuild reads both anew.
 */
export async function listSagaClaims(db: Kysely<Database>, players: string[]): Promise<SagaClaim[]> {
  if (!players.length) return []
  // Memory: ids first, then the claims a page at a time, so a much-reported player's rows are
  // never all held at once beside their claims.
  const ids = (await latestClaimsOf(db, players).select('claim.id').execute()).map((r) => toCount(r.id))
  const s = interner()
  const claims: SagaClaim[] = []
  for (let i = 0; i < ids.length; i += SAGA_CLAIM_PAGE) {
    for (const r of await sagaClaimRows(db, ids.slice(i, i + SAGA_CLAIM_PAGE))) claims.push(toSagaClaim(r, s))
  }
  return claims.sort((a, b) => a.id - b.id)
}

/**
 * Claims read per query by `listSagaClaims` (ids in one `in` list, under SQLite's parameter limit).
 * Memory: a page's driver rows (every column a new string) are garbage once converted, and a page
 * small enough dies in V8's young generation; 5,000-row pages were promoted to the old one and
 * piled up until a full GC. Reading one player of 43,228 claims (profile-ingest 5000 1 with
 * PROFILE_PLAYERS=2): peak RSS +124 MB and 136 MB of heap with 5,000 rows a page, +59 MB and 72 MB
 * with 1,000 (500 and 2,000 alike), for the same ~25 MB of claims kept; time unchanged.
 */
const SAGA_CLAIM_PAGE = 1000

function sagaClaimRows(db: Kysely<Database>, ids: number[]) {
  return db.selectFrom('claim').innerJoin('article', 'article.id', 'claim.article_id').where('claim.id', 'in', ids)
    .select([...SAGA_CLAIM_COLUMNS, 'article.outlet as a_outlet', 'article.url as a_url', 'article.title as a_title'])
    .execute()
}

function toSagaClaim(r: Awaited<ReturnType<typeof sagaClaimRows>>[number], s: Interner): SagaClaim {
  return {
    id: toCount(r.id), articleId: s(r.article_id) as ArticleId, player: s(r.player), playerId: (r.player_id ?? undefined) as SagaClaim['playerId'],
    fromClub: s(r.from_club), toClub: s(r.to_club), type: s(r.type) as SagaClaim['type'], stance: s(r.stance) as SagaClaim['stance'],
    modality: s(r.modality) as SagaClaim['modality'], window: s(r.window), fee: fromJson(r.fee), attributedTo: internAll(s, fromJson<string[]>(r.attributed_to)),
    evidence: { articleId: s(r.article_id) as ArticleId, start: toCount(r.ev_start), end: toCount(r.ev_end), sentence: s(r.sentence) },
    rule: s(r.rule), confidence: Number(r.confidence), why: internAll(s, fromJson<string[]>(r.why)), historical: Boolean(r.historical), headline: Boolean(r.headline),
    date: s(r.claim_date), dateEstimated: Boolean(r.date_estimated), flags: internAll(s, fromJson<string[] | null>(r.flags)) ?? undefined,
    outlet: s(r.a_outlet) ?? undefined, url: s(r.a_url) ?? undefined, title: s(r.a_title) ?? undefined,
  }
}

type Interner = <T extends string | null>(value: T) => T

/**
 * One copy of each distinct string, for the strings many rows repeat. Memory: a database driver
 * makes a new string for every column of every row, so a much-reported player's claims carried
 * the same clubs, rule, reasons and article title thousands of times over (one 75,500-claim
 * player: peak RSS of its rebuild 520 MB with pages and interning, 655 MB with pages alone,
 * ~780 MB before); values and their order are untouched.
 */
function interner(): Interner {
  const seen = new Map<string, string>()
  return <T extends string | null>(value: T): T => {
    if (value === null) return value
    const hit = seen.get(value)
    if (hit !== undefined) return hit as T
    seen.set(value, value)
    return value
  }
}

/** The array with its strings interned (a new array: the parsed one is never shared). */
function internAll<T extends string[] | null>(s: Interner, values: T): T {
  return (Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? s(v) : v)) : values) as T
}

/**
 * The distinct dates of some players' dated (not estimated) claims, latest revisions only: what
 * re-estimating an undated article's date needs, without reading whole claims.
 * @example await listClaimDateRows(db, ['Trent Alexander-Arnold']) // [{ player: 'Trent Alexander-Arnold', date: '2025-01-02' }, …]
 */
export async function listClaimDateRows(db: Kysely<Database>, players: string[]): Promise<{ player: string; date: string }[]> {
  if (!players.length) return []
  const rows = await latestClaimsOf(db, players)
    .where('claim.claim_date', 'is not', null).where('claim.date_estimated', '=', 0)
    .select(['claim.player', 'claim.claim_date']).distinct().execute()
  return rows.map((r) => ({ player: r.player, date: r.claim_date as string }))
}

export async function putResolutionRow(db: Kysely<Database>, r: Resolution, now: string): Promise<void> {
  await db.deleteFrom('resolution').where('saga_id', '=', r.sagaId).execute()
  await db.insertInto('resolution').values({ saga_id: r.sagaId, outcome: r.outcome, date: r.date, note: r.note ?? null, created_at: now }).execute()
}

export async function listResolutionRows(db: Kysely<Database>): Promise<Resolution[]> {
  const rows = await db.selectFrom('resolution').selectAll().orderBy('saga_id').execute()
  return rows.map((r) => ({ sagaId: r.saga_id as SagaId, outcome: r.outcome as Resolution['outcome'], date: r.date, by: 'hand' as const, note: r.note ?? undefined }))
}

/** Every distinct player with claims (for a full saga rebuild). */
export async function listClaimPlayers(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('claim').select('player').distinct().orderBy('player').execute()
  return rows.map((r) => r.player)
}
