import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPageFetcher } from './fetch-page.ts'
import { createHostGate } from './politeness.ts'
import { safeFetch, type SafeFetch } from './safe-fetch.ts'
import { PAGE_B, testHtmlToArticle } from './test-support/fixtures.ts'
import { startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'

let server: LoopbackServer
beforeAll(async () => {
  server = await startLoopbackServer({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_B),
    '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('png'),
    '/empty': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<div>menu</div>'),
    '/gone': (_req, res) => res.writeHead(410).end(),
  })
})
afterAll(() => server.close())

const open: SafeFetch = (url, opts) => safeFetch(url, { ...opts, allowPrivate: true })

describe('createPageFetcher', () => {
  const fetchPage = createPageFetcher({ fetch: open, htmlToArticle: testHtmlToArticle })

  it('returns the article with the link as its URL', async () => {
    expect(await fetchPage(`${server.origin}/page`)).toMatchObject({ format: 'html', url: `${server.origin}/page`, title: 'Arsenal in talks | Briefing' })
  })

  it.each([
    ['/image', (o: string) => `linked page ${o}/image is image/png, not HTML`],
    ['/empty', (o: string) => `linked page ${o}/empty has no readable text`],
    ['/gone', () => 'HTTP status 410'],
  ])('%s → reject', async (path, reason) => {
    expect(await fetchPage(`${server.origin}${path}`)).toEqual({ source: `${server.origin}${path}`, stage: 'read', reason: reason(server.origin) })
  })

  it('turns a refused fetch into a reject', async () => {
    const strict = createPageFetcher({ fetch: safeFetch, htmlToArticle: testHtmlToArticle })
    expect(await strict('http://10.0.0.1/x')).toMatchObject({ stage: 'read', reason: 'host 10.0.0.1 resolves to 10.0.0.1 (private), which is not a public address' })
  })

  it('waits for the host gate between pages', async () => {
    const slept: number[] = []
    const gate = createHostGate({ minIntervalMs: 2000, now: () => 0, sleep: async (ms) => void slept.push(ms) })
    const gated = createPageFetcher({ fetch: open, htmlToArticle: testHtmlToArticle, gate })
    await gated(`${server.origin}/page`)
    await gated(`${server.origin}/page`)
    expect(slept).toEqual([2000])
  })
})
