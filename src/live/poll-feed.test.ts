import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FetchFailed } from './errors.ts'
import { createPageFetcher } from './fetch-page.ts'
import { createHostGate } from './politeness.ts'
import { itemKey, pollFeed, type PollFeedDeps, type PollResult } from './poll-feed.ts'
import { createRobotsCache } from './robots.ts'
import { runFeedPoll } from './run-feed-poll.ts'
import { safeFetch, type SafeFetch } from './safe-fetch.ts'
import { feedAdapterFor } from './test-support/feed-adapter.ts'
import { atomFeed, manyItemsFeed, PAGE_B, rssFeed, testHtmlToArticle } from './test-support/fixtures.ts'
import { startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'
import { createMemoryFeedStateStore, createMemorySeenStore } from './test-support/memory-ports.ts'

const ETAG = '"rss-v1"'
const LAST_MODIFIED = 'Fri, 31 Jan 2025 12:00:00 GMT'
let server: LoopbackServer
let many = 5

beforeAll(async () => {
  server = await startLoopbackServer({
    '/robots.txt': (_req, res) => res.writeHead(200).end('User-agent: *\nDisallow: /private/\nDisallow: /blocked-feed.xml\n'),
    '/rss.xml': (req, res) => {
      if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': LAST_MODIFIED })
      res.end(rssFeed(server.origin))
    },
    '/rss-no-etag.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(server.origin)),
    '/atom.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atomFeed(server.origin)),
    '/many.xml': (_req, res) => res.writeHead(200).end(manyItemsFeed(many)),
    '/broken.xml': (_req, res) => res.writeHead(200, { etag: '"b"' }).end('this is not a feed'),
    '/down.xml': (_req, res) => res.writeHead(503, { 'retry-after': '120' }).end('maintenance'),
    '/blocked-feed.xml': (_req, res) => res.writeHead(200).end(rssFeed(server.origin)),
    '/articles/b': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_B),
    '/private/c': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>'),
  })
})
afterAll(() => server.close())

const open: SafeFetch = (url, opts) => safeFetch(url, { ...opts, allowPrivate: true })
const NOW = new Date('2025-01-31T12:00:00Z')

function deps(seen: (key: string) => Promise<boolean> = async () => false): PollFeedDeps {
  const robots = createRobotsCache({ fetch: open })
  const fetchPage = createPageFetcher({ fetch: open, htmlToArticle: testHtmlToArticle, robots, gate: createHostGate({ minIntervalMs: 0 }) })
  return { fetch: open, parseFeed: feedAdapterFor, seen, fetchPage, now: () => NOW }
}

describe('pollFeed', () => {
  it('reads an RSS feed, fetches the linked page of a summary-only item, keeps validators', async () => {
    const result = await pollFeed({ url: `${server.origin}/rss.xml` }, deps())
    expect(result).toMatchObject({ status: 200, notModified: false, etag: ETAG, lastModified: LAST_MODIFIED })
    expect(result.articles.map((a) => a.title)).toEqual([
      'Real Madrid agree fee for Alexander-Arnold',
      'Arsenal in talks over Zubimendi',
      'Secret Chelsea plan',
    ])
    expect(result.articles[1]).toMatchObject({ format: 'html', url: `${server.origin}/articles/b`, externalId: 'tb-2', published: 'Wed, 29 Jan 2025 10:00:00 GMT' })
    expect(result.articles[1]?.text).toContain('€60m')
    expect(result.articles[2]?.text).toBe('Chelsea have a plan.')
    expect(result.rejects).toEqual([
      { source: `${server.origin}/private/c`, stage: 'read', reason: `robots.txt disallows ${server.origin}/private/c for MercatoBot` },
    ])
    expect(result.keys).toEqual(['tb-1', 'tb-2', 'tb-3'].map((guid) => `guid:${server.origin}/rss.xml ${guid}`))
    expect(server.hits('/private/c')).toEqual([])
    const feedRequest = server.hits('/rss.xml').at(-1)
    expect(feedRequest?.headers.accept).toMatch(/^application\/rss\+xml/)
  })

  it('sends If-None-Match / If-Modified-Since; a 304 means nothing new', async () => {
    const result = await pollFeed({ url: `${server.origin}/rss.xml`, etag: ETAG, lastModified: LAST_MODIFIED }, deps())
    expect(result).toMatchObject({ status: 304, notModified: true, articles: [], rejects: [], keys: [], etag: ETAG })
    const request = server.hits('/rss.xml').at(-1)
    expect(request?.headers['if-none-match']).toBe(ETAG)
    expect(request?.headers['if-modified-since']).toBe(LAST_MODIFIED)
  })

  it('reads an Atom feed', async () => {
    const result = await pollFeed({ url: `${server.origin}/atom.xml` }, deps())
    expect(result.articles.map((a) => [a.title, a.url, a.text])).toEqual([
      ['Bayern &amp; Wirtz: talks', `${server.origin}/atom/1`, '<p>Bayern Munich are in talks with Florian Wirtz.</p>'],
      ['Gyökeres stays', `${server.origin}/atom/2`, 'Viktor Gyökeres will stay at Sporting, says Amorim.'],
    ])
    expect(result.keys).toEqual([`guid:${server.origin}/atom.xml urn:entry:1`, `guid:${server.origin}/atom.xml urn:entry:2`])
  })

  it('takes at most maxItems new items per poll, with a clear message, and the rest next time', async () => {
    many = 5
    const seen = createMemorySeenStore()
    const first = await pollFeed({ url: `${server.origin}/many.xml` }, { ...deps((k) => seen.has(k)), maxItems: 2 })
    expect(first.articles.map((a) => a.title)).toEqual(['Item 1', 'Item 2'])
    expect(first.rejects.map((r) => r.reason)).toEqual([
      'feed has 5 new items; only the first 2 were taken this poll (limit maxItems=2); the rest come next poll',
    ])
    await seen.add(first.keys)
    const second = await pollFeed({ url: `${server.origin}/many.xml` }, { ...deps((k) => seen.has(k)), maxItems: 2 })
    expect(second.articles.map((a) => a.title)).toEqual(['Item 3', 'Item 4'])
  })

  it('turns an unparsable feed into a reject and drops the validators', async () => {
    const result = await pollFeed({ url: `${server.origin}/broken.xml` }, deps())
    expect(result.articles).toEqual([])
    expect(result.rejects).toHaveLength(1)
    expect(result.rejects[0]).toMatchObject({ source: `${server.origin}/broken.xml`, stage: 'parse' })
    expect(result.etag).toBeUndefined()
  })

  it('throws FetchFailed with status and Retry-After for a 503', async () => {
    const error = await pollFeed({ url: `${server.origin}/down.xml` }, deps()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchFailed)
    expect(error).toMatchObject({ code: 'http-status', status: 503, retryAfterMs: 120_000, message: 'HTTP status 503' })
  })
})

