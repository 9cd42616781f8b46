/**
 * `npm run bench [-- --only extract,sqlite,postgres,query,api] [--articles N] [--mb N] [--seed N] [--threads N] [--store PATH] [--full]`
 * Runs the benchmark sections (SPEC §13) and writes bench/out/report.{json,md}, printing the Markdown.
 * Sections: extract (a, b), sqlite (c), postgres (d), query (e, on the sqlite store), api (f).
 */
import { existsSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { machineFacts, writeReport, type Report, type SectionResult } from './report.ts'
import type { BenchOptions } from './sections/common.ts'
import { openSqliteStore } from '../src/storage/open-store.ts'

const OUT = fileURLToPath(new URL('./out', import.meta.url))
const ALL = ['extract', 'sqlite', 'postgres', 'query', 'api'] as const
type Section = (typeof ALL)[number]

const RUNNERS: Record<Section, (o: BenchOptions) => Promise<SectionResult | SectionResult[]>> = {
  extract: async (o) => (await import('./sections/extract.ts')).benchExtract(o),
  sqlite: async (o) => (await import('./sections/sqlite.ts')).benchSqlite(o),
  postgres: async (o) => (await import('./sections/postgres.ts')).benchPostgres(o),
  query: async (o) => (await import('./sections/query.ts')).benchQuery(o),
  api: async (o) => (await import('./sections/api.ts')).benchApi(o),
}

function parse(argv: string[]): { sections: Section[]; opts: BenchOptions } {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' }, articles: { type: 'string' }, mb: { type: 'string' }, seed: { type: 'string' },
      full: { type: 'boolean' }, threads: { type: 'string' }, store: { type: 'string' }, 'api-seconds': { type: 'string' }, 'pg-url': { type: 'string' },
    },
  })
  const sections = (values.only?.split(',').map((s) => s.trim()) ?? [...ALL]) as Section[]
  const bad = sections.filter((s) => !ALL.includes(s))
  if (bad.length > 0) throw new Error(`bench: unknown section ${bad.join(', ')} (expected ${ALL.join(', ')})`)
  // The query and api sections read the sqlite section's store, so it runs first when needed,
  // unless --store names an existing store (e.g. one a long --full run left behind when stopped).
  if ((sections.includes('query') || sections.includes('api')) && !sections.includes('sqlite') && !values.store) sections.unshift('sqlite')
  const num = (v: string | undefined, d?: number) => (v === undefined ? d : Number(v))
  return {
    sections: ALL.filter((s) => sections.includes(s)),
    opts: {
      seed: num(values.seed, 2025)!, full: Boolean(values.full), articles: num(values.articles), mb: num(values.mb, 20)!,
      apiSeconds: num(values['api-seconds'], 10)!,
      threads: num(values.threads),
      sqlitePath: values.store,
      storeGiven: values.store !== undefined,
      pgUrl: values['pg-url'] ?? process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  }
}

async function countArticlesIn(path: string): Promise<number> {
  if (!existsSync(path)) throw new Error(`bench: --store ${path} does not exist`)
  const store = await openSqliteStore(path)
  try {
    return await store.countArticles()
  } finally {
    await store.close()
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2).filter((a) => a !== '--')
  const { sections, opts } = parse(argv)
  const given = opts.sqlitePath
  if (given) opts.sqliteArticles = await countArticlesIn(given)
  const report: Report = { machine: machineFacts(), command: ['npm run bench --', ...argv].join(' '), sections: [] }
  for (const s of sections) {
    process.stderr.write(`bench: ${s}…\n`)
    const t0 = performance.now()
    try {
      const res = await RUNNERS[s](opts)
      report.sections.push(...(Array.isArray(res) ? res : [res]))
    } catch (err) {
      report.sections.push({ id: s, title: s, status: 'failed', command: `npm run bench -- --only ${s}`, reason: (err as Error).stack ?? String(err), figures: [], notes: [] })
    }
    process.stderr.write(`bench: ${s} done in ${Math.round((performance.now() - t0) / 1000)} s\n`)
    writeReport(OUT, report)
  }
  // A store the run made is removed; one given with --store is the user's.
  if (opts.sqlitePath && opts.sqlitePath !== given) rmSync(dirname(opts.sqlitePath), { recursive: true, force: true })
  process.stdout.write(writeReport(OUT, report))
}

await main()
