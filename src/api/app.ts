/**
 * The JSON API (SPEC §9): routes over `Services`, one error handler, security headers on every
 * response. Like hono's core it imports no adapter: the server wraps it, tests call
 * `app.request()` with no open port.
 */
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { ApiDeps } from './deps.ts'
import { ApiError, toErrorResponse } from './errors.ts'
import { OPENAPI_DOCUMENT } from './openapi.ts'
import { articleRoutes } from './routes/articles.ts'
import { ingestRoutes } from './routes/ingest.ts'
import { playerRoutes } from './routes/players.ts'
import { sagaRoutes } from './routes/sagas.ts'
import { searchRoutes } from './routes/search.ts'
import { sourceRoutes } from './routes/sources.ts'
import { securityHeaders } from './security-headers.ts'

export type { ApiDeps } from './deps.ts'

/**
 * Builds the API app.
 * @example const app = createApi({ services, maxBodyBytes: 1 << 20 }); await app.request('/healthz')
 */
export function createApi(deps: ApiDeps): Hono {
  const app = new Hono()
  const log = deps.log ?? ((line: string) => process.stderr.write(line + '\n'))
  app.use(securityHeaders(), requestId())
  app.get('/healthz', (c) => c.json({ ok: true }))
  app.get('/api/openapi.json', (c) => c.json(OPENAPI_DOCUMENT))
  app.route('/api', sagaRoutes(deps.services))
  app.route('/api', playerRoutes(deps.services))
  app.route('/api', articleRoutes(deps.services))
  app.route('/api', searchRoutes(deps.services))
  app.route('/api', sourceRoutes(deps.services))
  app.route('/api', ingestRoutes(deps))
  app.notFound(apiNotFound)
  app.onError(toErrorResponse(log))
  return app
}

/**
 * The API's 404 for unknown paths and methods, as JSON.
 * @example app.notFound(apiNotFound)
 */
export function apiNotFound(c: Parameters<Parameters<Hono['notFound']>[0]>[0]): Response {
  const err = new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)
  return c.json({ code: err.code, message: err.message }, 404)
}
