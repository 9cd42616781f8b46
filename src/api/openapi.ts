/**
 * The hand-written OpenAPI 3.1 document served at `/api/openapi.json` (SPEC §9). A test checks
 * that every route `createApi` registers appears here with its method.
 */
import { SCHEMAS } from './openapi-schemas.ts'
import { DEFAULT_LIMIT, MAX_LIMIT } from './validate.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object) => ({ 'application/json': { schema } })
const ok = (schema: string, description = 'OK') => ({ description, content: json(ref(schema)) })
const err = (description: string) => ({ description, content: json(ref('Error')) })
const query = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description })
const path = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description })
const day = { type: 'string', format: 'date' }
const E400 = err('Invalid query or body; `path` names the failing field')
const E404 = err('Not found')

const paths = {
  '/healthz': { get: { summary: 'Liveness check', operationId: 'health', responses: { 200: ok('Health') } } },
  '/api/openapi.json': { get: { summary: 'This document', operationId: 'openapi', responses: { 200: { description: 'OpenAPI 3.1 document', content: json({ type: 'object' }) } } } },
  '/api/sagas': {
    get: {
      summary: 'List sagas, most recently active first',
      operationId: 'listSagas',
      parameters: [
        query('player', { type: 'string' }, 'Player name (case-insensitive substring)'),
        query('club', { type: 'string' }, 'Club on either side of the saga'),
        query('stage', ref('Stage'), 'Current stage'),
        query('kind', ref('SagaKind'), 'move or renewal'),
        query('since', day, 'Only sagas with activity on or after this date'),
        query('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }, 'Page size'),
        query('offset', { type: 'integer', minimum: 0, default: 0 }, 'Items to skip'),
      ],
      responses: { 200: ok('SagaPage'), 400: E400 },
    },
  },
  '/api/sagas/{id}': {
    get: {
      summary: 'One saga with its timeline, reports, conflicts and likelihood history',
      operationId: 'getSaga',
      parameters: [
        path('id', 'Saga id, e.g. move:trent-alexander-arnold:real-madrid'),
        query('asOf', day, 'Show the saga as it stood at the end of this day'),
        query('since', day, 'Show what changed on or after this day'),
      ],
      responses: { 200: ok('SagaDetail'), 400: E400, 404: E404 },
    },
  },
  '/api/players/{name}/sagas': {
    get: { summary: "A player's sagas (moves and renewals)", operationId: 'sagasOfPlayer', parameters: [path('name', 'Player name')], responses: { 200: ok('PlayerSagas'), 400: E400 } },
  },
  '/api/articles/{id}': {
    get: { summary: 'An article with its analysis (mentions and claims with offsets into the cleaned text)', operationId: 'getArticle', parameters: [path('id', 'Article id')], responses: { 200: ok('ArticleWithAnalysis'), 404: E404 } },
  },
  '/api/search': {
    get: {
      summary: 'Full-text search over articles',
      operationId: 'search',
      parameters: [
        { ...query('q', { type: 'string', minLength: 1, maxLength: 200 }, 'Search terms'), required: true },
        query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Most results'),
      ],
      responses: { 200: ok('SearchResults'), 400: E400 },
    },
  },
  '/api/sources': { get: { summary: 'Source leaderboard, best shrunk reliability first', operationId: 'sources', responses: { 200: ok('Sources') } } },
  '/api/ingest': {
    post: {
      summary: 'Ingest one article or a batch of up to 100',
      operationId: 'ingest',
      security: [{ bearer: [] }],
      requestBody: { required: true, content: json(ref('IngestRequest')) },
      responses: {
        200: ok('IngestResponse', 'One result per article, in order'),
        400: E400,
        401: err('Missing or wrong bearer token'),
        403: err('Write endpoints are disabled (no token configured)'),
        413: err('Request body too large'),
      },
    },
  },
}

/** The OpenAPI document (frozen; served as JSON). */
export const OPENAPI_DOCUMENT = Object.freeze({
  openapi: '3.1.0',
  info: {
    title: 'Mercato API',
    version: '0.1.0',
    description: 'Transfer sagas, claims with evidence, likelihoods and source reliability. Write endpoints need `Authorization: Bearer <token>`.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/' }],
  paths,
  components: {
    schemas: SCHEMAS,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
})
