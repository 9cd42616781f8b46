/**
 * The players a new revision of an article takes claims away from: those its predecessor named.
 * Sagas read the latest revision of each article only, so once a revision is stored these
 * players' sagas must be rebuilt too, not only those of the players the new revision names.
 * (The store also marks them stale in `saga_version`, which an ingest run's end rebuilds; the
 * paths that rebuild one article's players at once use this.)
 */
import type { Article } from '../domain/types.ts'
import type { Store } from '../storage/store.ts'

/**
 * Players named by the revision `article` superseded (none for a first revision).
 * @example await supersededPlayers(store, put.article) // ['Trent Alexander-Arnold']
 */
export async function supersededPlayers(store: Store, article: Article): Promise<string[]> {
  if (article.revision <= 1) return []
  const previous = (await store.listRevisions(article.lineageId)).find((a) => a.revision === article.revision - 1)
  if (!previous) return []
  return [...new Set((await store.listClaims({ articleId: previous.id })).map((c) => c.player))]
}
