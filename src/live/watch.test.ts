import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkUrl } from './check-url.ts'
import { parseInterval, formatInterval } from './parse-interval.ts'
import { safeFetch, type SafeFetchOptions } from './safe-fetch.ts'
import { feedAdapterFor } from './test-support/feed-adapter.ts'
import { manyItemsFeed } from './test-support/fixtures.ts'
import { fakeLookup, startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'
import { createMemoryFeedStateStore, createMemorySeenStore } from './test-support/memory-ports.ts'
import { watchFeeds, type WatchDeps, type WatchFeed } from './watch.ts'

let server: LoopbackServer
beforeAll(async () => {
  server = await startLoopbackServer({
    '/feed.xml': (_req, res) => res.writeHead(200, { etag: '"a"' }).end(manyItemsFeed(2)),
    '/broken.xml': (_req, res) => res.writeHead(503).end('down'),
    '/redirect.xml': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  })
})
afterAll(() => server.close())

const NOW = new Date('2025-06-01T12:00:00Z')

function setup(feeds: WatchFeed[], fetchOptions: SafeFetchOptions = { allowPrivate: true }) {
  const states = createMemoryFeedStateStore()
  const seen = createMemorySeenStore()
  const lines: string[] = []
  const committed: number[] = []
  const deps: WatchDeps = {
    listFeeds: async () => feeds,
    poll: { fetch: safeFetch, fetchOptions, parseFeed: feedAdapterFor, fetchPage: async (url) => ({ source: url, stage: 'read', reason: 'no pages here' }), now: () => NOW, states, seen, backoff: { random: () => 0.5 } },
    commit: async (_feed, result) => {
      committed.push(result.articles.length)
      return { stored: result.articles.length, claims: 0 }
    },
    log: (line) => void lines.push(line),
    once: true,
  }
  return { deps, states, seen, lines, committed }
}

const feed = (path: string, name?: string): WatchFeed => ({ url: `${server.origin}${path}`, intervalSeconds: 600, ...(name ? { name } : {}) })

describe('watchFeeds', () => {
  it('with once, polls every feed even when not due, and logs one line per poll', async () => {
    const { deps, states, lines, committed } = setup([feed('/feed.xml', 'Many')])
    await states.put(feed('/feed.xml').url, { failures: 0, nextPollAt: '2099-01-01T00:00:00.000Z' })
    const summary = await watchFeeds(deps)
    expect(summary).toEqual({ polls: 1, failed: 0, stored: 2 })
    expect(committed).toEqual([2])
    expect(lines).toEqual(['Many: 200 ok, 2 new items, 2 articles stored, 0 claims'])
    expect((await states.get(feed('/feed.xml').url))?.nextPollAt).toBe('2025-06-01T12:10:00.000Z')
    expect(await watchFeeds(deps)).toEqual({ polls: 1, failed: 0, stored: 0 })
  })

  it('counts and backs off a failing feed', async () => {
    const { deps, states, lines } = setup([feed('/broken.xml')])
    expect(await watchFeeds(deps)).toEqual({ polls: 1, failed: 1, stored: 0 })
    expect(lines[0]).toMatch(/broken\.xml: failed \(HTTP status 503\); next try after 2025-06-01T12:10:00\.000Z$/)
    expect(await states.get(feed('/broken.xml').url)).toMatchObject({ failures: 1, lastError: 'HTTP status 503' })
  })

  it('backs off when storing fails, leaving the items unseen', async () => {
    const { deps, states, seen, lines } = setup([feed('/feed.xml')])
    deps.commit = async () => {
      throw new Error('store: disk full')
    }
    expect(await watchFeeds(deps)).toEqual({ polls: 1, failed: 1, stored: 0 })
    expect(lines[0]).toContain('could not store the new items (store: disk full)')
    expect(seen.keys.size).toBe(0)
    expect(await states.get(feed('/feed.xml').url)).toMatchObject({ failures: 1 })
  })

  it('refuses a feed before any request when told to', async () => {
    const { deps, lines } = setup([feed('/feed.xml', 'Local')])
    const before = server.requests.length
    deps.refuse = (url) => checkUrl(url)
    expect(await watchFeeds(deps)).toMatchObject({ polls: 1, failed: 1 })
    expect(lines[0]).toMatch(/^Local: failed \(host 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\), which is not a public address\)/)
    expect(server.requests.length).toBe(before)
  })

  it('refuses a feed that redirects to the cloud metadata address', async () => {
    const dns = fakeLookup({ 'feeds.test': '127.0.0.1' })
    const redirecting = { url: `http://feeds.test:${server.port}/redirect.xml`, name: 'Sneaky', intervalSeconds: 600 }
    const { deps, lines } = setup([redirecting], { lookup: dns.lookup, allowPrivateHosts: ['feeds.test'] })
    expect(await watchFeeds(deps)).toMatchObject({ polls: 1, failed: 1 })
    expect(server.hits('/redirect.xml')).toHaveLength(1)
    expect(lines[0]).toBe('Sneaky: failed (host 169.254.169.254 resolves to 169.254.169.254 (linkLocal), which is not a public address); next try after 2025-06-01T12:10:00.000Z')
  })

  it('without once, loops until the signal aborts, finishing the poll in flight', async () => {
    const { deps, lines } = setup([feed('/feed.xml')])
    const controller = new AbortController()
    let sleeps = 0
    deps.once = false
    deps.signal = controller.signal
    deps.sleep = async () => {
      sleeps++
      if (sleeps === 2) controller.abort()
    }
    deps.poll.now = () => new Date(NOW.getTime() + sleeps * 3_600_000)
    const summary = await watchFeeds(deps)
    expect(summary.polls).toBe(2)
    expect(lines).toHaveLength(2)
  })
})

describe('checkUrl', () => {
  const cases: Array<[string, boolean, RegExp | undefined]> = [
    ['https://feeds.example.org/rss.xml', false, undefined],
    ['ftp://example.org/feed', false, /^scheme ftp: is not allowed/],
    ['not a url', false, /^not a valid URL: not a url$/],
    ['http://localhost:8080/feed', false, /internal name/],
    ['http://10.1.2.3/feed', false, /\(private\)/],
    ['http://[::1]/feed', false, /\(loopback\)/],
    ['http://169.254.169.254/latest', false, /\(linkLocal\)/],
    ['http://127.0.0.1:8080/feed', true, undefined],
    ['file:///etc/passwd', true, /^scheme file: is not allowed/],
  ]
  for (const [url, allowPrivate, expected] of cases) {
    it(`${url}${allowPrivate ? ' (private allowed)' : ''}`, () => {
      const reason = checkUrl(url, { allowPrivate })
      if (expected) expect(reason).toMatch(expected)
      else expect(reason).toBeUndefined()
    })
  }
})

describe('parseInterval', () => {
  it.each([['90s', 90], ['15m', 900], ['2h', 7200], ['1d', 86_400], ['45', 45], [' 1.5m ', 90], ['0', undefined], ['-5m', undefined], ['soon', undefined], ['', undefined]])('%j → %j', (text, seconds) => {
    expect(parseInterval(text as string)).toBe(seconds)
  })
  it('formats with the largest exact unit', () => {
    expect([900, 7200, 90, 86_400].map(formatInterval)).toEqual(['15m', '2h', '90s', '1d'])
  })
})
