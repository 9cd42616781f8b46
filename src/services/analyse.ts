/**
 * Shared work of several commands: process stored articles and store their analyses.
 * Kept here (not in a stage) because it joins the pipeline and the store.
 */
import type { Analysis, Article } from '../domain/types.ts'
import { processArticle, type PipelineContext } from '../pipeline/run.ts'
import type { Store } from '../storage/store.ts'

/** What analysing one article gave: its claims and players, or why extraction failed. */
export type AnalyseResult = { claims: number; claimsByPlayer: Map<string, number> } | { error: string }

/**
 * Runs extraction over an article and stores the result. Never throws for bad text: a stage
 * failure is returned as an error string and the raw article stays stored.
 */
export async function analyseAndStore(store: Store, article: Article, ctx: PipelineContext): Promise<AnalyseResult> {
  return (await analyseAndStoreMany(store, [article], ctx))[0]
}

/** One article's extraction: its analysis, or why the pipeline failed on it. */
export type Extracted = Analysis | { error: string }

/**
 * {@link analyseAndStore} for several articles, with every analysis stored in one transaction
 * (`store.putAnalyses`); results are in the order of `articles`. Store failures throw.
 * @example const results = await analyseAndStoreMany(store, page.articles, { kb })
 */
export async function analyseAndStoreMany(store: Store, articles: readonly Article[], ctx: PipelineContext): Promise<AnalyseResult[]> {
  return storeExtracted(store, extractMany(articles, ctx))
}

/**
 * Runs the pipeline over each article; a failure becomes an error string for that article.
 * `knownDates[i]`, when given, anchors `articles[i]`'s date estimate. Pure: the extraction
 * workers (extract-pool.ts) call it too.
 */
export function extractMany(articles: readonly Article[], ctx: PipelineContext, knownDates?: readonly (string[] | undefined)[]): Extracted[] {
  return articles.map((article, i) => analyse(article, knownDates?.[i] ? { ...ctx, knownDates: knownDates[i] } : ctx))
}

/** Stores the analyses among `done` in one transaction and sums up each article's claims. */
export async function storeExtracted(store: Store, done: readonly Extracted[]): Promise<AnalyseResult[]> {
  const analyses = done.filter((d): d is Analysis => !('error' in d))
  if (analyses.length === 1) await store.putAnalysis(analyses[0])
  else if (analyses.length > 1) await store.putAnalyses(analyses)
  return done.map((d) => {
    if ('error' in d) return d
    const claimsByPlayer = new Map<string, number>()
    for (const c of d.claims) claimsByPlayer.set(c.player, (claimsByPlayer.get(c.player) ?? 0) + 1)
    return { claims: d.claims.length, claimsByPlayer }
  })
}

function analyse(article: Article, ctx: PipelineContext): Extracted {
  try {
    return processArticle(article, ctx)
  } catch (err) {
    return { error: `extraction failed: ${(err as Error).message.split('\n')[0]}` }
  }
}
