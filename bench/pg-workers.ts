/**
 * Helpers to run `mercato worker` processes against an isolated PostgreSQL schema: used by the
 * PostgreSQL bench section and by test/integration/workers.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { countJobs, type Queue } from '../src/queue/article-queue.ts'
import type { Store } from '../src/storage/store.ts'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

/** A throwaway lower-case schema name. */
export const newSchemaName = (prefix: string): string => `${prefix}_${randomBytes(5).toString('hex')}`

/**
 * `url` with the store's schema first on the search_path (libpq `options`), so a plain
 * `--database-url` reaches an isolated schema.
 * @example withSearchPath('postgres://u@h/db', 'x') // 'postgres://u@h/db?options=-c%20search_path%3Dx'
 */
export function withSearchPath(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
}

export interface WorkerProcess {
  child: ChildProcess
  /** Everything written to stderr so far. */
  log(): string
  /** Resolves with the exit code or signal. */
  exited: Promise<number | string>
}

/**
 * Spawns `node [nodeArgs…] bin/mercato.js worker …` and resolves once it says it is ready.
 * @example await spawnWorker(url, ['--concurrency', '2'], 30_000, ['--cpu-prof'])
 */
export async function spawnWorker(url: string, args: string[], readyTimeoutMs = 30_000, nodeArgs: string[] = []): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, 'bin/mercato.js', 'worker', '--database-url', url, ...args], {
    cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DATABASE_URL: '' },
  })
  let text = ''
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)))
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not ready after ${readyTimeoutMs} ms:\n${text}`)), readyTimeoutMs)
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      if (text.includes('worker: ready')) { clearTimeout(timer); resolve() }
    })
    void exited.then((c) => { clearTimeout(timer); reject(new Error(`worker exited (${c}) before ready:\n${text}`)) })
  })
  await ready
  return { child, log: () => text, exited }
}

/** Reads until `done` holds or the time is up; returns the last value read. */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** Polls until `completed` jobs are done (or the timeout); returns the last counts. */
export function waitForCompleted(boss: Queue, schema: string, completed: number, timeoutMs: number, everyMs = 200) {
  return pollUntil(() => countJobs(boss, schema), (c) => c.completed >= completed, timeoutMs, everyMs)
}

/** Nothing waiting, retrying or active. */
export const isDrained = (c: { created: number; retry: number; active: number }): boolean => c.created + c.retry + c.active === 0

/**
 * Waits until a queue has nothing waiting, retrying or active (or the time is up); returns its
 * counts. On `refresh-sagas` this is the end of an ingest: the sagas reflect every stored claim.
 */
export function waitForDrained(boss: Queue, schema: string, queue: string, timeoutMs: number, everyMs = 200) {
  return pollUntil(() => countJobs(boss, schema, queue), isDrained, timeoutMs, everyMs)
}

/**
 * Waits until no player is marked stale (the sagas reflect every stored claim), or the time is
 * up; returns whether they are fresh. Call it once every article job has completed.
 */
export async function waitForFreshSagas(store: Store, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const stale = await pollUntil(() => store.listSagaDirty(), (players) => players.length === 0, timeoutMs, everyMs)
  return stale.length === 0
}

/** SIGTERM, then wait for the exit. */
export async function stopWorker(w: WorkerProcess): Promise<number | string> {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM')
  return w.exited
}

/** Drops a schema through a short-lived connection (clean-up of queue schemas). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`expected a lower-case schema name, found ${JSON.stringify(schema)}`)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try { await client.query(`drop schema if exists ${schema} cascade`) } finally { await client.end() }
}
