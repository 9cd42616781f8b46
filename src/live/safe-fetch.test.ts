import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FetchFailed, FetchRefused } from './errors.ts'
import { safeFetch } from './safe-fetch.ts'
import { fakeLookup, startLoopbackServer, type LoopbackServer } from './test-support/loopback-server.ts'

let server: LoopbackServer

beforeAll(async () => {
  server = await startLoopbackServer({
    '/hello': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('héllo ✓'),
    '/latin1': (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9])),
    '/cp1252-xml': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), Buffer.from([0x93, 0x61, 0x94]), Buffer.from('</t>')])),
    '/gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('zipped ß')),
    '/bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1_000_000))),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end()
      res.writeHead(200, { etag: '"v1"' }).end('fresh')
    },
    '/to-hello': (_req, res) => res.writeHead(302, { location: '/hello' }).end(),
    '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-ten': (_req, res) => res.writeHead(301, { location: 'http://10.0.0.1/' }).end(),
    '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const chunk = Buffer.alloc(64 * 1024, 97)
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump)
      }
      pump()
    },
    '/huge-declared': (_req, res) => res.writeHead(200, { 'content-length': '100000' }).end(Buffer.alloc(100_000)),
    '/slow': (_req, res) => void setTimeout(() => res.end('late'), 3_000).unref(),
    '/stall-body': (_req, res) => {
      res.writeHead(200)
      res.write('start…')
    },
  })
})
afterAll(() => server.close())

