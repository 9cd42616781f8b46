/**
 * `POST /api/ingest`: one article or `{ articles: [...] }`. Needs `Authorization: Bearer
 * <token>`; with no token configured writes are disabled (SPEC §14). The body limit is checked
 * after authentication so anonymous callers learn nothing about the store.
 */
import { timingSafeEqual } from 'node:crypto'
import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { IngestResult, Services } from '../../services/types.ts'
import { ApiError } from '../errors.ts'
import { toRawArticle } from '../to-raw-article.ts'
import { parseIngestBody } from '../validate.ts'

/**
 * Ingest route over the services.
 * @example app.route('/api', ingestRoutes({ services, token: 'secret-token', maxBodyBytes: 1 << 20 }))
 */
export function ingestRoutes(deps: { services: Services; token?: string; maxBodyBytes: number }): Hono {
  const app = new Hono()
  const tooLarge = (): never => {
    throw new ApiError(413, 'too_large', `request body exceeds ${deps.maxBodyBytes} bytes`)
  }
  app.post('/ingest', requireToken(deps.token), bodyLimit({ maxSize: deps.maxBodyBytes, onError: tooLarge }), async (c) => {
    const items = parseIngestBody(await readJson(c.req.raw))
    const results: IngestResult[] = []
    for (const item of items) {
      const raw = toRawArticle(item)
      results.push('reason' in raw ? { status: 'rejected', reason: raw.reason } : await deps.services.ingest(raw))
    }
    return c.json({ results })
  })
  return app
}

/**
 * Bearer-token gate for write endpoints: 403 when writes are disabled, 401 when the token is
 * missing or wrong (compared in constant time).
 * @example app.post('/x', requireToken('secret-token'), handler)
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw new ApiError(403, 'writes_disabled', 'write endpoints are disabled: start the server with --token or MERCATO_API_TOKEN')
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim()
    if (!given || !sameSecret(given, token)) {
      c.header('WWW-Authenticate', 'Bearer')
      throw new ApiError(401, 'unauthorized', 'missing or wrong bearer token')
    }
    await next()
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

async function readJson(req: Request): Promise<unknown> {
  const text = await req.text()
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new ApiError(400, 'bad_request', `body: malformed JSON (${(err as Error).message})`, { path: 'body', cause: err })
  }
}
