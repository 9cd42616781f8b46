import { describe, expect, it } from 'vitest'
import { createApi } from './app.ts'
import { OPENAPI_DOCUMENT } from './openapi.ts'
import { ARTICLE_IDS, SAGA_IDS, createFixtureServices } from './test-support/fixture-services.ts'

const TOKEN = 'test-token-123456'
const MAX = 4096

function makeApp(opts: { token?: string; log?: (l: string) => void } = { token: TOKEN }) {
  const services = createFixtureServices()
  const logs: string[] = []
  const app = createApi({ services, token: opts.token, maxBodyBytes: MAX, log: opts.log ?? ((l) => logs.push(l)) })
  return { app, services, logs }
}

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
const enc = encodeURIComponent

interface Row {
  method: string
  url: string
  status: number
  code?: string
  path?: string
  headers?: Record<string, string>
  body?: string
}

const ROWS: Row[] = [
  { method: 'GET', url: '/healthz', status: 200 },
  { method: 'GET', url: '/api/openapi.json', status: 200 },
  { method: 'GET', url: '/api/sagas', status: 200 },
  { method: 'GET', url: '/api/sagas?player=alexander&stage=signed&kind=move&since=2025-01-01&limit=10&offset=0', status: 200 },
  { method: 'GET', url: '/api/sagas?player=', status: 200 },
  { method: 'GET', url: '/api/sagas?limit=0', status: 400, code: 'bad_request', path: 'limit' },
  { method: 'GET', url: '/api/sagas?limit=201', status: 400, code: 'bad_request', path: 'limit' },
  { method: 'GET', url: '/api/sagas?limit=ten', status: 400, code: 'bad_request', path: 'limit' },
  { method: 'GET', url: '/api/sagas?offset=-1', status: 400, code: 'bad_request', path: 'offset' },
  { method: 'GET', url: '/api/sagas?stage=bid', status: 400, code: 'bad_request', path: 'stage' },
  { method: 'GET', url: '/api/sagas?kind=loan', status: 400, code: 'bad_request', path: 'kind' },
  { method: 'GET', url: '/api/sagas?since=2025-02-30', status: 400, code: 'bad_request', path: 'since' },
  { method: 'GET', url: '/api/sagas?since=yesterday', status: 400, code: 'bad_request', path: 'since' },
  { method: 'GET', url: `/api/sagas/${enc(SAGA_IDS.move)}`, status: 200 },
  { method: 'GET', url: `/api/sagas/${SAGA_IDS.move}?asOf=2025-01-31`, status: 200 },
  { method: 'GET', url: `/api/sagas/${enc(SAGA_IDS.move)}?asOf=31-01-2025`, status: 400, code: 'bad_request', path: 'asOf' },
  { method: 'GET', url: '/api/sagas/move:nobody:nowhere', status: 404, code: 'not_found' },
  { method: 'GET', url: `/api/players/${enc('Trent Alexander-Arnold')}/sagas`, status: 200 },
  { method: 'GET', url: `/api/players/${enc(' ')}/sagas`, status: 400, code: 'bad_request', path: 'name' },
  { method: 'GET', url: `/api/articles/${ARTICLE_IDS.agreement}`, status: 200 },
  { method: 'GET', url: '/api/articles/0000000000000000', status: 404, code: 'not_found' },
  { method: 'GET', url: '/api/search?q=Romano', status: 200 },
  { method: 'GET', url: '/api/search', status: 400, code: 'bad_request', path: 'q' },
  { method: 'GET', url: '/api/search?q=%20', status: 400, code: 'bad_request', path: 'q' },
  { method: 'GET', url: '/api/search?q=x&limit=1000', status: 400, code: 'bad_request', path: 'limit' },
  { method: 'GET', url: '/api/sources', status: 200 },
  { method: 'GET', url: '/api/nope', status: 404, code: 'not_found' },
  { method: 'DELETE', url: '/api/sagas', status: 404, code: 'not_found' },
  { method: 'POST', url: '/api/ingest', status: 401, code: 'unauthorized', body: '{"text":"x"}' },
  { method: 'POST', url: '/api/ingest', status: 401, code: 'unauthorized', headers: { authorization: 'Bearer wrong-token-000000' }, body: '{"text":"x"}' },
  { method: 'POST', url: '/api/ingest', status: 401, code: 'unauthorized', headers: { authorization: `Basic ${TOKEN}` }, body: '{"text":"x"}' },
  { method: 'POST', url: '/api/ingest', status: 200, headers: auth, body: '{"text":"Real Madrid bid for Alexander-Arnold."}' },
  { method: 'POST', url: '/api/ingest', status: 200, headers: auth, body: JSON.stringify({ articles: [{ text: 'a' }, { html: '<p>b</p>', url: 'https://x.example/b' }] }) },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'body', headers: auth, body: '{"text":' },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'body', headers: auth, body: 'null' },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'body', headers: auth, body: '[1]' },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'text', headers: auth, body: '{}' },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'text', headers: auth, body: '{"text":123}' },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'url', headers: auth, body: '{"text":"x","url":"javascript:alert(1)"}' },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'articles.1.published', headers: auth, body: JSON.stringify({ articles: [{ text: 'a' }, { text: 'b', published: 'soon' }] }) },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'articles', headers: auth, body: JSON.stringify({ articles: Array.from({ length: 101 }, () => ({ text: 'a' })) }) },
  { method: 'POST', url: '/api/ingest', status: 400, code: 'bad_request', path: 'articles', headers: auth, body: '{"articles":[]}' },
  { method: 'POST', url: '/api/ingest', status: 413, code: 'too_large', headers: auth, body: JSON.stringify({ text: 'x'.repeat(MAX) }) },
]

