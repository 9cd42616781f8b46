/**
 * The ingest run on a real SQLite file: sagas end up exactly as a from-scratch rebuild makes
 * them, and the amortised rebuild policy keeps the claims re-read for sagas within a constant
 * factor of the claims stored (the reason ingest cost stays flat as the store grows).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.ts'
import type { RawArticle } from '../domain/types.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { createExtractPool, type ExtractPool } from './extract-pool.ts'
import { createIngestRun } from './ingest-run.ts'
import { refreshSagas } from './refresh-sagas.ts'

const dir = mkdtempSync(join(tmpdir(), 'mercato-ingest-run-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const kb = loadKnowledgeBase()

/** The real store, counting the claims it hands out for saga rebuilds. */
function counting(store: Store): { store: Store; read: () => number } {
  let read = 0
  const wrapped: Store = Object.create(store)
  wrapped.listSagaClaims = async (players) => {
    const rows = await store.listSagaClaims(players)
    read += rows.length
    return rows
  }
  return { store: wrapped, read: () => read }
}

async function sagaDump(store: Store): Promise<string> {
  const { items } = await store.listSagas({ limit: 10_000 })
  const details = await Promise.all(items.map(async (s) => (await store.getSaga(s.id))!))
  return JSON.stringify(details.map((d) => ({ ...d.saga, history: d.history })).sort((a, b) => a.id.localeCompare(b.id)))
}

async function ingest(store: Store, raws: RawArticle[], opts: { checkpoint: number; growth: number; pool?: ExtractPool }, batch = 20) {
  const run = createIngestRun(store, kb, opts)
  for (let i = 0; i < raws.length; i += batch) await run.add(raws.slice(i, i + batch))
  await run.finish()
  return run
}

describe('createIngestRun', () => {
  // Three players share 240 articles: every checkpoint touches all of them, the worst case for
  // rebuilding a player's sagas from all its claims.
  const raws = [...generateCorpus({ articles: 240, seed: 11, players: 3, kb })]

  it('leaves sagas identical to rebuilding every player from scratch', async () => {
    const store = await openSqliteStore(join(dir, 'a.db'))
    try {
      const run = await ingest(store, raws, { checkpoint: 10, growth: 0.25 })
      expect(run.summary.new).toBe(240)
      expect(run.summary.claims).toBeGreaterThan(240)
      const incremental = await sagaDump(store)
      expect(JSON.parse(incremental).length).toBeGreaterThan(3)
      await refreshSagas(store, await store.listClaimPlayers(), kb)
      expect(await sagaDump(store)).toBe(incremental)
    } finally {
      await store.close()
    }
  })

  it('re-reads claims for sagas within a constant factor of the claims stored, unlike a rebuild at every checkpoint', async () => {
    const amortised = counting(await openSqliteStore(join(dir, 'b.db')))
    const eager = counting(await openSqliteStore(join(dir, 'c.db')))
    try {
      await ingest(amortised.store, raws, { checkpoint: 10, growth: 0.25 })
      // growth 0 rebuilds every touched player at every checkpoint (the old behaviour).
      await ingest(eager.store, raws, { checkpoint: 10, growth: 0 })
      const stored = (await amortised.store.listSagaClaims(await amortised.store.listClaimPlayers())).length
      // Geometric rebuild sizes: the sum is at most (1 + 1/growth) × final, plus one read for
      // re-dating undated articles and the final rebuild. Rebuilding at every checkpoint reads
      // (checkpoints / 2) × final, growing with the length of the run.
      expect(amortised.read()).toBeLessThan(stored * 7)
      expect(eager.read()).toBeGreaterThan(stored * 9)
    } finally {
      await amortised.store.close()
      await eager.store.close()
    }
  })

  it('stores the same analyses and sagas when worker threads extract', async () => {
    const mixed = [...generateCorpus({ articles: 240, seed: 5, players: 12, kb })]
    const here = await openSqliteStore(join(dir, 'd.db'))
    const threaded = await openSqliteStore(join(dir, 'e.db'))
    const pool = createExtractPool(2, kb)
    try {
      await ingest(here, mixed, { checkpoint: 40, growth: 1 }, 120)
      await ingest(threaded, mixed, { checkpoint: 40, growth: 1, pool }, 120)
      const { articles } = await here.listArticles({ limit: 1000 })
      expect(articles).toHaveLength(240)
      for (const a of articles) expect(await threaded.getAnalysis(a.id)).toEqual(await here.getAnalysis(a.id))
      expect(await sagaDump(threaded)).toBe(await sagaDump(here))
    } finally {
      await pool.close()
      await here.close()
      await threaded.close()
    }
  })

  it('rejects with the store\'s error when storing fails part-way through a threaded batch, leaving no stray rejection', async () => {
    const store = await openSqliteStore(join(dir, 'f.db'))
    const pool = createExtractPool(1, kb)
    let calls = 0
    const failing: Store = Object.create(store)
    failing.putAnalyses = async (list) => {
      if (++calls === 2) throw new Error('disk full (test)')
      return store.putAnalyses(list)
    }
    try {
      const run = createIngestRun(failing, kb, { pool, checkpoint: 1000, growth: 1 })
      await expect(run.add(raws.slice(0, 200))).rejects.toThrow('disk full (test)')
    } finally {
      await pool.close()
      await store.close()
    }
  })

  it('rebuilds, at the end of a rerun, the sagas a killed run never rebuilt', async () => {
    const store = await openSqliteStore(join(dir, 'g.db'))
    try {
      // The first run stores every analysis but is "killed" before its end (finish never runs)
      // and before any checkpoint rebuild.
      const killed = createIngestRun(store, kb, { checkpoint: 100_000, growth: 1 })
      await killed.add(raws.slice(0, 60))
      expect((await store.listSagas({ limit: 1 })).total).toBe(0)
      expect((await store.listSagaDirty()).length).toBeGreaterThan(0)
      // The rerun finds every article unchanged, yet leaves the sagas a full rebuild makes.
      const rerun = await ingest(store, raws.slice(0, 60), { checkpoint: 10, growth: 1 })
      expect(rerun.summary.unchanged).toBe(60)
      const after = await sagaDump(store)
      expect(JSON.parse(after).length).toBeGreaterThan(3)
      expect(await store.listSagaDirty()).toEqual([])
      await refreshSagas(store, await store.listClaimPlayers(), kb)
      expect(await sagaDump(store)).toBe(after)
    } finally {
      await store.close()
    }
  })
})
