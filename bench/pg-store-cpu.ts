/**
 * Dev tool, not part of the suite: the CPU a worker's store calls cost on PostgreSQL, on both
 * sides of the connection, without extraction or the queue, so that a change to the SQL can be
 * compared on a busy machine (CPU time, repeated rounds) where the ingest bench's wall time
 * cannot.
 *   node --import tsx bench/pg-store-cpu.ts [ARTICLES=600] [ROUNDS=3] [BATCH=20]
 * Stores ARTICLES generated articles and extracts them (not measured), then ROUNDS times:
 * - write: per BATCH articles, `getArticles` and `putAnalyses`, as a worker's batch does;
 * - rebuild: `refreshSagas` of every player with claims, 20 players a call, as the refresh jobs do.
 * Prints CPU ms per article of this process and of its PostgreSQL backends (/proc, matched by
 * client port), per phase.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../src/pipeline/run.ts'
import { refreshSagas } from '../src/services/refresh-sagas.ts'
import { openPostgresStore } from '../src/storage/open-store.ts'
import type { Analysis, ArticleId } from '../src/domain/types.ts'
import { generateCorpus } from './generate-corpus.ts'

const n = Number(process.argv[2] ?? 600)
const rounds = Number(process.argv[3] ?? 3)
const batch = Number(process.argv[4] ?? 20)
const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'

function statMs(pid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
    return (Number(f[11]) + Number(f[12])) * 10
  } catch {
    return 0
  }
}

/** CPU ms of the PostgreSQL backends whose client is this process. */
async function backendsMs(monitor: pg.Client): Promise<number> {
  const mine = new Set<number>()
  for (const line of execFileSync('ss', ['-tnpH', 'dport = :5432'], { encoding: 'utf8' }).split('\n')) {
    const cols = line.trim().split(/\s+/)
    if (cols.length >= 5 && line.includes(`pid=${process.pid},`)) mine.add(Number(cols[3].slice(cols[3].lastIndexOf(':') + 1)))
  }
  const { rows } = await monitor.query<{ pid: number; client_port: number | null }>(
    "select pid, client_port from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()")
  return rows.filter((r) => r.client_port !== null && mine.has(r.client_port)).reduce((a, r) => a + statMs(r.pid), 0)
}

const kb = loadKnowledgeBase()
const store = await openPostgresStore(url, { schema: `mercato_storecpu_${randomBytes(5).toString('hex')}`, dropSchemaOnClose: true, max: 4 })
const monitor = new pg.Client({ connectionString: url })
await monitor.connect()
try {
  const ids: ArticleId[] = []
  for (const raw of generateCorpus({ articles: n, seed: 2025, kb })) ids.push((await store.putArticle(raw)).article.id)
  const analyses = new Map<string, Analysis>()
  for (const a of await store.getArticles(ids)) analyses.set(a.id, processArticle(a, { kb }))
  const players = [...new Set([...analyses.values()].flatMap((a) => a.claims.map((c) => c.player)))].sort()

  const phase = async (name: string, fn: () => Promise<void>) => {
    const c0 = process.cpuUsage()
    const b0 = await backendsMs(monitor)
    await fn()
    const b1 = await backendsMs(monitor)
    const c = process.cpuUsage(c0)
    return { name, client: (c.user + c.system) / 1000 / n, server: (b1 - b0) / n }
  }
  const results: { name: string; client: number; server: number }[] = []
  for (let r = 0; r < rounds; r++) {
    results.push(await phase('write', async () => {
      for (let i = 0; i < ids.length; i += batch) {
        const chunk = ids.slice(i, i + batch)
        const articles = await store.getArticles(chunk)
        await store.putAnalyses(articles.map((a) => analyses.get(a.id)!))
      }
    }))
    results.push(await phase('rebuild', async () => {
      for (let i = 0; i < players.length; i += 20) await refreshSagas(store, players.slice(i, i + 20), kb)
    }))
  }
  for (const name of ['write', 'rebuild']) {
    const rs = results.filter((r) => r.name === name)
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' ')
    console.log(`${name.padEnd(8)} client ms/article ${fmt(rs.map((r) => r.client))} | PostgreSQL ms/article ${fmt(rs.map((r) => r.server))}`)
  }
} finally {
  await monitor.end()
  await store.close()
}
