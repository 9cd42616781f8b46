/**
 * Which hosts and addresses Mercato may connect to (SPEC §10, §14): only public unicast
 * addresses, so a feed or a redirect cannot turn the server against its own network. The check
 * runs on resolved addresses, never on names alone.
 */
import ipaddr from 'ipaddr.js'

/** Names refused before any DNS lookup (they resolve to internal services by convention). */
export const BLOCKED_NAMES: readonly string[] = ['localhost', 'metadata.google.internal', 'metadata']

/** Range name as ipaddr.js spells it (`private`, `loopback`, `linkLocal`…), `unicast` = public. */
export type AddressRange = string

/**
 * Classifies an IP address literal. IPv4-mapped and IPv4-compatible IPv6 addresses are classified
 * by the IPv4 address they carry; anything unparsable is `invalid`.
 * @example
 * classifyAddress('169.254.169.254') // 'linkLocal'
 * classifyAddress('::ffff:10.0.0.1') // 'private'
 * classifyAddress('8.8.8.8')         // 'unicast'
 */
export function classifyAddress(address: string): AddressRange {
  if (!ipaddr.isValid(address)) return 'invalid'
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv4') return parsed.range()
  const v6 = parsed as ipaddr.IPv6
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range()
  const range = v6.range()
  // INFO: ::a.b.c.d (deprecated IPv4-compatible, ::/96) is routed to IPv4 by some stacks.
  if (range === 'unicast' && v6.parts.slice(0, 6).every((part) => part === 0)) return 'ipv4Compatible'
  return range
}

/**
 * True when the address is public unicast. Everything else (private, loopback, link-local,
 * CGNAT, multicast, reserved, NAT64/6to4/Teredo that may embed an internal IPv4) is refused.
 * @example
 * isPublicAddress('1.1.1.1') // true
 * isPublicAddress('fd00::1') // false
 */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'unicast'
}

/**
 * True for names that must never be fetched, whatever they resolve to: `localhost` and its
 * subdomains, cloud metadata names. Trailing dots and case are ignored.
 * @example
 * isBlockedName('LOCALHOST.') // true
 * isBlockedName('api.localhost') // true
 */
export function isBlockedName(hostname: string): boolean {
  const name = normaliseHostname(hostname)
  return BLOCKED_NAMES.includes(name) || name.endsWith('.localhost')
}

/**
 * Lower-cases a URL hostname, strips IPv6 brackets and a trailing dot.
 * @example
 * normaliseHostname('[::1]') // '::1'
 */
export function normaliseHostname(hostname: string): string {
  let name = hostname.toLowerCase()
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1)
  if (name.endsWith('.')) name = name.slice(0, -1)
  return name
}

/**
 * True when the hostname is an IP literal (after `normaliseHostname`).
 * @example
 * isIpLiteral('127.0.0.1') // true
 */
export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(hostname) && (hostname.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(hostname))
}
