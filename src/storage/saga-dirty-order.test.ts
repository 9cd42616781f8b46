/**
 * PostgreSQL: every transaction marks stale players (`saga_version`) in slug order, so two writers
 * naming the same players wait for each other instead of deadlocking. Before, an analysis marked
 * its players in the order its claims named them; two workers' batches (or one worker's two
 * fetch loops) naming two players in opposite orders each held one mark and waited for the other,
 * and PostgreSQL failed one of them after its deadlock timeout.
 * Needs PostgreSQL (`PG_URL`, default postgres://postgres@127.0.0.1:5432/test): skipped with a
 * message when unreachable, except in CI.
 */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pgUnreachable } from '../test-support/pg.ts'
import { openPostgresStore } from './open-store.ts'
import { markSagaDirty } from './repos/saga-version-repo.ts'
import { sqlHandleOf } from './sql-store.ts'
import { makeAnalysis, makeClaim, makeRaw } from './test-fixtures/builders.ts'

const url = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/test'
const problem = await pgUnreachable(url)
if (problem && process.env.CI) throw new Error(`saga-dirty-order.test.ts: PostgreSQL at ${url} is required in CI (${problem})`)
if (problem) console.warn(`saga-dirty-order.test.ts: skipped, PostgreSQL at ${url} is unreachable (${problem})`)

describe.skipIf(Boolean(problem))('saga_version marks are taken in slug order (PostgreSQL)', () => {
  it('an analysis naming Zeno Zorzi then Abel Arce waits for a transaction holding Abel Arce\'s mark, which then marks Zeno Zorzi', async () => {
    const store = await openPostgresStore(url, { schema: `mercato_test_${randomBytes(6).toString('hex')}`, dropSchemaOnClose: true, max: 4 })
    try {
      const id = (await store.putArticle(makeRaw({ text: 'Zeno Zorzi and Abel Arce are both wanted by Sevilla.' }))).article.id
      const analysis = makeAnalysis(id, [makeClaim(id, { player: 'Zeno Zorzi' }), makeClaim(id, { player: 'Abel Arce' })])
      const { db } = sqlHandleOf(store)!
      let put: Promise<void> | undefined
      await db.transaction().execute(async (trx) => {
        await markSagaDirty(trx, ['Abel Arce'])
        put = store.putAnalyses([analysis])
        // Long enough for the analysis to reach the marks and wait on Abel Arce's.
        await new Promise((r) => setTimeout(r, 500))
        await markSagaDirty(trx, ['Zeno Zorzi'])
      })
      await put
      expect((await store.listSagaDirty()).sort()).toEqual(['Abel Arce', 'Zeno Zorzi'])
      expect((await store.getAnalysis(id))?.claims.map((c) => c.player)).toEqual(['Zeno Zorzi', 'Abel Arce'])
    } finally {
      await store.close()
    }
  }, 20_000)
})
