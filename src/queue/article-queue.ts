/**
 * The PostgreSQL job queue (SPEC §12): a thin wrapper over pg-boss (the only module that constructs it).
 * Two queues:
 * - `process-article`, jobs `{ articleId }`: extract and store an article's analysis;
 * - `refresh-sagas`, jobs `{ player }`: rebuild one player's sagas. A worker queues one after
 *   storing analyses that touch the player, starting a few seconds later; the queue keeps at most
 *   one waiting job per player, so a burst of articles about one player costs one rebuild.
 * Delivery is at least once (a job whose worker dies is retried after `expireInSeconds`); the
 * work a job does is idempotent (`store.putAnalysis` replaces the analysis and claims in one
 * transaction; a saga rebuild replaces the player's sagas under a lock), so the effect is
 * exactly once.
 */
import PgBoss from 'pg-boss'
import type { ArticleId } from '../domain/types.ts'
import { sagaSlug } from '../pipeline/cluster/saga-key.ts'

export const PROCESS_ARTICLE = 'process-article'
export const REFRESH_SAGAS = 'refresh-sagas'
/** Seconds a saga refresh waits before it may run, gathering the articles that follow. */
export const REFRESH_DELAY_SECONDS = 2

/** Default pg-boss schema; override with `MERCATO_QUEUE_SCHEMA` or `--queue-schema`. */
export const DEFAULT_QUEUE_SCHEMA = 'pgboss'

export interface ProcessArticleJob {
  articleId: ArticleId
}

export interface RefreshSagasJob {
  player: string
}

/** Retry and expiry policy of the `process-article` queue. */
export interface QueuePolicy {
  /** Retries after the first attempt (default 5). */
  retryLimit?: number
  /** Seconds before the first retry (default 5); doubled each time with `retryBackoff`. */
  retryDelay?: number
  retryBackoff?: boolean
  /** A job still active after this long is failed and retried (default 300). */
  expireInSeconds?: number
}

export interface OpenQueueOptions extends QueuePolicy {
  /** pg-boss schema (lower-case identifier). */
  schema?: string
  /** Connections in pg-boss's own pool (default 4). */
  max?: number
  /** How often expired jobs are swept, seconds (pg-boss default 120). */
  maintenanceIntervalSeconds?: number
  /** Idle polling interval of workers, seconds (default 1). */
  pollingIntervalSeconds?: number
  /** Where pg-boss errors are reported (default: ignored; they repeat on the next poll). */
  onError?: (err: Error) => void
}

export type Queue = PgBoss

const DEFAULT_POLICY: Required<QueuePolicy> = { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 }

/**
 * Starts pg-boss at `url` (installing or migrating its schema) and makes sure the
 * `process-article` queue exists with the given policy.
 * @example const boss = await openQueue(process.env.DATABASE_URL!, { schema: 'pgboss' })
 */
export async function openQueue(url: string, opts: OpenQueueOptions = {}): Promise<Queue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: opts.schema ?? DEFAULT_QUEUE_SCHEMA,
    max: opts.max ?? 4,
    application_name: 'mercato-queue',
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1,
  })
  boss.on('error', (err) => opts.onError?.(err))
  try {
    await boss.start()
  } catch (cause) {
    throw new Error(`queue: cannot start pg-boss (${(cause as Error).message})`, { cause })
  }
  const policy = { ...DEFAULT_POLICY, ...definedOnly(opts) }
  for (const name of [PROCESS_ARTICLE, REFRESH_SAGAS]) {
    const queue = { name, policy: 'short' as const, ...policy }
    if (await boss.getQueue(name)) await boss.updateQueue(name, queue)
    else await boss.createQueue(name, queue)
  }
  return boss
}

/**
 * Enqueues one `process-article` job per id, in batches. The singleton key is the article id
 * and the queue policy is `short`, so an article already waiting is not queued twice.
 * @example await enqueueArticles(boss, ['5d2c…' as ArticleId])
 */
export async function enqueueArticles(boss: Queue, ids: readonly ArticleId[], batch = 1000): Promise<void> {
  for (let i = 0; i < ids.length; i += batch) {
    const jobs = ids.slice(i, i + batch).map((articleId) => ({
      name: PROCESS_ARTICLE,
      data: { articleId } satisfies ProcessArticleJob,
      singletonKey: articleId,
    }))
    await boss.insert(jobs)
  }
}

/** Longest wait a player's saga rebuild is given, however many claims he has. */
export const MAX_REFRESH_DELAY_SECONDS = 30

/**
 * How long a player's rebuild waits, given how many claims his last rebuild read: a second more
 * per 100 claims, up to `MAX_REFRESH_DELAY_SECONDS`. A rebuild reads all of a player's claims,
 * so during a burst of articles about a much-reported player the wait gathers more of them into
 * each rebuild; a player with few claims is rebuilt after `base` seconds.
 * @example refreshDelay(2, 1850) // 20
 */
export function refreshDelay(base: number, lastClaims = 0): number {
  return Math.max(0, Math.min(Math.max(base, MAX_REFRESH_DELAY_SECONDS), base + Math.floor(lastClaims / 100)))
}

/**
 * Queues a saga rebuild per player, to start after `delaySeconds(slug)` seconds; a player with a
 * rebuild already waiting is not queued again (singleton key = saga slug, `short` policy).
 * @example await enqueueSagaRefresh(boss, ['Trent Alexander-Arnold'])
 */
export async function enqueueSagaRefresh(boss: Queue, players: readonly string[], delaySeconds: (slug: string) => number = () => REFRESH_DELAY_SECONDS): Promise<void> {
  const unique = new Map(players.map((p) => [sagaSlug(p), p]))
  if (!unique.size) return
  // In slug order: two workers inserting overlapping players in different orders could each
  // wait on the other's singleton-key index entry (a deadlock).
  await boss.insert([...unique].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([slug, player]) => ({
    name: REFRESH_SAGAS,
    data: { player } satisfies RefreshSagasJob,
    singletonKey: slug,
    startAfter: `${Math.max(0, Math.round(delaySeconds(slug)))} seconds`,
  })))
}

/** Jobs counted by state, for monitoring and tests. */
export interface QueueCounts {
  created: number
  retry: number
  active: number
  completed: number
  failed: number
  cancelled: number
}

/**
 * Counts a queue's jobs by state (archived jobs are not counted); `process-article` by default.
 * @example (await countJobs(boss)).completed // 300
 */
export async function countJobs(boss: Queue, schema = DEFAULT_QUEUE_SCHEMA, queue: string = PROCESS_ARTICLE): Promise<QueueCounts> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`queue: expected a lower-case schema name, found ${JSON.stringify(schema)}`)
  const { rows } = await boss.getDb().executeSql(
    `select state, count(*)::int as n from ${schema}.job where name = $1 group by state`, [queue])
  const counts: QueueCounts = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 }
  for (const r of rows as { state: keyof QueueCounts; n: number }[]) counts[r.state] = r.n
  return counts
}

function definedOnly(p: QueuePolicy): QueuePolicy {
  const out: QueuePolicy = {}
  if (p.retryLimit !== undefined) out.retryLimit = p.retryLimit
  if (p.retryDelay !== undefined) out.retryDelay = p.retryDelay
  if (p.retryBackoff !== undefined) out.retryBackoff = p.retryBackoff
  if (p.expireInSeconds !== undefined) out.expireInSeconds = p.expireInSeconds
  return out
}
