/**
 * e) Saga-query latency on the store the sqlite section filled: claims by player
 * (`store.listClaims({ player })`), and the saga services when `src/services/create-services.ts` exists.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'
import type { Store } from '../../src/storage/store.ts'
import { percentile, round, type Figure, type SectionResult } from '../report.ts'
import { commandFor, type BenchOptions } from './common.ts'

const SERVICES = fileURLToPath(new URL('../../src/services/create-services.ts', import.meta.url))
const REFRESH = fileURLToPath(new URL('../../src/services/refresh-sagas.ts', import.meta.url))

export async function benchQuery(o: BenchOptions): Promise<SectionResult> {
  const command = commandFor(o.storeGiven ? 'query' : 'sqlite,query', o)
  if (!o.sqlitePath) return { id: 'e', title: 'saga-query latency', status: 'skipped', command, reason: 'needs the sqlite section in the same run (its store is queried)', figures: [], notes: [] }
  const store = await openSqliteStore(o.sqlitePath)
  try {
    const players = await samplePlayers(store, 300)
    const figures: Figure[] = [{ name: 'store size', value: `${o.sqliteArticles} articles, ${players.length} players queried` }]
    figures.push(...latency('listClaims({ player })', await timeEach(players, (p) => store.listClaims({ player: p }))))
    const notes = [`Every query is run once per player, sequentially; first 20 timings dropped as warm-up.`]
    notes.push(...await serviceFigures(store, players, figures))
    return { id: 'e', title: 'saga-query latency', status: 'ok', command, figures, notes }
  } finally {
    await store.close()
  }
}

async function samplePlayers(store: Store, n: number): Promise<string[]> {
  const seen = new Set<string>()
  let after: number | undefined
  while (seen.size < n) {
    const rows = await store.listClaims({ after, limit: 5000 })
    if (rows.length === 0) break
    for (const c of rows) seen.add(c.player)
    after = rows[rows.length - 1].id
  }
  return [...seen].slice(0, n)
}

async function timeEach<T>(items: readonly T[], run: (x: T) => Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (const x of items) {
    const t0 = performance.now()
    await run(x)
    out.push(performance.now() - t0)
  }
  return out.slice(20).sort((a, b) => a - b)
}

async function buildSagas(store: Store, kb: unknown): Promise<{ players: number; seconds: number }> {
  const { refreshSagas } = await import(REFRESH) as { refreshSagas: (s: Store, players: string[], kb: unknown) => Promise<number> }
  const players = await samplePlayers(store, Number.MAX_SAFE_INTEGER)
  const t0 = performance.now()
  for (let i = 0; i < players.length; i += 200) await refreshSagas(store, players.slice(i, i + 200), kb)
  return { players: players.length, seconds: (performance.now() - t0) / 1000 }
}

function latency(name: string, ms: number[]): Figure[] {
  return [
    { name: `${name} p50`, value: round(percentile(ms, 50)), unit: 'ms' },
    { name: `${name} p99`, value: round(percentile(ms, 99)), unit: 'ms' },
  ]
}

async function serviceFigures(store: Store, players: string[], figures: Figure[]): Promise<string[]> {
  if (!existsSync(SERVICES)) return ['services.listSagas / getSaga: skipped, src/services/create-services.ts does not exist yet.']
  try {
    const { createServices } = await import(SERVICES) as { createServices: (store: Store, deps: unknown) => any }
    const kb = loadKnowledgeBase()
    const services = createServices(store, { kb })
    // The sqlite section's ingest run already built every saga; build only for a store without.
    const built = (await store.listSagas({ limit: 1 })).total > 0 ? undefined : await buildSagas(store, kb)
    const lists = await timeEach(players, (p) => services.listSagas({ player: p }))
    figures.push(...latency('services.listSagas({ player })', lists))
    const ids: string[] = []
    for (const p of players.slice(0, 100)) for (const s of (await services.listSagas({ player: p })).items) ids.push(s.id)
    if (ids.length > 20) figures.push(...latency('services.getSaga(id)', await timeEach(ids.slice(0, 300), (id) => services.getSaga(id))))
    return [
      built ? `Sagas built first with refreshSagas for all ${built.players} players in the store: ${round(built.seconds)} s (not part of ingest rate c).` : 'Sagas as the ingest run of section c left them.',
      `services measured through createServices(store, { kb }) (${ids.length} saga ids sampled).`,
    ]
  } catch (err) {
    return [`services.listSagas / getSaga: skipped (${(err as Error).message.split('\n')[0]}).`]
  }
}
