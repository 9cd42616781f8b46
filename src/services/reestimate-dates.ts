/**
 * Second look at undated articles (SPEC §4.5): once their sagas hold dated articles, their
 * date is estimated again from their own cues plus those dates (a "two months before the
 * January window" article needs a year from somewhere), and their claims are re-dated.
 */
import type { Article } from '../domain/types.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { processArticle } from '../pipeline/run.ts'
import type { Store } from '../storage/store.ts'
import { sagaSlug } from '../pipeline/cluster/saga-key.ts'

/**
 * Dates of each player's dated (not estimated) claims, by player slug. Pass the same map to successive calls
 * of one run: each player's claims are then read once, not once per undated article.
 */
export type KnownDates = Map<string, string[]>

/**
 * Re-estimates the given undated articles; returns the players whose claims changed date.
 * @example await reestimateUndated(store, undatedArticles, kb) // ['Trent Alexander-Arnold']
 */
export async function reestimateUndated(store: Store, articles: Article[], kb: KnowledgeBase, known: KnownDates = new Map()): Promise<string[]> {
  const touched = new Set<string>()
  const todo: { article: Article; before: NonNullable<Awaited<ReturnType<Store['getAnalysis']>>>; players: string[] }[] = []
  for (const article of articles) {
    if (article.published) continue
    const before = await store.getAnalysis(article.id)
    const players = [...new Set((before?.claims ?? []).filter((c) => !c.historical).map((c) => c.player))]
    if (before && players.length) todo.push({ article, before, players })
  }
  await loadKnownDates(store, [...new Set(todo.flatMap((t) => t.players))], known)
  for (const { article, before, players } of todo) {
    // An undated article's own claims carry estimated dates, so they never anchor themselves.
    const dates = [...new Set(players.flatMap((p) => known.get(sagaSlug(p)) ?? []))].sort()
    if (!dates.length) continue
    const after = processArticle(article, { kb, knownDates: dates })
    if (after.date.date === before.date.date) continue
    await store.putAnalysis(after)
    for (const p of players) touched.add(p)
  }
  return [...touched]
}

/** Reads the dated claims of the players not yet in `known`, in one query. */
async function loadKnownDates(store: Store, players: string[], known: KnownDates): Promise<void> {
  const missing = players.filter((p) => !known.has(sagaSlug(p)))
  if (!missing.length) return
  const byPlayer = new Map<string, Set<string>>(missing.map((p) => [sagaSlug(p), new Set()]))
  for (const c of await store.listSagaClaims(missing)) if (c.date && !c.dateEstimated) byPlayer.get(sagaSlug(c.player))?.add(c.date)
  for (const [p, dates] of byPlayer) known.set(p, [...dates])
}