describe('createApi: request table', () => {
  it.each(ROWS)('$method $url → $status $code', async (row) => {
    const { app } = makeApp()
    const res = await app.request(row.url, { method: row.method, headers: row.headers, body: row.body })
    expect(res.status).toBe(row.status)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    const body = (await res.json()) as { code?: string; path?: string }
    if (row.code) expect(body.code).toBe(row.code)
    if (row.path) expect(body.path).toBe(row.path)
  })
})

describe('createApi: behaviour', () => {
  it('answers 403 writes_disabled on write endpoints when no token is configured', async () => {
    const { app } = makeApp({})
    const res = await app.request('/api/ingest', { method: 'POST', headers: auth, body: '{"text":"x"}' })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ code: 'writes_disabled' })
  })

  it('puts security headers on every response, errors included', async () => {
    const { app } = makeApp()
    for (const url of ['/healthz', '/api/nope', '/api/sagas?limit=0']) {
      const res = await app.request(url)
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })

  it('pages sagas with total, limit and offset', async () => {
    const { app } = makeApp()
    const res = await app.request('/api/sagas?limit=1&offset=1')
    const body = (await res.json()) as { items: { id: string }[]; total: number; limit: number; offset: number }
    expect(body).toMatchObject({ total: 3, limit: 1, offset: 1 })
    expect(body.items).toHaveLength(1)
  })

  it('returns saga detail with timeline, reports, conflicts and likelihood; asOf narrows it', async () => {
    const { app } = makeApp()
    const full = (await (await app.request(`/api/sagas/${enc(SAGA_IDS.move)}`)).json()) as any
    expect(full.saga.timeline).toHaveLength(7)
    expect(full.saga.conflicts[0].values.map((v: any) => v.value)).toEqual(['€10m', '£8m'])
    expect(full.likelihood.length).toBeGreaterThan(3)
    const past = (await (await app.request(`/api/sagas/${enc(SAGA_IDS.move)}?asOf=2025-01-31`)).json()) as any
    expect(past.saga.timeline.map((e: any) => e.type)).toEqual(['interest', 'approach', 'bid_rejected', 'talks'])
  })

  it('returns an article with mentions and claims whose offsets slice back to their text', async () => {
    const { app } = makeApp()
    const body = (await (await app.request(`/api/articles/${ARTICLE_IDS.agreement}`)).json()) as any
    const text: string = body.analysis.cleaned.text
    for (const m of body.analysis.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface)
    for (const c of body.analysis.claims) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.sentence)
    expect(body.analysis.claims[0].type).toBe('agreement')
  })

  it('ingests a batch in order and passes metadata through; html is extracted', async () => {
    const { app, services } = makeApp()
    const html = '<html><head><title>T</title></head><body><article><p>Real Madrid have made a bid for Alexander-Arnold.</p></article></body></html>'
    const res = await app.request('/api/ingest', { method: 'POST', headers: auth, body: JSON.stringify({ articles: [{ text: 'One.', outlet: 'BBC', published: '2025-01-02' }, { html }, { text: 'One.' }] }) })
    const body = (await res.json()) as { results: { status: string }[] }
    expect(body.results.map((r) => r.status)).toEqual(['new', 'new', 'unchanged'])
    expect(services.ingested[0]).toMatchObject({ source: 'api', format: 'text', outlet: 'BBC', published: '2025-01-02' })
    expect(services.ingested[1].text).toContain('Real Madrid have made a bid')
  })

  it('turns unknown errors into a bare 500 logged with a request id', async () => {
    const services = createFixtureServices()
    services.sources = async () => {
      throw new Error('database exploded at /secret/path')
    }
    const logs: string[] = []
    const app = createApi({ services, maxBodyBytes: MAX, log: (l) => logs.push(l) })
    const res = await app.request('/api/sources')
    expect(res.status).toBe(500)
    const body = (await res.json()) as { code: string; requestId: string }
    expect(body.code).toBe('internal')
    expect(JSON.stringify(body)).not.toContain('secret')
    expect(logs[0]).toContain(body.requestId)
    expect(logs[0]).toContain('database exploded')
  })
})

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every registered route with its method', () => {
    const { app } = makeApp()
    expect(OPENAPI_DOCUMENT.openapi).toBe('3.1.0')
    const paths = OPENAPI_DOCUMENT.paths as Record<string, Record<string, unknown>>
    const routes = app.routes.filter((r) => r.method !== 'ALL')
    expect(routes.length).toBeGreaterThan(8)
    for (const r of routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}')
      expect(paths[path], `${r.method} ${r.path}`).toBeDefined()
      expect(paths[path][r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined()
    }
  })

  it('resolves every $ref to a component schema', () => {
    const refs = JSON.stringify(OPENAPI_DOCUMENT).match(/#\/components\/schemas\/\w+/g) ?? []
    const schemas = OPENAPI_DOCUMENT.components.schemas
    for (const ref of refs) expect(schemas[ref.split('/').pop()!], ref).toBeDefined()
  })
})
