/**
 * Reading one saga on a real SQLite file: the outcome stored with it when the sagas were
 * rebuilt equals resolving it against all of its player's other sagas, a resolution entered
 * by hand still wins, and rows stored before the outcome column resolve as before.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { RawArticle, SagaId } from '../domain/types.ts'
import { readInputs } from '../pipeline/ingest/read-inputs.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { resolveOutcome } from '../pipeline/score/outcomes.ts'
import { openSqliteStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { sqlHandleOf } from '../storage/sql-store.ts'
import { createIngestRun } from './ingest-run.ts'
import { createServices } from './create-services.ts'

const dir = mkdtempSync(join(tmpdir(), 'mercato-services-'))
const kb = loadKnowledgeBase()
let store: Store

beforeAll(async () => {
  store = await openSqliteStore(join(dir, 'm.db'))
  const raws: RawArticle[] = []
  for await (const item of readInputs(['examples/articles'], { maxBytes: 2 * 1024 * 1024 })) if (item.kind === 'article') raws.push(item.raw)
  const run = createIngestRun(store, kb)
  await run.add(raws)
  await run.finish()
})
afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

/** What getSaga answered before outcomes were stored: resolve against every saga of the player. */
async function resolvedAgainstAll(id: SagaId) {
  const row = (await store.getSaga(id))!
  const competing = await store.listSagaDetails({ player: row.saga.player, limit: 1000 })
  return resolveOutcome(row.saga, { manual: await store.listResolutions(), competing })
}

describe('services.getSaga', () => {
  it('answers each saga with the outcome resolved against all of its player\'s sagas', async () => {
    const services = createServices(store, { kb })
    const { items } = await store.listSagas({ limit: 1000 })
    expect(items.length).toBeGreaterThan(20)
    let resolved = 0
    for (const s of items) {
      const expected = await resolvedAgainstAll(s.id)
      expect((await services.getSaga(s.id))?.resolution, s.id).toEqual(expected)
      if (expected) resolved++
    }
    expect(resolved).toBeGreaterThan(3)
  })

  it('lets a resolution entered by hand win, and resolves rows stored before the outcome column as before', async () => {
    const services = createServices(store, { kb })
    const id = 'move:trent-alexander-arnold:real-madrid' as SagaId
    await store.putResolution({ sagaId: id, outcome: 'collapsed', date: '2025-07-01', by: 'hand' })
    expect((await services.getSaga(id))?.resolution).toMatchObject({ outcome: 'collapsed', by: 'hand' })
    // A store migrated from before 0400: no outcome stored yet.
    const { items } = await store.listSagas({ limit: 1000 })
    await sql`update saga set outcome = null`.execute(sqlHandleOf(store)!.db)
    for (const s of items) expect((await services.getSaga(s.id))?.resolution, s.id).toEqual(await resolvedAgainstAll(s.id))
  })
})
