/**
 * One scheduled poll of one feed, with every rule of SPEC §10 applied in order: due yet?
 * robots.txt allows the feed URL? wait for the host's slot, poll conditionally, commit the
 * articles, mark their keys seen, and record the new state (validators, or backoff on failure).
 * `mercato watch` calls this for each feed in a loop.
 */
import { FetchFailed, FetchRefused } from './errors.ts'
import { afterFailure, afterSuccess, isDue, type BackoffOptions, type HostGate } from './politeness.ts'
import { pollFeed, type PollFeedDeps, type PollResult } from './poll-feed.ts'
import type { FeedState, FeedStateStore, SeenStore } from './ports.ts'
import type { RobotsCache } from './robots.ts'

export const DEFAULT_POLL_INTERVAL_MS = 15 * 60_000

export interface RunFeedPollDeps extends Omit<PollFeedDeps, 'seen'> {
  states: FeedStateStore
  seen: SeenStore
  /** Stores the articles and rejects; must be durable before it resolves. */
  commit: (result: PollResult) => Promise<void>
  robots?: RobotsCache
  gate?: HostGate
  intervalMs?: number
  backoff?: BackoffOptions
}

export type FeedPollOutcome =
  | { kind: 'not-due'; state: FeedState | undefined }
  | { kind: 'polled'; result: PollResult; state: FeedState }
  | { kind: 'failed'; error: FetchRefused | FetchFailed; state: FeedState }

/**
 * Polls a feed if it is due. Fetch errors become a `failed` outcome with backoff recorded;
 * errors from `commit` or the stores propagate and leave the state untouched (the poll repeats).
 * @example
 * const outcome = await runFeedPoll(url, { fetch: safeFetch, parseFeed, fetchPage, now: () => new Date(), states, seen, commit })
 * if (outcome.kind === 'failed') console.error(outcome.error.message)
 */
export async function runFeedPoll(url: string, deps: RunFeedPollDeps): Promise<FeedPollOutcome> {
  const now = deps.now()
  const state = await deps.states.get(url)
  if (!isDue(state, now)) return { kind: 'not-due', state }
  const schedule = { ...deps.backoff, intervalMs: deps.intervalMs ?? DEFAULT_POLL_INTERVAL_MS }
  let result: PollResult
  try {
    result = await politePoll(url, state, deps)
  } catch (error) {
    if (!(error instanceof FetchRefused || error instanceof FetchFailed)) throw error
    const retryAfterMs = error instanceof FetchFailed ? error.retryAfterMs : undefined
    const next = afterFailure(state, now, error.message, { ...schedule, retryAfterMs })
    await deps.states.put(url, next)
    return { kind: 'failed', error, state: next }
  }
  await deps.commit(result)
  await deps.seen.add(result.keys)
  const { etag: _e, lastModified: _l, ...rest } = afterSuccess(state, now, schedule)
  const next: FeedState = {
    ...rest,
    ...(result.etag ? { etag: result.etag } : {}),
    ...(result.lastModified ? { lastModified: result.lastModified } : {}),
  }
  await deps.states.put(url, next)
  return { kind: 'polled', result, state: next }
}

async function politePoll(url: string, state: FeedState | undefined, deps: RunFeedPollDeps): Promise<PollResult> {
  const verdict = await deps.robots?.check(url)
  if (verdict && !verdict.allowed) throw new FetchRefused('robots', verdict.reason ?? 'robots.txt disallows the feed', url)
  await deps.gate?.wait(url, verdict?.crawlDelaySeconds)
  return pollFeed(
    { url, etag: state?.etag, lastModified: state?.lastModified },
    { ...deps, seen: (key) => deps.seen.has(key) },
  )
}
