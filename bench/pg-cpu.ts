/**
 * Dev tool, not part of the suite: the PostgreSQL worker ingest of bench section d (same phases:
 * raw articles stored, workers warmed up on 300 articles each, then N articles enqueued and timed
 * until every job is done and no saga is stale), measured in CPU time rather than wall time, so
 * that other work on the machine does not move the figures much.
 *   node --import tsx bench/pg-cpu.ts [ARTICLES=2000] [WORKERS=1] [--snapshot OUT.jsonl] [-- worker args…]
 * WARM=N: warm-up articles per worker (default 300, as the bench).
 * PGW_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/p' passes Node options to the workers.
 * With PGW_STMT_STATS=1 the workers' PostgreSQL sessions write each statement's CPU time to the
 * server log (`log_statement_stats`; needs a superuser), for a per-statement breakdown.
 * It reads, at the window's start and end (and every 250 ms, to catch connections that come and go):
 * - each worker process from /proc (all threads, and the main thread alone: the rest is V8's
 *   compiler and GC threads and libuv's pool);
 * - the PostgreSQL backends serving each process (matched by client port through `ss`), and
 *   the autovacuum workers and auxiliary processes (WAL writer, checkpointer…) of the server;
 * - this process (the enqueue and the polling of the end condition).
 * Prints CPU ms per article by consumer, the wall time, and the machine's busy time over it.
 * With --snapshot, writes the store's sagas and analyses (bench/snapshot-store.ts's format,
 * claim ids replaced by their rank so that runs writing in another order compare equal).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import pg from 'pg'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { enqueueArticles, openQueue, REFRESH_SAGAS } from '../src/queue/article-queue.ts'
import { openPostgresStore } from '../src/storage/open-store.ts'
import type { ArticleId } from '../src/domain/types.ts'
import { generateCorpus } from './generate-corpus.ts'
import { dropSchema, isDrained, newSchemaName, spawnWorker, stopWorker, waitForCompleted, waitForDrained, waitForFreshSagas, withSearchPath } from './pg-workers.ts'
import { writeStoreSnapshot } from './snapshot-store-lib.ts'

const argv = process.argv.slice(2)
const dashdash = argv.indexOf('--')
const own = dashdash < 0 ? argv : argv.slice(0, dashdash)
const extra = dashdash < 0 ? [] : argv.slice(dashdash + 1)
const snapAt = own.indexOf('--snapshot')
const snapshotPath = snapAt >= 0 ? own.splice(snapAt, 2)[1] : undefined
const n = Number(own[0] ?? 2000)
const workers = Number(own[1] ?? 1)
const seed = Number(process.env.SEED ?? 2025)
const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const TICK_MS = 1000 / 100

/** utime+stime of a /proc stat file, in ms; 0 when gone. */
function statMs(path: string): number {
  try {
    const s = readFileSync(path, 'utf8')
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
    return (Number(f[11]) + Number(f[12])) * TICK_MS
  } catch {
    return 0
  }
}

/** A process's threads by name: CPU ms summed per name, plus the main thread's. */
function threadsMs(pid: number): { total: number; main: number; byName: Record<string, number> } {
  const byName: Record<string, number> = {}
  let main = 0
  let total = 0
  let tids: string[] = []
  try { tids = readdirSync(`/proc/${pid}/task`) } catch { /* gone */ }
  for (const tid of tids) {
    const ms = statMs(`/proc/${pid}/task/${tid}/stat`)
    let name = '?'
    try { name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() } catch { /* gone */ }
    if (Number(tid) === pid) { main = ms; name = 'main' }
    byName[name] = (byName[name] ?? 0) + ms
    total += ms
  }
  return { total, main, byName }
}

function machineBusyMs(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const idle = f[3] + f[4]
  return (f.reduce((a, b) => a + b, 0) - idle) * TICK_MS
}

/** Local port → owning pid, for connections to PostgreSQL. */
function portOwners(): Map<number, number> {
  const out = new Map<number, number>()
  const text = execFileSync('ss', ['-tnpH', 'dport = :5432'], { encoding: 'utf8' })
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/)
    if (cols.length < 5) continue
    const port = Number(cols[3].slice(cols[3].lastIndexOf(':') + 1))
    const pid = /pid=(\d+)/.exec(line)
    if (pid) out.set(port, Number(pid[1]))
  }
  return out
}

