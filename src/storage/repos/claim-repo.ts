/**
 * Claim rows: written with their article's analysis (analysis-repo.ts), read with filters.
 * Player and club filters compare lower-cased NFC keys stored beside the names, so they are
 * case-insensitive for every script (SQLite's lower() folds ASCII only); the player key is
 * indexed, the club keys are not (no reader looks claims up by club; migration 0005).
 */
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { ArticleId, Claim, ClaimType, EntityId, Fee, Modality, Stance } from '../../domain/types.ts'
import { toSlug } from '../../domain/slug.ts'
import type { ClaimFilter, StoredClaim } from '../store.ts'
import type { ClaimTable, Database, DialectName } from '../schema.ts'
import { fromJson, keyOf, toJson } from './json.ts'

/** Rows per insert statement: 28 parameters a row stays far below both dialects' limits. */
export const CLAIM_BATCH = 500
/** Default and largest number of claims {@link listClaimRows} returns. */
export const DEFAULT_CLAIM_LIMIT = 10_000
export const MAX_CLAIM_LIMIT = 100_000

/** A claim row ready to insert. */
export type NewClaimRow = Insertable<ClaimTable>

/**
 * Deletes the claims of these articles and inserts `rows` (made by {@link toClaimRows}; in
 * order, so row ids follow it), inside the caller's transaction. Returns the players of the
 * claims deleted (one entry per claim): a reanalysis that no longer names one of them changes
 * his sagas too.
 * @example await replaceClaimRows(trx, [id], toClaimRows(id, analysis.claims), 'sqlite') // ['Dani Carvajal']
 */
export async function replaceClaimRows(trx: Transaction<Database>, articleIds: readonly string[], rows: readonly NewClaimRow[], dialect: DialectName): Promise<string[]> {
  if (articleIds.length === 0) return []
  const deleted = (await trx.deleteFrom('claim').where('article_id', 'in', [...articleIds]).returning('player').execute()).map((r) => r.player)
  if (dialect === 'postgres') {
    for (let i = 0; i < rows.length; i += PG_CLAIM_BATCH) await insertClaimsAsJson(trx, rows.slice(i, i + PG_CLAIM_BATCH))
    return deleted
  }
  for (let i = 0; i < rows.length; i += CLAIM_BATCH) await trx.insertInto('claim').values(rows.slice(i, i + CLAIM_BATCH)).execute()
  return deleted
}

/** Rows per PostgreSQL insert: one JSON parameter each, so only memory bounds it. */
const PG_CLAIM_BATCH = 5000

/**
 * The claim columns a PostgreSQL insert unpacks from JSON, with their types. JSON columns travel
 * as the same text a bound parameter would carry and are cast to jsonb as that parameter was;
 * numbers as JSON numbers, which read back as the same text.
 */
const PG_CLAIM_COLUMNS: readonly (readonly [keyof NewClaimRow & string, string])[] = [
  ['article_id', 'text'], ['player', 'text'], ['player_key', 'text'], ['player_id', 'text'], ['from_club', 'text'],
  ['from_club_key', 'text'], ['to_club', 'text'], ['to_club_key', 'text'], ['type', 'text'], ['stance', 'text'],
  ['modality', 'text'], ['window', 'text'], ['fee', 'jsonb'], ['attributed_to', 'jsonb'], ['ev_start', 'integer'],
  ['ev_end', 'integer'], ['sentence', 'text'], ['rule', 'text'], ['confidence', 'double precision'], ['why', 'jsonb'],
  ['historical', 'integer'], ['headline', 'integer'], ['claim_date', 'text'], ['date_estimated', 'integer'], ['flags', 'jsonb'],
]
const PG_INSERT_COLUMNS = sql.join(PG_CLAIM_COLUMNS.map(([c]) => sql.id(c)))
const PG_SELECT_COLUMNS = sql.join(PG_CLAIM_COLUMNS.map(([c, t]) => (t === 'jsonb' ? sql`${sql.ref(`r.${c}`)}::jsonb` : sql.ref(`r.${c}`))))
// jsonb columns are read as text from the JSON, then cast.
const PG_RECORD_TYPE = sql.raw(PG_CLAIM_COLUMNS.map(([c, t]) => `"${c}" ${t === 'jsonb' ? 'text' : t}`).join(', '))

