/**
 * Incremental saga updates: ingesting one article rebuilds only the sagas of the players it
 * mentions. Pure: the claim loader is injected by the storage layer, which answers "every claim
 * of the player with this slug" (match `sagaSlug(claim.player)`).
 *
 * All of a player's sagas are rebuilt together because they compete (a renewal signed ends the
 * move sagas; `related` lists siblings).
 */
import type { Saga, SagaClaim } from '../../domain/saga.ts'
import type { Claim, SagaId } from '../../domain/types.ts'
import { playerSlugOfSagaId, sagaKeyOf } from '../cluster/saga-key.ts'
import { buildSagas, type BuildSagaOptions } from './build-saga.ts'

/** Loads every stored claim of one player (by slug); sync or async. */
export type LoadClaimsForPlayer = (playerSlug: string) => readonly SagaClaim[] | Promise<readonly SagaClaim[]>

/**
 * Saga ids that new claims touch.
 * @example touchedSagaKeys([approachClaim]) // Set { 'move:trent-alexander-arnold:real-madrid' }
 */
export function touchedSagaKeys(newClaims: readonly Pick<Claim, 'player' | 'fromClub' | 'toClub' | 'type'>[]): Set<SagaId> {
  const out = new Set<SagaId>()
  for (const c of newClaims) {
    const key = sagaKeyOf(c)
    if (key) out.add(key.id)
  }
  return out
}

/**
 * Player slugs of a set of saga ids (each player loaded once).
 * @example touchedPlayers(['move:a:b', 'renewal:a:c']) // ['a']
 */
export function touchedPlayers(keys: Iterable<SagaId>): string[] {
  const players = new Set<string>()
  for (const k of keys) {
    const p = playerSlugOfSagaId(k)
    if (p) players.add(p)
  }
  return [...players].sort()
}

/**
 * Rebuilds every saga of the players behind `keys` (siblings included, since they compete);
 * the caller replaces those players' stored sagas with the result, and deletes stored sagas of
 * those players whose id is no longer returned.
 * @example await rebuildSagas(touchedSagaKeys(analysis.claims), (slug) => store.listClaimsForPlayer(slug))
 */
export async function rebuildSagas(keys: Iterable<SagaId>, loadClaimsForPlayer: LoadClaimsForPlayer, opts: BuildSagaOptions = {}): Promise<Saga[]> {
  const out: Saga[] = []
  for (const player of touchedPlayers(keys)) {
    const claims = await loadClaimsForPlayer(player)
    for (const saga of buildSagas(claims, opts)) if (playerSlugOfSagaId(saga.id) === player) out.push(saga)
  }
  return out
}
