/**
 * Second look at undated articles (SPEC §4.5): once their sagas hold dated articles, their
 * date is estimated again from their own cues plus those dates (a "two months before the
 * January window" article needs a year from somewhere), and their claims are re-dated.
 */
import type { Article } from '../domain/types.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { processArticle } from '../pipeline/run.ts'
import type { Store } from '../storage/store.ts'

/**
 * Re-estimates the given undated articles; returns the players whose claims changed date.
 * @example await reestimateUndated(store, undatedArticles, kb) // ['Trent Alexander-Arnold']
 */
export async function reestimateUndated(store: Store, articles: Article[], kb: KnowledgeBase): Promise<string[]> {
  const touched = new Set<string>()
  for (const article of articles) {
    if (article.published) continue
    const before = await store.getAnalysis(article.id)
    const players = [...new Set((before?.claims ?? []).filter((c) => !c.historical).map((c) => c.player))]
    if (!before || !players.length) continue
    const knownDates = (await store.listSagaClaims(players)).filter((c) => c.date && !c.dateEstimated && c.articleId !== article.id).map((c) => c.date!)
    if (!knownDates.length) continue
    const after = processArticle(article, { kb, knownDates: [...new Set(knownDates)].sort() })
    if (after.date.date === before.date.date) continue
    await store.putAnalysis(after)
    for (const p of players) touched.add(p)
  }
  return [...touched]
}
