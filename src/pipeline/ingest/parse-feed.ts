/**
 * Feed reader: RSS 2.0, Atom, RDF and JSON Feed through feedsmith, normalised to RawArticle.
 * feedsmith leaves each format's own shape (RFC 822 dates, Atom text objects), so this adapter
 * reads the slice it needs tolerantly. Malformed feeds become a Reject, never a throw.
 */
import { parseFeed as parseAnyFeed } from 'feedsmith'
import type { RawArticle, Reject } from '../../domain/types.ts'
import { INPUT_MESSAGES } from '../../messages.ts'
import { htmlToText } from './html-to-text.ts'
import type { FeedItem, ParseOutcome } from './types.ts'

type Obj = Record<string, unknown>

/**
 * Parses a feed document into items; `summaryOnly` marks items whose page must be fetched.
 * @example parseFeed('<rss version="2.0"><channel><title>X</title><item><title>T</title><description>S</description></item></channel></rss>', 'f.xml').items[0].summaryOnly // true
 */
export function parseFeed(content: string, source: string): ParseOutcome<FeedItem> {
  const reject = (reason: string): ParseOutcome<FeedItem> => ({ items: [], rejects: [{ source, stage: 'parse', reason }] })
  let parsed: { format: string; feed: unknown }
  try {
    parsed = parseAnyFeed(String(content)) as { format: string; feed: unknown }
  } catch (e) {
    return reject(INPUT_MESSAGES.feedMalformed(String((e as Error)?.message ?? e).split('\n')[0]))
  }
  const feed = (parsed.feed ?? {}) as Obj
  const entries = asArray(feed.items ?? feed.entries)
  if (entries.length === 0) return reject(INPUT_MESSAGES.feedEmpty)
  const outlet = textOf(feed.title)
  const items = entries.map((e) => toFeedItem(e as Obj, source, outlet))
  return { items, rejects: [] }
}

/**
 * The articles of feed items (summary-only items keep their summary as text).
 * @example toRawArticles(parseFeed(xml, 'f.xml').items).length // number of items
 */
export function toRawArticles(items: readonly FeedItem[]): RawArticle[] {
  return items.map((i) => i.raw)
}

function toFeedItem(e: Obj, source: string, outlet: string | undefined): FeedItem {
  const full = firstText(e.content_html, (e.content as Obj | undefined)?.encoded, e.content, e.content_text)
  const summary = firstText(e.summary, e.description)
  const link = linkOf(e)
  const raw: RawArticle = { source, format: 'feed', text: htmlToText(full ?? summary ?? '') }
  const fields = {
    title: textOf(e.title),
    url: link,
    outlet,
    author: authorOf(e),
    published: toIsoDate(firstText(e.published, e.date_published, e.pubDate, (e.dc as Obj | undefined)?.date, e.updated, e.date_modified)),
    externalId: firstText(e.id, (e.guid as Obj | undefined)?.value, e.guid),
  }
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (raw as unknown as Record<string, string>)[k] = v
  const updated = toIsoDate(firstText(e.updated, e.date_modified, (e.atom as Obj | undefined)?.updated, asArray((e.dcterms as Obj | undefined)?.modified)[0]))
  return { raw, summaryOnly: full === undefined, ...(link ? { link } : {}), ...(updated ? { updated } : {}) }
}

function linkOf(e: Obj): string | undefined {
  const direct = firstText(e.link, e.url)
  if (direct) return direct
  const links = asArray(e.links) as Obj[]
  const alt = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0]
  return alt ? textOf(alt.href) : undefined
}

function authorOf(e: Obj): string | undefined {
  const dc = asArray((e.dc as Obj | undefined)?.creators ?? (e.dc as Obj | undefined)?.creator)
  const authors = asArray(e.authors ?? e.author)
  const first = dc[0] ?? authors[0]
  if (first === undefined) return undefined
  const name = typeof first === 'string' ? first : textOf((first as Obj).name) ?? textOf((first as Obj).email)
  // INFO: RSS <author> is "email (Name)"; keep the name.
  return name?.replace(/^\S+@\S+\s*\((.+)\)$/, '$1')
}

/**
 * Normalises an RFC 822 or ISO date to ISO 8601; undefined when unreadable.
 * @example toIsoDate('Tue, 10 Jun 2025 10:00:00 GMT') // '2025-06-10T10:00:00.000Z'
 */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim()
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

function firstText(...values: unknown[]): string | undefined {
  for (const v of values) {
    const t = textOf(v)
    if (t) return t
  }
  return undefined
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim()
  if (v && typeof v === 'object' && !Array.isArray(v)) return textOf((v as Obj).value)
  return undefined
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return []
  return Array.isArray(v) ? v : [v]
}

export type { FeedItem, Reject }
