/**
 * Shared work of several commands: process one stored article and store its analysis.
 * Kept here (not in a stage) because it joins the pipeline and the store.
 */
import type { Article } from '../domain/types.ts'
import { processArticle, type PipelineContext } from '../pipeline/run.ts'
import type { Store } from '../storage/store.ts'

/**
 * Runs extraction over an article and stores the result. Never throws for bad text: a stage
 * failure is returned as an error string and the raw article stays stored.
 */
export async function analyseAndStore(store: Store, article: Article, ctx: PipelineContext): Promise<{ claims: number; players: string[] } | { error: string }> {
  let analysis
  try {
    analysis = processArticle(article, ctx)
  } catch (err) {
    return { error: `extraction failed: ${(err as Error).message.split('\n')[0]}` }
  }
  await store.putAnalysis(analysis)
  return { claims: analysis.claims.length, players: [...new Set(analysis.claims.map((c) => c.player))] }
}
