/**
 * The knowledge base a run uses: the shipped one plus the players imported into the store
 * (`mercato import-players`).
 */
import type { EntityId } from '../domain/types.ts'
import { loadKnowledgeBase, mergePlayers } from '../pipeline/extract/kb/load-kb.ts'
import type { KnowledgeBase, PlayerEntry } from '../pipeline/extract/kb/types.ts'
import type { Store } from '../storage/store.ts'

/** Imported players are entities of kind `player` whose data says `imported: true`. */
export async function loadKnowledge(store: Store): Promise<KnowledgeBase> {
  const kb = loadKnowledgeBase()
  const extra: PlayerEntry[] = []
  for (let after: string | undefined; ;) {
    const items = await store.listEntities({ kind: 'player', after: after as EntityId | undefined, limit: 1000 })
    for (const e of items) if (e.data?.imported) extra.push(toPlayer(e.id, e.name, e.aliases, e.data))
    if (items.length < 1000) break
    after = items[items.length - 1].id
  }
  return extra.length ? mergePlayers(kb, extra) : kb
}

function toPlayer(id: EntityId, name: string, aliases: string[], d: Record<string, unknown>): PlayerEntry {
  const s = (k: string) => (typeof d[k] === 'string' && d[k] ? (d[k] as string) : undefined)
  return { id: id.replace(/^player:/, ''), name, aliases, club: s('club'), position: s('position'), dateOfBirth: s('dateOfBirth'), nationality: s('nationality'), contractExpires: s('contractExpires') }
}
