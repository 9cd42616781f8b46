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

/** Messages of `mercato feeds|watch|hooks` (stderr, one line each). */
export const LIVE_CLI_MESSAGES = {
  badInterval: (text: string) => `expected an interval such as 90s, 15m or 2h, found ${JSON.stringify(clip(text, 40))}`,
  intervalRange: (min: string, max: string) => `interval must be between ${min} and ${max}`,
  feedAdded: (id: number, url: string) => `added feed ${id}: ${clip(url)}`,
  feedExists: (id: number, url: string) => `feed ${id} is already watched: ${clip(url)}`,
  feedRemoved: (id: number, url: string) => `removed feed ${id}: ${clip(url)}`,
  noSuchFeed: (ref: string) => `no feed with id or URL ${clip(ref)} (see mercato feeds list)`,
  noFeeds: 'no feeds yet; add one with: mercato feeds add <url>',
  notOpml: (file: string) => `${clip(file)}: not an OPML document`,
  unreadable: (file: string, code: string) => `${clip(file)}: cannot read (${code})`,
  imported: (added: number, existing: number, bad: number) => `imported feeds: ${added} new, ${existing} already watched, ${bad} refused`,
  exported: (count: number, file: string) => `exported ${count} feeds to ${clip(file)}`,
  badTrigger: (text: string) => `expected --on stage or --on likelihood>0.7 (threshold in [0, 1)), found ${JSON.stringify(clip(text, 40))}`,
  hookAdded: (id: string, url: string, trigger: string) => `added hook ${id}: ${clip(url)} (on ${trigger})`,
  hookSecret: (secret: string) => `secret: ${secret}  (shown once; receivers verify the X-Mercato-Signature header with it)`,
  hookRemoved: (id: string, url: string) => `removed hook ${id}: ${clip(url)}`,
  noSuchHook: (ref: string) => `no hook with id or URL ${clip(ref)} (see mercato hooks list)`,
  polled: (label: string, status: number, items: number, stored: number, claims: number) =>
    `${clip(label)}: ${status} ok, ${items} new items, ${stored} articles stored, ${claims} claims`,
  notModified: (label: string) => `${clip(label)}: 304 not modified`,
  pollFailed: (label: string, reason: string, next: string) => `${clip(label)}: failed (${clip(reason)}); next try after ${next}`,
  commitFailed: (label: string, reason: string) => `${clip(label)}: could not store the new items (${clip(reason)}); they come again next poll`,
  skipped: (label: string, source: string, reason: string) => `${clip(label)}: skipped ${clip(source)}: ${clip(reason)}`,
  analyseFailed: (source: string, reason: string) => `${clip(source)}: ${clip(reason)} (raw article kept; run mercato reprocess)`,
  alert: (hookId: string, what: string, delivered: boolean, detail: string) =>
    `alert ${what} -> hook ${hookId}: ${delivered ? 'delivered' : 'not delivered'} (${clip(detail)})`,
  stopping: 'stopping after the current poll (press Ctrl-C again to quit at once)',
  watchDone: (polls: number, failed: number, stored: number) => `watch: ${polls} polls, ${failed} failed, ${stored} articles stored`,
} as const

/** Shortens untrusted text shown in a one-line message. */
function clip(text: string, max = 200): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine
}
