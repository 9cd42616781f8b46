/**
 * HTTP(S) GET (or a small POST) that refuses to reach private networks (SPEC §10, §14).
 *
 * Every hop — the first request and each redirect — parses the URL, refuses non-http(s)
 * schemes and internal names, resolves the host, refuses if ANY resolved address is not public
 * unicast, and then connects to exactly the vetted address: `node:http(s).request` gets a
 * `lookup` that returns it, so a second DNS answer (rebinding) cannot swap it. The body is
 * read as a stream and aborted past `maxBytes`; one deadline covers DNS, all hops and the body.
 */
import http from 'node:http'
import https from 'node:https'
import { lookup as dnsLookup } from 'node:dns/promises'
import type { LookupFunction } from 'node:net'
import type { IncomingMessage } from 'node:http'
import { classifyAddress, isBlockedName, isIpLiteral, normaliseHostname } from './address-policy.ts'
import { decodeBody } from './decode-body.ts'
import { decodedStream, flattenHeaders, readLimited } from './read-body.ts'
import { FetchFailed, FetchRefused } from './errors.ts'
import { MESSAGES } from './messages.ts'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024
export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_REDIRECTS = 5
export const DEFAULT_USER_AGENT = 'MercatoBot/0.1 (+https://github.com/mercato)'

export interface LookupAddress {
  address: string
  family: number
}

/** DNS resolver: every address of a name. Injected in tests so no real lookup ever happens. */
export type Lookup = (hostname: string) => Promise<LookupAddress[]>

export interface SafeFetchOptions {
  /** GET by default. Redirects are followed for GET and HEAD only. */
  method?: 'GET' | 'HEAD' | 'POST'
  body?: string
  /** Skip every address and name check (tests, or an operator who means it). */
  allowPrivate?: boolean
  /** Hostnames trusted even though they resolve to private addresses (exact, lower-case). */
  allowPrivateHosts?: readonly string[]
  maxBytes?: number
  timeoutMs?: number
  maxRedirects?: number
  headers?: Record<string, string>
  /** Sent as If-None-Match. */
  etag?: string
  /** Sent as If-Modified-Since. */
  lastModified?: string
  userAgent?: string
  lookup?: Lookup
  signal?: AbortSignal
}

export interface SafeFetchResult {
  status: number
  /** Final URL after redirects. */
  url: string
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>
  /** Decoded text; undefined for 304 and HEAD. */
  body: string | undefined
  notModified: boolean
}

/** The shape other modules depend on, so tests and the lead can wrap or replace it. */
export type SafeFetch = (url: string, opts?: SafeFetchOptions) => Promise<SafeFetchResult>

type Settings = Required<Omit<SafeFetchOptions, 'body' | 'etag' | 'lastModified' | 'signal'>> &
  Pick<SafeFetchOptions, 'body' | 'etag' | 'lastModified'>

/** Mutable per-call state: the URL being fetched now, for error messages. */
interface Progress {
  url: string
}

/**
 * Fetches a URL safely. Throws `FetchRefused` (policy) or `FetchFailed` (network, timeout);
 * any HTTP status is returned, not thrown.
 * @example
 * const res = await safeFetch('https://example.org/feed.xml', { etag: '"abc"', timeoutMs: 10_000 })
 * if (res.notModified) console.log('nothing new')
 */
export async function safeFetch(url: string, opts: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const settings = withDefaults(opts)
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs)
  const signal = opts.signal ? AbortSignal.any([deadline.signal, opts.signal]) : deadline.signal
  const progress: Progress = { url }
  try {
    return await followRedirects(settings, signal, progress)
  } catch (error) {
    throw toFetchError(error, progress.url, settings, deadline.signal, opts.signal)
  } finally {
    clearTimeout(timer)
  }
}

function withDefaults(opts: SafeFetchOptions): Settings {
  return {
    method: opts.method ?? 'GET',
    body: opts.body,
    allowPrivate: opts.allowPrivate ?? false,
    allowPrivateHosts: (opts.allowPrivateHosts ?? []).map(normaliseHostname),
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    headers: opts.headers ?? {},
    etag: opts.etag,
    lastModified: opts.lastModified,
    userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
    lookup: opts.lookup ?? defaultLookup,
  }
}

async function defaultLookup(hostname: string): Promise<LookupAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true })
}

async function followRedirects(s: Settings, signal: AbortSignal, progress: Progress): Promise<SafeFetchResult> {
  let headers = buildHeaders(s)
  for (let hop = 0; ; hop++) {
    const target = parseTarget(progress.url)
    const address = await vetHost(target, s, signal)
    const response = await requestOnce(target, address, s, headers, signal)
    const location = redirectLocation(response, s.method)
    if (location === undefined) return readResult(response, target, s)
    discard(response)
    if (hop >= s.maxRedirects) throw new FetchRefused('too-many-redirects', MESSAGES.tooManyRedirects(s.maxRedirects), progress.url)
    const next = resolveLocation(location, target)
    if (next.origin !== target.origin) headers = withoutCredentials(headers)
    progress.url = next.href
  }
}

