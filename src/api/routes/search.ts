/** `GET /api/search?q=&limit=`: full-text search over articles, with snippets. */
import { Hono } from 'hono'
import type { Services } from '../../services/types.ts'
import { SearchQuery, parseOr400 } from '../validate.ts'

/**
 * Search route over the services.
 * @example app.route('/api', searchRoutes(services))
 */
export function searchRoutes(services: Services): Hono {
  const app = new Hono()
  app.get('/search', async (c) => {
    const q = parseOr400(SearchQuery, c.req.query())
    const items = await services.search(q.q, q.limit)
    return c.json({ q: q.q, items })
  })
  return app
}
