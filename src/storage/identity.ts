/**
 * Article identity (SPEC §3): the id is the first 16 hex digits of sha256 over the normalised
 * text, a newline, and the URL (or nothing). Normalising first makes an article re-ingested
 * with CRLF line ends or re-wrapped whitespace the same article.
 */
import { createHash } from 'node:crypto'
import type { Article, ArticleId, RawArticle } from '../domain/types.ts'

/**
 * NFC, CRLF → LF, trimmed, every whitespace run (newlines included) collapsed to one space.
 * @example normaliseText(' a \r\n\r\n b ') // 'a b'
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n/g, '\n').trim().replace(/\s+/g, ' ')
}

/**
 * The article id for a text and optional URL.
 * @example articleIdOf('Hello', 'https://x.test/a').length // 16
 */
export function articleIdOf(text: string, url?: string | null): ArticleId {
  return sha256(normaliseText(text) + '\n' + (url ?? '')).slice(0, 16) as ArticleId
}

/**
 * sha256 hex of the normalised text alone (the `content_hash` column).
 * @example contentHashOf('a  b') === contentHashOf('a b') // true
 */
export function contentHashOf(text: string): string {
  return sha256(normaliseText(text))
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex')
}

/**
 * A transient Article for a raw input that is not stored (eval, benchmarks, tests), with the
 * same id the store would give it.
 * @example toArticle({ source: 'a.txt', format: 'text', text: 'Real want Trent.' }).revision // 1
 */
export function toArticle(raw: RawArticle, ingestedAt = new Date(0).toISOString()): Article {
  const id = articleIdOf(raw.text, raw.url)
  return {
    id, lineageId: id, revision: 1, url: raw.url, title: raw.title, outlet: raw.outlet, author: raw.author,
    published: raw.published?.slice(0, 10), format: raw.format, source: raw.source, rawText: raw.text, ingestedAt,
  }
}
