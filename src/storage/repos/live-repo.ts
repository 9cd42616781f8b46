/**
 * Live-source rows (migration 0300): watched feeds with their poll state, seen item keys,
 * webhooks and the delivery log. Implements the ports of `src/live/ports.ts` over Kysely for
 * both dialects; SQL only, no rules. Reach it from a store with {@link openLiveRepo}.
 */
import { createHash } from 'node:crypto'
import type { Generated, Kysely, Selectable } from 'kysely'
import type { DeliveryLog, DeliveryLogEntry, FeedState, FeedStateStore, SeenStore } from '../../live/ports.ts'
import { sqlHandleOf } from '../sql-store.ts'
import type { Store } from '../store.ts'
import { toCount } from './json.ts'

interface LiveFeedTable {
  id: Generated<number>
  url: string
  name: string | null
  interval_s: number
  created_at: string
  etag: string | null
  last_modified: string | null
  failures: number
  next_poll_at: string | null
  last_polled_at: string | null
  last_error: string | null
}
interface LiveHookTable {
  id: string
  url: string
  trigger: string
  secret: string
  created_at: string
}
interface LiveDeliveryTable {
  id: Generated<number>
  hook_id: string
  delivery_id: string
  attempt: number
  status: number | null
  error: string | null
  at: string
  duration_ms: number
}
/** The tables of migration 0300. */
export interface LiveTables {
  live_feed: LiveFeedTable
  live_seen: { key: string; seen_at: string }
  live_hook: LiveHookTable
  live_delivery: LiveDeliveryTable
}

/** A watched feed with its poll state. */
export interface FeedRecord extends FeedState {
  id: number
  url: string
  name?: string
  intervalSeconds: number
  createdAt: string
}
export interface HookRecord {
  id: string
  url: string
  /** As `formatTrigger` writes it: `stage`, `likelihood>0.7`. */
  trigger: string
  secret: string
  createdAt: string
}
export interface DeliveryRecord extends DeliveryLogEntry {
  id: number
}

export interface LiveRepo {
  feeds: {
    /** Adds a feed; an existing URL is returned unchanged with `added: false`. */
    add(input: { url: string; name?: string; intervalSeconds: number }): Promise<{ added: boolean; feed: FeedRecord }>
    list(): Promise<FeedRecord[]>
    /** By numeric id (as text or number) or exact URL. */
    find(ref: string | number): Promise<FeedRecord | undefined>
    remove(ref: string | number): Promise<FeedRecord | undefined>
  }
  states: FeedStateStore
  seen: SeenStore & { count(): Promise<number> }
  hooks: {
    add(hook: Omit<HookRecord, 'createdAt'>): Promise<HookRecord>
    list(): Promise<HookRecord[]>
    /** By id or exact URL (every hook with that URL). */
    remove(ref: string): Promise<HookRecord[]>
  }
  deliveries: DeliveryLog & { list(opts?: { hookId?: string; limit?: number }): Promise<DeliveryRecord[]> }
}

/** Feed interval (15 minutes) used when a state is recorded for a feed nobody added. */
export const DEFAULT_FEED_INTERVAL_S = 15 * 60
/** Seen keys longer than this are stored as a hash (index entries have size limits). */
export const MAX_SEEN_KEY_CHARS = 512
const SEEN_BATCH = 500

type Db = Kysely<LiveTables>

/**
 * The live repo over a store made by `createSqlStore`/`openStore`. Throws for any other store.
 * @example const live = openLiveRepo(await ctx.openStore()); await live.feeds.list()
 */
export function openLiveRepo(store: Store, opts: { now?: () => Date } = {}): LiveRepo {
  const handle = sqlHandleOf(store)
  if (!handle) throw new Error('store: live sources need an SQL store (SQLite or PostgreSQL)')
  return createLiveRepo(handle.db as unknown as Kysely<any>, opts)
}

/**
 * The live repo over a migrated Kysely instance of either dialect.
 * @example const live = createLiveRepo(db); await live.seen.add(['guid:https://x.test/rss 1'])
 */
