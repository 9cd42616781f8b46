/**
 * Likelihood factors read from the saga's own claims: stage reached, the reliability of whoever
 * reported it, independent reports, denials and setbacks (SPEC §8). Each returns named factors
 * with a signed log-odds delta and a sentence saying why.
 */
import type { LikelihoodFactor, TimelineEntry } from '../../domain/saga.ts'
import type { ClaimType } from '../../domain/types.ts'
import { credibility, signed1, sourceOf, stageOfType, stageRank, wording, type ProgressStage } from './stages.ts'
import { described, isSuperseded, recency, type View } from './view.ts'

/**
 * Stage and reliability: the strongest affirmed progress claim, credit = stage weight × wording × credibility.
 * Taking the maximum keeps the model monotone: a new claim can only raise it.
 * @example stageFactors(view) // [{ factor: 'likelihood/stage@1', delta: 1.3, why: 'Talks reported by … (stage talks): +1.3' }, …]
 */
export function stageFactors(v: View): LikelihoodFactor[] {
  const best = v.stage
  if (!best || best.credit === 0) return []
  // Speed: the strongest claim stays the same for many dates; its sentences are written once.
  best.why ??= `${described(v, best.e)} (stage ${stageOfType(best.e.type, v.saga.kind) as ProgressStage}): ${signed1(best.base)}`
  const out: LikelihoodFactor[] = [{ factor: 'likelihood/stage@1', delta: best.base, why: best.why }]
  const extra = best.credit - best.base
  if (Math.abs(extra) >= 0.005) {
    const r = v.rel(best.e).toFixed(2)
    const how = extra > 0 ? 'a reliable source, so it counts more' : 'a weak source, so it counts less'
    best.reliabilityWhy ??= `${sourceOf(best.e)} has reliability ${r}, ${how}: ${signed1(extra)}`
    out.push({ factor: 'likelihood/reliability@1', delta: extra, why: best.reliabilityWhy })
  }
  return out
}

/**
 * Independent corroboration: distinct origins among affirmed progress claims, log-scaled, capped.
 * Carriers of one report count once; a report's origin is its named source or earliest carrier.
 * @example reportsFactor(view) // [{ factor: 'likelihood/reports@1', delta: 0.38, why: '3 independent reports …' }]
 */
export function reportsFactor(v: View): LikelihoodFactor[] {
  const { origins, carriers } = v
  const n = origins.size
  if (n < 2) return []
  const delta = Math.min(0.9, 0.35 * Math.log(n))
  const why = `${n} independent reports (${carriers} carrying articles) back the move: ${signed1(delta)}`
  return [{ factor: 'likelihood/reports@1', delta, why }]
}

/**
 * Denials of a stage at or beyond the one reached (and not overtaken by a later affirmation),
 * weighted by source reliability and recency (half-life 60 days); total capped at −2.5.
 * @example denialFactors(view) // [{ factor: 'likelihood/denial@1', delta: -0.7, why: 'Talks denied by … : -0.7' }]
 */
/**
 * "No deal in January" says nothing against a move next summer: a denial or setback ("rejected
 * in January", "not for sale this month") scoped to one window counts a third as much when
 * affirmed progress claims of the saga point at another window.
 */
export function windowScope(v: View, denial: TimelineEntry): number {
  if (!denial.window) return 1
  // Any progress claim naming a window other than this one: windows seen, minus this one.
  const elsewhere = v.windows.size > (v.windows.has(denial.window) ? 1 : 0)
  return elsewhere ? 1 / 3 : 1
}

