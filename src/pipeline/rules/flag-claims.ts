/**
 * Checks an article's claims against the transfer rules (SPEC §7) and returns them with their
 * `flags` set: a signing outside any open window, a pre-contract more than six months before
 * the contract ends, a domestic pre-contract where the rules forbid it.
 */
import type { Claim, ContractFact } from '../../domain/types.ts'
import { indexKnowledgeBase } from '../extract/entities/kb-index.ts'
import { nameKey } from '../extract/entities/gazetteer.ts'
import type { KnowledgeBase } from '../extract/kb/types.ts'
import type { WindowCalendar } from '../extract/time/windows.ts'
import { checkClaim } from './check-claim.ts'
import type { RuleBook } from './types.ts'
import { windowCalendar, windowCountry } from './windows.ts'

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
    const flags = checkClaim(book, c, { fromCountry: countryOf(c.fromClub, countries, idx), toCountry: countryOf(c.toClub, countries, idx, book), contractExpires: expires })
    return flags.length ? { ...c, flags, why: [...c.why, ...flags.map((f) => `flagged by the transfer rules: ${f.replace(/-/g, ' ')}`)] } : c
  })
}

/**
 * The club's country from the knowledge base, remembered in `countries`; with a book, the country
 * whose windows it registers players in (`windowCountry`: a Canadian MLS club's are the MLS rows).
 * (Module functions here: tsx names each closure made per call.)
 */
function countryOf(club: string | null, countries: Map<string, string | undefined>, idx: ReturnType<typeof indexKnowledgeBase>, book?: RuleBook): string | undefined {
  if (!club) return undefined
  const key = book ? `>${club}` : club
  if (!countries.has(key)) {
    const entry = idx.clubsByKey.get(nameKey(club))
    countries.set(key, entry && book ? windowCountry(book, entry) : entry?.country)
  }
  return countries.get(key)
}

/**
 * The hook the claim extractor asks for the window calendar of a buying club (SPEC §7): the
 * calendar of the country whose windows the club registers in (`windowCountry`), or undefined when
 * the club is unknown or its country has no rows (the default calendar then applies).
 * @example clubWindowCalendar(kb, book)('Al-Ittihad')?.(2023, 'summer').close // '2023-09-07'
 */
export function clubWindowCalendar(kb: KnowledgeBase, book: RuleBook): (club: string) => WindowCalendar | undefined {
  let byBook = hooks.get(kb)
  if (!byBook) hooks.set(kb, (byBook = new WeakMap()))
  let hook = byBook.get(book)
  if (!hook) byBook.set(book, (hook = makeHook(kb, book)))
  return hook
}

const hooks = new WeakMap<KnowledgeBase, WeakMap<RuleBook, (club: string) => WindowCalendar | undefined>>()

function makeHook(kb: KnowledgeBase, book: RuleBook): (club: string) => WindowCalendar | undefined {
  const idx = indexKnowledgeBase(kb)
  const byClub = new Map<string, WindowCalendar | undefined>()
  return (club) => {
    if (byClub.has(club)) return byClub.get(club)
    const entry = idx.clubsByKey.get(nameKey(club))
    const cal = entry ? windowCalendar(book, windowCountry(book, entry)) : undefined
    byClub.set(club, cal)
    return cal
  }
}

/**
 * Player key → the end of the first contract fact giving one. A fact with a length ("a five-year
 * contract running until June 2030") tells the terms of a new deal, not when the one he is
 * running down ends, so it is no expiry to check a pre-contract against.
 */
function expiriesByPlayer(contracts: ContractFact[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of contracts) {
    if (!f.expires || f.lengthYears !== undefined) continue
    const key = nameKey(f.player)
    if (!out.has(key)) out.set(key, f.expires)
  }
  return out
}
