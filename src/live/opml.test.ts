import { describe, expect, it } from 'vitest'
import { generateOpml, parseOpml } from './opml.ts'

const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body>
<outline text="Spain"><outline type="rss" text="Marca &amp; AS" title="Marca &amp; AS" xmlUrl="https://a.test/rss?x=1&amp;y=2"/>
<outline text="Ñandú ğ ß" xmlUrl="https://b.test/feed"/></outline>
<outline text="dup" xmlUrl="https://b.test/feed"/>
<outline text="no url"/>
<outline text="bad scheme" xmlUrl="file:///etc/passwd"/>
<outline xmlUrl="https://c.test/atom"/>
</body></opml>`

describe('parseOpml', () => {
  it('flattens folders, keeps http(s) feeds once, title falls back to text', () => {
    expect(parseOpml(OPML)).toEqual([
      { url: 'https://a.test/rss?x=1&y=2', title: 'Marca & AS' },
      { url: 'https://b.test/feed', title: 'Ñandú ğ ß' },
      { url: 'https://c.test/atom' },
    ])
  })

  it.each([
    ['empty', ''],
    ['whitespace', '  \n'],
    ['not xml', 'hello'],
    ['rss, not opml', '<rss version="2.0"><channel></channel></rss>'],
    ['null', null],
    ['undefined', undefined],
    ['number', 123],
    ['object', {}],
  ])('%s → undefined', (_name, input) => {
    expect(parseOpml(input as unknown as string)).toBeUndefined()
  })

  it('returns [] for an OPML document without feeds', () => {
    expect(parseOpml('<opml version="2.0"><head/><body><outline text="x"/></body></opml>')).toEqual([])
  })
})

describe('generateOpml', () => {
  it('escapes and round-trips', () => {
    const feeds = [
      { url: 'https://a.test/rss?x=1&y=2', title: 'Marca & AS <"es">' },
      { url: 'https://b.test/feed' },
    ]
    const xml = generateOpml(feeds, { title: 'Mine' })
    expect(xml).toContain('xmlUrl="https://a.test/rss?x=1&amp;y=2"')
    expect(xml).not.toContain('<"es">')
    expect(xml).toContain('<title>Mine</title>')
    expect(parseOpml(xml)).toEqual([feeds[0], { url: 'https://b.test/feed', title: 'https://b.test/feed' }])
  })
})
