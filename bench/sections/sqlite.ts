/**
 * c) SQLite ingest end to end, through the same ingest run `mercato ingest` uses
 * (src/services/ingest-run.ts): raw texts stored, processArticle, analyses stored, sagas rebuilt
 * as the run goes and at its end, undated articles re-dated. Batches of INGEST_BATCH articles.
 *
 * The cost curve: the rate is sampled over windows of the run ending at 1k, 10k, 100k and 1M
 * articles (each window is the last tenth before its mark), so a per-article cost that grows with
 * the store shows as a falling rate. A projection to one million articles is given when the run
 * is shorter; `--full` ingests the million for real.
 */
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'
import { INGEST_BATCH } from '../../src/cli/commands/ingest.ts'
import { createIngestRun, type IngestTimings } from '../../src/services/ingest-run.ts'
import { createExtractPool } from '../../src/services/extract-pool.ts'
import { threadsFor } from '../../src/cli/commands/ingest.ts'
import type { RawArticle } from '../../src/domain/types.ts'
import { generateCorpus } from '../generate-corpus.ts'
import { peakRssMB, round, type Figure, type SectionResult } from '../report.ts'
import { commandFor, seconds, type BenchOptions } from './common.ts'

const MILLION = 1_000_000
const MARKS = [1_000, 10_000, 100_000, MILLION]

interface Sample {
  at: number
  wall: number
  sagas: number
  rebuilt: number
}

export async function benchSqlite(o: BenchOptions): Promise<SectionResult> {
  const n = o.articles ?? (o.full ? MILLION : 20_000)
  const path = join(mkdtempSync(join(tmpdir(), 'mercato-bench-')), 'bench.db')
  const store = await openSqliteStore(path)
  const kb = loadKnowledgeBase()
  const threads = threadsFor(o.threads === undefined ? undefined : String(o.threads), undefined)
  const pool = threads > 0 ? createExtractPool(threads, kb) : undefined
  const run = createIngestRun(store, kb, { pool })
  const cpu0 = process.cpuUsage()
  // Window starts and ends: the last tenth before each mark the run reaches, and before n.
  const marks = [...new Set([...MARKS.filter((m) => m <= n), n])]
  const wanted = new Set(marks.flatMap((m) => [m - Math.floor(m / 10), m]))
  const samples = new Map<number, Sample>()
  let bytes = 0
  let i = 0
  let batch: RawArticle[] = []
  const t0 = performance.now()
  const sample = () => {
    samples.set(i, { at: i, wall: seconds(t0), sagas: run.timings.sagas / 1000, rebuilt: run.timings.rebuiltClaims })
    // Each window as soon as it closes, so a long run that is stopped still leaves its curve.
    if (!marks.includes(i)) return
    const f = windowFigure(samples, i)
    process.stderr.write(`bench: sqlite ${f.name}: ${f.value}\n`)
  }
  for (const raw of generateCorpus({ articles: n, seed: o.seed })) {
    batch.push(raw)
    bytes += Buffer.byteLength(raw.text)
    i++
    if (batch.length >= INGEST_BATCH || wanted.has(i)) {
      await run.add(batch)
      batch = []
      if (wanted.has(i)) sample()
    }
    if (i % 50_000 === 0) process.stderr.write(`bench: sqlite ${i}/${n} in ${round(seconds(t0))} s\n`)
  }
  if (batch.length) await run.add(batch)
  const beforeFinish = seconds(t0)
  await run.finish()
  const wall = seconds(t0)
  const cpu = process.cpuUsage(cpu0)
  await pool?.close()
  await store.close()
  o.sqlitePath = path
  o.sqliteArticles = n
  return sqliteResult(o, { n, bytes, wall, cpu: (cpu.user + cpu.system) / 1e6, threads, finish: wall - beforeFinish, path, marks, samples, timings: run.timings })
}

