/**
 * Contract of the live-sources repo (feeds, feed state, seen keys, hooks, delivery log) on
 * SQLite and, when reachable, PostgreSQL (same rules as postgres.test.ts: `PG_URL` makes it
 * required, `DIALECTS` picks dialects; each PostgreSQL test gets its own schema).
 */
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { openPostgresStore, openSqliteStore } from './open-store.ts'
import { openLiveRepo, MAX_SEEN_KEY_CHARS, type LiveRepo } from './repos/live-repo.ts'
import type { Store } from './store.ts'

const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const dialects = process.env.DIALECTS?.split(',').map((s) => s.trim())
const pgRequired = Boolean(process.env.PG_URL) || Boolean(dialects?.includes('postgres'))
const newPgStore = () => openPostgresStore(url, { schema: `mercato_test_${randomBytes(6).toString('hex')}`, dropSchemaOnClose: true, max: 2 })

async function pgProblem(): Promise<string | undefined> {
  if (dialects && !dialects.includes('postgres')) return 'not in DIALECTS'
  try {
    await (await newPgStore()).close()
    return undefined
  } catch (err) {
    return (err as Error).message
  }
}

const problem = await pgProblem()
const targets: Array<{ name: string; open: () => Promise<Store> }> = []
if (!dialects || dialects.includes('sqlite')) targets.push({ name: 'sqlite', open: () => openSqliteStore(':memory:') })
if (!problem || pgRequired) targets.push({ name: 'postgres', open: newPgStore })
else describe.skip(`live repo: postgres (${problem})`, () => it('needs a reachable PostgreSQL', () => undefined))

