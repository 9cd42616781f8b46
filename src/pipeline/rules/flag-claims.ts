/**
 * Checks an article's claims against the transfer rules (SPEC §7) and returns them with their
 * `flags` set: a signing outside any open window, a pre-contract more than six months before
 * the contract ends, a domestic pre-contract where the rules forbid it.
 */
import type { Claim, ContractFact } from '../../domain/types.ts'
import { indexKnowledgeBase } from '../extract/entities/kb-index.ts'
import { nameKey } from '../extract/entities/gazetteer.ts'
import type { KnowledgeBase } from '../extract/kb/types.ts'
import { checkClaim } from './check-claim.ts'
import type { RuleBook } from './types.ts'

/**
 * @example flagClaims(claims, contracts, kb, book)[0].flags // ['outside-window']
 */
export function flagClaims(claims: Claim[], contracts: ContractFact[], kb: KnowledgeBase, book: RuleBook): Claim[] {
  const idx = indexKnowledgeBase(kb)
  // Speed: an article's claims name few clubs and players; each name is keyed once per call.
  const countries = new Map<string, string | undefined>()
  const country = (club: string | null) => {
    if (!club) return undefined
    if (!countries.has(club)) countries.set(club, idx.clubsByKey.get(nameKey(club))?.country)
    return countries.get(club)
  }
  /** Player key → the end of the first contract fact giving one. */
  let expiresByPlayer: Map<string, string> | undefined
  const expiresOf = (player: string) => {
    if (!expiresByPlayer) {
      expiresByPlayer = new Map()
      for (const f of contracts) {
        if (!f.expires) continue
        const key = nameKey(f.player)
        if (!expiresByPlayer.has(key)) expiresByPlayer.set(key, f.expires)
      }
    }
    return expiresByPlayer.size ? expiresByPlayer.get(nameKey(player)) : undefined
  }
  return claims.map((c) => {
    const expires = expiresOf(c.player)
    const flags = checkClaim(book, c, { fromCountry: country(c.fromClub), toCountry: country(c.toClub), contractExpires: expires })
    return flags.length ? { ...c, flags, why: [...c.why, ...flags.map((f) => `flagged by the transfer rules: ${f.replace(/-/g, ' ')}`)] } : c
  })
}
