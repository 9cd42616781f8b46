/**
 * Which saga a claim feeds (SPEC §6). Rule `saga/key@1`:
 * - move claims (interest … signed, collapsed, bid_rejected) feed `move:<player>:<toClub>`;
 *   without a suitor (toClub null or equal to the holder) they feed no saga;
 * - `extension_offer` / `extension_signed` feed `renewal:<player>:<holder>`;
 * - `stays`, `not_for_sale`, `rejected_move` name a suitor → that move saga (where an affirmed
 *   `stays` ends it); no suitor → the renewal saga of the holder club ("he wants to leave" is
 *   `stays` denied and is shown there, lowering nothing);
 * - claims that name no club at all feed nothing.
 * Historical claims get the key of the saga they describe; `buildSagas` keeps them out of
 * stages, counts and `since` (they are context, never news).
 */
import type { Claim, SagaId, SagaKind } from '../../domain/types.ts'
import { toSlug } from '../../domain/slug.ts'

export interface SagaKey {
  id: SagaId
  kind: SagaKind
  /** Player name as the claim spells it. */
  player: string
  /** Counterpart club: the suitor for a move, the holder for a renewal. */
  club: string
}

const RENEWAL_TYPES = new Set(['extension_offer', 'extension_signed'])
const HOLDER_TYPES = new Set(['stays', 'not_for_sale', 'rejected_move'])

/**
 * Folded, hyphenated slug for saga ids: the domain's slug rule, which the store's player keys
 * share (a rebuild reads every spelling of a player that its saga ids merge).
 * @example sagaSlug('Kylian Mbappé') // 'kylian-mbappe'
 */
export function sagaSlug(name: string): string {
  return toSlug(name)
}

/**
 * Builds a saga id from its parts.
 * @example toSagaId('move', 'Trent Alexander-Arnold', 'Real Madrid') // 'move:trent-alexander-arnold:real-madrid'
 */
export function toSagaId(kind: SagaKind, player: string, club: string): SagaId {
  return `${kind}:${sagaSlug(player)}:${sagaSlug(club)}` as SagaId
}

/**
 * The player slug of a saga id, or undefined when the id is malformed.
 * @example playerSlugOfSagaId('move:trent-alexander-arnold:real-madrid' as SagaId) // 'trent-alexander-arnold'
 */
export function playerSlugOfSagaId(id: SagaId): string | undefined {
  const parts = id.split(':')
  return parts.length === 3 && parts[1] ? parts[1] : undefined
}

function clean(name: string | null | undefined): string | undefined {
  const t = name?.trim()
  return t && sagaSlug(t) ? t : undefined
}

function key(kind: SagaKind, player: string, club: string): SagaKey {
  return { id: toSagaId(kind, player, club), kind, player, club }
}

/**
 * The saga a claim belongs to, or undefined when it names no usable club or player.
 * @example sagaKeyOf({ player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', toClub: 'Real Madrid', type: 'approach', … })
 *   // { id: 'move:trent-alexander-arnold:real-madrid', kind: 'move', player: 'Trent Alexander-Arnold', club: 'Real Madrid' }
 */
export function sagaKeyOf(claim: Pick<Claim, 'player' | 'fromClub' | 'toClub' | 'type'>): SagaKey | undefined {
  const player = clean(claim.player)
  if (!player) return undefined
  const from = clean(claim.fromClub)
  let to = clean(claim.toClub)
  if (to && from && sagaSlug(to) === sagaSlug(from)) to = undefined
  if (RENEWAL_TYPES.has(claim.type)) {
    const holder = from ?? clean(claim.toClub)
    return holder ? key('renewal', player, holder) : undefined
  }
  if (to) return key('move', player, to)
  if (HOLDER_TYPES.has(claim.type) && from) return key('renewal', player, from)
  return undefined
}

/** Which branch of `sagaKeyOf` a claim type takes: renewal types, holder types, the rest. */
function typeClassOf(type: Claim['type']): 0 | 1 | 2 {
  return RENEWAL_TYPES.has(type) ? 0 : HOLDER_TYPES.has(type) ? 1 : 2
}

/**
 * A memoised `sagaKeyOf` for one batch of claims: the same result (claims with the same names and
 * type class share one key object; treat keys as read-only).
 * Speed: one player's claims repeat the same few spellings of player and clubs, and each key
 * costs several slugs and a string; nested maps look it up without building a string.
 * @example const keyOf = sagaKeysMemo(); claims.map(keyOf)
 */
export function sagaKeysMemo(): (claim: Pick<Claim, 'player' | 'fromClub' | 'toClub' | 'type'>) => SagaKey | undefined {
  type ByTo = Map<string | null, SagaKey | null>
  const memo = [0, 1, 2].map(() => new Map<string, Map<string | null, ByTo>>())
  return (claim) => {
    const byPlayer = memo[typeClassOf(claim.type)]
    let byFrom = byPlayer.get(claim.player)
    if (!byFrom) byPlayer.set(claim.player, (byFrom = new Map()))
    let byTo = byFrom.get(claim.fromClub)
    if (!byTo) byFrom.set(claim.fromClub, (byTo = new Map()))
    let key = byTo.get(claim.toClub)
    if (key === undefined) byTo.set(claim.toClub, (key = sagaKeyOf(claim) ?? null))
    return key ?? undefined
  }
}
