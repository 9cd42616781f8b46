/**
 * Claim rows: written with their article's analysis (analysis-repo.ts), read with filters.
 * Player and club filters compare lower-cased NFC keys stored beside the names, so they are
 * case-insensitive for every script (SQLite's lower() folds ASCII only) and use an index.
 */
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely'
import type { ArticleId, Claim, ClaimType, EntityId, Fee, Modality, Stance } from '../../domain/types.ts'
import type { ClaimFilter, StoredClaim } from '../store.ts'
import type { ClaimTable, Database } from '../schema.ts'
import { fromJson, keyOf, sameJson, toJson } from './json.ts'

/** Rows per insert statement: 28 parameters a row stays far below both dialects' limits. */
export const CLAIM_BATCH = 500
/** Default and largest number of claims {@link listClaimRows} returns. */
export const DEFAULT_CLAIM_LIMIT = 10_000
export const MAX_CLAIM_LIMIT = 100_000

/**
 * Deletes the claims of these articles and inserts the given ones (in order, so row ids follow
 * it), inside the caller's transaction.
 * @example await replaceClaimRows(trx, [{ articleId: id, claims: analysis.claims }])
 */
export async function replaceClaimRows(
  trx: Transaction<Database>,
  items: readonly { articleId: string; claims: readonly Claim[] }[],
): Promise<void> {
  if (items.length === 0) return
  await trx.deleteFrom('claim').where('article_id', 'in', items.map((i) => i.articleId)).execute()
  const rows = items.flatMap((i) => i.claims.map((c) => toClaimRow(i.articleId, c)))
  for (let i = 0; i < rows.length; i += CLAIM_BATCH) await trx.insertInto('claim').values(rows.slice(i, i + CLAIM_BATCH)).execute()
}

/**
 * The claims of one article as extracted (no row id), in stored order.
 * @example await readArticleClaims(db, id) // Claim[]
 */
export async function readArticleClaims(db: Kysely<Database>, articleId: string): Promise<Claim[]> {
  const rows = await db.selectFrom('claim').selectAll().where('article_id', '=', articleId).orderBy('id').execute()
  return rows.map((r) => withoutRowId(toStoredClaim(r)))
}

/**
 * True when every claim reads back from its row equal to itself (no field the table lacks,
 * no text a database would alter), so an analysis need not keep a second copy.
 * @example claimsSurviveRows(id, analysis.claims) // true
 */
export function claimsSurviveRows(articleId: string, claims: readonly Claim[]): boolean {
  return claims.every((c) => {
    const back = withoutRowId(toStoredClaim({ ...toClaimRow(articleId, c), id: 0 } as Selectable<ClaimTable>))
    return sameJson(back, c) && wellFormed(c)
  })
}

function withoutRowId(c: StoredClaim): Claim {
  const { id: _id, articleId: _articleId, ...claim } = c
  return claim
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** No lone surrogate anywhere: UTF-8 columns would replace it, JSON keeps it. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value)
  if (Array.isArray(value)) return value.every(wellFormed)
  if (value && typeof value === 'object') return Object.values(value).every(wellFormed)
  return true
}

/**
 * Claims matching a filter, in insertion order. `club` matches either side of the move;
 * `currentOnly` keeps only claims of the latest revision of each article lineage.
 * @example await listClaimRows(db, { player: 'trent alexander-arnold', club: 'REAL MADRID' })
 */
export async function listClaimRows(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<StoredClaim[]> {
  let q = db.selectFrom('claim').selectAll('claim')
  if (filter.player !== undefined) q = q.where('claim.player_key', '=', keyOf(filter.player))
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
    player_key: keyOf(c.player),
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