interface Backend { owner: string; base: number; last: number }

/** Accumulates the CPU of backends and auxiliary processes between `start()` and `stop()`. */
class PgMeter {
  backends = new Map<number, Backend>()
  running = false
  constructor(private monitor: pg.Client, private owners: () => Map<number, string>, private monitorPid: number) {}

  async sample(first = false): Promise<void> {
    const ports = portOwners()
    const names = this.owners()
    const { rows } = await this.monitor.query<{ pid: number; client_port: number | null; backend_type: string; datname: string | null }>(
      'select pid, client_port, backend_type, datname from pg_stat_activity')
    for (const r of rows) {
      if (r.pid === this.monitorPid) continue
      let owner: string | undefined
      if (r.backend_type === 'client backend') {
        const ownerPid = r.client_port ? ports.get(r.client_port) : undefined
        owner = ownerPid !== undefined ? names.get(ownerPid) : undefined
      } else if (r.backend_type === 'autovacuum worker') owner = 'pg autovacuum (all dbs)'
      else owner = `pg ${r.backend_type}`
      if (!owner) continue
      const ms = statMs(`/proc/${r.pid}/stat`)
      const b = this.backends.get(r.pid)
      if (!b) this.backends.set(r.pid, { owner, base: first ? ms : 0, last: ms })
      else if (ms > 0) b.last = ms
    }
  }

  byOwner(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const b of this.backends.values()) out[b.owner] = (out[b.owner] ?? 0) + (b.last - b.base)
    return out
  }
}

