/**
 * Extraction on worker threads, so an ingest run extracts on other cores while its own thread
 * stores analyses and rebuilds sagas. The pipeline is pure (article in, analysis out), so a
 * worker's result is exactly what the calling thread would compute: the pool only moves work.
 *
 * Jobs are answered in the order they were submitted to each caller's promises, whatever
 * worker takes them. Workers start on the first job and hold the event loop open only while
 * they have work, so a caller that forgets `close()` still exits.
 */
import { Worker } from 'node:worker_threads'
import type { Article } from '../domain/types.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import type { Extracted } from './analyse.ts'

/** What the calling thread posts to a worker. */
export interface ExtractRequest {
  job: number
  articles: Article[]
  /** Per article, the dates of its sagas' dated articles (re-estimating an undated article's date). */
  knownDates?: (string[] | undefined)[]
}

/** What a worker posts back. */
export interface ExtractReply {
  job: number
  results: Extracted[]
}

export interface ExtractPool {
  /**
   * Extracts the articles on the next free worker; resolves in the order of `articles`.
   * `knownDates[i]`, when given, is passed to the pipeline with `articles[i]`.
   */
  extract(articles: Article[], knownDates?: (string[] | undefined)[]): Promise<Extracted[]>
  /** Stops every worker; pending jobs are rejected. */
  close(): Promise<void>
}

interface Job {
  id: number
  articles: Article[]
  knownDates?: (string[] | undefined)[]
  resolve(r: Extracted[]): void
  reject(e: Error): void
}

interface Slot {
  worker: Worker
  job?: Job
}

const ENTRY = new URL('./extract-worker.mjs', import.meta.url)

/** Articles per job: small enough that results stream back and every worker gets a share. */
export const JOB_SIZE = 25

/**
 * Extracts many articles on the pool in jobs of JOB_SIZE, all queued at once; results in the
 * order of `articles` (`knownDates[i]` goes with `articles[i]`).
 * @example const results = await extractInJobs(pool, articles)
 */
export async function extractInJobs(pool: ExtractPool, articles: Article[], knownDates?: (string[] | undefined)[]): Promise<Extracted[]> {
  const jobs: Promise<Extracted[]>[] = []
  for (let i = 0; i < articles.length; i += JOB_SIZE) jobs.push(pool.extract(articles.slice(i, i + JOB_SIZE), knownDates?.slice(i, i + JOB_SIZE)))
  return (await Promise.all(jobs)).flat()
}

/**
 * @example
 * const pool = createExtractPool(2, kb)
 * const results = await pool.extract(articles) // Analysis | { error } per article
 * await pool.close()
 */
export function createExtractPool(size: number, kb: KnowledgeBase): ExtractPool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`extract pool: size must be a positive integer, got ${size}`)
  const queue: Job[] = []
  const slots: Slot[] = []
  let nextJob = 0
  let failure: Error | undefined

  function start(): void {
    for (let i = 0; i < size; i++) {
      // No inherited execArgv: the entry registers its own loader, and a parent's --import of a
      // .ts file would fail in a thread that has none yet.
      const slot: Slot = { worker: new Worker(ENTRY, { workerData: { kb }, execArgv: [] }) }
      slot.worker.unref()
      slot.worker.on('message', (reply: ExtractReply) => {
        const job = slot.job
        slot.job = undefined
        slot.worker.unref()
        if (job && job.id === reply.job) job.resolve(reply.results)
        dispatch()
      })
      slot.worker.on('error', (err) => fail(new Error(`extraction worker failed: ${err.message}`, { cause: err })))
      slot.worker.on('exit', (code) => { if (!failure && code !== 0) fail(new Error(`extraction worker exited with code ${code}`)) })
      slots.push(slot)
    }
  }

  function fail(err: Error): void {
    failure ??= err
    for (const s of slots) { s.job?.reject(failure); s.job = undefined }
    for (const j of queue.splice(0)) j.reject(failure)
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.job || !queue.length) continue
      const job = queue.shift() as Job
      slot.job = job
      // Busy workers keep the process alive until their answer arrives.
      slot.worker.ref()
      slot.worker.postMessage({ job: job.id, articles: job.articles, knownDates: job.knownDates } satisfies ExtractRequest)
    }
  }

  return {
    extract(articles, knownDates) {
      if (failure) return Promise.reject(failure)
      if (!slots.length) start()
      return new Promise<Extracted[]>((resolve, reject) => {
        queue.push({ id: nextJob++, articles, knownDates, resolve, reject })
        dispatch()
      })
    },
    async close() {
      fail(new Error('extract pool closed'))
      await Promise.all(slots.map((s) => s.worker.terminate()))
      slots.length = 0
    },
  }
}
