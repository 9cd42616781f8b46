/**
 * How likely a saga is to happen, at any date, with the evidence that moved it (SPEC §8).
 *
 * A transparent logistic model. Start from the base rate (most rumours never happen: p0 = 0.15,
 * log-odds −1.73), add named factors in log-odds, each with a sentence saying why, and read the
 * probability off the sum: p = 1 / (1 + e^−Σ), clamped to [0.01, 0.99]. Confirmed terminal claims
 * then settle it (a signing → 0.99; a collapse, the player staying or his new contract → ≤ 0.02).
 *
 * Monotone by construction: the stage factor is a maximum over claims, corroboration grows with
 * origins, denials and setbacks can only be overtaken by new progress, staleness only shrinks.
 */
import type { LikelihoodFactor, LikelihoodPoint, Saga } from '../../domain/saga.ts'
import { competingFactors, endedFactor, intentFactors, terminalEvent, timeFactors, type ContextInput } from './factors-context.ts'
import { denialFactors, reportsFactor, setbackFactors, stageFactors } from './factors-evidence.ts'
import { rivalsOf, type Rivals } from './rivals.ts'
import { entryReliability, logit, sigmoid, signed1 } from './stages.ts'
import { addEntry, createView, openView, type View } from './view.ts'

export interface LikelihoodContext extends ContextInput {
  /** Reliability in [0, 1] of a journalist or outlet; default 0.5 (the unknown-tier prior). */
  reliability?: (source: string) => number
  /**
   * The index of `competing` (`rivalsOf`), built once when many sagas of one player are scored.
   * It may also hold the saga itself (skipped, like in `competing`); `competing` is then unused.
   */
  rivals?: Rivals
}

/** The base rate: share of transfer rumours that end in a move. */
export const BASE_RATE = 0.15
export const P_MIN = 0.01
export const P_MAX = 0.99
const DONE_P = 0.99
const ENDED_P = 0.02

/**
 * The likelihood of a saga at a date, using only claims dated on or before it.
 * @example
 * likelihoodAt(saga, '2025-05-06', { competing: [renewal], reliability: (s) => scores.get(s) ?? 0.5 })
 * // { date: '2025-05-06', p: 0.84, factors: [{ factor: 'likelihood/prior@1', delta: -1.73, why: … }, …] }
 */
export function likelihoodAt(saga: Saga, date: string, ctx: LikelihoodContext = {}): LikelihoodPoint {
  return pointOf(createView(saga, date, ctx.reliability, rivalsFor(ctx)), ctx)
}

function rivalsFor(ctx: LikelihoodContext): Rivals {
  return ctx.rivals ?? rivalsOf(ctx.competing ?? [], entryReliability(ctx.reliability))
}

const PRIOR = logit(BASE_RATE)
const PRIOR_WHY = `Most transfer rumours never happen: start at ${Math.round(BASE_RATE * 100)}% (${signed1(PRIOR)} log-odds)`

/** Appends a factor list. Speed: no spread arrays per point (a history makes one point a date). */
function append(to: LikelihoodFactor[], factors: readonly LikelihoodFactor[]): void {
  for (const f of factors) to.push(f)
}

/** The likelihood point of a view. */
function pointOf(v: View, ctx: LikelihoodContext): LikelihoodPoint {
  const stage = stageFactors(v)
  const reports = reportsFactor(v)
  // The evidence gained, summed in the same order as before: stage factors, then reports.
  let gained = 0
  for (const f of stage) gained += f.delta
  for (const f of reports) gained += f.delta
  const factors: LikelihoodFactor[] = [{ factor: 'likelihood/prior@1', delta: PRIOR, why: PRIOR_WHY }]
  append(factors, stage)
  append(factors, reports)
  append(factors, denialFactors(v))
  append(factors, setbackFactors(v))
  append(factors, competingFactors(v))
  append(factors, intentFactors(v))
  append(factors, timeFactors(v, ctx, gained))
  let sum = factors.reduce((s, f) => s + f.delta, 0)
  const ended = endedFactor(v, sum, PRIOR)
  if (ended) {
    factors.push(ended)
    sum += ended.delta
  }
  const end = terminalEvent(v)
  if (end) {
    const delta = end.positive ? logit(DONE_P) - sum : Math.min(0, logit(ENDED_P) - sum)
    const what = end.positive ? 'settled: it happened' : 'settled: it is off'
    if (delta !== 0) factors.push({ factor: 'likelihood/terminal@1', delta, why: `${end.why}, ${what}: ${signed1(delta)}` })
  }
  const total = factors.reduce((s, f) => s + f.delta, 0)
  return { date: v.date, p: clampP(sigmoid(total)), factors }
}

const clampP = (p: number) => Math.min(P_MAX, Math.max(P_MIN, Number.isFinite(p) ? p : BASE_RATE))

/**
 * Likelihood at every dated timeline entry (and any extra dates), in date order, one point per date.
 * @example likelihoodHistory(saga, {}, ['2025-06-30']).map((x) => x.p) // [0.19, 0.27, …]
 */
export function likelihoodHistory(saga: Saga, ctx: LikelihoodContext = {}, dates: string[] = []): LikelihoodPoint[] {
  const all = new Set<string>(dates.map((d) => d.slice(0, 10)))
  for (const e of saga.timeline) if (e.date && !e.historical) all.add(e.date.slice(0, 10))
  const sortedDates = [...all].sort()
  const rivals = rivalsFor(ctx)
  const usable = saga.timeline.filter((e) => e.date !== null && !e.historical)
  const sorted = usable.every((e, i) => i === 0 || (usable[i - 1].date as string) <= (e.date as string))
  if (!sorted) return sortedDates.map((d) => pointOf(createView(saga, d, ctx.reliability, rivals), ctx))
  // Speed: the usable entries are in date order, so "entries up to d" grows as d grows: one
  // view, fed each entry once, instead of a new view (and a re-scan) per date.
  const v = openView(saga, ctx.reliability, rivals)
  let next = 0
  return sortedDates.map((d) => {
    v.date = d
    while (next < usable.length && (usable[next].date as string) <= d) addEntry(v, usable[next++])
    return pointOf(v, ctx)
  })
}
