/**
 * Boundary validation: zod schemas for query strings and bodies, and one function that turns
 * a failed parse into a 400 naming the failing field path (STYLE "API errors").
 */
import { z } from 'zod'
import { MOVE_STAGES } from '../domain/types.ts'
import { ApiError } from './errors.ts'

/** Every stage a saga can be in, for filters and the OpenAPI document. */
export const STAGES = [...MOVE_STAGES, 'collapsed', 'stays', 'extension_signed', 'negotiating'] as const
export const SAGA_KINDS = ['move', 'renewal'] as const
export const MAX_LIMIT = 200
export const DEFAULT_LIMIT = 50
export const MAX_BATCH = 100
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** Empty query values (`?player=`) mean "not given", as browsers send them from forms. */
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().min(1).max(200).optional())
const optionalDay = z.preprocess(emptyToUndefined, z.string().regex(ISO_DAY, 'expected YYYY-MM-DD').refine(isRealDay, 'not a calendar date').optional())
const intParam = (def: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(def))

/** Query of `GET /api/sagas` and the dashboard's saga list. */
export const SagaListQuery = z.object({
  player: optionalText,
  club: optionalText,
  stage: z.preprocess(emptyToUndefined, z.enum(STAGES).optional()),
  kind: z.preprocess(emptyToUndefined, z.enum(SAGA_KINDS).optional()),
  since: optionalDay,
  limit: intParam(DEFAULT_LIMIT, 1, MAX_LIMIT),
  offset: intParam(0, 0, 1_000_000),
})

/** Query of `GET /api/sagas/:id` and the saga page. */
export const SagaDetailQuery = z.object({ asOf: optionalDay, since: optionalDay })

/** Query of `GET /api/search`. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'required').max(200),
  limit: intParam(20, 1, 100),
})

const httpUrl = z.string().url().refine((u) => /^https?:\/\//i.test(u), 'expected an http(s) URL')

/** One article in an ingest body: `text` or `html`, plus optional metadata. */
export const IngestArticle = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    url: httpUrl.optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    author: z.string().max(200).optional(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]+)?$/, 'expected ISO 8601').optional(),
  })
  .strict()
  .refine((a) => a.text !== undefined || a.html !== undefined, { message: 'expected text or html', path: ['text'] })

/** Batch body of `POST /api/ingest`: `{ articles: [...] }`, at most 100. */
export const IngestBatch = z.object({ articles: z.array(IngestArticle).min(1).max(MAX_BATCH) }).strict()

export type IngestArticleInput = z.infer<typeof IngestArticle>

/**
 * Parses `value` or throws a 400 `ApiError` naming the first failing field.
 * @example parseOr400(SearchQuery, { q: '' }) // throws ApiError(400, 'bad_request', 'q: required')
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const res = schema.safeParse(value)
  if (res.success) return res.data
  const issue = res.error.issues[0]
  const path = issue.path.map(String).join('.')
  throw new ApiError(400, 'bad_request', `${path || 'body'}: ${issue.message}`, { path: path || 'body' })
}

/**
 * Parses an ingest body: a batch when it has `articles`, else one article. Returns the list.
 * @example parseIngestBody({ text: 'Real bid.' }).length // 1
 */
export function parseIngestBody(value: unknown): IngestArticleInput[] {
  const isBatch = typeof value === 'object' && value !== null && !Array.isArray(value) && 'articles' in value
  return isBatch ? parseOr400(IngestBatch, value).articles : [parseOr400(IngestArticle, value)]
}

function emptyToUndefined(v: unknown): unknown {
  return typeof v === 'string' && v.trim() === '' ? undefined : v
}

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}
