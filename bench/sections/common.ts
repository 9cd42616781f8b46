/** Options shared by the benchmark sections, parsed once by bench/run.ts. */
import type { RawArticle } from '../../src/domain/types.ts'
import { generateCorpus } from '../generate-corpus.ts'

export interface BenchOptions {
  seed: number
  full: boolean
  /** `--articles N`: overrides each section's article count. */
  articles?: number
  /** `--mb N`: text size of the extraction section. */
  mb: number
  pgUrl: string
  /** Seconds of API load. */
  apiSeconds: number
  /** Path of a SQLite store left by the sqlite section, for the query section. */
  sqlitePath?: string
  sqliteArticles?: number
  /** True when `--store PATH` named the store the query and api sections read. */
  storeGiven?: boolean
  /** `--threads N`: extraction worker threads of the sqlite ingest (default as `mercato ingest`). */
  threads?: number
}

/** The command line reproducing one section with the same sizes. */
export function commandFor(section: string, o: BenchOptions, extra = ''): string {
  const parts = ['npm run bench --', `--only ${section}`, `--seed ${o.seed}`]
  if (o.full) parts.push('--full')
  if (o.articles !== undefined) parts.push(`--articles ${o.articles}`)
  if (o.threads !== undefined) parts.push(`--threads ${o.threads}`)
  if (o.storeGiven) parts.push(`--store ${o.sqlitePath}`)
  return (parts.join(' ') + (extra ? ' ' + extra : '')).trim()
}

/** Generated articles until `mb` megabytes (UTF-8) of text are collected. */
export function corpusOfSize(mb: number, seed: number): { articles: RawArticle[]; bytes: number } {
  const articles: RawArticle[] = []
  let bytes = 0
  for (const a of generateCorpus({ articles: Number.MAX_SAFE_INTEGER, seed, players: 5000 })) {
    if (bytes >= mb * 1e6) break
    articles.push(a)
    bytes += Buffer.byteLength(a.text)
  }
  return { articles, bytes }
}

export const seconds = (t0: number): number => (performance.now() - t0) / 1000
