/** `GET /api/sagas` (filtered, paged) and `GET /api/sagas/:id` (detail, `asOf`, `since`). */
import { Hono } from 'hono'
import type { SagaId } from '../../domain/types.ts'
import type { Services } from '../../services/types.ts'
import { orNotFound } from '../errors.ts'
import { SagaDetailQuery, SagaListQuery, parseOr400 } from '../validate.ts'

/**
 * Saga routes over the services.
 * @example app.route('/api', sagaRoutes(services))
 */
export function sagaRoutes(services: Services): Hono {
  const app = new Hono()
  app.get('/sagas', async (c) => {
    const q = parseOr400(SagaListQuery, c.req.query())
    const { items, total } = await services.listSagas(q)
    return c.json({ items, total, limit: q.limit, offset: q.offset })
  })
  app.get('/sagas/:id', async (c) => {
    const q = parseOr400(SagaDetailQuery, c.req.query())
    const id = c.req.param('id') as SagaId
    const detail = orNotFound(await services.getSaga(id, q), `saga ${id}`)
    return c.json(detail)
  })
  return app
}
