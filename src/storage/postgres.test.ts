/**
 * Runs the store contract on PostgreSQL: `PG_URL`, default postgres://postgres@127.0.0.1:5432/test.
 * Each test gets its own schema (`mercato_test_<random>`), dropped when its store closes.
 * Without an explicit `PG_URL` an unreachable server skips the suite with a message; with one
 * (or `DIALECTS=postgres`) it fails. `DIALECTS=sqlite` leaves PostgreSQL out.
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { openPostgresStore } from './open-store.ts'
import { runStoreTests } from './store.case.test.ts'
import { makeRaw } from './test-fixtures/builders.ts'

const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const dialects = process.env.DIALECTS?.split(',').map((s) => s.trim())
const required = Boolean(process.env.PG_URL) || Boolean(dialects?.includes('postgres'))
const wanted = !dialects || dialects.includes('postgres')

const newSchema = () => `mercato_test_${randomBytes(6).toString('hex')}`
const newStore = () => openPostgresStore(url, { schema: newSchema(), dropSchemaOnClose: true, max: 4 })

async function reachable(): Promise<string | undefined> {
  try {
    const store = await newStore()
    await store.close()
    return undefined
  } catch (err) {
    return (err as Error).message
  }
}

const problem = wanted ? await reachable() : 'not in DIALECTS'
if (problem && wanted && !required) console.warn(`postgres.test.ts: skipped (${problem}); set PG_URL to require it`)

if (wanted && (!problem || required)) {
  runStoreTests({ name: 'postgres', newStore })

  describe('postgres store specifics', () => {
    it('keeps test schemas apart and drops them on close', async () => {
      const a = await newStore()
      const b = await newStore()
      await a.putArticle(makeRaw())
      expect(await a.countArticles()).toBe(1)
      expect(await b.countArticles()).toBe(0)
      await Promise.all([a.close(), b.close()])
    })

    it('withSagaLock runs two holders of one player one after the other, and of different players together', async () => {
      // Two stores are two separate pools: the locks must exclude across processes, not only within one pool.
      const schema = newSchema()
      const a = await openPostgresStore(url, { schema, max: 3 })
      const b = await openPostgresStore(url, { schema, dropSchemaOnClose: true, max: 3 })
      try {
        const spans: Record<string, [number, number]> = {}
        const hold = (store: typeof a, slugs: string[], name: string) => store.withSagaLock(slugs, async () => {
          const t0 = performance.now()
          await new Promise((r) => setTimeout(r, 150))
          spans[name] = [t0, performance.now()]
          return name
        })
        expect(await Promise.all([hold(a, ['x', 'y'], 'first'), hold(b, ['y', 'z'], 'second')])).toEqual(['first', 'second'])
        const [f, s] = [spans.first, spans.second]
        expect(f[1] <= s[0] || s[1] <= f[0]).toBe(true)
        await Promise.all([hold(a, ['p'], 'p'), hold(b, ['q'], 'q')])
        expect(spans.p[0] < spans.q[1] && spans.q[0] < spans.p[1]).toBe(true)
        // A failing holder releases its locks.
        await expect(a.withSagaLock(['x'], async () => { throw new Error('boom') })).rejects.toThrow('boom')
        expect(await b.withSagaLock(['x'], async () => 'free')).toBe('free')
      } finally {
        await a.close()
        await b.close()
      }
    })

    it('refuses an unreachable server in one line', async () => {
      await expect(openPostgresStore('postgres://postgres@127.0.0.1:1/none'))
        .rejects.toThrow(/^store: cannot connect to postgres:\/\/postgres@127\.0\.0\.1:1\/none/)
    })
  })
} else {
  describe.skip(`store contract: postgres (${problem})`, () => {
    it('needs a reachable PostgreSQL', () => undefined)
  })
}
