/**
 * Checks a feed or webhook URL when the user adds it: well-formed, http(s), and (unless private
 * addresses are allowed) not an internal name or a private, loopback or link-local IP literal.
 * Names that resolve to private addresses are caught later, on every fetch, by `safeFetch`.
 */
import { classifyAddress, isBlockedName, isIpLiteral, normaliseHostname } from './address-policy.ts'
import { MESSAGES } from './messages.ts'

/**
 * The one-line reason a URL is refused, or undefined when it is acceptable.
 * @example
 * checkUrl('ftp://example.org/feed') // 'scheme ftp: is not allowed (only http and https)'
 * checkUrl('http://127.0.0.1:8080/rss', { allowPrivate: true }) // undefined
 */
export function checkUrl(text: string, opts: { allowPrivate?: boolean } = {}): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return MESSAGES.badUrl(text)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return MESSAGES.badScheme(url.protocol)
  if (opts.allowPrivate) return undefined
  const host = normaliseHostname(url.hostname)
  if (isBlockedName(host)) return MESSAGES.blockedName(host)
  if (isIpLiteral(host)) {
    const range = classifyAddress(host)
    if (range !== 'unicast') return MESSAGES.blockedAddress(host, host, range)
  }
  return undefined
}
