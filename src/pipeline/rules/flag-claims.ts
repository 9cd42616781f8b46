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
  const expiresByPlayer = contracts.length ? expiriesByPlayer(contracts) : undefined
  return claims.map((c) => {
    const expires = expiresByPlayer?.size ? expiresByPlayer.get(nameKey(c.player)) : undefined
    const flags = checkClaim(book, c, { fromCountry: countryOf(c.fromClub, countries, idx), toCountry: countryOf(c.toClub, countries, idx), contractExpires: expires })
    return flags.length ? { ...c, flags, why: [...c.why, ...flags.map((f) => `flagged by the transfer rules: ${f.replace(/-/g, ' ')}`)] } : c
  })
}

/** The club's country from the knowledge base, remembered in `countries`. (Module functions here: tsx names each closure made per call.) */
function countryOf(club: string | null, countries: Map<string, string | undefined>, idx: ReturnType<typeof indexKnowledgeBase>): string | undefined {
  if (!club) return undefined
  if (!countries.has(club)) countries.set(club, idx.clubsByKey.get(nameKey(club))?.country)
  return countries.get(club)
}

/** Player key → the end of the first contract fact giving one. */
function expiriesByPlayer(contracts: ContractFact[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of contracts) {
    if (!f.expires) continue
    const key = nameKey(f.player)
    if (!out.has(key)) out.set(key, f.expires)
  }
  return out
}
