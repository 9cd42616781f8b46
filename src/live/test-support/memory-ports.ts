/**
 * In-memory implementations of the live-sources ports (`../ports.ts`). Real implementations of
 * our own interfaces, used by the tests; the store backs the same interfaces in production.
 */
import type { DeliveryLog, DeliveryLogEntry, FeedState, FeedStateStore, SeenStore } from '../ports.ts'

/**
 * @example
 * const states = createMemoryFeedStateStore(); await states.put(url, { failures: 0 })
 */
export function createMemoryFeedStateStore(): FeedStateStore & { all: Map<string, FeedState> } {
  const all = new Map<string, FeedState>()
  return {
    all,
    get: async (url) => {
      const state = all.get(url)
      return state && structuredClone(state)
    },
    put: async (url, state) => void all.set(url, structuredClone(state)),
  }
}

/**
 * @example
 * const seen = createMemorySeenStore(); await seen.add(['k']); await seen.has('k') // true
 */
export function createMemorySeenStore(): SeenStore & { keys: Set<string> } {
  const keys = new Set<string>()
  return {
    keys,
    has: async (key) => keys.has(key),
    add: async (added) => {
      for (const key of added) keys.add(key)
    },
  }
}

/**
 * @example
 * const log = createMemoryDeliveryLog(); await deliverWebhook(hook, event, { fetch, log: log.append })
 */
export function createMemoryDeliveryLog(): DeliveryLog & { entries: DeliveryLogEntry[] } {
  const entries: DeliveryLogEntry[] = []
  return {
    entries,
    append: async (entry) => void entries.push({ ...entry }),
  }
}