/**
 * PostgreSQL: the rows as one JSON parameter, unpacked by `json_to_recordset` in order (so ids
 * follow it). Speed: a multi-row VALUES of 25 parameters a row spent more CPU in building,
 * binding and parsing its parameters (both sides) than in inserting them.
 */
async function insertClaimsAsJson(trx: Transaction<Database>, rows: readonly NewClaimRow[]): Promise<void> {
  if (!rows.length) return
  const json = JSON.stringify(rows)
  await sql`insert into claim (${PG_INSERT_COLUMNS}) select ${PG_SELECT_COLUMNS} from json_to_recordset(${json}::json) as r(${PG_RECORD_TYPE})`.execute(trx)
}

/** @example toClaimRows(id, analysis.claims) // one row per claim */
export function toClaimRows(articleId: string, claims: readonly Claim[]): NewClaimRow[] {
  return claims.map((c) => toClaimRow(articleId, c))
}

/** Key order of claims read back from rows: the distinct orders, and which one each claim has. */
export interface ClaimKeyOrder {
  orders: string[][]
  /** Index into `orders` per claim; absent when there is one order. */
  at?: number[]
}

/**
 * The claims of one article as extracted (no row id), in stored order, with their keys in the
 * order they had when stored.
 * @example await readArticleClaims(db, id, { orders: [['player', 'fromClub', …]] }) // Claim[]
 */
export async function readArticleClaims(db: Kysely<Database>, articleId: string, keys: ClaimKeyOrder): Promise<Claim[]> {
  const rows = await db.selectFrom('claim').selectAll().where('article_id', '=', articleId).orderBy('id').execute()
  return rows.map((r, i) => ordered(toStoredClaim(r), keys.orders[keys.at?.[i] ?? 0] ?? []))
}

/**
 * The key order that lets every claim be read back from its row exactly as given (same
 * fields, values and key order; no text a database would alter), or undefined when some
 * claim would not be: then the analysis keeps its own copy of the claims.
 * `rows` are the claims' rows ({@link toClaimRows}).
 * @example claimKeyOrder(analysis.claims, rows) // { orders: [['player', …]] }
 */
export function claimKeyOrder(claims: readonly Claim[], rows: readonly NewClaimRow[]): ClaimKeyOrder | undefined {
  const orders: string[][] = []
  const index = new Map<string, number>()
  const at: number[] = []
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as unknown as Record<string, unknown>
    const keys = definedKeys(c)
    // The row as read back; its `id` and `articleId` are the row's own, not the claim's.
    const back = toStoredClaim(rows[i] as Selectable<ClaimTable>) as unknown as Record<string, unknown>
    if (definedKeys(back).length !== keys.length + 2) return undefined
    for (const k of keys) if (k === 'id' || k === 'articleId' || !sameInOrder(back[k], c[k])) return undefined
    const name = keys.join(',')
    if (!index.has(name)) { index.set(name, orders.length); orders.push(keys) }
    at.push(index.get(name)!)
  }
  return orders.length > 1 ? { orders, at } : { orders }
}

/** The claim without its row id and article, keys in `keys` order. */
function ordered(c: StoredClaim, keys: readonly string[]): Claim {
  const source = c as unknown as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k !== 'id' && k !== 'articleId' && source[k] !== undefined) out[k] = source[k]
  return out as unknown as Claim
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Equal JSON-like values with object keys in the same order, and no lone surrogate in any
 * string (UTF-8 columns would replace it; JSON keeps it).
 */
function sameInOrder(a: unknown, b: unknown): boolean {
  if (typeof a === 'string') return a === b && !LONE_SURROGATE.test(a)
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const ak = definedKeys(ao)
  const bk = definedKeys(bo)
  if (ak.length !== bk.length) return false
  for (let i = 0; i < ak.length; i++) if (ak[i] !== bk[i] || !sameInOrder(ao[ak[i]], bo[ak[i]])) return false
  return true
}

