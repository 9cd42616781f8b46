/**
 * One ingest run over a stream of raw articles, batch by batch: what `mercato ingest`, the
 * benchmark and anything else that bulk-loads share. Each batch's raw texts are stored first,
 * in one transaction, then analysed and the analyses stored in one transaction; sagas of the
 * players touched are rebuilt as the run goes and once more at its end; undated articles are
 * re-dated at the end from their sagas' dated articles.
 *
 * Cost stays linear in the articles ingested, however long the run: a player's sagas are
 * rebuilt from all of that player's claims, so rebuilding a much-reported player after every
 * batch would cost more per article as the store grows. Instead a touched player is rebuilt
 * when its new claims reach a share (`growth`) of the claims it had at its last rebuild; each
 * player's rebuild sizes then grow geometrically and their sum stays within a constant factor
 * of that player's final claim count (the amortised-rebuild argument of a growable array).
 * A little-reported player is rebuilt at the next checkpoint, as before; a heavily reported one
 * may lag by up to `growth` of its history during a bulk load (half of it with the default),
 * and is always current when the run finishes.
 */
import type { Article, ArticleId, RawArticle } from '../domain/types.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { pipelineVersion } from '../pipeline/version.ts'
import type { PutArticleResult, Store } from '../storage/store.ts'
import { extractMany, storeExtracted } from './analyse.ts'
import { JOB_SIZE, type ExtractPool } from './extract-pool.ts'
import { reestimateUndated, type KnownDates } from './reestimate-dates.ts'
import { refreshSagas } from './refresh-sagas.ts'

/** Articles analysed between two saga checkpoints. */
export const SAGA_CHECKPOINT = 500
/**
 * A touched player is rebuilt once its new claims reach this share of its claims at its last
 * rebuild: 1 doubles the rebuild size each time (like a growable array), so the claims re-read
 * for a player sum to at most twice its final count.
 */
export const SAGA_GROWTH = 1
/** Players rebuilt per `refreshSagas` call, at most. */
const REBUILD_CHUNK = 200
/**
 * Claims (as far as the run knows) rebuilt per `refreshSagas` call, about: bounds its memory.
 * Memory: a rebuild's peak V8 heap grows by about 20 KB per claim of its chunk (claims, sagas,
 * histories and the garbage of reading and storing them), over ~100 MB that the process holds
 * anyway (profile-ingest, chunk sweep on a 50k-article store): the 50,000-claim chunks that
 * every end-of-run rebuild of a 1M-article run filled extrapolate to ~1.1 GB of heap (that run
 * peaked at 2.3 GB RSS at its end). 10,000 keeps the end of a run's rebuild near the memory of
 * ingesting, at no measurable cost in time (one query and one transaction per ~10,000 claims).
 * A single player with more claims is still rebuilt whole (see listSagaClaims).
 */
const REBUILD_CLAIMS = 10_000
/** Articles per extraction job when a pool extracts: small enough that results stream back. */
const PIPE_CHUNK = JOB_SIZE
/** Fewer articles than this in a batch are extracted here: a worker round trip would not pay. */
const POOL_MIN = 4 * PIPE_CHUNK
/** Size of a batch's first chunk with a pool; each next chunk doubles up to PIPE_CHUNK. */
const PIPE_FIRST = 4
/** Undated articles re-dated per round at the end of a run (their texts are read back in chunks). */
const REDATE_CHUNK = 200

export interface IngestSummary {
  new: number
  unchanged: number
  revised: number
  rejected: number
  claims: number
  sagas: number
  rejects: string[]
}

/** What happened to each raw article of a batch, in input order. */
export interface BatchOutcome {
  status: PutArticleResult['status']
  /** Set when extraction failed; the raw article stays stored for `mercato reprocess`. */
  error?: string
}

export interface IngestRunOptions {
  checkpoint?: number
  growth?: number
  /** Extraction threads to use; without one, extraction runs on the calling thread. The caller closes it. */
  pool?: ExtractPool
}

