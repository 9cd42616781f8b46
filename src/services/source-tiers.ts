/**
 * Starting reliability of sources from the knowledge base's tiers (SPEC §8): the prior that
 * learned reliability is shrunk towards.
 */
import { nameKey } from '../pipeline/extract/entities/gazetteer.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { tierPrior } from '../pipeline/score/reliability.ts'

export interface SourceTiers {
  tierOf: (source: string) => { tier?: number; kind?: string } | undefined
  reliability: (source: string) => number
}

const cache = new WeakMap<KnowledgeBase, SourceTiers>()

/** @example sourceTiers(kb).tierOf('Fabrizio Romano') // { tier: 1, kind: 'journalist' } */
export function sourceTiers(kb: KnowledgeBase): SourceTiers {
  const hit = cache.get(kb)
  if (hit) return hit
  const map = new Map<string, { tier: number; kind: string }>()
  for (const o of kb.outlets) for (const n of [o.name, ...o.aliases]) map.set(nameKey(n), { tier: o.tier, kind: 'outlet' })
  for (const j of kb.journalists) for (const n of [j.name, ...j.aliases]) map.set(nameKey(n), { tier: j.tier, kind: 'journalist' })
  const tierOf = (s: string) => map.get(nameKey(s))
  const out: SourceTiers = { tierOf, reliability: (s) => tierPrior(tierOf(s)?.tier) }
  cache.set(kb, out)
  return out
}
