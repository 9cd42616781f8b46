/**
 * Joins the JSON API and the dashboard into the one app `mercato serve` runs. Unknown paths
 * under `/api/` answer JSON; everything else answers the dashboard's HTML 404.
 */
import { Hono } from 'hono'
import { apiNotFound, createApi, type ApiDeps } from '../api/app.ts'
import { securityHeaders } from '../api/security-headers.ts'
import { createWeb, renderError } from '../web/app.tsx'

/**
 * Builds the whole served app.
 * @example const app = createApp({ services, maxBodyBytes: 1 << 20 }); await app.request('/')
 */
export function createApp(deps: ApiDeps): Hono {
  const app = new Hono()
  app.use(securityHeaders())
  app.route('/', createApi(deps))
  app.route('/', createWeb({ services: deps.services, log: deps.log }))
  app.notFound((c) => (isApiPath(c.req.path) ? apiNotFound(c) : renderError(c, 404, 'There is no page at this address.')))
  return app
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}