/** Keys whose value is not undefined (what JSON would write), in order. */
function definedKeys(o: Record<string, unknown>): string[] {
  const out: string[] = []
  for (const k in o) if (o[k] !== undefined) out.push(k)
  return out
}

/**
 * Claims matching a filter, in insertion order. `club` matches either side of the move;
 * `currentOnly` keeps only claims of the latest revision of each article lineage.
 * @example await listClaimRows(db, { player: 'trent alexander-arnold', club: 'REAL MADRID' })
 */
export async function listClaimRows(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<StoredClaim[]> {
  let q = db.selectFrom('claim').selectAll('claim')
  if (filter.player !== undefined) q = q.where('claim.player_key', '=', toSlug(filter.player))
  if (filter.club !== undefined) {
    const k = keyOf(filter.club)
    q = q.where((eb) => eb.or([eb('claim.to_club_key', '=', k), eb('claim.from_club_key', '=', k)]))
  }
  if (filter.articleId !== undefined) q = q.where('claim.article_id', '=', filter.articleId)
  if (filter.after !== undefined) q = q.where('claim.id', '>', filter.after)
  if (filter.currentOnly) {
    q = q.innerJoin('article', 'article.id', 'claim.article_id').where((eb) => eb.not(eb.exists(
      eb.selectFrom('article as later').select('later.id')
        .whereRef('later.lineage_id', '=', 'article.lineage_id')
        .whereRef('later.revision', '>', 'article.revision'),
    )))
  }
  const limit = Math.min(MAX_CLAIM_LIMIT, Math.max(1, Math.floor(filter.limit ?? DEFAULT_CLAIM_LIMIT)))
  const rows = await q.orderBy('claim.id').limit(limit).execute()
  return rows.map(toStoredClaim)
}

function toClaimRow(articleId: string, c: Claim): Insertable<ClaimTable> {
  return {
    article_id: articleId,
    player: c.player,
    player_key: toSlug(c.player),
    player_id: c.playerId ?? null,
    from_club: c.fromClub,
    from_club_key: c.fromClub === null ? null : keyOf(c.fromClub),
    to_club: c.toClub,
    to_club_key: c.toClub === null ? null : keyOf(c.toClub),
    type: c.type,
    stance: c.stance,
    modality: c.modality,
    window: c.window,
    fee: c.fee === null ? null : toJson(c.fee),
    attributed_to: toJson(c.attributedTo),
    ev_start: c.evidence.start,
    ev_end: c.evidence.end,
    sentence: c.evidence.sentence,
    rule: c.rule,
    confidence: c.confidence,
    why: toJson(c.why),
    historical: c.historical ? 1 : 0,
    headline: c.headline ? 1 : 0,
    claim_date: c.date,
    date_estimated: c.dateEstimated ? 1 : 0,
    flags: c.flags === undefined ? null : toJson(c.flags),
  }
}

function toStoredClaim(r: Selectable<ClaimTable>): StoredClaim {
  const articleId = r.article_id as ArticleId
  const claim: StoredClaim = {
    id: Number(r.id),
    articleId,
    player: r.player,
    fromClub: r.from_club,
    toClub: r.to_club,
    type: r.type as ClaimType,
    stance: r.stance as Stance,
    modality: r.modality as Modality,
    window: r.window,
    fee: r.fee === null ? null : fromJson<Fee>(r.fee),
    attributedTo: fromJson<string[]>(r.attributed_to),
    evidence: { articleId, start: Number(r.ev_start), end: Number(r.ev_end), sentence: r.sentence },
    rule: r.rule,
    confidence: Number(r.confidence),
    why: fromJson<string[]>(r.why),
    historical: Boolean(Number(r.historical)),
    headline: Boolean(Number(r.headline)),
    date: r.claim_date,
    dateEstimated: Boolean(Number(r.date_estimated)),
  }
  if (r.player_id !== null) claim.playerId = r.player_id as EntityId
  if (r.flags !== null) claim.flags = fromJson<string[]>(r.flags)
  return claim
}
