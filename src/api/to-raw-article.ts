/**
 * Turns one validated ingest body item into the `RawArticle` the services store. HTML goes
 * through the same readability extractor as `mercato ingest page.html`.
 */
import type { RawArticle } from '../domain/types.ts'
import { parseHtml } from '../pipeline/ingest/parse-html.ts'
import type { IngestArticleInput } from './validate.ts'

/** Source label of articles posted to the API (SPEC §3: where an article came from). */
export const API_SOURCE = 'api'

/**
 * Builds a raw article, or returns a reason when HTML held no readable text.
 * Explicit fields win over metadata read from the HTML head.
 * @example toRawArticle({ text: 'Real bid.' }) // { source: 'api', format: 'text', text: 'Real bid.' }
 */
export function toRawArticle(input: IngestArticleInput): RawArticle | { reason: string } {
  const meta = pick(input)
  if (input.text !== undefined) return { source: API_SOURCE, format: 'text', text: input.text, ...meta }
  const parsed = parseHtml(input.html ?? '', API_SOURCE)
  if (!parsed) return { reason: 'no readable text in html' }
  return { ...parsed.raw, source: API_SOURCE, format: 'html', ...meta }
}

function pick(input: IngestArticleInput): Partial<RawArticle> {
  const out: Partial<RawArticle> = {}
  if (input.url !== undefined) out.url = input.url
  if (input.title !== undefined) out.title = input.title
  if (input.outlet !== undefined) out.outlet = input.outlet
  if (input.author !== undefined) out.author = input.author
  if (input.published !== undefined) out.published = input.published
  return out
}
