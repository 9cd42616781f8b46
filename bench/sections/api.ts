/**
 * f) API load: autocannon against /api/sagas?player=… on loopback, when the server module
 * (`src/server/start-server.ts`) exists; otherwise the section is reported as skipped.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'
import { round, type SectionResult } from '../report.ts'
import { commandFor, type BenchOptions } from './common.ts'

const SERVER = fileURLToPath(new URL('../../src/server/start-server.ts', import.meta.url))
const SERVICES = fileURLToPath(new URL('../../src/services/create-services.ts', import.meta.url))

export async function benchApi(o: BenchOptions): Promise<SectionResult> {
  const command = commandFor(o.storeGiven ? 'api' : 'sqlite,api', o, `--api-seconds ${o.apiSeconds}`)
  const skip = (reason: string): SectionResult => ({ id: 'f', title: 'API load (autocannon)', status: 'skipped', command, reason, figures: [], notes: [] })
  if (!existsSync(SERVER)) return skip('src/server/start-server.ts does not exist yet')
  if (!existsSync(SERVICES)) return skip('src/services/create-services.ts does not exist yet')
  if (!o.sqlitePath) return skip('needs the sqlite section in the same run (its store is served)')
  const store = await openSqliteStore(o.sqlitePath)
  let server: any
  try {
    const { startServer } = await import(SERVER) as { startServer: (opts: unknown) => Promise<any> }
    const { createServices } = await import(SERVICES) as { createServices: (store: unknown, deps: unknown) => unknown }
    server = await startServer({ services: createServices(store, { kb: loadKnowledgeBase() }), host: '127.0.0.1', port: 0, maxBodyBytes: 1 << 20 })
    const base = baseUrl(server)
    // The queried player's sagas must exist (the query section may not have run): build them.
    const player = (await store.listClaims({ limit: 1 }))[0]?.player ?? 'nobody'
    const { refreshSagas } = await import('../../src/services/refresh-sagas.ts')
    await refreshSagas(store, [player], loadKnowledgeBase())
    const sagas = (await store.listSagas({ player })).total
    const result = await autocannon({ url: `${base}/api/sagas?player=${encodeURIComponent(player)}`, connections: 50, duration: o.apiSeconds })
    const ok = result.non2xx === 0 && result.errors === 0
    return {
      id: 'f', title: 'API load (autocannon, loopback)', status: 'ok', command,
      figures: [
        { name: 'GET /api/sagas?player=…', value: round(result.requests.average), unit: 'req/s', target: '≥ 1000 req/s', met: result.requests.average >= 1000 },
        { name: 'latency p50', value: result.latency.p50, unit: 'ms' },
        { name: 'latency p99', value: result.latency.p99, unit: 'ms' },
        { name: 'errors / non-2xx', value: `${result.errors} / ${result.non2xx}`, met: ok },
      ],
      notes: [`50 connections for ${o.apiSeconds} s; server and autocannon in the same process (no pinning); store: ${o.sqliteArticles} articles; the queried player has ${sagas} saga(s) in it.`],
    }
  } catch (err) {
    return skip(`server did not start: ${(err as Error).message.split('\n')[0]}`)
  } finally {
    await closeServer(server)
    await store.close()
  }
}

function baseUrl(server: any): string {
  if (typeof server?.url === 'string') return server.url.replace(/\/$/, '')
  const addr = typeof server?.address === 'function' ? server.address() : server?.server?.address?.()
  const port = typeof server?.port === 'number' ? server.port : addr?.port
  if (typeof port !== 'number') throw new Error('cannot find the port startServer listens on')
  return `http://127.0.0.1:${port}`
}

async function closeServer(server: any): Promise<void> {
  if (!server) return
  const close = server.close ?? server.server?.close?.bind(server.server)
  if (typeof close === 'function') await new Promise<void>((resolve) => { const r = close.call(server, () => resolve()); if (r?.then) r.then(resolve, resolve) })
}
