/**
 * Finds stored articles without an analysis and enqueues them (`mercato worker --enqueue-unprocessed`).
 * Walks the store in ingest order with the paging cursor, so memory stays flat on large stores.
 */
import type { ArticleId } from '../domain/types.ts'
import type { Store } from '../storage/store.ts'
import { enqueueArticles, type Queue } from './article-queue.ts'

/**
 * Enqueues every article that has no analysis yet; returns how many were found.
 * Articles already waiting in the queue are not queued twice (singleton key = article id).
 * @example await enqueueUnprocessed(store, boss) // 300
 */
export async function enqueueUnprocessed(store: Store, boss: Queue, page = 500): Promise<number> {
  let after: number | undefined
  let found = 0
  for (;;) {
    const { articles, next } = await store.listArticles({ after, limit: page })
    const versions = await store.getAnalysisVersions(articles.map((a) => a.id))
    const missing: ArticleId[] = articles.filter((a) => !versions.has(a.id)).map((a) => a.id)
    await enqueueArticles(boss, missing)
    found += missing.length
    if (next === undefined || articles.length === 0) return found
    after = next
  }
}