export function createLiveRepo(kysely: Kysely<any>, opts: { now?: () => Date } = {}): LiveRepo {
  const db = kysely as Db
  const now = () => (opts.now ?? (() => new Date()))().toISOString()
  return {
    feeds: {
      add: (input) => addFeed(db, input, now()),
      list: async () => (await db.selectFrom('live_feed').selectAll().orderBy('id').execute()).map(toFeed),
      find: (ref) => findFeed(db, ref),
      remove: async (ref) => {
        const feed = await findFeed(db, ref)
        if (feed) await db.deleteFrom('live_feed').where('id', '=', feed.id).execute()
        return feed
      },
    },
    states: {
      get: async (url) => {
        const row = await db.selectFrom('live_feed').selectAll().where('url', '=', url).executeTakeFirst()
        return row && toState(row)
      },
      put: (url, state) => putState(db, url, state, now()),
    },
    seen: {
      has: async (key) => Boolean(await db.selectFrom('live_seen').select('key').where('key', '=', seenKey(key)).executeTakeFirst()),
      add: (keys) => addSeen(db, keys, now()),
      count: async () => toCount((await db.selectFrom('live_seen').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n),
    },
    hooks: hookRows(db, now),
    deliveries: {
      append: (entry) => appendDelivery(db, entry),
      list: (o) => listDeliveries(db, o),
    },
  }
}

function hookRows(db: Db, now: () => string): LiveRepo['hooks'] {
  return {
    add: async (hook) => {
      const row = { ...hook, created_at: now() }
      await db.insertInto('live_hook').values(row).execute()
      return toHook(row)
    },
    list: async () => (await db.selectFrom('live_hook').selectAll().orderBy('created_at').orderBy('id').execute()).map(toHook),
    remove: (ref) => removeHooks(db, ref),
  }
}

async function addFeed(db: Db, input: { url: string; name?: string; intervalSeconds: number }, at: string) {
  const existing = await findFeed(db, input.url)
  if (existing) return { added: false, feed: existing }
  await db.insertInto('live_feed')
    .values({ url: input.url, name: input.name ?? null, interval_s: input.intervalSeconds, created_at: at, failures: 0 })
    .onConflict((oc) => oc.column('url').doNothing()).execute()
  const feed = await findFeed(db, input.url)
  if (!feed) throw new Error(`store: could not add feed ${input.url}`)
  return { added: true, feed }
}

async function findFeed(db: Db, ref: string | number): Promise<FeedRecord | undefined> {
  const text = String(ref).trim()
  let q = db.selectFrom('live_feed').selectAll()
  q = /^\d{1,9}$/.test(text) ? q.where('id', '=', Number(text)) : q.where('url', '=', text)
  const row = await q.executeTakeFirst()
  return row && toFeed(row)
}

async function putState(db: Db, url: string, state: FeedState, at: string): Promise<void> {
  const values = {
    etag: state.etag ?? null,
    last_modified: state.lastModified ?? null,
    failures: state.failures,
    next_poll_at: state.nextPollAt ?? null,
    last_polled_at: state.lastPolledAt ?? null,
    last_error: state.lastError ?? null,
  }
  const updated = await db.updateTable('live_feed').set(values).where('url', '=', url).executeTakeFirst()
  if (Number(updated.numUpdatedRows) > 0) return
  await db.insertInto('live_feed')
    .values({ url, name: null, interval_s: DEFAULT_FEED_INTERVAL_S, created_at: at, ...values })
    .onConflict((oc) => oc.column('url').doUpdateSet(values)).execute()
}

/** Long keys (page URLs can be huge) are stored as a digest so every index accepts them. */
function seenKey(key: string): string {
  return key.length <= MAX_SEEN_KEY_CHARS ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`
}

async function addSeen(db: Db, keys: readonly string[], at: string): Promise<void> {
  const unique = [...new Set(keys.map(seenKey))]
  for (let i = 0; i < unique.length; i += SEEN_BATCH) {
    const rows = unique.slice(i, i + SEEN_BATCH).map((key) => ({ key, seen_at: at }))
    await db.insertInto('live_seen').values(rows).onConflict((oc) => oc.column('key').doNothing()).execute()
  }
}

async function removeHooks(db: Db, ref: string): Promise<HookRecord[]> {
  const rows = await db.selectFrom('live_hook').selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('url', '=', ref)])).execute()
  if (rows.length > 0) await db.deleteFrom('live_hook').where('id', 'in', rows.map((r) => r.id)).execute()
  return rows.map(toHook)
}

async function appendDelivery(db: Db, e: DeliveryLogEntry): Promise<void> {
  await db.insertInto('live_delivery').values({
    hook_id: e.hookId,
    delivery_id: e.deliveryId,
    attempt: e.attempt,
    status: e.status ?? null,
    error: e.error ?? null,
    at: e.at,
    duration_ms: Math.max(0, Math.round(e.durationMs)),
  }).execute()
}

async function listDeliveries(db: Db, o: { hookId?: string; limit?: number } = {}): Promise<DeliveryRecord[]> {
  let q = db.selectFrom('live_delivery').selectAll()
  if (o.hookId !== undefined) q = q.where('hook_id', '=', o.hookId)
  const limit = Math.min(10_000, Math.max(1, Math.floor(o.limit ?? 100)))
  const rows = await q.orderBy('id', 'desc').limit(limit).execute()
  return rows.reverse().map((r) => ({
    id: Number(r.id),
    hookId: r.hook_id,
    deliveryId: r.delivery_id,
    attempt: r.attempt,
    ...(r.status === null ? {} : { status: r.status }),
    ...(r.error === null ? {} : { error: r.error }),
    at: r.at,
    durationMs: r.duration_ms,
  }))
}

function toState(r: Selectable<LiveFeedTable>): FeedState {
  const optional = {
    etag: r.etag,
    lastModified: r.last_modified,
    nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at,
    lastError: r.last_error,
  }
  const state: FeedState = { failures: Number(r.failures) }
  for (const [k, v] of Object.entries(optional)) if (v !== null) (state as unknown as Record<string, string>)[k] = v
  return state
}

function toFeed(r: Selectable<LiveFeedTable>): FeedRecord {
  return {
    id: Number(r.id),
    url: r.url,
    ...(r.name === null ? {} : { name: r.name }),
    intervalSeconds: Number(r.interval_s),
    createdAt: r.created_at,
    ...toState(r),
  }
}

function toHook(r: Selectable<LiveHookTable>): HookRecord {
  return { id: r.id, url: r.url, trigger: r.trigger, secret: r.secret, createdAt: r.created_at }
}
