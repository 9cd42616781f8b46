import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_IDS, SAGA_IDS, createFixtureServices } from '../api/test-support/fixture-services.ts'
import { startServer, type RunningServer } from './start-server.ts'

describe('startServer over loopback HTTP', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ services: createFixtureServices(), port: 0, token: 'loopback-token-1', maxBodyBytes: 2048, log: () => undefined })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('binds to 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it.each([
    ['/healthz', 200, 'application/json'],
    ['/api/sagas?limit=2', 200, 'application/json'],
    [`/api/sagas/${encodeURIComponent(SAGA_IDS.move)}`, 200, 'application/json'],
    ['/api/sagas?limit=500', 400, 'application/json'],
    ['/', 200, 'text/html'],
    [`/articles/${ARTICLE_IDS.hostile}`, 200, 'text/html'],
    ['/static/app.css', 200, 'text/css'],
    ['/nope', 404, 'text/html'],
  ])('GET %s → %i', async (path, status, type) => {
    const res = await fetch(server.url + path)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toContain(type)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    await res.arrayBuffer()
  })

  it('enforces the body limit and the token over real HTTP', async () => {
    const post = (body: string, token?: string) =>
      fetch(`${server.url}/api/ingest`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } })
    expect((await post('{"text":"x"}')).status).toBe(401)
    const big = await post(JSON.stringify({ text: 'x'.repeat(4096) }), 'loopback-token-1')
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ code: 'too_large' })
    const ok = await post('{"text":"Real Madrid bid for Alexander-Arnold."}', 'loopback-token-1')
    expect(await ok.json()).toMatchObject({ results: [{ status: 'new' }] })
  })
})
