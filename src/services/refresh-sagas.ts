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

/** What a refresh did: sagas stored, and the claims each player it rebuilt has (its rebuild's size). */
export interface RefreshResult {
  sagas: number
  /** The requested players rebuilt, with their claims (as requested, spellings kept). */
  claimsByPlayer: Map<string, number>
  /** The requested players not rebuilt because their sagas were current (`onlyStale`). */
  skipped: string[]
}

export interface RefreshOptions {
  /**
   * Skip those of `players` whose sagas are current once their lock is held: no transaction
   * changed their claims since their last rebuild read them (`saga_version`; the counters are
   * the database's own, so this is never a guess). Another process may have rebuilt them while
   * this one waited (the stale sweep), or the sweep may have run before a queued rebuild. Without
   * it every player is rebuilt, as after a change of the saga code or the knowledge base.
   */
  onlyStale?: boolean
}

/**
 * @example (await refreshSagas(store, ['Trent Alexander-Arnold'], kb)).sagas // 2
 */
export async function refreshSagas(store: Store, players: string[], kb: KnowledgeBase, opts: RefreshOptions = {}): Promise<RefreshResult> {
  const requested = [...new Set(players)]
  if (!requested.length) return { sagas: 0, claimsByPlayer: new Map(), skipped: [] }
  return store.withSagaLock(requested.map(sagaSlug), async () => {
    // Read before the claims: a transaction that changes a player's claims after this bumps his
    // `changed` past the value recorded below, so he stays stale for the next rebuild.
    const versions = await store.readSagaVersions(requested)
    const current = (name: string) => {
      const v = versions.get(sagaSlug(name))
      return v !== undefined && v.built !== null && v.built >= v.changed
    }
    const names = opts.onlyStale ? requested.filter((n) => !current(n)) : requested
    const skipped = opts.onlyStale ? requested.filter(current) : []
    if (!names.length) return { sagas: 0, claimsByPlayer: new Map(), skipped }
    // Claims are read by slug: every spelling of these players ("Tomás"/"Tomas").
    const claims = await store.listSagaClaims(names)
    const bySlug = new Map<string, number>()
    for (const c of claims) {
      const slug = sagaSlug(c.player)
      bySlug.set(slug, (bySlug.get(slug) ?? 0) + 1)
    }
    const sagas = buildSagas(claims)
    const rows = scoreSagas(sagas, kb)
    const slugs = [...new Set([...names.map(sagaSlug), ...rows.map((r) => r.playerSlug)])]
    await store.replaceSagas(slugs, rows)
    await store.markSagasBuilt(names.map((player) => {
      const slug = sagaSlug(player)
      return { slug, player, changed: versions.get(slug)?.changed ?? 0 }
    }))
    return { sagas: rows.length, claimsByPlayer: new Map(names.map((n) => [n, bySlug.get(sagaSlug(n)) ?? 0])), skipped }
  })
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
