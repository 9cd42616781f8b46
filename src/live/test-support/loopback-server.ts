/**
 * A real HTTP server on 127.0.0.1 with a random port, for the live-sources tests. Routes are a
 * table of path → handler; every request is recorded. Nothing here touches any other address.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

export type Route = (req: RecordedRequest, res: http.ServerResponse) => unknown

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  port: number
  requests: RecordedRequest[]
  /** Requests to one path. */
  hits(path: string): RecordedRequest[]
  close(): Promise<void>
}

/**
 * Starts a server; unknown paths answer 404.
 * @example
 * const server = await startLoopbackServer({ '/feed': (_req, res) => res.end('<rss/>') })
 * await server.close()
 */
export async function startLoopbackServer(routes: Record<string, Route>): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      const recorded = { method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(recorded)
      const route = routes[path.split('?')[0] ?? path]
      if (!route) return void res.writeHead(404).end('not found')
      Promise.resolve(route(recorded, res)).catch(() => res.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A lookup that maps fake names to fixed addresses and fails for anything else, recording every
 * name it was asked about. Tests use it so no real DNS query is ever made.
 * @example
 * const dns = fakeLookup({ 'feeds.example.test': '127.0.0.1' })
 */
export function fakeLookup(table: Record<string, string | string[]>) {
  const asked: string[] = []
  const lookup = async (hostname: string) => {
    asked.push(hostname)
    const entry = table[hostname]
    if (entry === undefined) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return (Array.isArray(entry) ? entry : [entry]).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
  return { lookup, asked }
}
