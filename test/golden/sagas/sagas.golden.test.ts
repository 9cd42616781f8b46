/**
 * Golden sagas (issue 4 §5): the sagas built from the example corpus and from the seeds (when
 * present), as compact JSON — id, stage, counts, and for the Alexander-Arnold move its timeline.
 * `UPDATE_GOLDEN=1` regenerates; review the diff like code.
 */
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { hasSeeds, NO_SEEDS_REASON, SEEDS_DIR } from '../../../src/test-support/seeds.ts'
import { cli, tempDb } from '../../cli/helpers.ts'
import { checkGolden } from '../clean/golden.ts'

const DIR = import.meta.dirname

async function sagasOf(source: string) {
  const db = tempDb()
  await cli(['--db', db, 'ingest', source])
  const list = JSON.parse((await cli(['--db', db, 'sagas', '--limit', '200', '--json'])).stdout)
  const sagas = list.items
    .map((s: Record<string, unknown>) => ({ id: s.id, stage: s.stage, stageDate: s.stageDate, claims: s.claimCount, reports: s.reportCount }))
    .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))
  const trent = JSON.parse((await cli(['--db', db, 'saga', 'move:trent-alexander-arnold:real-madrid', '--json'])).stdout)
  const timeline = trent.saga.timeline.map((e: Record<string, unknown>) => [e.date, e.dateEstimated ? 'est' : '', e.type, e.stance, e.modality, (e.carriers as unknown[]).length].join(' '))
  return { sagas, trentTimeline: timeline }
}

describe('saga goldens', () => {
  it('examples', async () => {
    checkGolden(DIR, 'examples', await sagasOf('examples/articles'))
  })
  it.skipIf(!hasSeeds())(hasSeeds() ? 'seeds' : NO_SEEDS_REASON, async () => {
    checkGolden(DIR, 'seeds', await sagasOf(SEEDS_DIR))
  })
})
