/**
 * Rebuilds the sagas of some players from their stored claims and stores them with their
 * likelihood history: the incremental step after an ingest. Cost is linear in the claims of the
 * players touched; nothing compares articles with each other.
 */
import type { LikelihoodPoint, Saga } from '../domain/saga.ts'
import { sagaSlug } from '../pipeline/cluster/saga-key.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { likelihoodHistory } from '../pipeline/score/likelihood.ts'
import { resolveOutcome } from '../pipeline/score/outcomes.ts'
import { rivalsOf, type Rivals } from '../pipeline/score/rivals.ts'
import { entryReliability } from '../pipeline/score/stages.ts'
import { buildSagas } from '../pipeline/timeline/build-saga.ts'
import type { SagaRowInput, Store } from '../storage/store.ts'
import { sourceTiers } from './source-tiers.ts'

/** How many recent likelihood points a saga summary keeps for its sparkline. */
export const TREND_POINTS = 12

/** What a refresh did: sagas stored, and the claims each requested player has (its rebuild's size). */
export interface RefreshResult {
  sagas: number
  claimsByPlayer: Map<string, number>
}

export interface RefreshOptions {
  /**
   * Rebuild only those of `players` still marked stale once their lock is held: another
   * process may have rebuilt them while this one waited (the stale sweep's mode; a queued
   * rebuild rebuilds unconditionally).
   */
  onlyStale?: boolean
}

/**
 * @example (await refreshSagas(store, ['Trent Alexander-Arnold'], kb)).sagas // 2
 */
export async function refreshSagas(store: Store, players: string[], kb: KnowledgeBase, opts: RefreshOptions = {}): Promise<RefreshResult> {
  const requested = [...new Set(players)]
  if (!requested.length) return { sagas: 0, claimsByPlayer: new Map() }
  return store.withSagaLock(requested.map(sagaSlug), async () => {
    // Marks set from here on (claims stored while this rebuild reads) stay for the next rebuild.
    const started = await settledNow()
    const names = opts.onlyStale ? await store.listSagaDirty(requested) : requested
    if (!names.length) return { sagas: 0, claimsByPlayer: new Map() }
    const claims = await store.listSagaClaims(names)
    const bySlug = new Map<string, number>()
    // Claims are read by slug: every spelling of these players ("Tomás"/"Tomas"), whose marks go too.
    const spellings = new Set(names)
    for (const c of claims) {
      const slug = sagaSlug(c.player)
      bySlug.set(slug, (bySlug.get(slug) ?? 0) + 1)
      spellings.add(c.player)
    }
    const sagas = buildSagas(claims)
    const rows = scoreSagas(sagas, kb)
    const slugs = [...new Set([...names.map(sagaSlug), ...rows.map((r) => r.playerSlug)])]
    await store.replaceSagas(slugs, rows)
    await store.clearSagaDirty([...spellings], started)
    return { sagas: rows.length, claimsByPlayer: new Map(names.map((n) => [n, bySlug.get(sagaSlug(n)) ?? 0])) }
  })
}

/**
 * The current time (ISO, milliseconds), returned once the clock has moved past it: a mark stamped
 * with that millisecond or earlier was set before this returns, so before the claims are read, and
 * may be cleared; one set while they are read is stamped later and stays. (Taking the time alone
 * left a mark stamped in the same millisecond as the rebuild began, ambiguous, behind.)
 */
async function settledNow(): Promise<string> {
  const t = Date.now()
  while (Date.now() <= t) await new Promise((resolve) => setTimeout(resolve, 1))
  return new Date(t).toISOString()
}

/** Likelihood history for move sagas (renewals compete with them), tier priors as reliability. */
export function scoreSagas(sagas: Saga[], kb: KnowledgeBase): SagaRowInput[] {
  const byPlayer = new Map<string, Saga[]>()
  for (const s of sagas) (byPlayer.get(s.player) ?? byPlayer.set(s.player, []).get(s.player)!).push(s)
  const reliability = sourceTiers(kb).reliability
  const rel = entryReliability(reliability)
  // Speed: one index of each player's sagas, shared by all of them (each skips itself).
  const rivals = new Map<string, Rivals>()
  const rivalsOfPlayer = (p: string) => rivals.get(p) ?? rivals.set(p, rivalsOf(byPlayer.get(p) ?? [], rel)).get(p)!
  return sagas.map((saga) => {
    const history: LikelihoodPoint[] = saga.kind === 'move' ? likelihoodHistory(saga, { rivals: rivalsOfPlayer(saga.player), reliability }) : []
    return {
      // Stored, so that reading one saga never reads the player's other sagas.
      outcome: resolveOutcome(saga, { competing: byPlayer.get(saga.player) }) ?? null,
      saga,
      playerSlug: sagaSlug(saga.player),
      likelihood: history.length ? history[history.length - 1].p : null,
      trend: history.slice(-TREND_POINTS).map((p) => Math.round(p.p * 1000) / 1000),
      history,
    }
  })
}
