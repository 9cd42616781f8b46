/**
 * Typed errors of the live-sources layer. `FetchRefused` means Mercato's own policy said no
 * (scheme, private address, size, redirects, robots); `FetchFailed` means the network or the
 * server did (DNS, timeout, reset, HTTP status). Both carry a one-line `message`, the URL and a
 * `code` that callers can switch on; the underlying error, if any, is in `cause`.
 */

export type RefusedCode =
  | 'bad-url'
  | 'scheme'
  | 'blocked-name'
  | 'blocked-address'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'too-large'
  | 'robots'

export type FailedCode = 'dns' | 'timeout' | 'aborted' | 'network' | 'http-status'

/**
 * Our policy refused the request; retrying will not help.
 * @example
 * try { await safeFetch('http://10.0.0.1/') } catch (e) { if (e instanceof FetchRefused) console.log(e.code) }
 */
export class FetchRefused extends Error {
  override readonly name = 'FetchRefused'
  constructor(
    readonly code: RefusedCode,
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/**
 * The network or the server failed; retrying later may help. `status` is set for `http-status`,
 * `retryAfterMs` when the server said when to come back.
 * @example
 * new FetchFailed('timeout', 'no complete response within 300 ms', 'https://example.org/feed')
 */
export class FetchFailed extends Error {
  override readonly name = 'FetchFailed'
  readonly status: number | undefined
  /** From a Retry-After header, when the server sent one. */
  readonly retryAfterMs: number | undefined
  constructor(
    readonly code: FailedCode,
    message: string,
    readonly url: string,
    options?: { cause?: unknown; status?: number; retryAfterMs?: number },
  ) {
    super(message, options)
    this.status = options?.status
    this.retryAfterMs = options?.retryAfterMs
  }
}
