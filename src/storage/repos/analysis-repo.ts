/**
 * Analysis rows: the pipeline's output for one article, stored packed (analysis-codec.ts)
 * together with the article's claims, in one transaction per call; a reprocess replaces both.
 * Several analyses can be written at once: one transaction, a few statements for all of them.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Analysis, ArticleId } from '../../domain/types.ts'
import type { Database, DialectName } from '../schema.ts'
import { claimKeyOrder, readArticleClaims, replaceClaimRows, toClaimRows } from './claim-repo.ts'
import { packAnalysis, unpackAnalysis } from './analysis-codec.ts'
import { fromJson } from './json.ts'
import { markSagaDirty } from './saga-version-repo.ts'

/** Articles per statement when a batch is written (keeps parameter lists short in both dialects). */
export const ANALYSIS_BATCH = 200

/**
 * Replaces the analysis and the claims of `analysis.articleId`. Throws
 * `store: no article <id>` when the article was never stored.
 * @example await putAnalysisRow(db, analysis, new Date().toISOString(), 'sqlite')
 */
export async function putAnalysisRow(db: Kysely<Database>, analysis: Analysis, processedAt: string, dialect: DialectName): Promise<void> {
  await putAnalysisRows(db, [analysis], processedAt, dialect)
}

/**
 * Replaces the analyses and claims of several articles in one transaction: all are written or
 * none. When an article appears twice the later analysis wins, as with successive puts.
 * Throws `store: no article <id>` when an article was never stored.
 * @example await putAnalysisRows(db, [a1, a2], new Date().toISOString(), 'postgres')
 */
export async function putAnalysisRows(db: Kysely<Database>, analyses: readonly Analysis[], processedAt: string, dialect: DialectName): Promise<void> {
  const latest = [...new Map(analyses.map((a) => [a.articleId, a])).values()]
  if (latest.length === 0) return
  await db.transaction().execute(async (trx) => {
    // The players of the claims replaced, then of the new ones: all their sagas change.
    const players: string[] = []
    for (let i = 0; i < latest.length; i += ANALYSIS_BATCH) players.push(...await writeBatch(trx, latest.slice(i, i + ANALYSIS_BATCH), processedAt, dialect))
    for (const a of latest) for (const c of a.claims) players.push(c.player)
    // Their sagas are stale until rebuilt; marked with the claims, so a killed run leaves the
    // mark. Once for the whole transaction, in slug order (saga-version-repo.ts: no deadlocks).
    await markSagaDirty(trx, players)
  })
}

/** Writes a batch's analyses and claims; returns the players of the claims they replaced. */
async function writeBatch(trx: Transaction<Database>, batch: readonly Analysis[], processedAt: string, dialect: DialectName): Promise<string[]> {
  const rows = await trx.selectFrom('article').select(['id', 'raw_text'])
    .where('id', 'in', batch.map((a) => a.articleId)).execute()
  const rawText = new Map(rows.map((r) => [r.id, r.raw_text]))
  const missing = batch.find((a) => !rawText.has(a.articleId))
  if (missing) throw new Error(`store: no article ${missing.articleId}`)
  const claimRows = batch.map((a) => toClaimRows(a.articleId, a.claims))
  const values = batch.map((a, i) => ({
    article_id: a.articleId,
    pipeline_version: a.pipelineVersion,
    json: 'null',
    processed_at: processedAt,
    pack: packAnalysis(a, rawText.get(a.articleId)!, claimKeyOrder(a.claims, claimRows[i])),
  }))
  await trx.insertInto('analysis').values(values).onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({
    pipeline_version: eb.ref('excluded.pipeline_version'),
    json: eb.ref('excluded.json'),
    processed_at: eb.ref('excluded.processed_at'),
    pack: eb.ref('excluded.pack'),
  }))).execute()
  return replaceClaimRows(trx, batch.map((a) => a.articleId), claimRows.flat(), dialect)
}

/** @example await getAnalysisRow(db, id) // Analysis | undefined */
export async function getAnalysisRow(db: Kysely<Database>, articleId: string): Promise<Analysis | undefined> {
  const row = await db.selectFrom('analysis').innerJoin('article', 'article.id', 'analysis.article_id')
    .select(['analysis.json', 'analysis.pack', 'analysis.pipeline_version', 'article.raw_text'])
    .where('analysis.article_id', '=', articleId).executeTakeFirst()
  if (!row) return undefined
  if (row.pack === null) return fromJson<Analysis>(row.json)
  return unpackAnalysis(row.pack, {
    articleId: articleId as ArticleId,
    pipelineVersion: row.pipeline_version,
    rawText: row.raw_text,
    claims: (keys) => readArticleClaims(db, articleId, keys),
  })
}

/**
 * The pipeline version of each of these articles' analyses; articles without one are absent.
 * @example await getAnalysisVersions(db, [id]) // Map { id => '1' }
 */
export async function getAnalysisVersions(db: Kysely<Database>, ids: readonly string[]): Promise<Map<ArticleId, string>> {
  const out = new Map<ArticleId, string>()
  for (let i = 0; i < ids.length; i += ANALYSIS_BATCH) {
    const chunk = ids.slice(i, i + ANALYSIS_BATCH)
    if (chunk.length === 0) continue
    const rows = await db.selectFrom('analysis').select(['article_id', 'pipeline_version'])
      .where('article_id', 'in', chunk).execute()
    for (const r of rows) out.set(r.article_id as ArticleId, r.pipeline_version)
  }
  return out
}

/**
 * Pipeline versions of stored analyses, with how many articles each covers (for `reprocess`).
 * @example await countAnalysesByVersion(db) // { '0.1.0': 12 }
 */
export async function countAnalysesByVersion(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db.selectFrom('analysis')
    .select((eb) => ['pipeline_version', eb.fn.countAll().as('n')])
    .groupBy('pipeline_version').execute()
  return Object.fromEntries(rows.map((r) => [r.pipeline_version, Number(r.n)]))
}
