/**
 * Golden sagas (issue 4 §5): the sagas built from the example corpus and from the seeds (when
 * present), as compact JSON — id, stage, counts, and for the Alexander-Arnold move its timeline.
 * `UPDATE_GOLDEN=1` regenerates; review the diff like code.
 */
import { existsSync, readdirSync } from 'node:fs'
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

/**
 * A saga fixture (`fixtures/SLUG/articles/*.txt`, written for the project): every saga, and for
 * each move saga its timeline (with the kind of deal each entry says: loan, permanent), the kinds
 * of deal it speaks of, and its likelihood at each date with the factors' ids, so that a
 * change in stage, folding or judgement shows as a diff.
 */
async function fixtureSagas(dir: string) {
  const db = tempDb()
  await cli(['--db', db, 'ingest', join(dir, 'articles')])
  const list = JSON.parse((await cli(['--db', db, 'sagas', '--limit', '50', '--json'])).stdout)
  const out: Record<string, unknown>[] = []
  for (const s of [...list.items].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))) {
    const detail = JSON.parse((await cli(['--db', db, 'saga', s.id, '--json'])).stdout)
    const row: Record<string, unknown> = { id: s.id, stage: s.stage, stageDate: s.stageDate, claims: s.claimCount, reports: s.reportCount }
    if (s.kind === 'move') {
      row.timeline = detail.saga.timeline.map((e: Record<string, unknown>) => [e.date, e.type, e.stance, e.modality, (e.carriers as unknown[]).length, e.historical ? 'past' : '', e.deal ?? ''].join(' ').replace(/ +/g, ' ').trim())
      if (detail.saga.stageDeal) row.stageDeal = detail.saga.stageDeal
      if (detail.saga.deals) row.deals = (detail.saga.deals as { kind: string; reports: number; stage: string }[]).map((d) => `${d.kind} ${d.reports} ${d.stage}`)
      row.likelihood = (detail.likelihood as { date: string; p: number; factors: { factor: string }[] }[]).map((x) => `${x.date} ${Math.round(x.p * 100)}% ${x.factors.map((f) => f.factor.replace(/^likelihood\/|@\d+$/g, '')).join(',')}`)
    }
    out.push(row)
  }
  return out
}

const FIXTURES = join(DIR, 'fixtures')

describe('saga goldens', () => {
  for (const slug of existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : []) {
    it(`fixture ${slug}`, async () => {
      checkGolden(FIXTURES, slug, await fixtureSagas(join(FIXTURES, slug)))
    })
  }

  it('examples', async () => {
    checkGolden(DIR, 'examples', await sagasOf('examples/articles'))
  })
  it.skipIf(!hasSeeds())(hasSeeds() ? 'seeds' : NO_SEEDS_REASON, async () => {
    checkGolden(DIR, 'seeds', await sagasOf(SEEDS_DIR))
  })
})
