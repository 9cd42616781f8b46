/**
 * The small interfaces the live-sources modules need from the rest of Mercato. The store (or
 * anything else) implements them; `test-support/memory-ports.ts` implements them in memory.
 * Types only.
 */

/** What Mercato remembers about one feed between polls. */
export interface FeedState {
  etag?: string
  lastModified?: string
  /** Consecutive failed polls; 0 after a success. */
  failures: number
  /** ISO 8601; absent = due now. */
  nextPollAt?: string
  /** ISO 8601 of the last poll attempt. */
  lastPolledAt?: string
  /** One-line reason of the last failure. */
  lastError?: string
}

/**
 * Per-feed state, keyed by the feed URL as the user added it.
 * @example
 * await states.put(url, { ...(await states.get(url)), failures: 0, etag: '"v2"' })
 */
export interface FeedStateStore {
  get(url: string): Promise<FeedState | undefined>
  put(url: string, state: FeedState): Promise<void>
}

/**
 * Item keys already ingested. `add` is called only after the articles are committed, so a crash
 * between fetch and commit means the item is fetched again, never lost.
 * @example
 * if (!(await seen.has(key))) { ... }
 */
export interface SeenStore {
  has(key: string): Promise<boolean>
  add(keys: readonly string[]): Promise<void>
}

/** One webhook delivery attempt. */
export interface DeliveryLogEntry {
  hookId: string
  /** Same for every attempt of one delivery. */
  deliveryId: string
  /** 1-based. */
  attempt: number
  /** HTTP status, absent when no response arrived. */
  status?: number
  /** One line, absent on success. */
  error?: string
  /** ISO 8601 start of the attempt. */
  at: string
  durationMs: number
}

/**
 * Append-only log of webhook attempts.
 * @example
 * await log.append({ hookId: 'h1', deliveryId: 'd1', attempt: 1, status: 200, at, durationMs: 12 })
 */
export interface DeliveryLog {
  append(entry: DeliveryLogEntry): Promise<void>
}
