import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { INPUT_MESSAGES } from '../../messages.ts'
import { detectFormat } from './detect-format.ts'
import { htmlToText } from './html-to-text.ts'
import { parseFeed, toIsoDate, toRawArticles } from './parse-feed.ts'
import { parseHtml } from './parse-html.ts'
import { parseJsonl } from './parse-jsonl.ts'
import { parseText } from './parse-text.ts'
import { parseInput } from './parse-input.ts'
import { globToRegExp } from './glob.ts'

describe('detectFormat', () => {
  it.each([
    ['a.txt', '', 'text'],
    ['a.jsonl', '', 'jsonl'],
    ['a.NDJSON', '', 'jsonl'],
    ['a.htm', '', 'html'],
    ['a.rss', '', 'feed'],
    ['a.atom', '', 'feed'],
    ['a.json-feed', '', 'feed'],
    ['a.md', 'plain words', 'text'],
    ['-', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed'],
    ['-', '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['-', '{ "version": "https://jsonfeed.org/version/1.1", "items": [] }', 'feed'],
    ['-', '<!DOCTYPE html><html></html>', 'html'],
    ['-', '{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    ['noext', '', 'text'],
    // Extensions that are Object.prototype member names are unknown extensions, not formats.
    ['a.constructor', 'plain words', 'text'],
    ['a.__proto__', '<!DOCTYPE html>', 'html'],
  ])('%s %j → %s', (path, content, expected) => {
    expect(detectFormat(path, content)).toBe(expected)
  })
})

describe('parseText', () => {
  it.each([
    ['', undefined],
    ['   \n\t ', undefined],
    [' date 2025-03-25', undefined],
    [' date 2025-03-25 Real are close.', { text: 'Real are close.', published: '2025-03-25' }],
    ['date 2025-01-01\nBody on the next line.', { text: 'Body on the next line.', published: '2025-01-01' }],
    ['date 2025-02-30 Bad date stays text.', { text: 'date 2025-02-30 Bad date stays text.' }],
    ['Ñandú ğüneş Straße ist groß.', { text: 'Ñandú ğüneş Straße ist groß.' }],
  ])('%j', (input, expected) => {
    const raw = parseText(input, 'a.txt')
    if (expected === undefined) expect(raw).toBeUndefined()
    else expect(raw).toMatchObject({ source: 'a.txt', format: 'text', ...expected })
  })

  it('rejects wrong types without throwing', () => {
    for (const v of [null, undefined, 123, {}, []]) expect(parseText(v as never, 'x')).toBeUndefined()
  })

  it('rejects a file whose date header is no calendar date, naming the date', () => {
    for (const bad of [' date 2025-13-45\nArsenal want Rice.', 'date 2025-02-30 Body.']) {
      const [item] = parseInput(bad, 'text', 'a.txt')
      expect(item).toMatchObject({ kind: 'reject', reject: { source: 'a.txt', stage: 'parse' } })
      expect(item.kind === 'reject' && item.reject.reason).toContain(bad.trim().slice(5, 15))
    }
    expect(parseInput('The date 2025-13-45 was a typo.', 'text', 'a.txt')[0].kind).toBe('article')
  })
})

describe('parseJsonl', () => {
  const src = 'a.jsonl'
  it.each([
    ['{"text":"Hi","url":"https://x/1","published":"2025-01-02T10:00:00Z","id":"7"}', 'article', undefined],
    ['{"html":"<p>Ñ ğ ß body</p>"}', 'article', undefined],
    ['{oops', 'reject', 'malformed JSON'],
    ['null', 'reject', INPUT_MESSAGES.jsonNotObject('null')],
    ['123', 'reject', INPUT_MESSAGES.jsonNotObject('number')],
    ['[]', 'reject', INPUT_MESSAGES.jsonNotObject('array')],
    ['{}', 'reject', INPUT_MESSAGES.jsonNoText],
    ['{"text":"   "}', 'reject', INPUT_MESSAGES.jsonNoText],
    ['{"text":42}', 'reject', INPUT_MESSAGES.jsonBadField('text', 'number')],
    ['{"text":"x","published":"yesterday"}', 'reject', 'expected "published" as ISO 8601'],
  ])('%s → %s', (line, kind, reason) => {
    const [item] = parseJsonl(line, src)
    expect(item.kind).toBe(kind)
    if (item.kind === 'reject') {
      expect(item.reject).toMatchObject({ source: src, line: 1 })
      expect(item.reject.reason).toContain(reason)
      expect(item.reject.reason).not.toContain('\n')
    }
  })

  it('keeps going after a broken line and numbers lines from 1, skipping blanks', () => {
    const items = parseJsonl('{"text":"a"}\n\n{broken\r\n{"text":"c","outlet":"Sky"}\n', src)
    expect(items.map((i) => i.kind)).toEqual(['article', 'reject', 'article'])
    expect(items[1].kind === 'reject' && items[1].reject.line).toBe(3)
    expect(items[2].kind === 'article' && items[2].raw).toMatchObject({ line: 4, outlet: 'Sky', text: 'c' })
  })

  it('never throws on arbitrary lines', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseJsonl(s, src))))
  })
})

