/**
 * Every message the live-sources modules produce, in one place so tests can assert on them
 * (house style: feedsmith keeps its messages in `locales`). Each is one line.
 */
export const MESSAGES = {
  badUrl: (url: string) => `not a valid URL: ${clip(url)}`,
  badScheme: (scheme: string) => `scheme ${scheme} is not allowed (only http and https)`,
  blockedName: (host: string) => `host ${host} is not allowed (internal name)`,
  blockedAddress: (host: string, address: string, range: string) =>
    `host ${host} resolves to ${address} (${range}), which is not a public address`,
  dnsFailed: (host: string) => `could not resolve host ${host}`,
  noAddress: (host: string) => `host ${host} resolved to no address`,
  tooManyRedirects: (max: number) => `more than ${max} redirects`,
  badRedirect: (location: string) => `redirect to an invalid location: ${clip(location)}`,
  tooLarge: (max: number) => `response larger than ${max} bytes`,
  timeout: (ms: number) => `no complete response within ${ms} ms`,
  aborted: () => 'request aborted by the caller',
  network: (detail: string) => `network error: ${clip(detail)}`,
  httpStatus: (status: number) => `HTTP status ${status}`,
  robotsDisallowed: (url: string) => `robots.txt disallows ${clip(url)} for MercatoBot`,
  robotsUnavailable: (status: string) => `robots.txt unavailable (${status}); not fetching for now`,
  itemLimit: (found: number, limit: number) =>
    `feed has ${found} new items; only the first ${limit} were taken this poll (limit maxItems=${limit}); the rest come next poll`,
  noText: (url: string) => `linked page ${clip(url)} has no readable text`,
  notHtml: (url: string, type: string) => `linked page ${clip(url)} is ${type}, not HTML`,
} as const

/** Shortens untrusted text shown in a one-line message. */
function clip(text: string, max = 200): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine
}
