/**
 * Profiling harness for the ingest run: `node --import tsx --cpu-prof bench/profile-ingest.ts N [THREADS]`.
 * Ingests N generated articles into a temporary SQLite file through the same ingest run as
 * `mercato ingest`, and prints where the wall time went (extract+store vs saga rebuilds vs end of run)
 * and what each phase held in memory:
 * - `addRssMB` / `finishRssMB`: the kernel's peak resident set (VmHWM) of that phase alone, reset
 *   between phases through /proc/self/clear_refs (Linux); worker threads count, as in a real run.
 * - `…HeapMB`: the largest V8 heap (used, and reserved) seen at any store call of the phase: store
 *   calls come between every step of the run, so this is close to the phase's peak.
 * - `finishRebuilt`: claims read back by the end-of-run saga rebuilds; `finishDates`: claim-date
 *   rows read to re-date undated articles; `undated`: undated articles; `redated`: those whose date
 *   moved (extracted again and stored).
 * - `redate…`: the same figures for the re-dating part of the end of the run alone; `finish…` then
 *   covers the final saga rebuild (so the end of run's peak is the larger of the two).
 * With `--expose-gc`, `addLiveMB` / `finishLiveMB` are the heap still live after a full GC at each phase's end.
 * Figures that machine load does not move (Linux): `mainCpuMsPerArticle`, the CPU time of the main
 * thread alone (storing, saga rebuilds; extraction runs on the worker with THREADS ≥ 1);
 * `writtenKBPerArticle`, bytes the process passed to write() (WAL frames and checkpoints); `dbKBPerArticle`,
 * the SQLite file once closed.
 * `PROFILE_PLAYERS=P` draws the corpus from P players instead of the default pool (N/8, at most
 * 20,000): with a few players each one's claims grow with N, as the most-reported players' do in a
 * million-article run, so a small run shows what one much-reported player's rebuild costs.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../src/storage/open-store.ts'
import { INGEST_BATCH } from '../src/cli/commands/ingest.ts'
import { createIngestRun } from '../src/services/ingest-run.ts'
import { createExtractPool } from '../src/services/extract-pool.ts'
import type { RawArticle } from '../src/domain/types.ts'
import type { Store } from '../src/storage/store.ts'
import { generateCorpus } from './generate-corpus.ts'

const n = Number(process.argv[2] ?? 5000)
const threads = Number(process.argv[3] ?? 0)
const dbPath = process.env.PROFILE_DB ?? join(mkdtempSync(join(tmpdir(), 'mercato-prof-')), 'p.db')

const MB = 1024 * 1024
/** Largest heap seen since the last `phase()`. */
const peak = { used: 0, total: 0, external: 0 }
const counts = { dateRows: 0, analysesRead: 0, claimsRead: 0, analysesStored: 0 }
let finishing = false
/** The re-dating part of the end of a run, on its own. */
let redate: ReturnType<typeof phase> | undefined
let redateEnd = 0

function sample(): void {
  const m = process.memoryUsage()
  peak.used = Math.max(peak.used, m.heapUsed)
  peak.total = Math.max(peak.total, m.heapTotal)
  peak.external = Math.max(peak.external, m.external)
}

/** Peak RSS since the last reset (VmHWM), in MB; 0 where /proc is missing. */
function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : 0
  } catch { return 0 }
}

/** CPU milliseconds of the main thread so far (utime + stime of its task); 0 where /proc is missing. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(f[11]) + Number(f[12])) * 10 // fields 14 and 15 of stat(5), in 100 Hz ticks
  } catch { return 0 }
}

/** Bytes this process has passed to write() so far (`wchar` of /proc/self/io); 0 where missing. */
function bytesWritten(): number {
  try {
    const m = /wchar:\s+(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))
    return m ? Number(m[1]) : 0
  } catch { return 0 }
}

/** Ends a phase: its figures, then resets the peaks for the next one. */
function phase(): { rssMB: number; heapMB: number; heapTotalMB: number; externalMB: number; liveMB?: number } {
  sample()
  const gc = (globalThis as { gc?: () => void }).gc
  let liveMB: number | undefined
  if (gc) { gc(); liveMB = Math.round(process.memoryUsage().heapUsed / MB) }
  const out = { rssMB: peakRss(), heapMB: Math.round(peak.used / MB), heapTotalMB: Math.round(peak.total / MB), externalMB: Math.round(peak.external / MB), liveMB }
  try { writeFileSync('/proc/self/clear_refs', '5') } catch { /* not Linux: the peak stays cumulative */ }
  Object.assign(peak, { used: 0, total: 0, external: 0 })
  return out
}