for (const target of targets) {
  describe(`live repo: ${target.name}`, () => {
    let store: Store | undefined
    const open = async (): Promise<LiveRepo> => {
      store = await target.open()
      return openLiveRepo(store, { now: () => new Date('2025-06-01T12:00:00Z') })
    }
    afterEach(async () => {
      await store?.close()
      store = undefined
    })

    it('adds, lists, finds and removes feeds; a second add of a URL changes nothing', async () => {
      const live = await open()
      const a = await live.feeds.add({ url: 'https://a.test/rss', name: 'A', intervalSeconds: 600 })
      const b = await live.feeds.add({ url: 'https://b.test/atom', intervalSeconds: 900 })
      expect(a).toMatchObject({ added: true, feed: { url: 'https://a.test/rss', name: 'A', intervalSeconds: 600, failures: 0 } })
      expect(await live.feeds.add({ url: 'https://a.test/rss', intervalSeconds: 60 })).toEqual({ added: false, feed: a.feed })
      expect((await live.feeds.list()).map((f) => f.url)).toEqual(['https://a.test/rss', 'https://b.test/atom'])
      expect(await live.feeds.find(String(b.feed.id))).toEqual(b.feed)
      expect(await live.feeds.find('https://nope.test/')).toBeUndefined()
      expect((await live.feeds.remove('https://a.test/rss'))?.id).toBe(a.feed.id)
      expect(await live.feeds.remove(a.feed.id)).toBeUndefined()
      expect((await live.feeds.list()).map((f) => f.id)).toEqual([b.feed.id])
    })

    it('round-trips feed state, clearing fields that are absent', async () => {
      const live = await open()
      await live.feeds.add({ url: 'https://a.test/rss', intervalSeconds: 600 })
      const state = { etag: '"v2"', lastModified: 'Sun, 01 Jun 2025 10:00:00 GMT', failures: 2, nextPollAt: '2025-06-01T13:00:00.000Z', lastPolledAt: '2025-06-01T12:00:00.000Z', lastError: 'HTTP status 503' }
      await live.states.put('https://a.test/rss', state)
      expect(await live.states.get('https://a.test/rss')).toEqual(state)
      await live.states.put('https://a.test/rss', { failures: 0, etag: '"v3"' })
      expect(await live.states.get('https://a.test/rss')).toEqual({ failures: 0, etag: '"v3"' })
      expect((await live.feeds.find('https://a.test/rss'))?.intervalSeconds).toBe(600)
    })

    it('records state for a feed nobody added', async () => {
      const live = await open()
      expect(await live.states.get('https://x.test/feed')).toBeUndefined()
      await live.states.put('https://x.test/feed', { failures: 1 })
      expect(await live.states.get('https://x.test/feed')).toEqual({ failures: 1 })
    })

    it('remembers seen keys, duplicates and long keys included', async () => {
      const live = await open()
      const long = `link:https://a.test/${'x'.repeat(MAX_SEEN_KEY_CHARS * 4)}`
      await live.seen.add(['guid:https://a.test/rss 1', 'guid:https://a.test/rss 1', long])
      await live.seen.add(['guid:https://a.test/rss 1'])
      expect(await live.seen.has('guid:https://a.test/rss 1')).toBe(true)
      expect(await live.seen.has(long)).toBe(true)
      expect(await live.seen.has('guid:https://a.test/rss 2')).toBe(false)
      expect(await live.seen.count()).toBe(2)
      const many = Array.from({ length: 1200 }, (_, i) => `k${i}`)
      await live.seen.add(many)
      expect(await live.seen.count()).toBe(1202)
    })

    it('adds, lists and removes hooks by id or URL', async () => {
      const live = await open()
      const h1 = await live.hooks.add({ id: 'h_1', url: 'https://hooks.test/a', trigger: 'stage', secret: 's1' })
      await live.hooks.add({ id: 'h_2', url: 'https://hooks.test/b', trigger: 'likelihood>0.7', secret: 's2' })
      await live.hooks.add({ id: 'h_3', url: 'https://hooks.test/b', trigger: 'stage', secret: 's3' })
      expect(h1).toEqual({ id: 'h_1', url: 'https://hooks.test/a', trigger: 'stage', secret: 's1', createdAt: '2025-06-01T12:00:00.000Z' })
      expect((await live.hooks.list()).map((h) => h.id)).toEqual(['h_1', 'h_2', 'h_3'])
      expect((await live.hooks.remove('https://hooks.test/b')).map((h) => h.id).sort()).toEqual(['h_2', 'h_3'])
      expect(await live.hooks.remove('h_9')).toEqual([])
      expect((await live.hooks.list()).map((h) => h.id)).toEqual(['h_1'])
    })

    it('appends delivery attempts and lists them oldest first, by hook and up to a limit', async () => {
      const live = await open()
      const at = '2025-06-01T12:00:00.000Z'
      await live.deliveries.append({ hookId: 'h_1', deliveryId: 'd1', attempt: 1, status: 503, error: 'HTTP status 503', at, durationMs: 12.4 })
      await live.deliveries.append({ hookId: 'h_1', deliveryId: 'd1', attempt: 2, status: 200, at, durationMs: 8 })
      await live.deliveries.append({ hookId: 'h_2', deliveryId: 'd2', attempt: 1, error: 'network error: ECONNREFUSED', at, durationMs: 3 })
      const all = await live.deliveries.list()
      expect(all.map(({ id: _id, ...rest }) => rest)).toEqual([
        { hookId: 'h_1', deliveryId: 'd1', attempt: 1, status: 503, error: 'HTTP status 503', at, durationMs: 12 },
        { hookId: 'h_1', deliveryId: 'd1', attempt: 2, status: 200, at, durationMs: 8 },
        { hookId: 'h_2', deliveryId: 'd2', attempt: 1, error: 'network error: ECONNREFUSED', at, durationMs: 3 },
      ])
      expect((await live.deliveries.list({ hookId: 'h_2' })).map((d) => d.deliveryId)).toEqual(['d2'])
      expect((await live.deliveries.list({ limit: 1 })).map((d) => d.deliveryId)).toEqual(['d2'])
    })
  })
}

describe('openLiveRepo', () => {
  it('refuses a store that is not SQL-backed', () => {
    expect(() => openLiveRepo({} as Store)).toThrow(/live sources need an SQL store/)
  })
})
