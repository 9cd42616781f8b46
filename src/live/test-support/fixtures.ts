/**
 * Feeds and pages served by the loopback server in the polling tests, and a tiny HTML→article
 * extractor (title + paragraphs) so the tests do not depend on the ingest HTML reader.
 */
import type { RawArticle } from '../../domain/types.ts'

/**
 * RSS 2.0 with one full-text item and two summary-only items linking into `origin`.
 * @example
 * rssFeed('http://127.0.0.1:1234')
 */
export function rssFeed(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Daily Transfer Briefing</title><link>${origin}/</link>
<item><title>Real Madrid agree fee for Alexander-Arnold</title><guid isPermaLink="false">tb-1</guid>
<link>${origin}/articles/a</link><pubDate>Tue, 28 Jan 2025 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Real Madrid have agreed a fee with Liverpool for Trent Alexander-Arnold.</p>]]></content:encoded></item>
<item><title>Arsenal in talks over Zubimendi</title><guid isPermaLink="false">tb-2</guid>
<link>${origin}/articles/b</link><pubDate>Wed, 29 Jan 2025 10:00:00 GMT</pubDate>
<description>Arsenal are in talks…</description></item>
<item><title>Secret Chelsea plan</title><guid isPermaLink="false">tb-3</guid>
<link>${origin}/private/c</link><pubDate>Thu, 30 Jan 2025 10:00:00 GMT</pubDate>
<description>Chelsea have a plan.</description></item>
</channel></rss>`
}

/**
 * Atom feed with two full-content entries.
 * @example
 * atomFeed('http://127.0.0.1:1234')
 */
export function atomFeed(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Transfers</title><id>urn:feed:atom</id>
<updated>2025-01-31T12:00:00Z</updated>
<entry><title type="html">Bayern &amp;amp; Wirtz: talks</title><id>urn:entry:1</id>
<link rel="alternate" href="${origin}/atom/1"/><published>2025-01-31T10:00:00Z</published>
<updated>2025-01-31T11:00:00Z</updated><content type="html">&lt;p&gt;Bayern Munich are in talks with Florian Wirtz.&lt;/p&gt;</content></entry>
<entry><title>Gyökeres stays</title><id>urn:entry:2</id>
<link rel="alternate" href="${origin}/atom/2"/><published>2025-01-31T09:00:00Z</published>
<content type="text">Viktor Gyökeres will stay at Sporting, says Amorim.</content></entry>
</feed>`
}

/**
 * RSS 2.0 with `count` full-text items `n-1`…`n-count`.
 * @example
 * manyItemsFeed(5)
 */
export function manyItemsFeed(count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<item><title>Item ${i + 1}</title><guid>n-${i + 1}</guid><content:encoded>Body ${i + 1}</content:encoded></item>`,
  )
  return `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Many</title>${items.join('')}</channel></rss>`
}

/** The article page that item tb-2 links to. */
export const PAGE_B = `<!doctype html><html><head><title>Arsenal in talks | Briefing</title></head>
<body><nav>Home</nav><article><p>Arsenal are in advanced talks with Real Sociedad over Martín Zubimendi.</p>
<p>The fee is €60m.</p></article></body></html>`

/**
 * Title plus paragraph text; undefined when there are no paragraphs.
 * @example
 * testHtmlToArticle('<title>T</title><p>x</p>', 'u')?.text // 'x'
 */
export function testHtmlToArticle(html: string, url: string): RawArticle | undefined {
  const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').trim())
  if (paragraphs.length === 0) return undefined
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim()
  return { source: url, format: 'html', text: paragraphs.join('\n\n'), ...(title ? { title } : {}) }
}
