import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRobotsCache } from './robots.ts'
import { safeFetch, type SafeFetch } from './safe-fetch.ts'
import { startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'

const ROBOTS = ['User-agent: *', 'Disallow: /private/', '', 'User-agent: MercatoBot', 'Disallow: /no-bots/', 'Crawl-delay: 5'].join('\n')

let server: LoopbackServer
let status = 200

beforeAll(async () => {
  server = await startLoopbackServer({
    '/robots.txt': (_req, res) => res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? ROBOTS : 'oops'),
  })
})
afterAll(() => server.close())

const open: SafeFetch = (url, opts) => safeFetch(url, { ...opts, allowPrivate: true })

describe('createRobotsCache', () => {
  it('disallows a path for MercatoBot and reports Crawl-delay; fetches robots.txt once', async () => {
    status = 200
    const before = server.hits('/robots.txt').length
    const robots = createRobotsCache({ fetch: open })
    const [blocked, allowed] = await Promise.all([
      robots.check(`${server.origin}/no-bots/page`),
      robots.check(`${server.origin}/news/1`),
    ])
    expect(blocked).toMatchObject({ allowed: false, crawlDelaySeconds: 5 })
    expect(blocked.reason).toBe(`robots.txt disallows ${server.origin}/no-bots/page for MercatoBot`)
    expect(allowed).toEqual({ allowed: true, crawlDelaySeconds: 5 })
    // INFO: a group for MercatoBot replaces the `*` group (RFC 9309 §2.2.1).
    expect((await robots.check(`${server.origin}/private/x`)).allowed).toBe(true)
    expect(server.hits('/robots.txt').length - before).toBe(1)
    expect(server.hits('/robots.txt').at(-1)?.headers['user-agent']).toMatch(/^MercatoBot/)
  })

  it('refetches after the 24 h TTL (injected clock)', async () => {
    status = 200
    let clock = 0
    const robots = createRobotsCache({ fetch: open, now: () => clock })
    const before = server.hits('/robots.txt').length
    await robots.check(`${server.origin}/a`)
    clock += 23 * 3_600_000
    await robots.check(`${server.origin}/b`)
    expect(server.hits('/robots.txt').length - before).toBe(1)
    clock += 2 * 3_600_000
    await robots.check(`${server.origin}/c`)
    expect(server.hits('/robots.txt').length - before).toBe(2)
  })

  it('treats 404 as allow-all', async () => {
    status = 404
    const robots = createRobotsCache({ fetch: open })
    expect(await robots.check(`${server.origin}/no-bots/page`)).toEqual({ allowed: true })
  })

  it('treats 5xx as disallow-all, and retries after the error TTL', async () => {
    status = 503
    let clock = 0
    const robots = createRobotsCache({ fetch: open, now: () => clock, errorTtlMs: 60_000 })
    expect(await robots.check(`${server.origin}/news/1`)).toEqual({
      allowed: false,
      reason: 'robots.txt unavailable (HTTP 503); not fetching for now',
    })
    status = 200
    clock += 61_000
    expect((await robots.check(`${server.origin}/news/1`)).allowed).toBe(true)
  })

  it('treats a refused or failed robots fetch as disallow-all', async () => {
    const robots = createRobotsCache({ fetch: safeFetch })
    const verdict = await robots.check(`${server.origin}/news/1`)
    expect(verdict.allowed).toBe(false)
    expect(verdict.reason).toMatch(/^robots.txt unavailable \(host 127.0.0.1 resolves to 127.0.0.1 \(loopback\)/)
  })
})