/** What saga rebuilds have cost so far (for the benchmark's cost curve). */
export interface IngestTimings {
  /** Milliseconds spent rebuilding sagas. */
  sagas: number
  /** Claims read back for saga rebuilds: the rebuild work, independent of machine load. */
  rebuiltClaims: number
  /** Players a rebuild skipped: their claims had not changed since their last rebuild. */
  skippedPlayers: number
}

export interface IngestRun {
  readonly summary: IngestSummary
  readonly timings: IngestTimings
  /** Stores and analyses a batch; storage failures of the batch fall back to one by one. */
  add(raws: readonly RawArticle[]): Promise<BatchOutcome[]>
  /** Re-dates undated articles, rebuilds every player still pending. Call once, at the end. */
  finish(): Promise<void>
}

/**
 * @example
 * const run = createIngestRun(store, kb)
 * for await (const batch of batches) await run.add(batch)
 * await run.finish() // run.summary.sagas
 */
export function createIngestRun(store: Store, kb: KnowledgeBase, opts: IngestRunOptions = {}): IngestRun {
  const checkpoint = opts.checkpoint ?? SAGA_CHECKPOINT
  const growth = opts.growth ?? SAGA_GROWTH
  const pool = opts.pool
  const summary: IngestSummary = { new: 0, unchanged: 0, revised: 0, rejected: 0, claims: 0, sagas: 0, rejects: [] }
  const timings: IngestTimings = { sagas: 0, rebuiltClaims: 0, skippedPlayers: 0 }
  /** New claims per touched player since its last rebuild. */
  const pending = new Map<string, number>()
  /** Claims each player had at its last rebuild in this run. */
  const sizes = new Map<string, number>()
  const undated: ArticleId[] = []
  let sinceCheckpoint = 0

  async function rebuild(players: string[]): Promise<void> {
    for (const chunk of rebuildChunks(players)) {
      const t0 = performance.now()
      // A player whose claims no transaction changed since his last rebuild is skipped (his
      // sagas are current): another spelling of him rebuilt earlier, a re-dating that failed.
      const r = await refreshSagas(store, chunk, kb, { onlyStale: true })
      summary.sagas += r.sagas
      timings.skippedPlayers += r.skipped.length
      for (const p of chunk) {
        pending.delete(p)
        const size = r.claimsByPlayer.get(p)
        if (size === undefined) continue
        sizes.set(p, size)
        timings.rebuiltClaims += size
      }
      timings.sagas += performance.now() - t0
    }
  }

  /**
   * Memory: players in groups of at most REBUILD_CHUNK, and of about REBUILD_CLAIMS claims as far
   * as this run knows them, so neither a run's end nor a few much-reported players together
   * ever hold too many claims at once.
   */
  function rebuildChunks(players: string[]): string[][] {
    const out: string[][] = []
    let chunk: string[] = []
    let claims = 0
    for (const p of players) {
      const n = (sizes.get(p) ?? 0) + (pending.get(p) ?? 0)
      if (chunk.length && (chunk.length >= REBUILD_CHUNK || claims + n > REBUILD_CLAIMS)) {
        out.push(chunk)
        chunk = []
        claims = 0
      }
      chunk.push(p)
      claims += n
    }
    if (chunk.length) out.push(chunk)
    return out
  }

  /** Players whose pending claims are due: never rebuilt in this run, or grown by `growth`. */
  function due(): string[] {
    const out: string[] = []
    for (const [p, n] of pending) {
      const size = sizes.get(p)
      if (size === undefined || n >= Math.max(1, growth * size)) out.push(p)
    }
    return out
  }

  /**
   * Chunks of `todo` as analysed: each ends at the next checkpoint, and with a pool holds at
   * most PIPE_CHUNK articles, so workers hand results back while they go on extracting. The
   * first chunks are smaller: this thread waits for the first one, so it should come back soon.
   */
  function chunksOf(n: number): [number, number][] {
    const chunks: [number, number][] = []
    for (let i = 0, since = sinceCheckpoint; i < n;) {
      // INFO: not `PIPE_FIRST << out.length`: tsx's esbuild reads `<< out` as a type modifier.
      const cap = pool ? Math.min(PIPE_CHUNK, PIPE_FIRST * 2 ** chunks.length) : Infinity
      const len = Math.min(n - i, Math.max(1, checkpoint - since), cap)
      chunks.push([i, i + len])
      i += len
      since = since + len >= checkpoint ? 0 : since + len
    }
    return chunks
  }

  async function analyse(todo: Article[], outcomes: BatchOutcome[], index: number[]): Promise<void> {
    const chunks = chunksOf(todo.length)
    // With a pool every chunk is queued at once: workers extract the next ones while this
    // thread stores results and rebuilds sagas.
    const jobs = pool && todo.length >= POOL_MIN ? chunks.map(([a, b]) => pool.extract(todo.slice(a, b))) : undefined
    // If storing fails part-way, the jobs not awaited yet must not end as unhandled rejections.
    for (const j of jobs ?? []) j.catch(() => undefined)
    for (let k = 0; k < chunks.length; k++) {
      const [from, to] = chunks[k]
      const chunk = todo.slice(from, to)
      const results = await storeExtracted(store, jobs ? await jobs[k] : extractMany(chunk, { kb }))
      results.forEach((res, j) => {
        if ('error' in res) { outcomes[index[from + j]].error = res.error; return }
        summary.claims += res.claims
        if (!chunk[j].published) undated.push(chunk[j].id)
        for (const [p, n] of res.claimsByPlayer) pending.set(p, (pending.get(p) ?? 0) + n)
      })
      sinceCheckpoint += chunk.length
      if (sinceCheckpoint >= checkpoint) {
        sinceCheckpoint = 0
        await rebuild(due())
      }
    }
  }

  return {
    summary,
    timings,
    async add(raws) {
      const puts = await putAll(store, raws)
      const outcomes: BatchOutcome[] = puts.map((p) => ({ status: p.status }))
      for (const put of puts) summary[put.status]++
      // INFO: a run killed between storing an article and its analysis leaves it unanalysed;
      // the rerun finishes it instead of calling it unchanged work.
      const unchanged = puts.filter((p) => p.status === 'unchanged').map((p) => p.article.id)
      const versions = unchanged.length ? await store.getAnalysisVersions(unchanged) : new Map<ArticleId, string>()
      const scheduled = new Set<ArticleId>()
      const todo: Article[] = []
      const index: number[] = []
      puts.forEach((put, i) => {
        const id = put.article.id
        if (scheduled.has(id) || (put.status === 'unchanged' && versions.get(id) === pipelineVersion())) return
        scheduled.add(id)
        todo.push(put.article)
        index.push(i)
      })
      await analyse(todo, outcomes, index)
      return outcomes
    },
    async finish() {
      // Re-date first: it moves claims in time, so its players join the one final rebuild.
      const known: KnownDates = new Map()
      for (let i = 0; i < undated.length; i += REDATE_CHUNK) {
        const articles = await store.getArticles(undated.slice(i, i + REDATE_CHUNK))
        for (const p of await reestimateUndated(store, articles, kb, known, pool)) if (!pending.has(p)) pending.set(p, 0)
      }
      undated.length = 0
      // Players a killed earlier run stored claims for but never rebuilt (marked with the claims).
      for (const p of await store.listSagaDirty()) if (!pending.has(p)) pending.set(p, 0)
      await rebuild([...pending.keys()])
    },
  }
}

/**
 * The batch in one transaction; when that fails, one by one, so the articles before a bad one
 * are kept and the error names the bad one (as one-by-one ingest did).
 */
async function putAll(store: Store, raws: readonly RawArticle[]): Promise<PutArticleResult[]> {
  if (raws.length === 0) return []
  try {
    return await store.putArticles(raws)
  } catch {
    const out: PutArticleResult[] = []
    for (const raw of raws) out.push(await store.putArticle(raw))
    return out
  }
}
