/**
 * Article identity (SPEC §3): a hash of the normalised text and the URL when known, so the
 * same article ingested twice is recognised and a changed text at one URL is a revision.
 */
import { createHash } from 'node:crypto'
import type { Article, ArticleId, RawArticle } from '../domain/types.ts'

/** NFC, LF line ends, trimmed, runs of white space collapsed. */
export function normaliseForIdentity(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()
}

/**
 * @example articleIdOf('Real want Trent.', undefined) // '5d2c…' (16 hex)
 */
export function articleIdOf(text: string, url: string | undefined): ArticleId {
  return createHash('sha256').update(normaliseForIdentity(text)).update('\n').update(url ?? '').digest('hex').slice(0, 16) as ArticleId
}

/** A transient Article for a raw input that is not stored (eval, benchmarks). */
export function toArticle(raw: RawArticle, ingestedAt = new Date(0).toISOString()): Article {
  const id = articleIdOf(raw.text, raw.url)
  return {
    id, lineageId: id, revision: 1, url: raw.url, title: raw.title, outlet: raw.outlet, author: raw.author,
    published: raw.published?.slice(0, 10), format: raw.format, source: raw.source, rawText: raw.text, ingestedAt,
  }
}
