/**
 * Being a good citizen: a minimum interval between requests to one host (honouring robots.txt
 * Crawl-delay) and jittered exponential backoff for feeds and webhooks that fail.
 */
import type { FeedState } from './ports.ts'

export const DEFAULT_HOST_INTERVAL_MS = 2_000
/** A robots.txt Crawl-delay above this is capped, so one host cannot stall the watcher. */
export const MAX_CRAWL_DELAY_MS = 60_000
export const DEFAULT_BACKOFF_BASE_MS = 60_000
export const DEFAULT_BACKOFF_MAX_MS = 6 * 60 * 60_000

export interface BackoffOptions {
  /** Delay cap for attempt 0, doubled per attempt. */
  base?: number
  max?: number
  /** In [0, 1); injectable for tests. */
  random?: () => number
}

/**
 * Full-jitter exponential backoff: a uniform delay in [0, min(max, base·2^attempt)).
 * `attempt` counts from 0 (the first retry).
 * @example
 * nextDelay(3, { base: 1000, max: 60_000, random: () => 0.5 }) // 4000
 */
export function nextDelay(attempt: number, opts: BackoffOptions = {}): number {
  const base = opts.base ?? DEFAULT_BACKOFF_BASE_MS
  const max = opts.max ?? DEFAULT_BACKOFF_MAX_MS
  const random = opts.random ?? Math.random
  const cap = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt, 52)))
  return Math.floor(random() * cap)
}

export interface HostGate {
  /** Reserves the next slot for the URL's host; returns how many ms to wait before using it. */
  reserve(url: string, crawlDelaySeconds?: number): number
  /** Reserves a slot and sleeps until it comes. */
  wait(url: string, crawlDelaySeconds?: number): Promise<void>
}

export interface HostGateOptions {
  minIntervalMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

/**
 * Spaces requests to the same host (`host:port`) at least `minIntervalMs` apart, or the host's
 * Crawl-delay if longer (capped at `MAX_CRAWL_DELAY_MS`). Reservations are synchronous, so
 * concurrent callers queue up instead of racing.
 * @example
 * const gate = createHostGate({ minIntervalMs: 2000 })
 * await gate.wait('https://example.org/feed', robots.crawlDelaySeconds)
 */
export function createHostGate(opts: HostGateOptions = {}): HostGate {
  const minInterval = opts.minIntervalMs ?? DEFAULT_HOST_INTERVAL_MS
  const now = opts.now ?? Date.now
  const sleep = opts.sleep ?? defaultSleep
  const lastSlot = new Map<string, number>()
  const reserve = (url: string, crawlDelaySeconds?: number): number => {
    const host = new URL(url).host
    const interval = Math.max(minInterval, Math.min(MAX_CRAWL_DELAY_MS, (crawlDelaySeconds ?? 0) * 1000))
    const previous = lastSlot.get(host)
    const slot = previous === undefined ? now() : Math.max(now(), previous + interval)
    lastSlot.set(host, slot)
    return slot - now()
  }
  return {
    reserve,
    wait: async (url, crawlDelaySeconds) => {
      const delay = reserve(url, crawlDelaySeconds)
      if (delay > 0) await sleep(delay)
    },
  }
}

/**
 * Promise-based sleep.
 * @example
 * await defaultSleep(100)
 */
export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export interface ScheduleOptions extends BackoffOptions {
  /** Normal polling interval. */
  intervalMs: number
  /** Server-requested wait (Retry-After), if any; the next poll is never earlier. */
  retryAfterMs?: number
}

/**
 * State after a successful poll: failures reset, next poll one interval later.
 * @example
 * afterSuccess(state, new Date(), { intervalMs: 15 * 60_000 })
 */
export function afterSuccess(state: FeedState | undefined, now: Date, opts: ScheduleOptions): FeedState {
  const { lastError: _dropped, ...rest } = state ?? { failures: 0 }
  return {
    ...rest,
    failures: 0,
    lastPolledAt: now.toISOString(),
    nextPollAt: new Date(now.getTime() + opts.intervalMs).toISOString(),
  }
}

/**
 * State after a failed poll: one more failure, next poll after a full-jitter backoff (attempt =
 * failures so far, base defaults to the interval) but never before the normal interval nor
 * before Retry-After.
 * @example
 * afterFailure(state, new Date(), 'HTTP status 503', { intervalMs: 900_000 })
 */
export function afterFailure(state: FeedState | undefined, now: Date, reason: string, opts: ScheduleOptions): FeedState {
  const failures = (state?.failures ?? 0) + 1
  const backoff = nextDelay(failures - 1, { ...opts, base: opts.base ?? opts.intervalMs })
  const delay = Math.max(opts.intervalMs, backoff, opts.retryAfterMs ?? 0)
  return {
    ...state,
    failures,
    lastError: reason,
    lastPolledAt: now.toISOString(),
    nextPollAt: new Date(now.getTime() + delay).toISOString(),
  }
}

/**
 * True when the feed should be polled now.
 * @example
 * isDue(undefined, new Date()) // true
 */
export function isDue(state: FeedState | undefined, now: Date): boolean {
  return !state?.nextPollAt || Date.parse(state.nextPollAt) <= now.getTime()
}

/**
 * Reads a Retry-After header (delta-seconds or an HTTP date) as milliseconds from `now`;
 * undefined when absent or unreadable. Negative waits become 0.
 * @example
 * parseRetryAfter('120', new Date()) // 120000
 * parseRetryAfter('Fri, 31 Jan 2025 12:01:00 GMT', new Date('2025-01-31T12:00:00Z')) // 60000
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // INFO: Date.parse('-5') is a year; an HTTP date always names a weekday and month.
  if (!/[a-z]{3}/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}