function buildHeaders(s: Settings): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': s.userAgent,
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br',
  }
  if (s.etag) headers['if-none-match'] = s.etag
  if (s.lastModified) headers['if-modified-since'] = s.lastModified
  for (const [name, value] of Object.entries(s.headers)) headers[name.toLowerCase()] = value
  return headers
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const { authorization: _a, cookie: _c, ...rest } = headers
  return rest
}

function parseTarget(url: string): URL {
  let target: URL
  try {
    target = new URL(url)
  } catch (cause) {
    throw new FetchRefused('bad-url', MESSAGES.badUrl(url), url, { cause })
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchRefused('scheme', MESSAGES.badScheme(target.protocol), url)
  }
  return target
}

/** Resolves the host and returns the one address to connect to, or throws. */
async function vetHost(target: URL, s: Settings, signal: AbortSignal): Promise<LookupAddress> {
  const host = normaliseHostname(target.hostname)
  const trusted = s.allowPrivate || s.allowPrivateHosts.includes(host)
  if (!trusted && isBlockedName(host)) throw new FetchRefused('blocked-name', MESSAGES.blockedName(host), target.href)
  const addresses = isIpLiteral(host)
    ? [{ address: host, family: host.includes(':') ? 6 : 4 }]
    : await resolve(host, s.lookup, signal, target.href)
  const first = addresses[0]
  if (!first) throw new FetchFailed('dns', MESSAGES.noAddress(host), target.href)
  if (trusted) return first
  for (const { address } of addresses) {
    const range = classifyAddress(address)
    if (range !== 'unicast') {
      throw new FetchRefused('blocked-address', MESSAGES.blockedAddress(host, address, range), target.href)
    }
  }
  return first
}

async function resolve(host: string, lookup: Lookup, signal: AbortSignal, url: string): Promise<LookupAddress[]> {
  signal.throwIfAborted()
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  aborted.catch(() => undefined)
  try {
    return await Promise.race([lookup(host), aborted])
  } catch (cause) {
    if (signal.aborted) throw cause
    throw new FetchFailed('dns', MESSAGES.dnsFailed(host), url, { cause })
  }
}

/** A lookup that always answers with the vetted address: the connection is pinned to it. */
function pinnedLookup(vetted: LookupAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [vetted])
    else callback(null, vetted.address, vetted.family)
  }
}

function requestOnce(
  target: URL,
  address: LookupAddress,
  s: Settings,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const transport = target.protocol === 'https:' ? https : http
  return new Promise((resolvePromise, reject) => {
    const request = transport.request(
      {
        protocol: target.protocol,
        hostname: normaliseHostname(target.hostname),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: s.method,
        headers: s.body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(s.body)) },
        agent: false,
        lookup: pinnedLookup(address),
        signal,
      },
      resolvePromise,
    )
    request.on('error', reject)
    request.end(s.body)
  })
}

function redirectLocation(response: IncomingMessage, method: Settings['method']): string | undefined {
  const status = response.statusCode ?? 0
  const location = response.headers.location
  if (method === 'POST' || ![301, 302, 303, 307, 308].includes(status) || !location) return undefined
  return location
}

function resolveLocation(location: string, base: URL): URL {
  try {
    return new URL(location, base)
  } catch (cause) {
    throw new FetchRefused('bad-redirect', MESSAGES.badRedirect(location), base.href, { cause })
  }
}

function discard(response: IncomingMessage): void {
  response.on('error', () => undefined)
  response.destroy()
}

async function readResult(response: IncomingMessage, target: URL, s: Settings): Promise<SafeFetchResult> {
  const status = response.statusCode ?? 0
  const headers = flattenHeaders(response.headers)
  const base = { status, url: target.href, headers }
  if (status === 304 || s.method === 'HEAD') {
    discard(response)
    return { ...base, body: undefined, notModified: status === 304 }
  }
  const declared = Number(headers['content-length'])
  if (!headers['content-encoding'] && declared > s.maxBytes) {
    discard(response)
    throw new FetchRefused('too-large', MESSAGES.tooLarge(s.maxBytes), target.href)
  }
  const bytes = await readLimited(decodedStream(response), s.maxBytes, target.href)
  return { ...base, body: decodeBody(bytes, headers['content-type']), notModified: false }
}

function toFetchError(error: unknown, url: string, s: Settings, deadline: AbortSignal, caller?: AbortSignal): Error {
  if (error instanceof FetchRefused || error instanceof FetchFailed) return error
  // INFO: an abort mid-body surfaces as ECONNRESET "aborted", so ask the signals, not the error.
  if (deadline.aborted) return new FetchFailed('timeout', MESSAGES.timeout(s.timeoutMs), url, { cause: error })
  if (caller?.aborted || isAbort(error)) return new FetchFailed('aborted', MESSAGES.aborted(), url, { cause: error })
  const detail = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error)
  return new FetchFailed('network', MESSAGES.network(detail), url, { cause: error })
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as NodeJS.ErrnoException).code === 'ABORT_ERR')
}
