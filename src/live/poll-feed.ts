/**
 * One poll of one feed (SPEC §10): a conditional request (If-None-Match / If-Modified-Since),
 * the feed parsed by an injected parser, items already seen skipped without any fetch, and the
 * linked page fetched for items that carry only a summary. At most `maxItems` new items are
 * taken per poll; the rest stay unseen and come next poll.
 *
 * The poll never marks anything seen: it returns the `keys` it handled and the caller marks them
 * after committing the articles, so a crash in between refetches instead of losing an item.
 */
import { createHash } from 'node:crypto'
import type { RawArticle, Reject } from '../domain/types.ts'
import { FetchFailed } from './errors.ts'
import { MESSAGES } from './messages.ts'
import { parseRetryAfter } from './politeness.ts'
import type { SafeFetch, SafeFetchOptions } from './safe-fetch.ts'

export const DEFAULT_MAX_ITEMS = 100
export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'

/** A feed item as the ingest feed parser produces it (`src/pipeline/ingest/parse-feed.ts`). */
export interface PollFeedItem {
  raw: RawArticle
  /** True when the item had only a summary: the linked page is fetched for the text. */
  summaryOnly: boolean
  link?: string
  /** When the publisher last changed the item, ISO 8601 (see `itemKey`). */
  updated?: string
}

export type ParseFeedFn = (xml: string, source: string) => { items: PollFeedItem[]; rejects: Reject[] }
/** Fetches and extracts one linked page; see `createPageFetcher`. */
export type FetchPage = (url: string) => Promise<RawArticle | Reject>

export interface FeedRef {
  url: string
  etag?: string
  lastModified?: string
}

export interface PollFeedDeps {
  fetch: SafeFetch
  /** Passed to the feed fetch (allowPrivate, timeouts…). */
  fetchOptions?: SafeFetchOptions
  parseFeed: ParseFeedFn
  seen: (key: string) => Promise<boolean>
  fetchPage: FetchPage
  now: () => Date
  maxItems?: number
}

export interface PollResult {
  status: number
  /** Final feed URL after redirects. */
  url: string
  notModified: boolean
  articles: RawArticle[]
  rejects: Reject[]
  /** Keys of every item handled this poll (feed order): mark them seen once committed. */
  keys: string[]
  /** Validators to send next time; absent when the feed could not be parsed (refetch fully). */
  etag?: string
  lastModified?: string
}

/**
 * Polls a feed. Throws `FetchRefused` / `FetchFailed` (also for a non-2xx status, with
 * `status` and `retryAfterMs`) so the scheduler can back off; bad content becomes rejects.
 * @example
 * const result = await pollFeed({ url, etag: state.etag }, { fetch: safeFetch, parseFeed, seen, fetchPage, now: () => new Date() })
 * await store.putArticles(result.articles); await seenStore.add(result.keys)
 */
export async function pollFeed(feed: FeedRef, deps: PollFeedDeps): Promise<PollResult> {
  const res = await deps.fetch(feed.url, {
    ...deps.fetchOptions,
    etag: feed.etag,
    lastModified: feed.lastModified,
    headers: { accept: FEED_ACCEPT, ...deps.fetchOptions?.headers },
  })
  const validators = {
    etag: res.headers.etag ?? feed.etag,
    lastModified: res.headers['last-modified'] ?? feed.lastModified,
  }
  const base = { status: res.status, url: res.url, articles: [], rejects: [], keys: [] }
  if (res.notModified) return { ...base, notModified: true, ...defined(validators) }
  if (res.status < 200 || res.status > 299) {
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], deps.now())
    throw new FetchFailed('http-status', MESSAGES.httpStatus(res.status), res.url, { status: res.status, retryAfterMs })
  }
  const parsed = deps.parseFeed(res.body ?? '', feed.url)
  if (parsed.items.length === 0) return { ...base, notModified: false, rejects: parsed.rejects }
  const taken = await takeNewItems(parsed.items, feed.url, deps)
  const handled = await handleItems(taken.items, deps)
  return {
    ...base,
    notModified: false,
    articles: handled.articles,
    rejects: [...parsed.rejects, ...taken.rejects, ...handled.rejects],
    keys: taken.items.map((entry) => entry.key),
    ...defined(validators),
  }
}

