/**
 * Profiling harness for the ingest run: `node --import tsx --cpu-prof bench/profile-ingest.ts N [THREADS]`.
 * Ingests N generated articles into a temporary SQLite file through the same ingest run as
 * `mercato ingest`, and prints where the wall time went (extract+store vs saga rebuilds vs end of run).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../src/storage/open-store.ts'
import { INGEST_BATCH } from '../src/cli/commands/ingest.ts'
import { createIngestRun } from '../src/services/ingest-run.ts'
import { createExtractPool } from '../src/services/extract-pool.ts'
import type { RawArticle } from '../src/domain/types.ts'
import { generateCorpus } from './generate-corpus.ts'

const n = Number(process.argv[2] ?? 5000)
const threads = Number(process.argv[3] ?? 0)
const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'mercato-prof-')), 'p.db'))
const kb = loadKnowledgeBase()
const pool = threads > 0 ? createExtractPool(threads, kb) : undefined
const run = createIngestRun(store, kb, { pool })
const t0 = performance.now()
let batch: RawArticle[] = []
for (const raw of generateCorpus({ articles: n, seed: 1 })) {
  batch.push(raw)
  if (batch.length >= INGEST_BATCH) { await run.add(batch); batch = [] }
}
if (batch.length) await run.add(batch)
const t1 = performance.now()
await run.finish()
const t2 = performance.now()
await store.close()
await pool?.close()
const cpu = process.cpuUsage()
console.log(JSON.stringify({ n, addMs: Math.round(t1 - t0), finishMs: Math.round(t2 - t1), sagaMs: Math.round(run.timings.sagas), rebuilt: run.timings.rebuiltClaims, perArticleMs: (t2 - t0) / n, cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / n }))
