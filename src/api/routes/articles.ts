/** `GET /api/articles/:id`: the article with its analysis (mentions and claims with offsets). */
import { Hono } from 'hono'
import type { ArticleId } from '../../domain/types.ts'
import type { Services } from '../../services/types.ts'
import { orNotFound } from '../errors.ts'

/**
 * Article routes over the services.
 * @example app.route('/api', articleRoutes(services))
 */
export function articleRoutes(services: Services): Hono {
  const app = new Hono()
  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id') as ArticleId
    const found = orNotFound(await services.getArticle(id), `article ${id}`)
    return c.json({ article: found.article, analysis: found.analysis ?? null })
  })
  return app
}