describe('itemKey', () => {
  const feed = 'https://x.test/rss'
  const item = (extra: object, link?: string) => ({ raw: { source: feed, format: 'feed' as const, text: '', ...extra }, summaryOnly: false, ...(link ? { link } : {}) })
  it.each([
    ['guid wins', item({ externalId: ' 42 ', url: 'https://x.test/a' }, 'https://x.test/a'), 'guid:https://x.test/rss 42'],
    ['then link', item({}, 'https://x.test/a'), 'link:https://x.test/a'],
    ['then url', item({ url: 'https://x.test/b' }), 'link:https://x.test/b'],
    ['blank guid ignored', item({ externalId: '  ' }, 'https://x.test/a'), 'link:https://x.test/a'],
    ['guid with the update time', { ...item({ externalId: '42' }), updated: '2025-06-03T10:00:00.000Z' }, 'guid:https://x.test/rss 42 @2025-06-03T10:00:00.000Z'],
    ['link with the update time', { ...item({}, 'https://x.test/a'), updated: '2025-06-03T10:00:00.000Z' }, 'link:https://x.test/a @2025-06-03T10:00:00.000Z'],
  ])('%s', (_name, value, expected) => expect(itemKey(value, feed)).toBe(expected))

  it('hashes title and date when there is no guid or link, stably', () => {
    const a = itemKey(item({ title: 'Ñandú ğ ß', published: '2025-01-01' }), feed)
    expect(a).toMatch(/^hash:[0-9a-f]{32}$/)
    expect(itemKey(item({ title: 'Ñandú ğ ß', published: '2025-01-01' }), feed)).toBe(a)
    expect(itemKey(item({ title: 'Ñandú ğ ß', published: '2025-01-02' }), feed)).not.toBe(a)
  })
})

describe('runFeedPoll', () => {
  function runDeps() {
    const states = createMemoryFeedStateStore()
    const seen = createMemorySeenStore()
    const committed: PollResult[] = []
    let clock = NOW.getTime()
    const base = { ...deps(), states, seen, commit: async (r: PollResult) => void committed.push(r), now: () => new Date(clock) }
    return { base, states, seen, committed, advance: (ms: number) => (clock += ms) }
  }

  it('fetches a summary-only item’s page once and never again on the next poll', async () => {
    const { base, states, committed, advance } = runDeps()
    const url = `${server.origin}/rss-no-etag.xml`
    const pageHits = server.hits('/articles/b').length
    const first = await runFeedPoll(url, base)
    expect(first.kind).toBe('polled')
    expect(committed[0]?.articles).toHaveLength(3)
    expect(server.hits('/articles/b').length - pageHits).toBe(1)
    expect(await runFeedPoll(url, base)).toMatchObject({ kind: 'not-due' })
    advance(15 * 60_000)
    const second = await runFeedPoll(url, base)
    expect(second).toMatchObject({ kind: 'polled', result: { articles: [], keys: [] } })
    expect(server.hits('/articles/b').length - pageHits).toBe(1)
    expect(await states.get(url)).toMatchObject({ failures: 0, nextPollAt: '2025-01-31T12:30:00.000Z' })
  })

  it('stores ETag and Last-Modified and gets a 304 next time', async () => {
    const { base, states, advance } = runDeps()
    const url = `${server.origin}/rss.xml`
    await runFeedPoll(url, base)
    expect(await states.get(url)).toMatchObject({ etag: ETAG, lastModified: LAST_MODIFIED })
    advance(15 * 60_000)
    expect(await runFeedPoll(url, base)).toMatchObject({ kind: 'polled', result: { notModified: true, status: 304 } })
  })

  it('records failures with backoff and Retry-After', async () => {
    const { base, states } = runDeps()
    const outcome = await runFeedPoll(`${server.origin}/down.xml`, { ...base, backoff: { random: () => 0 } })
    expect(outcome.kind).toBe('failed')
    expect(await states.get(`${server.origin}/down.xml`)).toMatchObject({
      failures: 1,
      lastError: 'HTTP status 503',
      nextPollAt: '2025-01-31T12:15:00.000Z',
    })
  })

  it('does not fetch a feed that robots.txt disallows', async () => {
    const { base } = runDeps()
    const before = server.hits('/blocked-feed.xml').length
    const outcome = await runFeedPoll(`${server.origin}/blocked-feed.xml`, { ...base, robots: createRobotsCache({ fetch: open }) })
    expect(outcome).toMatchObject({ kind: 'failed', error: { name: 'FetchRefused', code: 'robots' } })
    expect(server.hits('/blocked-feed.xml').length).toBe(before)
  })
})