interface KeyedItem {
  key: string
  item: PollFeedItem
}

/** Unseen items (deduplicated by key), at most `maxItems`, with a reject when the limit cut some. */
async function takeNewItems(items: PollFeedItem[], feedUrl: string, deps: PollFeedDeps) {
  const limit = deps.maxItems ?? DEFAULT_MAX_ITEMS
  const byKey = new Map<string, KeyedItem>()
  for (const item of items) {
    const key = itemKey(item, feedUrl)
    if (!byKey.has(key)) byKey.set(key, { key, item })
  }
  const fresh: KeyedItem[] = []
  for (const entry of byKey.values()) if (!(await deps.seen(entry.key))) fresh.push(entry)
  const rejects: Reject[] =
    fresh.length > limit ? [{ source: feedUrl, stage: 'read', reason: MESSAGES.itemLimit(fresh.length, limit) }] : []
  return { items: fresh.slice(0, limit), rejects }
}

/** Full-text items pass through; summary-only items get their linked page (one at a time). */
async function handleItems(items: KeyedItem[], deps: PollFeedDeps) {
  const articles: RawArticle[] = []
  const rejects: Reject[] = []
  for (const { item } of items) {
    const link = item.link ?? item.raw.url
    if (!item.summaryOnly || !link) {
      articles.push(item.raw)
      continue
    }
    const page = await deps.fetchPage(link)
    if (isReject(page)) {
      // INFO: the summary is still worth keeping (headline + teaser often carry the claim).
      rejects.push(page)
      articles.push(item.raw)
    } else {
      articles.push(mergePage(item.raw, page, link))
    }
  }
  return { articles, rejects }
}

/** The page supplies the text; the feed's own metadata wins where it has some. */
function mergePage(feedItem: RawArticle, page: RawArticle, link: string): RawArticle {
  return defined({
    ...page,
    source: feedItem.source,
    url: link,
    title: feedItem.title ?? page.title,
    outlet: feedItem.outlet ?? page.outlet,
    author: feedItem.author ?? page.author,
    published: feedItem.published ?? page.published,
    externalId: feedItem.externalId ?? page.externalId,
  }) as RawArticle
}

/**
 * The identity of a feed item for "seen": its guid (scoped to the feed, since guids are only
 * unique per feed), else its link, else a hash of feed, title and date. A guid or link is
 * followed by the item's `updated` time when the feed gives one: an item the publisher changed
 * is new again, read again, and stored as a revision of its article when its text changed.
 * @example
 * itemKey({ raw: { source: 'f', format: 'feed', text: '', externalId: '42' }, summaryOnly: false }, 'https://x.test/rss')
 * // 'guid:https://x.test/rss 42'
 */
export function itemKey(item: PollFeedItem, feedUrl: string): string {
  const version = item.updated ? ` @${item.updated}` : ''
  const guid = item.raw.externalId?.trim()
  if (guid) return `guid:${feedUrl} ${guid}${version}`
  const link = (item.link ?? item.raw.url)?.trim()
  if (link) return `link:${link}${version}`
  const digest = createHash('sha256').update(`${feedUrl}\n${item.raw.title ?? ''}\n${item.raw.published ?? ''}`).digest('hex')
  return `hash:${digest.slice(0, 32)}`
}

/**
 * Tells a Reject from a RawArticle.
 * @example
 * isReject({ source: 'u', stage: 'read', reason: 'x' }) // true
 */
export function isReject(value: RawArticle | Reject): value is Reject {
  return 'reason' in value && 'stage' in value && !('text' in value)
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