const schema = newSchemaName('mercato_cpu')
const bossSchema = newSchemaName('mercato_cpu_boss')
const store = await openPostgresStore(url, { schema, dropSchemaOnClose: true, max: 4 })
const boss = await openQueue(url, { schema: bossSchema })
const monitor = new pg.Client({ connectionString: url })
await monitor.connect()
const monitorPid = (await monitor.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid
const procs: Awaited<ReturnType<typeof spawnWorker>>[] = []
/** Rows inserted into and deleted from this store's saga table so far (the server's statistics). */
async function sagaRowCounts(): Promise<{ ins: number; del: number }> {
  const { rows } = await monitor.query<{ ins: string; del: string }>(
    `select n_tup_ins as ins, n_tup_del as del from pg_stat_user_tables where schemaname = $1 and relname = 'saga'`, [schema])
  return { ins: Number(rows[0]?.ins ?? 0), del: Number(rows[0]?.del ?? 0) }
}
try {
  const ids: ArticleId[] = []
  let bytes = 0
  const warm = Number(process.env.WARM ?? 300) * workers
  for (const raw of generateCorpus({ articles: n + warm, seed, kb: loadKnowledgeBase() })) {
    ids.push((await store.putArticle(raw)).article.id)
    if (ids.length <= n) bytes += Buffer.byteLength(raw.text)
  }
  // PGW_STMT_STATS=1: the workers' sessions log each statement's CPU (server log; superuser only).
  const stored = process.env.PGW_STMT_STATS
    ? `${url}?options=${encodeURIComponent(`-c search_path=${schema} -c log_statement_stats=on`)}`
    : withSearchPath(url, schema)
  const nodeArgs = process.env.PGW_NODE_ARGS ? process.env.PGW_NODE_ARGS.split(' ') : []
  const args = extra.length ? extra : ['--concurrency', '2', '--batch-size', '10']
  for (let i = 0; i < workers; i++) procs.push(await spawnWorker(stored, ['--queue-schema', bossSchema, ...args], 30_000, nodeArgs))
  const names = () => new Map<number, string>([[process.pid, 'bench'], ...procs.map((p, i) => [p.child.pid!, `worker ${i + 1}`] as [number, string])])
  await enqueueArticles(boss, ids.slice(n))
  await waitForCompleted(boss, bossSchema, warm, 5 * 60_000, 100)
  if (!isDrained(await waitForDrained(boss, bossSchema, REFRESH_SAGAS, 5 * 60_000, 100))) throw new Error('warm-up rebuilds did not finish')
  await waitForFreshSagas(store, 5 * 60_000, 100)

  const meter = new PgMeter(monitor, names, monitorPid)
  const sagaRows0 = await sagaRowCounts()
  await meter.sample(true)
  const w0 = procs.map((p) => threadsMs(p.child.pid!))
  const b0 = process.cpuUsage()
  const m0 = machineBusyMs()
  const t0 = performance.now()
  const h0 = process.hrtime.bigint()
  let sampling = true
  const loop = (async () => { while (sampling) { await new Promise((r) => setTimeout(r, 250)); await meter.sample() } })()

  await enqueueArticles(boss, ids.slice(0, n))
  const tEnq = performance.now()
  await waitForCompleted(boss, bossSchema, n + warm, 30 * 60_000, 100)
  const tArticles = performance.now()
  const wA = procs.map((p) => threadsMs(p.child.pid!))
  if (!await waitForFreshSagas(store, 30 * 60_000, 100)) throw new Error('sagas still stale')
  const tEnd = performance.now()
  const h1 = process.hrtime.bigint()
  sampling = false
  await loop
  await meter.sample()
  const w1 = procs.map((p) => threadsMs(p.child.pid!))
  const b = process.cpuUsage(b0)
  const machine = machineBusyMs() - m0
  const wall = (tEnd - t0) / 1000

  const per = (ms: number) => Math.round(ms / n * 1000) / 1000
  const rows: [string, number][] = []
  procs.forEach((_, i) => {
    rows.push([`worker ${i + 1} main thread`, w1[i].main - w0[i].main])
    rows.push([`worker ${i + 1} other threads`, (w1[i].total - w1[i].main) - (w0[i].total - w0[i].main)])
  })
  const pgByOwner = meter.byOwner()
  for (const [owner, ms] of Object.entries(pgByOwner).sort()) rows.push([owner.startsWith('pg ') ? owner : `pg backends of ${owner}`, ms])
  rows.push(['bench process', (b.user + b.system) / 1000])
  const total = rows.reduce((a, [, ms]) => a + ms, 0)
  console.log(`${n} articles, ${workers} worker(s), args ${args.join(' ')}; wall ${wall.toFixed(1)} s (enqueue ${((tEnq - t0) / 1000).toFixed(2)} s, articles ${((tArticles - t0) / 1000).toFixed(1)} s), machine busy ${(machine / 1000).toFixed(1)} s = ${(machine / 1000 / wall).toFixed(2)} cores`)
  console.log('consumer'.padEnd(40), 'CPU s'.padStart(8), 'ms/article'.padStart(11))
  for (const [name, ms] of rows) console.log(name.padEnd(40), (ms / 1000).toFixed(2).padStart(8), per(ms).toFixed(3).padStart(11))
  console.log('total'.padEnd(40), (total / 1000).toFixed(2).padStart(8), per(total).toFixed(3).padStart(11))
  console.log(`articles phase: worker CPU ${procs.map((_, i) => ((wA[i].total - w0[i].total) / 1000).toFixed(2)).join(' + ')} s`)
  const threadNames: Record<string, number> = {}
  procs.forEach((_, i) => { for (const [k, v] of Object.entries(w1[i].byName)) threadNames[k] = (threadNames[k] ?? 0) + v - (w0[i].byName[k] ?? 0) })
  console.log('worker threads by name (ms/article):', Object.entries(threadNames).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${per(v)}`).join(', '))
  // Monotonic µs, the clock of --cpu-prof's timestamps: to cut a worker's profile to the window.
  console.log(`window (monotonic µs): ${h0 / 1000n} ${h1 / 1000n}`)
  // Server counts lag the commits by up to a second (statistics are flushed at most once a second).
  await new Promise((r) => setTimeout(r, 1500))
  const sagaRows1 = await sagaRowCounts()
  console.log(`saga rows over the window (server counts): ${sagaRows1.ins - sagaRows0.ins} inserted, ${sagaRows1.del - sagaRows0.del} deleted`)
  console.log(JSON.stringify({ n, workers, args, wall, perArticle: Object.fromEntries(rows.map(([k, v]) => [k, per(v)])), total: per(total), bytes }))
  if (snapshotPath) console.log(await writeStoreSnapshot(store, snapshotPath, { claimRanks: true }))
} finally {
  await Promise.all(procs.map(stopWorker))
  await monitor.end()
  await boss.stop({ graceful: false, wait: true })
  await dropSchema(url, bossSchema).catch(() => undefined)
  await store.close()
}
