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
  const country = (club: string | null) => (club ? idx.clubsByKey.get(nameKey(club))?.country : undefined)
  return claims.map((c) => {
    const expires = contracts.find((f) => f.expires && nameKey(f.player) === nameKey(c.player))?.expires
    const flags = checkClaim(book, c, { fromCountry: country(c.fromClub), toCountry: country(c.toClub), contractExpires: expires })
    return flags.length ? { ...c, flags, why: [...c.why, ...flags.map((f) => `flagged by the transfer rules: ${f.replace(/-/g, ' ')}`)] } : c
  })
}