interface RunFigures {
  n: number
  bytes: number
  wall: number
  /** CPU seconds of the whole process, extraction threads included. */
  cpu: number
  threads: number
  finish: number
  path: string
  marks: number[]
  samples: Map<number, Sample>
  timings: IngestTimings
}

/** The cost per article over the last tenth of the run before mark `m`. */
function windowFigure(samples: Map<number, Sample>, m: number): Figure {
  const from = samples.get(m - Math.floor(m / 10))
  const to = samples.get(m)
  if (!from || !to) return { name: `rate over articles ${m - Math.floor(m / 10)}–${m}`, value: 'n/a' }
  const per = (to.wall - from.wall) / (to.at - from.at) * 1000
  const sagaShare = (to.sagas - from.sagas) / Math.max(1e-9, to.wall - from.wall)
  const rebuilt = (to.rebuilt - from.rebuilt) / (to.at - from.at)
  return {
    name: `cost per article over articles ${from.at.toLocaleString('en')}–${to.at.toLocaleString('en')}`,
    value: `${round(per)} ms (${round(1000 / per)} articles/s; ${Math.round(sagaShare * 100)}% in saga rebuilds, ${round(rebuilt)} claims re-read per article)`,
  }
}

function sqliteResult(o: BenchOptions, r: RunFigures): SectionResult {
  const rate = r.n / r.wall
  const millionMin = MILLION / rate / 60
  const sizeMB = statSync(r.path).size / 1e6
  const measured = r.n >= MILLION
  const curve: Figure[] = r.marks.map((m) => windowFigure(r.samples, m))
  return {
    id: 'c', title: `SQLite ingest end to end (the ingest run of \`mercato ingest\`: store, extract, sagas; batches of ${INGEST_BATCH})`, status: 'ok',
    command: commandFor('sqlite', o),
    figures: [
      { name: 'articles ingested', value: r.n },
      { name: 'rate', value: round(rate), unit: 'articles/s' },
      { name: 'rate', value: round(r.bytes / 1e6 / r.wall), unit: 'MB/s' },
      { name: 'extraction threads (besides the main thread)', value: r.threads },
      { name: 'CPU time per article (all threads)', value: round(r.cpu / r.n * 1000), unit: 'ms' },
      { name: 'rate per core (MB per CPU-second, all threads)', value: round(r.bytes / 1e6 / r.cpu), unit: 'MB/s', target: '≥ 10 MB/s per core', met: r.bytes / 1e6 / r.cpu >= 10 },
      ...curve,
      { name: 'time in saga rebuilds (whole run)', value: round(r.timings.sagas / 1000), unit: 's' },
      { name: 'claims re-read by saga rebuilds, per article (whole run)', value: round(r.timings.rebuiltClaims / r.n) },
      { name: 'end of run (re-dating undated articles, final saga rebuild)', value: round(r.finish), unit: 's' },
      {
        name: measured ? '1M articles, measured wall time' : '1M articles, projected from this rate',
        value: round(measured ? r.wall / 60 : millionMin), unit: 'min', target: '< 15 min', met: (measured ? r.wall / 60 : millionMin) < 15,
      },
      { name: 'peak RSS (whole bench process so far)', value: peakRssMB(), unit: 'MB', target: measured ? '< 1.5 GB' : undefined, met: measured ? peakRssMB() < 1536 : undefined },
      { name: 'database file', value: round(sizeMB), unit: 'MB' },
      { name: measured ? 'database file for 1M' : 'database file for 1M, projected', value: round(sizeMB / r.n * MILLION / 1000), unit: 'GB' },
    ],
    notes: [
      `Corpus generated on the fly (seed ${o.seed}); generation time is included (it is ~30 MB/s, small next to extraction).`,
      'Sagas are rebuilt as `mercato ingest` does: a touched player when its new claims equal its claims at its last rebuild (src/services/ingest-run.ts), every pending player at the end.',
      measured ? 'Measured on a real million-article store.' : 'Run with `--full` to ingest a million articles for real.',
    ],
  }
}
