/**
 * c) SQLite ingest end to end: putArticles + processArticle + putAnalyses into a temporary file,
 * in batches of INGEST_BATCH articles as `mercato ingest` does, with the rate of each half of the run (to show whether cost stays linear) and a projection
 * to one million articles; `--full` ingests the million for real.
 */
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../../src/pipeline/run.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'
import { INGEST_BATCH } from '../../src/cli/commands/ingest.ts'
import type { RawArticle } from '../../src/domain/types.ts'
import { generateCorpus } from '../generate-corpus.ts'
import { peakRssMB, round, type SectionResult } from '../report.ts'
import { commandFor, seconds, type BenchOptions } from './common.ts'

const MILLION = 1_000_000

export async function benchSqlite(o: BenchOptions): Promise<SectionResult> {
  const n = o.articles ?? (o.full ? MILLION : 20_000)
  const path = join(mkdtempSync(join(tmpdir(), 'mercato-bench-')), 'bench.db')
  const store = await openSqliteStore(path)
  const kb = loadKnowledgeBase()
  let bytes = 0
  let half = 0
  const t0 = performance.now()
  let i = 0
  let batch: RawArticle[] = []
  const flush = async () => {
    const puts = await store.putArticles(batch)
    await store.putAnalyses(puts.filter((p) => p.status !== 'unchanged').map((p) => processArticle(p.article, { kb })))
    batch = []
  }
  for (const raw of generateCorpus({ articles: n, seed: o.seed })) {
    batch.push(raw)
    bytes += Buffer.byteLength(raw.text)
    if (batch.length >= INGEST_BATCH) await flush()
    if (++i === Math.floor(n / 2)) half = seconds(t0)
    if (o.full && i % 50_000 === 0) process.stderr.write(`bench: sqlite ${i}/${n} in ${round(seconds(t0))} s\n`)
  }
  if (batch.length) await flush()
  const wall = seconds(t0)
  await store.close()
  o.sqlitePath = path
  o.sqliteArticles = n
  return sqliteResult(o, { n, bytes, wall, half, path })
}

function sqliteResult(o: BenchOptions, r: { n: number; bytes: number; wall: number; half: number; path: string }): SectionResult {
  const rate = r.n / r.wall
  const firstHalf = Math.floor(r.n / 2) / r.half
  const secondHalf = (r.n - Math.floor(r.n / 2)) / (r.wall - r.half)
  const millionMin = MILLION / rate / 60
  const sizeMB = statSync(r.path).size / 1e6
  const measured = r.n >= MILLION
  return {
    id: 'c', title: `SQLite ingest end to end (putArticles + processArticle + putAnalyses, batches of ${INGEST_BATCH})`, status: 'ok',
    command: commandFor('sqlite', o),
    figures: [
      { name: 'articles ingested', value: r.n },
      { name: 'rate', value: round(rate), unit: 'articles/s' },
      { name: 'rate', value: round(r.bytes / 1e6 / r.wall), unit: 'MB/s' },
      { name: 'rate, first half / second half', value: `${round(firstHalf)} / ${round(secondHalf)}`, unit: 'articles/s' },
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
      measured ? 'Measured on a real million-article store.' : 'Run with `--full` to ingest a million articles for real.',
    ],
  }
}
