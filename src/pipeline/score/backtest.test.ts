import { describe, expect, it } from 'vitest'
import { backtest, STAGE_ALONE } from './backtest.ts'
import { scorePredictions } from './calibration.ts'
import { resolveOutcomes } from './outcomes.ts'
import { entry, makeSaga } from './test-builders.ts'
import { SYNTHETIC_TIERS, syntheticWorld } from './synthetic-world.ts'

const tierOf = (s: string) => SYNTHETIC_TIERS[s]
const run = (seed: number, n = 20) => {
  const sagas = syntheticWorld(seed, n)
  return backtest(sagas, resolveOutcomes(sagas), { tierOf })
}
const brier = (r: ReturnType<typeof run>, model: string) => r.models.find((m) => m.model === model)!.brier

describe('backtest', () => {
  it('scores Brier, log loss and a 10-bin diagram', () => {
    const s = scorePredictions('m', 'M', [[0.9, 1], [0.2, 0], [0.95, 1]])
    expect(s.brier).toBeCloseTo((0.01 + 0.04 + 0.0025) / 3, 10)
    expect(s.logLoss).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.95)) / 3, 10)
    expect(s.bins).toHaveLength(10)
    expect(s.bins[9]).toEqual({ lo: 0.9, hi: 1, count: 2, meanPredicted: 0.925, observed: 1 })
    expect(s.bins[0].meanPredicted).toBeNull()
  })

  it('replays about 20 synthetic sagas in date order, only before each outcome', () => {
    const r = run(1)
    expect(r.sagas).toBe(20)
    const dates = r.predictions.map((p) => p.date)
    expect(dates).toEqual([...dates].sort())
    expect(r.models.map((m) => m.model)).toEqual(['mercato', 'constant', 'stage'])
    for (const m of r.models) expect(m.n).toBe(r.predictions.length)
  })

  it('is deterministic', () => {
    expect(run(3)).toEqual(run(3))
  })

  it('does not leak: a prediction ignores sagas resolved later and claims made later', () => {
    const sagas = syntheticWorld(4, 20)
    const base = backtest(sagas, resolveOutcomes(sagas), { tierOf })
    const first = base.predictions[0]
    const changed = sagas.map((s) => (s.id === first.sagaId ? s : makeSaga({ ...s, entries: [...s.timeline, entry('2099-01-01', 'agreement', { by: ['Fabrizio Romano'] })] })))
    const again = backtest(changed, resolveOutcomes(sagas), { tierOf })
    expect(again.predictions.filter((p) => p.sagaId === first.sagaId)).toEqual(base.predictions.filter((p) => p.sagaId === first.sagaId))
  })

  it('starts the constant baseline at 0.5 and uses a fixed table for stage alone', () => {
    const r = run(2)
    expect(r.predictions[0].constant).toBe(0.5)
    expect(STAGE_ALONE.rumour).toBeCloseTo(0.15, 10)
    expect(STAGE_ALONE.agreement).toBeGreaterThan(STAGE_ALONE.talks)
  })

  // INFO: an honest margin, not a landslide. Over ten seeded worlds of 20 sagas Mercato's mean
  // Brier is ≈0.224 against ≈0.225 for stage alone and ≈0.266 for the base rate; single worlds
  // go either way against stage alone (the model is over-confident on uncorroborated tabloid
  // "agreements"), so the claim is made on the aggregate only.
  it('beats both baselines on Brier, over ten seeded synthetic worlds', () => {
    const reports = Array.from({ length: 10 }, (_, i) => run(i + 1))
    const mean = (model: string) => reports.reduce((s, r) => s + brier(r, model), 0) / reports.length
    expect(mean('mercato')).toBeLessThan(mean('constant'))
    expect(mean('mercato')).toBeLessThan(mean('stage'))
  })
})
