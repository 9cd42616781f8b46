/**
 * The server-rendered dashboard (SPEC §9) over `Services`: pages under `/`, assets under
 * `/static/`. Bad queries answer a 400 page, missing things a 404 page, anything else a bare 500
 * page logged with its request id.
 */
import { Hono, type Context } from 'hono'
import { requestId } from 'hono/request-id'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { ApiError, orNotFound, readRequestId, type ErrorLogger } from '../api/errors.ts'
import { securityHeaders } from '../api/security-headers.ts'
import { SagaDetailQuery, SagaListQuery, parseOr400 } from '../api/validate.ts'
import type { ArticleId, SagaId } from '../domain/types.ts'
import type { Services } from '../services/types.ts'
import { ArticlePage } from './pages/article.tsx'
import { ErrorPage } from './pages/error.tsx'
import { SagaGroupPage } from './pages/saga-group.tsx'
import { SagaListPage } from './pages/saga-list.tsx'
import { SagaPage } from './pages/saga.tsx'
import { SearchPage } from './pages/search.tsx'
import { SourcesPage } from './pages/sources.tsx'
import { loadStaticAssets } from './static-assets.ts'

export interface WebDeps {
  services: Services
  log?: ErrorLogger
}

/**
 * Builds the dashboard app.
 * @example const web = createWeb({ services }); await web.request('/')
 */
export function createWeb(deps: WebDeps): Hono {
  const { services } = deps
  const log = deps.log ?? ((line: string) => process.stderr.write(line + '\n'))
  const assets = loadStaticAssets()
  const app = new Hono()
  app.use(securityHeaders(), requestId())
  app.get('/static/:file', (c) => {
    const asset = assets.get(c.req.param('file'))
    if (!asset) return renderError(c, 404, 'No such file.')
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=3600' })
  })
  app.route('/', sagaPages(services))
  app.route('/', otherPages(services))
  app.notFound((c) => renderError(c, 404, 'There is no page at this address.'))
  app.onError((err, c) => {
    if (err instanceof ApiError) return renderError(c, err.status, err.message)
    log(`[${readRequestId(c)}] ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`)
    return renderError(c, 500, `The error was logged with request id ${readRequestId(c)}.`)
  })
  return app
}

/** `/`, `/sagas/:id`, `/players/:name`, `/clubs/:name`. */
function sagaPages(services: Services): Hono {
  const app = new Hono()
  app.get('/', async (c) => {
    const query = parseOr400(SagaListQuery, c.req.query())
    const { items, total } = await services.listSagas(query)
    return page(c, <SagaListPage items={items} total={total} query={query} />)
  })
  app.get('/sagas/:id', async (c) => {
    const q = parseOr400(SagaDetailQuery, c.req.query())
    const id = c.req.param('id') as SagaId
    const detail = orNotFound(await services.getSaga(id, q), `Saga ${id}`)
    return page(c, <SagaPage detail={detail} asOf={q.asOf} since={q.since} />)
  })
  app.get('/players/:name', async (c) => {
    const name = c.req.param('name')
    const items = await services.sagasOfPlayer(name)
    if (items.length === 0) throw new ApiError(404, 'not_found', `No sagas about ${name}`)
    return page(c, <SagaGroupPage kind="player" name={name} items={items} />)
  })
  app.get('/clubs/:name', async (c) => {
    const name = c.req.param('name')
    const { items } = await services.listSagas({ club: name, limit: 200 })
    if (items.length === 0) throw new ApiError(404, 'not_found', `No sagas involving ${name}`)
    return page(c, <SagaGroupPage kind="club" name={name} items={items} />)
  })
  return app
}

/** `/articles/:id`, `/sources`, `/search`. */
function otherPages(services: Services): Hono {
  const app = new Hono()
  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id') as ArticleId
    const found = orNotFound(await services.getArticle(id), `Article ${id}`)
    return page(c, <ArticlePage article={found.article} analysis={found.analysis} />)
  })
  app.get('/sources', async (c) => page(c, <SourcesPage rows={await services.sources()} />))
  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200)
    const hits = q ? await services.search(q, 50) : undefined
    return page(c, <SearchPage q={q} hits={hits} />)
  })
  return app
}

/**
 * Renders a page with its doctype.
 * @example return page(c, <SourcesPage rows={rows} />)
 */
export function page(c: Context, node: JSX.Element, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  return c.html(`<!DOCTYPE html>${String(node)}`, status)
}

/**
 * Renders an error page with its status.
 * @example return renderError(c, 404, 'No such saga.')
 */
export function renderError(c: Context, status: ContentfulStatusCode, message: string): Response | Promise<Response> {
  return page(c, <ErrorPage status={status} message={message} />, status)
}