describe('safeFetch over loopback (allowPrivate)', () => {
  const open = { allowPrivate: true }

  it('fetches and decodes UTF-8', async () => {
    const res = await safeFetch(`${server.origin}/hello`, open)
    expect(res).toMatchObject({ status: 200, body: 'héllo ✓', notModified: false })
    expect(server.hits('/hello').at(-1)?.headers['user-agent']).toMatch(/^MercatoBot/)
  })

  it('respects a latin1 charset header and an XML encoding declaration', async () => {
    expect((await safeFetch(`${server.origin}/latin1`, open)).body).toBe('café')
    expect((await safeFetch(`${server.origin}/cp1252-xml`, open)).body).toContain('<t>“a”</t>')
  })

  it('undoes gzip and limits the decoded size', async () => {
    expect((await safeFetch(`${server.origin}/gzip`, open)).body).toBe('zipped ß')
    await expect(safeFetch(`${server.origin}/bomb`, { ...open, maxBytes: 10_000 })).rejects.toMatchObject({ code: 'too-large' })
  })

  it('sends conditional headers and reports 304 as notModified', async () => {
    const first = await safeFetch(`${server.origin}/etag`, open)
    expect(first.headers.etag).toBe('"v1"')
    const second = await safeFetch(`${server.origin}/etag`, { ...open, etag: first.headers.etag })
    expect(second).toMatchObject({ status: 304, notModified: true, body: undefined })
  })

  it('follows a same-server redirect and reports the final URL', async () => {
    const res = await safeFetch(`${server.origin}/to-hello`, open)
    expect(res.url).toBe(`${server.origin}/hello`)
  })

  it('refuses a redirect loop past maxRedirects', async () => {
    await expect(safeFetch(`${server.origin}/loop`, { ...open, maxRedirects: 3 })).rejects.toMatchObject({
      name: 'FetchRefused',
      code: 'too-many-redirects',
      message: 'more than 3 redirects',
    })
    expect(server.hits('/loop')).toHaveLength(4)
  })

  it('refuses a redirect to a file: URL', async () => {
    await expect(safeFetch(`${server.origin}/to-file`, open)).rejects.toMatchObject({ code: 'scheme' })
  })

  it('aborts a huge streamed response at maxBytes', async () => {
    const started = Date.now()
    const error = await safeFetch(`${server.origin}/huge`, { ...open, maxBytes: 256 * 1024 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchRefused)
    expect((error as FetchRefused).message).toBe('response larger than 262144 bytes')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses a declared Content-Length above maxBytes before reading', async () => {
    await expect(safeFetch(`${server.origin}/huge-declared`, { ...open, maxBytes: 1000 })).rejects.toMatchObject({ code: 'too-large' })
  })

  it('times out a slow response and a stalled body', async () => {
    for (const path of ['/slow', '/stall-body']) {
      const started = Date.now()
      const error = await safeFetch(`${server.origin}${path}`, { ...open, timeoutMs: 300 }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(FetchFailed)
      expect(error).toMatchObject({ code: 'timeout', message: 'no complete response within 300 ms' })
      expect(Date.now() - started).toBeLessThan(2_000)
    }
  })

  it('stops when the caller aborts', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    await expect(safeFetch(`${server.origin}/stall-body`, { ...open, signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' })
  })

  it('reports a closed port as a network failure', async () => {
    const dead = await startLoopbackServer({})
    await dead.close()
    await expect(safeFetch(`${dead.origin}/`, open)).rejects.toMatchObject({ name: 'FetchFailed', code: 'network' })
  })
})

describe('safeFetch address policy (allowPrivate false)', () => {
  it.each([
    ['http://127.0.0.1/', 'blocked-address'],
    ['http://[::1]/', 'blocked-address'],
    ['http://[::ffff:127.0.0.1]/', 'blocked-address'],
    ['http://0x7f.1/', 'blocked-address'],
    ['http://2130706433/', 'blocked-address'],
    ['http://169.254.169.254/latest/meta-data/', 'blocked-address'],
    ['http://10.0.0.1/', 'blocked-address'],
    ['http://100.64.0.1/', 'blocked-address'],
    ['http://0.0.0.0/', 'blocked-address'],
    ['http://localhost/', 'blocked-name'],
    ['http://metadata.google.internal/', 'blocked-name'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.org/', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['not a url', 'bad-url'],
  ])('%s → %s', async (url, code) => {
    const dns = fakeLookup({})
    await expect(safeFetch(url, { lookup: dns.lookup })).rejects.toMatchObject({ name: 'FetchRefused', code })
    expect(dns.asked).toEqual([])
  })

  it('checks after DNS: a fake name resolving to 127.0.0.1 is refused', async () => {
    const dns = fakeLookup({ 'feeds.example.test': '127.0.0.1' })
    const error = await safeFetch(`http://feeds.example.test:${server.port}/hello`, { lookup: dns.lookup }).catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'blocked-address',
      message: 'host feeds.example.test resolves to 127.0.0.1 (loopback), which is not a public address',
    })
    expect(dns.asked).toEqual(['feeds.example.test'])
    expect(server.hits('/hello').filter((r) => r.headers.host?.startsWith('feeds.'))).toEqual([])
  })

  it('refuses when any of several resolved addresses is private', async () => {
    const dns = fakeLookup({ 'mixed.example.test': ['93.184.216.34', '10.1.2.3'] })
    await expect(safeFetch('http://mixed.example.test/', { lookup: dns.lookup })).rejects.toMatchObject({ code: 'blocked-address' })
  })

  it('pins the connection to the vetted address (the request does no DNS of its own)', async () => {
    const dns = fakeLookup({ 'feeds.example.test': '127.0.0.1' })
    const res = await safeFetch(`http://feeds.example.test:${server.port}/hello`, {
      lookup: dns.lookup,
      allowPrivateHosts: ['feeds.example.test'],
    })
    expect(res.body).toBe('héllo ✓')
    expect(dns.asked).toEqual(['feeds.example.test'])
    expect(server.hits('/hello').at(-1)?.headers.host).toBe(`feeds.example.test:${server.port}`)
  })

  it.each([
    ['/to-metadata', 'host 169.254.169.254 resolves to 169.254.169.254 (linkLocal), which is not a public address'],
    ['/to-ten', 'host 10.0.0.1 resolves to 10.0.0.1 (private), which is not a public address'],
  ])('refuses the redirect hop %s even though the first hop was allowed', async (path, message) => {
    const dns = fakeLookup({ 'feeds.example.test': '127.0.0.1' })
    const error = await safeFetch(`http://feeds.example.test:${server.port}${path}`, {
      lookup: dns.lookup,
      allowPrivateHosts: ['feeds.example.test'],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchRefused)
    expect(error).toMatchObject({ code: 'blocked-address', message })
    expect(server.hits(path).length).toBeGreaterThan(0)
  })

  it('reports a DNS failure as FetchFailed', async () => {
    const dns = fakeLookup({})
    await expect(safeFetch('http://nowhere.example.test/', { lookup: dns.lookup })).rejects.toMatchObject({
      name: 'FetchFailed',
      code: 'dns',
      message: 'could not resolve host nowhere.example.test',
    })
  })
})
