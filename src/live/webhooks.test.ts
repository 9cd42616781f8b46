import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeFetch, type SafeFetch } from './safe-fetch.ts'
import { startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'
import { createMemoryDeliveryLog } from './test-support/memory-ports.ts'
import {
  deliverWebhook,
  formatTrigger,
  matchesHook,
  parseTrigger,
  signatureHeader,
  signPayload,
  verifySignature,
  type WebhookEvent,
} from './webhooks.ts'

const SECRET = 'whsec_test'
let server: LoopbackServer
let flakyCalls = 0

beforeAll(async () => {
  server = await startLoopbackServer({
    '/flaky': (_req, res) => {
      flakyCalls += 1
      res.writeHead(flakyCalls <= 2 ? 500 : 204).end()
    },
    '/bad-request': (_req, res) => res.writeHead(400).end('no'),
    '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '7' }).end(),
    '/redirect': (_req, res) => res.writeHead(302, { location: '/flaky' }).end(),
  })
})
afterAll(() => server.close())

const open: SafeFetch = (url, opts) => safeFetch(url, { ...opts, allowPrivate: true })
const AT = new Date('2025-01-31T12:00:00Z')
const EVENT: WebhookEvent = { type: 'stage', sagaId: 'move:zubimendi:arsenal', stageBefore: 'talks', stageAfter: 'agreement', at: AT.toISOString() }

function deps(slept: number[] = []) {
  const log = createMemoryDeliveryLog()
  return {
    log,
    deps: { fetch: open, log: log.append, sleep: async (ms: number) => void slept.push(ms), now: () => AT, newId: () => 'd-1', backoff: { random: () => 0.5 } },
  }
}

describe('deliverWebhook', () => {
  it('retries twice after 500, then delivers; 3 attempts logged; signature verifies', async () => {
    flakyCalls = 0
    const slept: number[] = []
    const { log, deps: d } = deps(slept)
    const result = await deliverWebhook({ id: 'h1', url: `${server.origin}/flaky`, secret: SECRET }, EVENT, d)
    expect(result).toEqual({ deliveryId: 'd-1', delivered: true, attempts: 3, status: 204 })
    expect(log.entries.map(({ durationMs: _d, ...e }) => e)).toEqual([
      { hookId: 'h1', deliveryId: 'd-1', attempt: 1, status: 500, error: 'HTTP status 500', at: AT.toISOString() },
      { hookId: 'h1', deliveryId: 'd-1', attempt: 2, status: 500, error: 'HTTP status 500', at: AT.toISOString() },
      { hookId: 'h1', deliveryId: 'd-1', attempt: 3, status: 204, at: AT.toISOString() },
    ])
    expect(log.entries.every((e) => e.durationMs >= 0)).toBe(true)
    expect(slept).toEqual([500, 1000])
    const received = server.hits('/flaky')
    expect(received).toHaveLength(3)
    const last = received.at(-1)!
    expect(last.method).toBe('POST')
    expect(last.headers['content-type']).toBe('application/json')
    expect(last.headers['x-mercato-event']).toBe('stage')
    expect(JSON.parse(last.body)).toEqual({ deliveryId: 'd-1', hookId: 'h1', event: EVENT })
    const header = last.headers['x-mercato-signature'] as string
    expect(header).toMatch(/^t=1738324800,v1=[0-9a-f]{64}$/)
    expect(verifySignature(SECRET, last.body, header, { nowSeconds: AT.getTime() / 1000 + 10 })).toBe(true)
    expect(verifySignature('wrong', last.body, header, { nowSeconds: AT.getTime() / 1000 })).toBe(false)
  })

  it('does not retry a 400', async () => {
    const { log, deps: d } = deps()
    const result = await deliverWebhook({ id: 'h2', url: `${server.origin}/bad-request`, secret: SECRET }, EVENT, d)
    expect(result).toMatchObject({ delivered: false, attempts: 1, status: 400, error: 'HTTP status 400' })
    expect(log.entries).toHaveLength(1)
    expect(server.hits('/bad-request')).toHaveLength(1)
  })

  it('honours Retry-After on 429 and gives up after maxAttempts', async () => {
    const slept: number[] = []
    const { log, deps: d } = deps(slept)
    const result = await deliverWebhook({ id: 'h3', url: `${server.origin}/busy`, secret: SECRET }, EVENT, { ...d, maxAttempts: 3 })
    expect(result).toMatchObject({ delivered: false, attempts: 3, status: 429 })
    expect(slept).toEqual([7000, 7000])
    expect(log.entries.map((e) => e.attempt)).toEqual([1, 2, 3])
  })

  it('retries network errors and reports them', async () => {
    const dead = await startLoopbackServer({})
    await dead.close()
    const { log, deps: d } = deps()
    const result = await deliverWebhook({ id: 'h4', url: `${dead.origin}/`, secret: SECRET }, EVENT, { ...d, maxAttempts: 2 })
    expect(result).toMatchObject({ delivered: false, attempts: 2 })
    expect(log.entries[0]?.error).toMatch(/^network error: ECONNREFUSED/)
    expect(log.entries[0]?.status).toBeUndefined()
  })

  it('refuses a private hook URL without retrying (no allowPrivate)', async () => {
    const { log, deps: d } = deps()
    const result = await deliverWebhook({ id: 'h5', url: 'http://169.254.169.254/hook', secret: SECRET }, EVENT, { ...d, fetch: safeFetch })
    expect(result).toMatchObject({ delivered: false, attempts: 1 })
    expect(log.entries[0]?.error).toBe('host 169.254.169.254 resolves to 169.254.169.254 (linkLocal), which is not a public address')
  })

  it('does not follow a redirect for a POST', async () => {
    const { deps: d } = deps()
    const before = server.hits('/flaky').length
    const result = await deliverWebhook({ id: 'h6', url: `${server.origin}/redirect`, secret: SECRET }, EVENT, d)
    expect(result).toMatchObject({ delivered: false, attempts: 1, status: 302 })
    expect(server.hits('/flaky').length).toBe(before)
  })
})

describe('signatures', () => {
  const body = '{"a":1}'
  const ts = 1738324800
  it('signs HMAC-SHA256 over `${t}.${body}`', () => {
    expect(signPayload(SECRET, body, ts)).toMatch(/^[0-9a-f]{64}$/)
    expect(signatureHeader(SECRET, body, ts)).toBe(`t=${ts},v1=${signPayload(SECRET, body, ts)}`)
  })
  it.each([
    ['valid', signatureHeader(SECRET, body, ts), body, ts, true],
    ['tampered body', signatureHeader(SECRET, body, ts), '{"a":2}', ts, false],
    ['too old', signatureHeader(SECRET, body, ts), body, ts + 301, false],
    ['from the future', signatureHeader(SECRET, body, ts), body, ts - 301, false],
    ['missing', undefined, body, ts, false],
    ['empty', '', body, ts, false],
    ['junk', 't=abc,v1=zz', body, ts, false],
    ['short hex', `t=${ts},v1=abcd`, body, ts, false],
  ])('%s', (_name, header, payload, now, expected) => {
    expect(verifySignature(SECRET, payload, header, { nowSeconds: now })).toBe(expected)
  })
})

describe('triggers', () => {
  it.each([
    ['stage', 'stage'],
    [' STAGE ', 'stage'],
    ['likelihood>0.7', { likelihoodAbove: 0.7 }],
    ['likelihood > 70%', { likelihoodAbove: 0.7 }],
    ['likelihood>.5', { likelihoodAbove: 0.5 }],
    ['likelihood>0', { likelihoodAbove: 0 }],
    ['likelihood>1', undefined],
    ['likelihood>150%', undefined],
    ['likelihood<0.7', undefined],
    ['likelihood>-0.1', undefined],
    ['', undefined],
    ['Ñandú', undefined],
    [null, undefined],
    [123, undefined],
  ])('parseTrigger(%j)', (input, expected) => {
    expect(parseTrigger(input as string)).toEqual(expected)
  })

  it('formats back', () => expect(parseTrigger(formatTrigger({ likelihoodAbove: 0.65 }))).toEqual({ likelihoodAbove: 0.65 }))

  const above = { likelihoodAbove: 0.7 }
  it.each([
    ['stage change', 'stage', { stageChanged: true, likelihoodBefore: 0.5, likelihoodAfter: 0.5 }, true],
    ['no stage change', 'stage', { stageChanged: false, likelihoodBefore: 0.5, likelihoodAfter: 0.9 }, false],
    ['crosses up', above, { stageChanged: false, likelihoodBefore: 0.6, likelihoodAfter: 0.75 }, true],
    ['from exactly the threshold', above, { stageChanged: false, likelihoodBefore: 0.7, likelihoodAfter: 0.71 }, true],
    ['to exactly the threshold', above, { stageChanged: false, likelihoodBefore: 0.6, likelihoodAfter: 0.7 }, false],
    ['already above', above, { stageChanged: false, likelihoodBefore: 0.8, likelihoodAfter: 0.9 }, false],
    ['falls', above, { stageChanged: true, likelihoodBefore: 0.9, likelihoodAfter: 0.5 }, false],
    ['new saga above', above, { stageChanged: true, likelihoodBefore: null, likelihoodAfter: 0.8 }, true],
    ['no value', above, { stageChanged: true, likelihoodBefore: 0.5, likelihoodAfter: undefined }, false],
  ] as const)('%s', (_name, trigger, change, expected) => {
    expect(matchesHook(trigger, change)).toBe(expected)
  })
})
