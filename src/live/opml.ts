/**
 * OPML import and export of the feed list (`mercato feeds import|export`), through feedsmith.
 * Nested outlines (folders) are flattened; only http(s) feed URLs are kept, each once.
 */
import { generateOpml as feedsmithGenerate, parseOpml as feedsmithParse } from 'feedsmith'

export interface OpmlFeed {
  url: string
  title?: string
}

interface Outline {
  text?: string
  title?: string
  xmlUrl?: string
  outlines?: Outline[]
}

/**
 * Reads the feeds of an OPML document; undefined when the text is not OPML.
 * @example
 * parseOpml('<opml version="2.0"><body><outline text="BBC" xmlUrl="https://feeds.bbci.co.uk/sport/football/rss.xml"/></body></opml>')
 * // [{ url: 'https://feeds.bbci.co.uk/sport/football/rss.xml', title: 'BBC' }]
 */
export function parseOpml(xml: string): OpmlFeed[] | undefined {
  if (typeof xml !== 'string' || xml.trim() === '') return undefined
  let outlines: Outline[]
  try {
    outlines = (feedsmithParse(xml).body?.outlines ?? []) as Outline[]
  } catch {
    return undefined
  }
  const feeds = new Map<string, OpmlFeed>()
  for (const outline of flatten(outlines)) {
    const url = outline.xmlUrl?.trim()
    if (!url || !/^https?:\/\//i.test(url) || feeds.has(url)) continue
    const title = (outline.title ?? outline.text)?.trim()
    feeds.set(url, title ? { url, title } : { url })
  }
  return [...feeds.values()]
}

function flatten(outlines: Outline[]): Outline[] {
  return outlines.flatMap((outline) => [outline, ...flatten(outline.outlines ?? [])])
}

/**
 * Writes an OPML 2.0 document listing the feeds (attributes escaped by feedsmith).
 * @example
 * generateOpml([{ url: 'https://example.org/rss?a=1&b=2', title: 'Example & Co' }])
 * // '<?xml …?><opml version="2.0">…<outline text="Example &amp; Co" type="rss" xmlUrl="https://example.org/rss?a=1&amp;b=2" …/>…'
 */
export function generateOpml(feeds: readonly OpmlFeed[], opts: { title?: string } = {}): string {
  const outlines = feeds.map((feed) => ({
    text: feed.title ?? feed.url,
    type: 'rss',
    xmlUrl: feed.url,
    ...(feed.title ? { title: feed.title } : {}),
  }))
  return feedsmithGenerate({ head: { title: opts.title ?? 'Mercato feeds' }, body: { outlines } })
}
