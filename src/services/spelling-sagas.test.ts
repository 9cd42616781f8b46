/**
 * Two articles spell a player the knowledge base does not know in two ways ("Tomás Araújo
 * Pereira", "Tomas Araujo Pereira"): one slug, so one player to the sagas. Storing the second
 * article rebuilds his sagas, and the saga the first spelling built must survive it.
 */
import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../storage/open-store.ts'
import { createServices } from './create-services.ts'

const kb = loadKnowledgeBase()

describe('a player spelt two ways', () => {
  it('keeps the sagas of both spellings when the second article is stored', async () => {
    const store = await openSqliteStore(':memory:')
    try {
      const services = createServices(store, { kb })
      await services.ingest({ source: 'a.txt', format: 'text', url: 'https://news.test/a', published: '2025-01-02', text: 'Chelsea have made a bid for Benfica midfielder Tomás Araújo Pereira, the club confirmed.' })
      await services.ingest({ source: 'b.txt', format: 'text', url: 'https://news.test/b', published: '2025-01-03', text: 'Arsenal have made a bid for Benfica midfielder Tomas Araujo Pereira, sources say.' })
      expect((await store.listSagas({})).items.map((s) => s.id).sort()).toEqual(['move:tomas-araujo-pereira:arsenal', 'move:tomas-araujo-pereira:chelsea'])
      expect(await store.listSagaDirty()).toEqual([])
    } finally {
      await store.close()
    }
  })
})
