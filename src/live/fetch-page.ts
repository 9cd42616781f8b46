/**
 * Fetches the page an item links to, for feeds that only carry summaries: robots.txt first,
 * then the per-host gate, then `safeFetch`, then an injected HTML→article extractor. Every
 * failure becomes a Reject with a one-line reason; nothing throws.
 */
import type { RawArticle, Reject } from '../domain/types.ts'
import { FetchFailed, FetchRefused } from './errors.ts'
import { MESSAGES } from './messages.ts'
import type { HostGate } from './politeness.ts'
import type { FetchPage } from './poll-feed.ts'
import type { RobotsCache } from './robots.ts'
import type { SafeFetch, SafeFetchOptions } from './safe-fetch.ts'

export interface PageFetcherDeps {
  fetch: SafeFetch
  fetchOptions?: SafeFetchOptions
  /** HTML → article, e.g. `(html, url) => parseHtml(html, url)?.raw`; undefined = no readable text. */
  htmlToArticle: (html: string, url: string) => RawArticle | undefined
  robots?: RobotsCache
  gate?: HostGate
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i

/**
 * Creates the `fetchPage` dependency of `pollFeed`.
 * @example
 * const fetchPage = createPageFetcher({ fetch: safeFetch, htmlToArticle: (h, u) => parseHtml(h, u)?.raw, robots, gate })
 */
export function createPageFetcher(deps: PageFetcherDeps): FetchPage {
  return async (url) => {
    const reject = (reason: string): Reject => ({ source: url, stage: 'read', reason })
    try {
      const verdict = await deps.robots?.check(url)
      if (verdict && !verdict.allowed) return reject(verdict.reason ?? MESSAGES.robotsDisallowed(url))
      await deps.gate?.wait(url, verdict?.crawlDelaySeconds)
      const res = await deps.fetch(url, { ...deps.fetchOptions, headers: { accept: 'text/html, application/xhtml+xml;q=0.9', ...deps.fetchOptions?.headers } })
      if (res.status < 200 || res.status > 299) return reject(MESSAGES.httpStatus(res.status))
      const type = res.headers['content-type'] ?? ''
      if (type && !HTML_TYPES.test(type)) return reject(MESSAGES.notHtml(url, type.split(';')[0] ?? type))
      const article = deps.htmlToArticle(res.body ?? '', url)
      return article && article.text.trim() !== '' ? { ...article, url } : reject(MESSAGES.noText(url))
    } catch (error) {
      if (error instanceof FetchRefused || error instanceof FetchFailed) return reject(error.message)
      throw error
    }
  }
}
