/**
 * One name per source (SPEC §8 learns reliability per journalist and outlet): the knowledge
 * base's own name for any of its aliases, so "Plettenberg" and "Florian Plettenberg" are one
 * journalist in claims and on the leaderboard, and a feed titled "TEAMtalk - Transfer News" is
 * the outlet TEAMtalk. Names the knowledge base does not know are kept as written.
 */
import { nameKey } from '../entities/gazetteer.ts'
import { indexKnowledgeBase } from '../entities/kb-index.ts'
import type { KnowledgeBase } from './types.ts'

/** A site or feed title's own name before its tagline: "TEAMtalk - Transfer News", "Goal | Football news". */
const TITLE_HEAD = /^(.+?)\s+[-–—|:·]\s+\S/

/**
 * @example canonicalSource(kb, 'Plettenberg') // 'Florian Plettenberg'
 * @example canonicalSource(kb, 'TEAMtalk - Transfer News') // 'TEAMtalk'
 * @example canonicalSource(kb, 'anonymous sources') // 'anonymous sources'
 */
export function canonicalSource(kb: KnowledgeBase, name: string): string {
  const idx = indexKnowledgeBase(kb)
  const key = nameKey(name)
  const known = idx.journalistsByKey.get(key) ?? idx.outletsByKey.get(key)
  if (known) return known.name
  const head = TITLE_HEAD.exec(name)
  return (head && idx.outletsByKey.get(nameKey(head[1]))?.name) || name
}
