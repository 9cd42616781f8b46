import { nameKey } from '../pipeline/extract/entities/gazetteer.ts'
import { indexKnowledgeBase } from '../pipeline/extract/entities/kb-index.ts'
import type { ClubEntry, KnowledgeBase } from '../pipeline/extract/kb/types.ts'

/**
 * A club by its name, short name, nickname or metonym.
 * @example findClubByName(kb, 'Los Blancos')?.name // 'Real Madrid'
 */
export function findClubByName(kb: KnowledgeBase, name: string): ClubEntry | undefined {
  if (!name) return undefined
  const key = nameKey(name)
  return indexKnowledgeBase(kb).clubsByKey.get(key) ?? kb.clubs.find((c) => [...c.nicknames, ...c.metonyms].some((n) => nameKey(n) === key))
}
