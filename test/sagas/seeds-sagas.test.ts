/**
 * The seed articles as sagas (issue 4 §4): the Alexander-Arnold move and renewal sagas, their
 * stages as of three dates, reprinted Romano lines folded into reports, the Van Dijk and Salah
 * renewals, and undated seeds placed by estimated dates.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { hasSeeds, NO_SEEDS_REASON, SEEDS_DIR } from '../../src/test-support/seeds.ts'
import { cli, tempDb } from '../cli/helpers.ts'

const MOVE = 'move:trent-alexander-arnold:real-madrid'

describe('sagas from the seed articles', () => {
  if (!hasSeeds()) {
    it.skip(NO_SEEDS_REASON, () => undefined)
    return
  }
  const db = tempDb()
  const saga = async (asOf?: string) => JSON.parse((await cli(['--db', db, 'saga', MOVE, '--json', ...(asOf ? ['--as-of', asOf] : [])])).stdout)
  beforeAll(async () => {
    expect((await cli(['--db', db, 'ingest', SEEDS_DIR])).code).toBe(0)
  })

  it('shows the move saga and the competing renewal saga for the player', async () => {
    const r = JSON.parse((await cli(['--db', db, 'saga', 'Trent Alexander-Arnold', '--json'])).stdout)
    const ids = r.map((d: { saga: { id: string } }) => d.saga.id)
    expect(ids).toContain(MOVE)
    expect(ids).toContain('renewal:trent-alexander-arnold:liverpool')
  })

  it('is at interest as of 2024-12-15', async () => {
    expect((await saga('2024-12-15')).saga.stage).toBe('interest')
  })

  it('shows the approach, its rejection and the January denial as of 2025-01-02', async () => {
    const d = await saga('2025-01-02')
    const entries = d.saga.timeline as { type: string; stance: string; window: string | null }[]
    expect(d.saga.stage).toBe('approach')
    expect(entries.some((e) => e.type === 'approach' && e.stance === 'affirmed')).toBe(true)
    expect(entries.some((e) => e.type === 'bid_rejected')).toBe(true)
    expect(entries.some((e) => e.window === '2025-january' && (e.stance === 'denied' || e.type === 'not_for_sale'))).toBe(true)
  })

  it('is at talks as of 2025-03-26', async () => {
    expect((await saga('2025-03-26')).saga.stage).toBe('talks')
  })

  it('folds the reprinted Romano lines into reports with several carriers', async () => {
    const d = await saga()
    const multi = d.saga.reports.filter((r: { carriers: unknown[] }) => r.carriers.length > 1)
    expect(multi.length).toBeGreaterThan(0)
    expect(multi.some((r: { origin: string }) => r.origin === 'Fabrizio Romano')).toBe(true)
    expect(d.saga.reportCount).toBeLessThan(d.saga.claimCount)
  })

  it('places undated seeds by estimated dates and marks them as estimates', async () => {
    const d = await saga()
    expect(d.saga.timeline.some((e: { dateEstimated: boolean; date: string | null }) => e.dateEstimated && e.date)).toBe(true)
  })

  it('has Van Dijk and Salah renewals as sagas of their own, Salah from a headline line', async () => {
    const list = JSON.parse((await cli(['--db', db, 'sagas', '--kind', 'renewal', '--json'])).stdout)
    const ids = list.items.map((s: { id: string }) => s.id)
    expect(ids).toContain('renewal:virgil-van-dijk:liverpool')
    expect(ids).toContain('renewal:mohamed-salah:liverpool')
    const salah = JSON.parse((await cli(['--db', db, 'saga', 'renewal:mohamed-salah:liverpool', '--json'])).stdout)
    expect(salah.saga.timeline.every((e: { headline: boolean }) => e.headline)).toBe(true)
  })
})