/** The store with a heap sample at every call and when it resolves, and counts of what the end of a run reads. */
function sampled(store: Store): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver)
      if (typeof v !== 'function') return v
      return (...args: unknown[]) => {
        // The end of a run asks for marked players between re-dating and its final rebuild.
        if (key === 'listSagaDirty' && finishing && !redate) { redateEnd = performance.now(); redate = phase() }
        sample()
        if (key === 'putAnalyses') counts.analysesStored += (args[0] as unknown[]).length
        const r = v.apply(target, args)
        if (!(r instanceof Promise)) return r
        return r.then((x: unknown) => {
          sample()
          if (key === 'listClaimDates') counts.dateRows += (x as unknown[]).length
          if (key === 'getAnalysis' || key === 'getAnalyses') counts.analysesRead += key === 'getAnalysis' ? 1 : (x as Map<unknown, unknown>).size
          if (key === 'listSagaClaims') counts.claimsRead += (x as unknown[]).length
          return x
        })
      }
    },
  })
}

const store = sampled(await openSqliteStore(dbPath))
const kb = loadKnowledgeBase()
const pool = threads > 0 ? createExtractPool(threads, kb) : undefined
const run = createIngestRun(store, kb, { pool })
phase()
const [cpu0, written0] = [mainThreadCpuMs(), bytesWritten()]
const t0 = performance.now()
let batch: RawArticle[] = []
let undated = 0
const players = process.env.PROFILE_PLAYERS ? Number(process.env.PROFILE_PLAYERS) : undefined
if (players !== undefined && !(Number.isInteger(players) && players > 0)) throw new Error(`PROFILE_PLAYERS: expected a positive whole number, found "${process.env.PROFILE_PLAYERS}"`)
for (const raw of generateCorpus({ articles: n, seed: 1, players })) {
  batch.push(raw)
  if (!raw.published) undated++
  if (batch.length >= INGEST_BATCH) { await run.add(batch); batch = [] }
}
if (batch.length) await run.add(batch)
const t1 = performance.now()
const add = phase()
const rebuiltBefore = run.timings.rebuiltClaims
Object.assign(counts, { dateRows: 0, analysesRead: 0, claimsRead: 0, analysesStored: 0 })
finishing = true
await run.finish()
const t2 = performance.now()
const fin = phase()
await store.close()
const [cpu1, written1] = [mainThreadCpuMs(), bytesWritten()]
await pool?.close()
const cpu = process.cpuUsage()
console.log(JSON.stringify({
  n, threads, addMs: Math.round(t1 - t0), finishMs: Math.round(t2 - t1), sagaMs: Math.round(run.timings.sagas), rebuilt: run.timings.rebuiltClaims, skippedPlayers: run.timings.skippedPlayers,
  perArticleMs: (t2 - t0) / n, cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / n, mainCpuMsPerArticle: (cpu1 - cpu0) / n,
  writtenKBPerArticle: Math.round((written1 - written0) / 1024 / n * 10) / 10, dbKBPerArticle: Math.round(statSync(dbPath).size / 1024 / n * 10) / 10,
  addRssMB: add.rssMB, addHeapMB: add.heapMB, addHeapTotalMB: add.heapTotalMB, addLiveMB: add.liveMB,
  redateMs: Math.round(redateEnd - t1), redateRssMB: redate?.rssMB, redateHeapMB: redate?.heapMB, redateHeapTotalMB: redate?.heapTotalMB, redateLiveMB: redate?.liveMB,
  finishRssMB: fin.rssMB, finishHeapMB: fin.heapMB, finishHeapTotalMB: fin.heapTotalMB, finishExternalMB: fin.externalMB, finishLiveMB: fin.liveMB,
  undated, finishRebuilt: run.timings.rebuiltClaims - rebuiltBefore, finishClaimsRead: counts.claimsRead, finishDates: counts.dateRows, finishAnalysesRead: counts.analysesRead, redated: counts.analysesStored,
  sagas: run.summary.sagas, db: process.env.PROFILE_DB ? dbPath : undefined,
}))
