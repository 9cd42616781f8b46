/**
 * The stale sweep: once no article is waiting, a worker rebuilds the sagas of every player still
 * marked stale (`saga_version`) instead of leaving them to their queued `refresh-sagas` jobs.
 *
 * Those jobs wait on purpose (2 s, up to 30 s for much-reported players) so that a burst of
 * articles about one player costs one rebuild. When the burst is over that wait gathers nothing
 * more and only keeps the sagas stale; the sweep ends it. It rebuilds players only while the
 * article queue is empty (and stops between chunks when articles arrive), so it never competes
 * with extraction; the queued jobs still run later, find the sagas current and skip them (they
 * rebuild a player only if his claims changed after his last rebuild read them, so they remain
 * the net that catches whatever the sweep did not rebuild). Several workers may sweep at once:
 * each starts at a random place in the list and re-reads the counters under the players' lock, so
 * one that waited for another's rebuild skips it.
 */
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { refreshSagas } from '../services/refresh-sagas.ts'
import type { Store } from '../storage/store.ts'
import { PROCESS_ARTICLE, type Queue } from './article-queue.ts'

/** Players rebuilt under one lock (the size of a `refresh-sagas` batch). */
export const SWEEP_CHUNK = 20

export interface StaleSweepOptions {
  store: Store
  kb: KnowledgeBase
  /** Milliseconds between checks (default 1000). */
  everyMs?: number
  /** Called when a sweep fails (the next check tries again). */
  onError?: (err: Error) => void
  /** Called after a sweep that rebuilt someone, with how many players it rebuilt. */
  onSwept?: (players: number) => void
}

export interface StaleSweep {
  /** Stops checking and waits for a sweep in progress to finish. */
  stop(): Promise<void>
}

/**
 * Checks every `everyMs` whether the article queue is empty and sagas are stale, and if so
 * sweeps (one sweep at a time per process).
 * @example const sweep = startStaleSweep(boss, { store, kb }); …; await sweep.stop()
 */
export function startStaleSweep(boss: Queue, opts: StaleSweepOptions): StaleSweep {
  let running: Promise<void> | undefined
  let stopped = false
  const timer = setInterval(() => {
    if (running) return
    running = sweepStale(boss, opts.store, opts.kb, { keepGoing: () => !stopped })
      .then((n) => { if (n > 0) opts.onSwept?.(n) }, (err: Error) => opts.onError?.(err))
      .finally(() => { running = undefined })
  }, opts.everyMs ?? 1000)
  timer.unref()
  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}

export interface SweepControl {
  /** Checked between chunks: false ends the sweep there (a worker stopping). */
  keepGoing?: () => boolean
  /** Where in the list of stale players to start, as a fraction (default random). */
  random?: () => number
}

/**
 * One sweep: when no article job is waiting, rebuilds the players marked stale, `SWEEP_CHUNK`
 * at a time, stopping early if articles arrive. Returns how many players it rebuilt.
 * @example await sweepStale(boss, store, kb) // 42
 */
export async function sweepStale(boss: Queue, store: Store, kb: KnowledgeBase, control: SweepControl = {}): Promise<number> {
  const { keepGoing = () => true, random = Math.random } = control
  if (await boss.getQueueSize(PROCESS_ARTICLE) > 0) return 0
  const stale = await store.listSagaDirty()
  if (stale.length === 0) return 0
  const from = Math.floor(random() * stale.length)
  const order = [...stale.slice(from), ...stale.slice(0, from)]
  let rebuilt = 0
  for (let i = 0; i < order.length; i += SWEEP_CHUNK) {
    if (!keepGoing() || (i > 0 && await boss.getQueueSize(PROCESS_ARTICLE) > 0)) break
    rebuilt += (await refreshSagas(store, order.slice(i, i + SWEEP_CHUNK), kb, { onlyStale: true })).claimsByPlayer.size
  }
  return rebuilt
}
