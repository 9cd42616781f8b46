/** `GET /api/sources`: the source leaderboard, best shrunk reliability first. */
import { Hono } from 'hono'
import type { Services } from '../../services/types.ts'

/**
 * Source routes over the services.
 * @example app.route('/api', sourceRoutes(services))
 */
export function sourceRoutes(services: Services): Hono {
  const app = new Hono()
  app.get('/sources', async (c) => {
    const rows = await services.sources()
    const items = [...rows].sort((a, b) => b.shrunk - a.shrunk)
    return c.json({ items })
  })
  return app
}
