/**
 * The backtest (SPEC §8): replay resolved move sagas in date order and score the likelihoods that
 * Mercato would have given at each timeline date before the outcome, against two baselines.
 *
 * No leakage: at date D the model sees only claims dated ≤ D (its own and its competitors'), and
 * source reliability learned only from sagas resolved strictly before D.
 */
import type { Resolution, Saga } from '../../domain/saga.ts'
import type { SagaId } from '../../domain/types.ts'
import { STAGE_WEIGHT } from './stages.ts'
import { BASE_RATE, P_MAX, P_MIN, likelihoodAt, type LikelihoodContext } from './likelihood.ts'
import { reliabilityOf, scoreSources, type ReliabilityOptions } from './reliability.ts'
import { furthestStage, logit, sigmoid, STAGE_ORDER, type ProgressStage } from './stages.ts'
import { scorePredictions, type ModelScore } from './calibration.ts'

export interface BacktestOptions extends Pick<ReliabilityOptions, 'tierOf' | 'leagueOf'> {
  /** The player's other sagas; default: the other input sagas of the same player. */
  competingOf?: (saga: Saga) => Saga[]
  /** Calendar facts for a saga at a date (window close, contract end). */
  windows?: (saga: Saga, date: string) => ReturnType<NonNullable<LikelihoodContext['windows']>>
}

export interface BacktestPrediction {
  sagaId: SagaId
  date: string
  /** 1 when the move was signed, 0 when it collapsed, the player stayed or renewed. */
  outcome: 0 | 1
  mercato: number
  constant: number
  stage: number
}

export interface BacktestReport {
  /** Move sagas scored (resolved, with at least one dated claim before the outcome). */
  sagas: number
  /** Resolutions known (all kinds), used to learn reliability as time goes by. */
  resolutions: number
  predictions: BacktestPrediction[]
  /** Mercato first, then the constant base rate, then "stage reached alone". */
  models: ModelScore[]
}

/**
 * "Stage reached alone": the probability of a move given only its furthest stage; the same stage
 * weights as Mercato over the same 15% prior, without any other factor.
 */
export const STAGE_ALONE: Record<ProgressStage, number> = Object.fromEntries(
  STAGE_ORDER.map((s) => [s, sigmoid(logit(BASE_RATE) + STAGE_WEIGHT[s])]),
) as Record<ProgressStage, number>

/**
 * Replays resolved move sagas and scores Mercato against a constant base rate and stage alone.
 * @example backtest(sagas, resolveOutcomes(sagas), { tierOf }).models[0].brier // 0.12
 */
export function backtest(sagas: Saga[], resolutions: Resolution[], opts: BacktestOptions = {}): BacktestReport {
  const byId = new Map(sagas.map((s) => [s.id, s]))
  const known = resolutions.filter((r) => byId.has(r.sagaId)).sort((a, b) => a.date.localeCompare(b.date) || a.sagaId.localeCompare(b.sagaId))
  const competingOf = opts.competingOf ?? ((s: Saga) => sagas.filter((o) => o.player === s.player && o.id !== s.id))
  const learn = createLearner(known, byId, opts)
  const predictions: BacktestPrediction[] = []
  for (const { saga, resolution, date } of replayOrder(known, byId)) {
    const past = learn(date)
    const ctx: LikelihoodContext = {
      competing: competingOf(saga),
      reliability: past.reliability,
      ...(opts.windows ? { windows: (d: string) => opts.windows!(saga, d) } : {}),
    }
    predictions.push({
      sagaId: saga.id,
      date,
      outcome: resolution.outcome === 'signed' ? 1 : 0,
      mercato: likelihoodAt(saga, date, ctx).p,
      constant: past.baseRate,
      stage: STAGE_ALONE[furthestStage(saga, date)],
    })
  }
  const scored = new Set(predictions.map((p) => p.sagaId))
  return {
    sagas: scored.size,
    resolutions: known.length,
    predictions,
    models: [
      scorePredictions('mercato', 'Mercato', predictions.map((p) => [p.mercato, p.outcome])),
      scorePredictions('constant', 'Constant base rate', predictions.map((p) => [p.constant, p.outcome])),
      scorePredictions('stage', 'Stage reached alone', predictions.map((p) => [p.stage, p.outcome])),
    ],
  }
}

/** Every (move saga, date before its outcome) pair, in date order. */
function replayOrder(known: Resolution[], byId: Map<SagaId, Saga>): { saga: Saga; resolution: Resolution; date: string }[] {
  const out: { saga: Saga; resolution: Resolution; date: string }[] = []
  for (const resolution of known) {
    const saga = byId.get(resolution.sagaId) as Saga
    if (saga.kind !== 'move') continue
    const dates = new Set<string>()
    for (const e of saga.timeline) if (e.date && !e.historical && e.date < resolution.date) dates.add(e.date)
    for (const date of dates) out.push({ saga, resolution, date })
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.saga.id.localeCompare(b.saga.id))
}

interface Past {
  reliability: (source: string) => number
  baseRate: number
}

/** What had been learned by a date: reliability and base rate over sagas resolved strictly before it (memoised per prefix). */
function createLearner(known: Resolution[], byId: Map<SagaId, Saga>, opts: BacktestOptions): (date: string) => Past {
  const cache = new Map<number, Past>()
  return (date) => {
    let n = 0
    while (n < known.length && known[n].date < date) n++
    const hit = cache.get(n)
    if (hit) return hit
    const train = known.slice(0, n).map((resolution) => ({ saga: byId.get(resolution.sagaId) as Saga, resolution }))
    const scores = scoreSources(train, opts)
    const moves = train.filter((t) => t.saga.kind === 'move')
    const signed = moves.filter((t) => t.resolution.outcome === 'signed').length
    // INFO: Laplace's rule of succession: 0.5 with no training outcome, the base rate as they accumulate.
    const rate = (signed + 1) / (moves.length + 2)
    const past = { reliability: reliabilityOf(scores, opts), baseRate: Math.min(P_MAX, Math.max(P_MIN, rate)) }
    cache.set(n, past)
    return past
  }
}
