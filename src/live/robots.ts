/**
 * robots.txt (RFC 9309) for MercatoBot: fetched once per origin and cached for 24 h. A missing
 * file (any 4xx) allows everything; a server error or network failure disallows everything
 * for a shorter while (`errorTtlMs`), after which it is fetched again.
 */
import robotsParserModule from 'robots-parser'
import type { SafeFetch, SafeFetchOptions } from './safe-fetch.ts'
import { MESSAGES } from './messages.ts'

export const ROBOTS_USER_AGENT = 'MercatoBot'
export const ROBOTS_TTL_MS = 24 * 60 * 60_000
export const ROBOTS_ERROR_TTL_MS = 30 * 60_000
/** RFC 9309 §2.5: crawlers must parse at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 512 * 1024

export interface RobotsVerdict {
  allowed: boolean
  crawlDelaySeconds?: number
  /** One line, set when not allowed. */
  reason?: string
}

export interface RobotsCache {
  /**
   * May MercatoBot fetch this URL?
   */
  check(url: string): Promise<RobotsVerdict>
}

export interface RobotsDeps {
  fetch: SafeFetch
  /** Passed to every robots.txt fetch (allowPrivate, lookup…). */
  fetchOptions?: SafeFetchOptions
  now?: () => number
  ttlMs?: number
  errorTtlMs?: number
  userAgent?: string
}

/** The slice of robots-parser we call. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined
  getCrawlDelay(ua?: string): number | undefined
}

// INFO: robots-parser is CommonJS (`module.exports = fn`) but its types declare an ES default
// export, which NodeNext resolution reads as `{ default: fn }`; at run time the import is `fn`.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot

type Rules = { kind: 'rules'; robot: Robot } | { kind: 'all'; allowed: boolean; reason?: string }

interface Entry {
  expires: number
  rules: Promise<Rules>
}

/**
 * Creates an in-memory robots cache. Concurrent checks for one origin share one fetch.
 * @example
 * const robots = createRobotsCache({ fetch: safeFetch })
 * const verdict = await robots.check('https://example.org/news/1')
 * if (!verdict.allowed) console.error(verdict.reason)
 */
export function createRobotsCache(deps: RobotsDeps): RobotsCache {
  const now = deps.now ?? Date.now
  const userAgent = deps.userAgent ?? ROBOTS_USER_AGENT
  const entries = new Map<string, Entry>()
  const rulesFor = (origin: string): Promise<Rules> => {
    const cached = entries.get(origin)
    if (cached && cached.expires > now()) return cached.rules
    const entry: Entry = { expires: Number.POSITIVE_INFINITY, rules: loadRules(origin, deps) }
    entries.set(origin, entry)
    void entry.rules.then((rules) => {
      const failed = rules.kind === 'all' && !rules.allowed
      entry.expires = now() + (failed ? (deps.errorTtlMs ?? ROBOTS_ERROR_TTL_MS) : (deps.ttlMs ?? ROBOTS_TTL_MS))
    })
    return entry.rules
  }
  return {
    check: async (url) => toVerdict(await rulesFor(new URL(url).origin), url, userAgent),
  }
}

async function loadRules(origin: string, deps: RobotsDeps): Promise<Rules> {
  const robotsUrl = `${origin}/robots.txt`
  try {
    const res = await deps.fetch(robotsUrl, {
      maxBytes: ROBOTS_MAX_BYTES,
      timeoutMs: 10_000,
      ...deps.fetchOptions,
      headers: { accept: 'text/plain', ...deps.fetchOptions?.headers },
    })
    if (res.status >= 200 && res.status < 300) return { kind: 'rules', robot: robotsParser(robotsUrl, res.body ?? '') }
    if (res.status >= 400 && res.status < 500) return { kind: 'all', allowed: true }
    return { kind: 'all', allowed: false, reason: MESSAGES.robotsUnavailable(`HTTP ${res.status}`) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { kind: 'all', allowed: false, reason: MESSAGES.robotsUnavailable(detail) }
  }
}

function toVerdict(rules: Rules, url: string, userAgent: string): RobotsVerdict {
  if (rules.kind === 'all') return rules.allowed ? { allowed: true } : { allowed: false, reason: rules.reason }
  const crawlDelaySeconds = rules.robot.getCrawlDelay(userAgent)
  const allowed = rules.robot.isAllowed(url, userAgent) !== false
  return {
    allowed,
    ...(crawlDelaySeconds === undefined ? {} : { crawlDelaySeconds }),
    ...(allowed ? {} : { reason: MESSAGES.robotsDisallowed(url) }),
  }
}