describe('parseHtml', () => {
  const page = `<!DOCTYPE html><html><head><title>Real close in | Site</title>
    <meta property="og:site_name" content="Sky Sports"><meta name="author" content="Sam Blitz">
    <meta property="article:published_time" content="2024-12-27T18:30:00Z">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Real close in","datePublished":"2024-12-27T18:30:00Z","author":{"name":"Sam Blitz"},"publisher":{"name":"Sky Sports"}}</script>
    </head><body><nav>Home News Sport</nav><article><h1>Real close in</h1>
    <p>Real Madrid are closing in on a deal for the defender, according to people with knowledge of the talks.</p>
    <p>The club have made contact with his representatives and expect a decision within weeks.</p>
    </article><footer>Copyright</footer></body></html>`

  it('extracts main text with paragraphs and metadata', () => {
    const res = parseHtml(page, 'a.html')
    expect(res?.method).toBe('readability')
    expect(res?.raw).toMatchObject({ title: 'Real close in', outlet: 'Sky Sports', author: 'Sam Blitz', published: '2024-12-27T18:30:00Z', format: 'html' })
    expect(res?.raw.text).toContain('talks.\n\nThe club')
    expect(res?.raw.text).not.toContain('Copyright')
  })

  it.each([
    ['', undefined],
    ['   ', undefined],
    ['<html><body></body></html>', undefined],
    ['<p>unclosed <b>bold <div>Ñ ğ ß', 'body-fallback'],
    ['<<<>>> &&& </p></p>', 'body-fallback'],
  ])('degrades on %j', (html, method) => {
    const res = parseHtml(html, 'x.html')
    expect(res?.method).toBe(method)
  })

  it('htmlToText keeps paragraphs and decodes entities', () => {
    expect(htmlToText('<p>One &amp; two</p><p>Three <b>four</b></p><ul><li>a</li></ul>')).toBe('One & two\n\nThree four\n\n• a')
  })
})

describe('parseFeed', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Transfer Desk</title>
    <item><title>Full</title><link>https://x/1</link><dc:creator>Jo Lee</dc:creator><pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate><description>sum</description><content:encoded><![CDATA[<p>Hello</p><p>World</p>]]></content:encoded></item>
    <item><title>Short</title><link>https://x/2</link><author>a@b.c (Ann Ray)</author><description>Only a summary.</description></item></channel></rss>`

  it('normalises RSS items and flags summary-only ones', () => {
    const { items, rejects } = parseFeed(rss, 'f.xml')
    expect(rejects).toEqual([])
    expect(items[0]).toMatchObject({ summaryOnly: false, link: 'https://x/1', raw: { title: 'Full', author: 'Jo Lee', outlet: 'Transfer Desk', text: 'Hello\n\nWorld', published: '2025-06-10T10:00:00.000Z', url: 'https://x/1' } })
    expect(items[1]).toMatchObject({ summaryOnly: true, raw: { author: 'Ann Ray', text: 'Only a summary.' } })
    expect(toRawArticles(items)).toHaveLength(2)
  })

  it('reads Atom and JSON Feed', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom Desk</title><entry><title>E</title><link href="https://y/1"/><author><name>Bob</name></author><published>2025-01-01T10:00:00Z</published><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`
    expect(parseFeed(atom, 'a.atom').items[0]).toMatchObject({ summaryOnly: false, raw: { outlet: 'Atom Desk', author: 'Bob', url: 'https://y/1', text: 'x' } })
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://z', summary: 'S', authors: [{ name: 'Z' }] }] })
    expect(parseFeed(json, 'j.json').items[0]).toMatchObject({ summaryOnly: true, raw: { externalId: '1', author: 'Z', text: 'S' } })
  })

  it('reads when an item was last changed: Atom updated, JSON Feed date_modified, RSS atom:updated or dcterms:modified', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>e1</id><title>E</title><published>2025-06-02T09:00:00Z</published><updated>2025-06-03T10:00:00Z</updated><content>x</content></entry></feed>`
    expect(parseFeed(atom, 'a.atom').items[0]?.updated).toBe('2025-06-03T10:00:00.000Z')
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://z', content_text: 'S', date_modified: '2025-06-04T08:00:00Z' }] })
    expect(parseFeed(json, 'j.json').items[0]?.updated).toBe('2025-06-04T08:00:00.000Z')
    const rss = (extra: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>R</title><item><title>I</title><guid>g1</guid><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate>${extra}<description>x</description></item></channel></rss>`
    expect(parseFeed(rss('<atom:updated>2025-06-05T10:00:00Z</atom:updated>'), 'r.xml').items[0]?.updated).toBe('2025-06-05T10:00:00.000Z')
    expect(parseFeed(rss('<dcterms:modified>2025-06-06T10:00:00Z</dcterms:modified>'), 'r.xml').items[0]?.updated).toBe('2025-06-06T10:00:00.000Z')
    expect(parseFeed(rss(''), 'r.xml').items[0]).not.toHaveProperty('updated')
  })

  it.each(['', 'garbage', '<rss><channel><title>x &amp b</title><item><title>a</item>', '<html></html>', '{}', '123'])('rejects %j without throwing', (bad) => {
    const { items, rejects } = parseFeed(bad, 'f.xml')
    expect(items).toEqual([])
    expect(rejects).toHaveLength(1)
    expect(rejects[0]).toMatchObject({ source: 'f.xml', stage: 'parse' })
  })

  it('toIsoDate tolerates junk', () => {
    expect(toIsoDate('not a date')).toBeUndefined()
    expect(toIsoDate('2025-01-02')).toBe('2025-01-02')
  })
})

describe('globToRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'd/a.txt', false],
    ['**/*.txt', 'd/e/a.txt', true],
    ['**/*.txt', 'a.txt', true],
    ['a?.{txt,html}', 'ab.html', true],
    ['[ab].txt', 'c.txt', false],
  ])('%s ~ %s = %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected)
  })
})
