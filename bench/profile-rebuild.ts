/**
 * Dev tool, not part of the suite: the peak RSS (VmHWM, Linux) of one saga rebuild
 * (`refreshSagas`) of the given players on an existing SQLite store, e.g. the most-reported
 * player of a `bench/profile-ingest.ts` store. The store's sagas of those players are rewritten
 * (with the same sagas), so use a copy.
 *   PROFILE_PLAYERS=2 PROFILE_DB=/tmp/p.db node --import tsx bench/profile-ingest.ts 5000 1
 *   cp /tmp/p.db /tmp/q.db && node --expose-gc --import tsx bench/profile-rebuild.ts /tmp/q.db 'Lorenzo Okonkwo'
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { openSqliteStore } from '../src/storage/open-store.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { refreshSagas } from '../src/services/refresh-sagas.ts'
const hwm = () => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024)
const store = await openSqliteStore(process.argv[2])
const kb = loadKnowledgeBase()
const players = process.argv.slice(3)
;(globalThis as any).gc?.()
const rss0 = Math.round(process.memoryUsage().rss / 1048576)
writeFileSync('/proc/self/clear_refs', '5')
const t0 = performance.now()
const r = await refreshSagas(store, players, kb)
const ms = Math.round(performance.now() - t0)
console.log(JSON.stringify({ players, claims: [...r.claimsByPlayer.values()].reduce((a, b) => a + b, 0), sagas: r.sagas, ms, rssBeforeMB: rss0, peakRssMB: hwm(), heapTotalMB: Math.round(process.memoryUsage().heapTotal / 1048576) }))
await store.close()
