/**
 * pollFeed wired to the real ingest readers (`src/pipeline/ingest/parse-feed.ts`, `parse-html.ts`)
 * over loopback: proves the injected shapes line up. The other poll tests use a tiny adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseFeed } from '../pipeline/ingest/parse-feed.ts'
import { parseHtml } from '../pipeline/ingest/parse-html.ts'
import { createPageFetcher } from './fetch-page.ts'
import { pollFeed } from './poll-feed.ts'
import { safeFetch, type SafeFetch } from './safe-fetch.ts'
import { atomFeed, PAGE_B, rssFeed } from './test-support/fixtures.ts'
import { startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'

let server: LoopbackServer
beforeAll(async () => {
  server = await startLoopbackServer({
    '/rss.xml': (_req, res) => res.writeHead(200).end(rssFeed(server.origin)),
    '/atom.xml': (_req, res) => res.writeHead(200).end(atomFeed(server.origin)),
    '/articles/b': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_B),
    '/private/c': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Chelsea have a secret plan to sign a striker this window.</p>'),
  })
})
afterAll(() => server.close())

const open: SafeFetch = (url, opts) => safeFetch(url, { ...opts, allowPrivate: true })
const deps = () => ({
  fetch: open,
  parseFeed,
  seen: async () => false,
  fetchPage: createPageFetcher({ fetch: open, htmlToArticle: (html: string, url: string) => parseHtml(html, url)?.raw }),
  now: () => new Date('2025-01-31T12:00:00Z'),
})

describe('pollFeed with the ingest readers', () => {
  it('reads RSS and fetches summary-only pages through parseHtml', async () => {
    const result = await pollFeed({ url: `${server.origin}/rss.xml` }, deps())
    expect(result.articles).toHaveLength(3)
    expect(result.articles[0]?.text).toContain('Real Madrid have agreed a fee')
    expect(result.articles[1]).toMatchObject({ format: 'html', url: `${server.origin}/articles/b`, title: 'Arsenal in talks over Zubimendi' })
    expect(result.articles[1]?.text).toContain('Martín Zubimendi')
    expect(result.keys[0]).toBe(`guid:${server.origin}/rss.xml tb-1`)
  })

  it('reads Atom', async () => {
    const result = await pollFeed({ url: `${server.origin}/atom.xml` }, deps())
    expect(result.articles.map((a) => a.url)).toEqual([`${server.origin}/atom/1`, `${server.origin}/atom/2`])
  })
})
