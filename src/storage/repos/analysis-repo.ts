/**
 * Analysis rows: the pipeline's output for one article, stored as one JSON document, written
 * together with the article's claims in one transaction (a reprocess replaces both).
 */
import type { Kysely } from 'kysely'
import type { Analysis } from '../../domain/types.ts'
import type { Database } from '../schema.ts'
import { replaceClaimRows } from './claim-repo.ts'
import { fromJson, toJson } from './json.ts'

/**
 * Replaces the analysis and the claims of `analysis.articleId`. Throws
 * `store: no article <id>` when the article was never stored.
 * @example await putAnalysisRow(db, analysis, new Date().toISOString())
 */
export async function putAnalysisRow(db: Kysely<Database>, analysis: Analysis, processedAt: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const article = await trx.selectFrom('article').select('id').where('id', '=', analysis.articleId).executeTakeFirst()
    if (!article) throw new Error(`store: no article ${analysis.articleId}`)
    await trx.deleteFrom('analysis').where('article_id', '=', analysis.articleId).execute()
    await trx.insertInto('analysis').values({
      article_id: analysis.articleId,
      pipeline_version: analysis.pipelineVersion,
      json: toJson(analysis),
      processed_at: processedAt,
    }).execute()
    await replaceClaimRows(trx, analysis.articleId, analysis.claims)
  })
}

/** @example await getAnalysisRow(db, id) // Analysis | undefined */
export async function getAnalysisRow(db: Kysely<Database>, articleId: string): Promise<Analysis | undefined> {
  const row = await db.selectFrom('analysis').select('json').where('article_id', '=', articleId).executeTakeFirst()
  return row && fromJson<Analysis>(row.json)
}

/**
 * Pipeline versions of stored analyses, with how many articles each covers (for `reprocess`).
 * @example await countAnalysesByVersion(db) // { '1.0.0': 12 }
 */
export async function countAnalysesByVersion(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db.selectFrom('analysis')
    .select((eb) => ['pipeline_version', eb.fn.countAll().as('n')])
    .groupBy('pipeline_version').execute()
  return Object.fromEntries(rows.map((r) => [r.pipeline_version, Number(r.n)]))
}
