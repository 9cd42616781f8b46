/**
 * API errors: one error type and one handler (like hono's `HTTPException` and its default
 * `errorHandler`). Known errors answer `{ code, message }`; anything else becomes a bare 500
 * `{ code: 'internal' }` so internals never leak, and is logged with the request id.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Machine-readable error codes the API answers with. */
export type ApiErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'unauthorized'
  | 'writes_disabled'
  | 'too_large'
  | 'internal'

/** Error body every failing API response carries. */
export interface ApiErrorBody {
  code: ApiErrorCode
  message: string
  /** Failing field path for validation errors, e.g. `articles.0.url`. */
  path?: string
  requestId?: string
}

/**
 * An error the API turns into a response with its status and code.
 * @example throw new ApiError(404, 'not_found', 'no saga move:x:y')
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode
  readonly code: ApiErrorCode
  readonly path?: string

  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string, opts: { cause?: unknown; path?: string } = {}) {
    super(message, { cause: opts.cause })
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.path = opts.path
  }
}

/** Where unknown errors are reported; the server passes a stderr writer, tests a spy. */
export type ErrorLogger = (line: string) => void

/**
 * Maps any thrown value to a JSON response. Unknown errors are logged, never echoed.
 * @example app.onError(toErrorResponse(console.error))
 */
export function toErrorResponse(log: ErrorLogger) {
  return (err: unknown, c: Context): Response => {
    const requestId = readRequestId(c)
    if (err instanceof ApiError) {
      const body: ApiErrorBody = { code: err.code, message: err.message, ...(err.path !== undefined ? { path: err.path } : {}) }
      return c.json(body, err.status)
    }
    log(`[${requestId}] ${c.req.method} ${c.req.path}: ${describeError(err)}`)
    return c.json({ code: 'internal', message: 'internal error', requestId } satisfies ApiErrorBody, 500)
  }
}

/**
 * Throws a 404 when a service returned `undefined` (the one place "missing" becomes 404).
 * @example const saga = orNotFound(await services.getSaga(id), `saga ${id}`)
 */
export function orNotFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ApiError(404, 'not_found', `${what} not found`)
  return value
}

/** The request id set by the request-id middleware, or `-` when absent. */
export function readRequestId(c: Context): string {
  const id = (c.get as (key: string) => unknown)('requestId')
  return typeof id === 'string' ? id : '-'
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`
  return String(err)
}
