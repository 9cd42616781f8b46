/**
 * The watch loop (`mercato watch`): every round, list the feeds, poll each one that is due
 * through `runFeedPoll` (robots, per-host gate, conditional request, backoff), hand new items to
 * `commit`, log one line per poll, then sleep until the next feed is due. An abort signal stops
 * the loop between polls (the poll in flight finishes) and wakes it from sleep.
 */
import { afterFailure, isDue } from './politeness.ts'
import { DEFAULT_POLL_INTERVAL_MS, runFeedPoll, type FeedPollOutcome, type RunFeedPollDeps } from './run-feed-poll.ts'
import { LIVE_CLI_MESSAGES as M } from './messages.ts'
import type { PollResult } from './poll-feed.ts'
import type { FeedStateStore } from './ports.ts'

/** Longest idle sleep: new feeds added meanwhile are noticed at least this often. */
export const DEFAULT_MAX_IDLE_MS = 60_000
const MIN_IDLE_MS = 250

export interface WatchFeed {
  url: string
  name?: string
  intervalSeconds: number
}

/** What `commit` stored, for the log line. */
export interface CommitReport {
  stored: number
  claims: number
}

export interface WatchDeps {
  listFeeds(): Promise<WatchFeed[]>
  /** runFeedPoll's dependencies except `commit` and `intervalMs`, which are per feed. */
  poll: Omit<RunFeedPollDeps, 'commit' | 'intervalMs'>
  /** Stores a poll's articles durably (and fires alerts); its errors back the feed off. */
  commit(feed: WatchFeed, result: PollResult): Promise<CommitReport>
  log(line: string): void
  /** Poll every feed once, due or not, then return. */
  once?: boolean
  /** Overrides every feed's own interval. */
  intervalMs?: number
  signal?: AbortSignal
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  maxIdleMs?: number
  /** A one-line reason to refuse a feed URL before any request (e.g. `checkUrl`), else undefined. */
  refuse?: (url: string) => string | undefined
}

export interface WatchSummary {
  polls: number
  failed: number
  stored: number
}

/**
 * Runs the loop until the signal aborts (or one round with `once`).
 * @example
 * const summary = await watchFeeds({ listFeeds, poll: { fetch: safeFetch, parseFeed, fetchPage, now, states, seen }, commit, log, once: true })
 * if (summary.failed > 0) process.exitCode = 1
 */
export async function watchFeeds(deps: WatchDeps): Promise<WatchSummary> {
  const summary: WatchSummary = { polls: 0, failed: 0, stored: 0 }
  const states = deps.once ? alwaysDue(deps.poll.states) : deps.poll.states
  while (!deps.signal?.aborted) {
    const feeds = await deps.listFeeds()
    if (deps.once && feeds.length === 0) deps.log(M.noFeeds)
    for (const feed of feeds) {
      if (deps.signal?.aborted) break
      await pollOne(feed, { ...deps, poll: { ...deps.poll, states } }, summary)
    }
    if (deps.once || deps.signal?.aborted) break
    await (deps.sleep ?? abortableSleep)(await idleMs(feeds, deps), deps.signal)
  }
  return summary
}

async function pollOne(feed: WatchFeed, deps: WatchDeps, summary: WatchSummary): Promise<void> {
  const label = feed.name ?? feed.url
  const intervalMs = deps.intervalMs ?? feed.intervalSeconds * 1000
  let report: CommitReport = { stored: 0, claims: 0 }
  const commit = async (result: PollResult) => {
    report = await deps.commit(feed, result)
  }
  const refused = deps.refuse?.(feed.url)
  if (refused) return refuseFeed(feed, deps, intervalMs, refused, summary)
  let outcome: FeedPollOutcome
  try {
    outcome = await runFeedPoll(feed.url, { ...deps.poll, intervalMs, commit })
  } catch (error) {
    summary.polls++
    summary.failed++
    await backOff(feed, deps, intervalMs, error)
    return
  }
  if (outcome.kind === 'not-due') return
  summary.polls++
  if (outcome.kind === 'failed') {
    summary.failed++
    deps.log(M.pollFailed(label, outcome.error.message, outcome.state.nextPollAt ?? 'the next round'))
    return
  }
  const { result } = outcome
  summary.stored += report.stored
  for (const reject of result.rejects) deps.log(M.skipped(label, reject.source, reject.reason))
  deps.log(result.notModified
    ? M.notModified(label)
    : M.polled(label, result.status, result.keys.length, report.stored, report.claims))
}

/** Our policy refuses the URL itself: a failed poll, backed off, without any request. */
async function refuseFeed(feed: WatchFeed, deps: WatchDeps, intervalMs: number, reason: string, summary: WatchSummary): Promise<void> {
  const now = deps.poll.now()
  const state = await deps.poll.states.get(feed.url)
  if (!isDue(state, now)) return
  summary.polls++
  summary.failed++
  const next = afterFailure(state, now, reason, { ...deps.poll.backoff, intervalMs })
  await deps.poll.states.put(feed.url, next)
  deps.log(M.pollFailed(feed.name ?? feed.url, reason, next.nextPollAt ?? 'the next round'))
}

/** A store or pipeline error while committing: the items stay unseen; back off like a failed fetch. */
async function backOff(feed: WatchFeed, deps: WatchDeps, intervalMs: number, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
  deps.log(M.commitFailed(feed.name ?? feed.url, reason))
  try {
    const state = await deps.poll.states.get(feed.url)
    await deps.poll.states.put(feed.url, afterFailure(state, deps.poll.now(), reason, { ...deps.poll.backoff, intervalMs }))
  } catch {
    // INFO: the store itself is failing; the next round tries again.
  }
}

/** With `once`, every feed counts as due: the state is read without its next-poll time. */
function alwaysDue(states: FeedStateStore): FeedStateStore {
  return {
    get: async (url) => {
      const state = await states.get(url)
      if (!state) return undefined
      const { nextPollAt: _next, ...rest } = state
      return rest
    },
    put: (url, state) => states.put(url, state),
  }
}

async function idleMs(feeds: WatchFeed[], deps: WatchDeps): Promise<number> {
  const max = deps.maxIdleMs ?? DEFAULT_MAX_IDLE_MS
  const now = deps.poll.now().getTime()
  let soonest = now + Math.min(max, deps.intervalMs ?? DEFAULT_POLL_INTERVAL_MS)
  for (const feed of feeds) {
    const next = (await deps.poll.states.get(feed.url))?.nextPollAt
    const at = next ? Date.parse(next) : now
    if (!Number.isNaN(at)) soonest = Math.min(soonest, at)
  }
  return Math.min(max, Math.max(MIN_IDLE_MS, soonest - now))
}

/**
 * Sleeps `ms`, or less when the signal aborts.
 * @example await abortableSleep(60_000, controller.signal)
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
