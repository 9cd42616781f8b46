/**
 * A tiny feedsmith adapter for the tests of `pollFeed`, independent of the ingest parser
 * (`src/pipeline/ingest/parse-feed.ts`) so these tests only change when polling changes. Handles
 * the RSS 2.0 and Atom fixtures used here, nothing more.
 */
import { parseFeed as feedsmithParse } from 'feedsmith'
import type { Reject } from '../../domain/types.ts'
import type { ParseFeedFn, PollFeedItem } from '../poll-feed.ts'

type Obj = Record<string, unknown>

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined
  if (value && typeof value === 'object') return text((value as Obj).value)
  return undefined
}

/**
 * @example
 * feedAdapterFor('<rss version="2.0"><channel><item><title>T</title></item></channel></rss>', 'f').items.length // 1
 */
export const feedAdapterFor: ParseFeedFn = (xml, source) => {
  let parsed: { format: string; feed: Obj }
  try {
    parsed = feedsmithParse(xml) as unknown as { format: string; feed: Obj }
  } catch (error) {
    const reject: Reject = { source, stage: 'parse', reason: `not a feed: ${(error as Error).message.split('\n')[0]}` }
    return { items: [], rejects: [reject] }
  }
  const entries = (parsed.feed.items ?? parsed.feed.entries ?? []) as Obj[]
  return { items: entries.map((entry) => toItem(entry, source)), rejects: [] }
}

function toItem(entry: Obj, source: string): PollFeedItem {
  const links = (entry.links ?? []) as Obj[]
  const link = text(entry.link) ?? text(links[0]?.href)
  const full = text((entry.content as Obj | undefined)?.encoded) ?? text(entry.content)
  const summary = text(entry.description) ?? text(entry.summary)
  const guid = text(entry.guid) ?? text(entry.id)
  const raw = {
    source,
    format: 'feed' as const,
    text: full ?? summary ?? '',
    ...(text(entry.title) ? { title: text(entry.title) } : {}),
    ...(link ? { url: link } : {}),
    ...(guid ? { externalId: guid } : {}),
    ...(text(entry.pubDate) ?? text(entry.published) ? { published: text(entry.pubDate) ?? text(entry.published) } : {}),
  }
  return { raw, summaryOnly: full === undefined, ...(link ? { link } : {}) }
}
