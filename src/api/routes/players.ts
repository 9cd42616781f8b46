/** `GET /api/players/:name/sagas`: every saga (move and renewal) of one player. */
import { Hono } from 'hono'
import type { Services } from '../../services/types.ts'
import { ApiError } from '../errors.ts'

/**
 * Player routes over the services.
 * @example app.route('/api', playerRoutes(services))
 */
export function playerRoutes(services: Services): Hono {
  const app = new Hono()
  app.get('/players/:name/sagas', async (c) => {
    const name = c.req.param('name').trim()
    if (name === '' || name.length > 200) throw new ApiError(400, 'bad_request', 'name: expected 1 to 200 characters', { path: 'name' })
    const items = await services.sagasOfPlayer(name)
    return c.json({ player: name, items })
  })
  return app
}
