/** Shapes shared by the ingest readers. */
import type { RawArticle, Reject } from '../../domain/types.ts'

/** What `readInputs` yields: an article, or a reject that says why an input was skipped. */
export type InputItem = { kind: 'article'; raw: RawArticle } | { kind: 'reject'; reject: Reject }

/** One feed item: the article it becomes, and whether it only carried a summary (SPEC §3, §10). */
export interface FeedItem {
  raw: RawArticle
  /** True when the item had no full content, only a summary/description: fetch `link` for the text. */
  summaryOnly: boolean
  link?: string
  /**
   * When the publisher last changed the item (Atom `updated`, JSON Feed `date_modified`, RSS
   * `atom:updated` or `dcterms:modified`), ISO 8601: a changed item is read again.
   */
  updated?: string
}

/** Result of a reader that can partially succeed. */
export interface ParseOutcome<T> {
  items: T[]
  rejects: Reject[]
}