export function denialFactors(v: View): LikelihoodFactor[] {
  if (v.denials.length === 0) return []
  const latestAtRank = v.rankDate
  const raw: { e: TimelineEntry; delta: number }[] = []
  let kept = 0
  for (const d of v.denials) {
    const e = d.e
    const rank = stageRank(stageOfType(e.type, v.saga.kind)!)
    const counts = rank > v.rank || (rank === v.rank && (latestAtRank === undefined || (e.date as string) > latestAtRank))
    // Speed: the rank reached and its date only grow, so a denial that stops counting never
    // counts again: drop it from the view.
    if (!counts) continue
    v.denials[kept++] = d
    // Same multiplications, in the same order, as -0.7 × credibility × wording × recency × scope.
    d.base ??= -0.7 * credibility(v.rel(e)) * wording(e)
    raw.push({ e, delta: d.base * recency(v, e, 60) * windowScope(v, e) })
  }
  v.denials.length = kept
  const total = raw.reduce((s, x) => s + x.delta, 0)
  const scale = total < -2.5 ? -2.5 / total : 1
  return raw
    .map(({ e, delta }) => ({ e, delta: delta * scale }))
    .filter((x) => Math.abs(x.delta) >= 0.005)
    .map(({ e, delta }) => ({ factor: 'likelihood/denial@1', delta, why: `${described(v, e)}, at or beyond the stage reached: ${signed1(delta)}` }))
}

interface Setback {
  factor: string
  weight: number
  /** Overtaken when an affirmed progress claim at this rank or beyond comes later. */
  supersededFrom: number
  cap: number
  halfLife: number
}

// INFO: a rejected bid does not end a saga (SPEC §6): small and overtaken once talks follow.
const MOVE_SETBACKS: Partial<Record<ClaimType, Setback>> = {
  bid_rejected: { factor: 'likelihood/bid-rejected@1', weight: -0.35, supersededFrom: 3, cap: -0.8, halfLife: 90 },
  not_for_sale: { factor: 'likelihood/not-for-sale@1', weight: -0.6, supersededFrom: 3, cap: -1.2, halfLife: 120 },
  rejected_move: { factor: 'likelihood/rejected-move@1', weight: -1.2, supersededFrom: 4, cap: -2, halfLife: 120 },
  stays: { factor: 'likelihood/stays@1', weight: -1.5, supersededFrom: 3, cap: -2.5, halfLife: 180 },
  collapsed: { factor: 'likelihood/collapsed@1', weight: -2.5, supersededFrom: 2, cap: -3, halfLife: 365 },
}
const RENEWAL_SETBACKS: Partial<Record<ClaimType, Setback>> = {
  collapsed: MOVE_SETBACKS.collapsed,
}

/**
 * Affirmed setbacks (rejected bids, "not for sale", the player refusing, staying, a collapse), each
 * weighted by reliability, wording and recency, dropped once later progress overtakes them.
 * @example setbackFactors(view) // [{ factor: 'likelihood/bid-rejected@1', delta: -0.35, why: 'A rejected bid …' }]
 */
export function setbackFactors(v: View): LikelihoodFactor[] {
  if (v.setbacks.length === 0) return []
  const table = v.saga.kind === 'move' ? MOVE_SETBACKS : RENEWAL_SETBACKS
  const sums = new Map<string, number>()
  const out: LikelihoodFactor[] = []
  let kept = 0
  for (const b of v.setbacks) {
    const e = b.e
    const s = table[e.type]
    // Speed: a setback once overtaken stays overtaken (`since` only grows), and one too old to
    // weigh SPENT stays so (recency and window scope only shrink as the date grows): either way
    // it never counts again, so it leaves the view.
    if (!s || isSuperseded(v, e, s.supersededFrom)) continue
    // Same multiplications, in the same order, as weight × credibility × wording × recency × scope.
    b.base ??= s.weight * credibility(v.rel(e)) * wording(e)
    const raw = b.base * recency(v, e, s.halfLife) * windowScope(v, e)
    if (Math.abs(raw) < SPENT) continue
    v.setbacks[kept++] = b
    const used = sums.get(s.factor) ?? 0
    const delta = Math.max(raw, s.cap - used)
    if (Math.abs(delta) < 0.005) continue
    sums.set(s.factor, used + delta)
    out.push({ factor: s.factor, delta, why: `${described(v, e)}: ${signed1(delta)}` })
  }
  v.setbacks.length = kept
  return out
}

/**
 * Below this |raw delta| a setback is spent: it is under the 0.005 a factor needs, now and at
 * every later date. The margin under 0.005 absorbs any last-bit wobble of `**`.
 */
const SPENT = 0.004
