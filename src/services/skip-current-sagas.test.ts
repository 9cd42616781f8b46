/**
 * A saga rebuild with `onlyStale` (the `refresh-sagas` jobs, the stale sweep, the ingest run)
 * skips a player whose claims no transaction changed since his last rebuild read them, and
 * rebuilds him once they change, also when they change while a rebuild is reading them. The
 * check compares counters kept in the database (`saga_version`), in both dialects.
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { ArticleId, RawArticle } from '../domain/types.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../pipeline/run.ts'
import { openPostgresStore, openSqliteStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { pgUnreachable } from '../test-support/pg.ts'
import { refreshSagas } from './refresh-sagas.ts'

const kb = loadKnowledgeBase()
const pgUrl = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const pgProblem = await pgUnreachable(pgUrl)
if (pgProblem && process.env.CI) throw new Error(`skip-current-sagas.test.ts: PostgreSQL at ${pgUrl} is required in CI (${pgProblem})`)
if (pgProblem) console.warn(`skip-current-sagas.test.ts: the PostgreSQL cases are skipped, PostgreSQL at ${pgUrl} is unreachable (${pgProblem})`)

const TRENT = 'Trent Alexander-Arnold'
const articles: RawArticle[] = [
  { source: 'a.txt', format: 'text', published: '2025-01-02', text: 'Real Madrid have made an approach to Liverpool for defender Trent Alexander-Arnold.' },
  { source: 'b.txt', format: 'text', published: '2025-01-09', text: 'Real Madrid have agreed personal terms with Liverpool defender Trent Alexander-Arnold.' },
  { source: 'c.txt', format: 'text', published: '2025-01-12', text: 'Chelsea have made a bid for Real Madrid defender Dani Carvajal.' },
]

/** Stores and analyses an article, as a worker does. */
async function ingest(store: Store, raw: RawArticle): Promise<ArticleId> {
  const { article } = await store.putArticle(raw)
  await store.putAnalysis(processArticle(article, { kb }))
  return article.id
}

/** The store, counting the saga replacements it is asked for. */
function counting(store: Store): { store: Store; replaced: string[][] } {
  const replaced: string[][] = []
  return { replaced, store: { ...store, replaceSagas: (slugs, rows) => { replaced.push(slugs); return store.replaceSagas(slugs, rows) } } }
}

const DIALECTS: { name: string; open: () => Promise<Store>; skip: boolean }[] = [
  { name: 'SQLite', open: () => openSqliteStore(':memory:'), skip: false },
  { name: 'PostgreSQL', open: () => openPostgresStore(pgUrl, { schema: `mercato_test_${randomBytes(6).toString('hex')}`, dropSchemaOnClose: true, max: 4 }), skip: Boolean(pgProblem) },
]

describe.each(DIALECTS)('rebuilds skip players whose sagas are current ($name)', ({ open, skip }) => {
  it.skipIf(skip)('a rebuild with unchanged claims is skipped; one after changed claims is not', async () => {
    const base = await open()
    const { store, replaced } = counting(base)
    try {
      await ingest(store, articles[0])
      const first = await refreshSagas(store, [TRENT], kb, { onlyStale: true })
      expect(first.claimsByPlayer.get(TRENT)).toBeGreaterThan(0)
      expect(first.skipped).toEqual([])
      const stored = await store.listSagaDetails({ player: TRENT })
      expect(stored.length).toBeGreaterThan(0)
      expect(replaced).toHaveLength(1)
      // Nothing changed his claims since: skipped, nothing written; any spelling of him.
      const again = await refreshSagas(store, [TRENT, 'trent alexander arnold'], kb, { onlyStale: true })
      expect(again).toEqual({ sagas: 0, claimsByPlayer: new Map(), skipped: [TRENT, 'trent alexander arnold'] })
      expect(replaced).toHaveLength(1)
      // A new article about him: rebuilt, with its claims.
      await ingest(store, articles[1])
      const after = await refreshSagas(store, [TRENT], kb, { onlyStale: true })
      expect(after.skipped).toEqual([])
      expect(after.claimsByPlayer.get(TRENT)).toBeGreaterThan(first.claimsByPlayer.get(TRENT)!)
      expect(replaced).toHaveLength(2)
      expect(await store.listSagaDetails({ player: TRENT })).not.toEqual(stored)
      // Another player's article leaves him current; without `onlyStale` he is rebuilt anyway.
      await ingest(store, articles[2])
      expect((await refreshSagas(store, [TRENT, 'Dani Carvajal'], kb, { onlyStale: true })).skipped).toEqual([TRENT])
      expect((await refreshSagas(store, [TRENT], kb)).claimsByPlayer.get(TRENT)).toBe(after.claimsByPlayer.get(TRENT))
      expect(await store.listSagaDirty()).toEqual([])
    } finally {
      await base.close()
    }
  })

  it.skipIf(skip)('claims stored while a rebuild reads leave the player stale, and the next rebuild is not skipped', async () => {
    const base = await open()
    let during: (() => Promise<void>) | undefined
    const store: Store = {
      ...base,
      // The other writer commits between the rebuild's version read and its claim read.
      listSagaClaims: async (players) => { const d = during; during = undefined; await d?.(); return base.listSagaClaims(players) },
    }
    try {
      const id = await ingest(store, articles[0])
      await ingest(store, articles[2])
      await refreshSagas(store, [TRENT], kb, { onlyStale: true })
      // His article analysed again (the same claims): stale, so the next rebuild reads his claims.
      await store.putAnalysis((await store.getAnalysis(id))!)
      // An analysis committed after that rebuild read his version: it may or may not see its
      // claims, so it must not record them as built.
      during = async () => { await ingest(base, articles[1]) }
      const r = await refreshSagas(store, [TRENT], kb, { onlyStale: true })
      expect(r.skipped).toEqual([])
      expect(await store.listSagaDirty([TRENT])).toEqual([TRENT])
      const next = await refreshSagas(store, [TRENT], kb, { onlyStale: true })
      expect(next.skipped).toEqual([])
      expect(await store.listSagaDirty()).toEqual(['Dani Carvajal'])
      expect((await refreshSagas(store, [TRENT], kb, { onlyStale: true })).skipped).toEqual([TRENT])
    } finally {
      await base.close()
    }
  })
})
