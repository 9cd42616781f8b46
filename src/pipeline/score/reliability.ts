/**
 * Who to believe (SPEC §8): for each journalist and outlet, over resolved sagas, how many claims
 * pointed the right way, how early, a Brier score, and an accuracy shrunk towards the tier prior.
 *
 * Credit is stage-aware. A report of interest, an approach, a bid (rejected or not), talks or
 * personal terms is right when that event happened: the move was completed, or another source
 * independently reported the saga at that stage or beyond. A report of an agreement, a medical or
 * a signing is judged by the final outcome; denials inversely; setbacks (collapse, "not for sale",
 * the player staying or refusing) are right when the move failed.
 */
import type { Resolution, Saga, TimelineEntry } from '../../domain/saga.ts'
import type { Modality } from '../../domain/types.ts'
import { daysBetween, isProgress, sourceOf, sourcesOf, stageOfType, stageRank } from './stages.ts'

export interface SourceInfo {
  tier?: number
  kind?: string
}

export interface ReliabilityOptions {
  /** Tier and kind of a source (the knowledge base's `tier`); undefined when unknown. */
  tierOf?: (source: string) => SourceInfo | undefined
  /** League of a club, for the breakdown by league. */
  leagueOf?: (club: string) => string | undefined
  /** One name per source ("Plettenberg" and "Florian Plettenberg" are one journalist); default: as written. */
  canonical?: (source: string) => string
  /** Weight of an outlet that only carried a report (default 0.5). */
  carrierWeight?: number
  /** Strength of the Beta prior, in claims (default 5). */
  priorStrength?: number
}

export interface Tally {
  claims: number
  right: number
}

export interface SourceScore extends Tally {
  source: string
  kind?: string
  tier?: number
  /** right / claims (claims are weighted: a mere carrier counts `carrierWeight`). */
  accuracy: number
  /** Posterior mean of a Beta prior centred on the tier prior, after the evidence. */
  shrunk: number
  /** Mean squared error of the probability the wording implied (confirmed 0.95 … speculative 0.6). */
  brier: number
  /** Median days between a right claim and the outcome; null with no right claim. */
  medianDaysEarly: number | null
  byClub: Record<string, Tally>
  byLeague: Record<string, Tally>
}

/** Prior mean accuracy per knowledge-base tier (unknown: 0.5). */
export const TIER_PRIOR: Record<number, number> = { 1: 0.8, 2: 0.7, 3: 0.55, 4: 0.4 }
export const UNKNOWN_PRIOR = 0.5
const IMPLIED: Record<Modality, number> = { confirmed: 0.95, reported: 0.8, expected: 0.7, speculative: 0.6 }
const EVENT_MAX_RANK = 4 // up to personal_terms, a report is about an event; from agreement on, about the outcome

/**
 * Prior mean accuracy of a tier.
 * @example tierPrior(1) // 0.8
 */
export const tierPrior = (tier?: number): number => (tier !== undefined && TIER_PRIOR[tier] !== undefined ? TIER_PRIOR[tier] : UNKNOWN_PRIOR)

const succeeded = (saga: Saga, r: Resolution) => (saga.kind === 'move' ? r.outcome === 'signed' : r.outcome === 'extension_signed')

/**
 * Whether one claim pointed the right way, or undefined when it cannot be judged.
 * @example judgeEntry(bidRejectedEntry, failedSaga, resolution) // true when another source saw the bid too
 */
export function judgeEntry(e: TimelineEntry, saga: Saga, r: Resolution): boolean | undefined {
  const success = succeeded(saga, r)
  const affirmed = e.stance === 'affirmed'
  const stage = stageOfType(e.type, saga.kind)
  if (stage !== undefined) {
    const rank = stageRank(stage)
    const truth = rank <= EVENT_MAX_RANK ? success || corroborated(saga, e, rank, r.date) : success
    return affirmed === truth
  }
  const leaving = e.type === 'collapsed' || e.type === 'not_for_sale' || e.type === 'rejected_move' || e.type === 'stays'
  if (saga.kind === 'move' && leaving) return affirmed === !success
  if (saga.kind === 'renewal' && e.type === 'stays') return affirmed === success
  if (saga.kind === 'renewal' && e.type === 'collapsed') return affirmed === !success
  return undefined
}

/** Another origin affirmed the saga at this rank or beyond before the outcome. */
function corroborated(saga: Saga, e: TimelineEntry, rank: number, until: string): boolean {
  const me = sourceOf(e)
  return saga.timeline.some((x) => {
    if (x === e || x.historical || !x.date || x.date > until || !isProgress(x, saga.kind)) return false
    const s = stageOfType(x.type, saga.kind)
    return s !== undefined && stageRank(s) >= rank && sourceOf(x) !== me
  })
}

interface Acc {
  w: number
  right: number
  sq: number
  days: number[]
  byClub: Record<string, Tally>
  byLeague: Record<string, Tally>
}

/**
 * The source leaderboard over resolved sagas, best shrunk accuracy first.
 * @example scoreSources([{ saga, resolution }], { tierOf: (s) => kb.tier(s) })[0] // { source: 'David Ornstein', shrunk: 0.84, … }
 */
export function scoreSources(resolved: { saga: Saga; resolution: Resolution }[], opts: ReliabilityOptions = {}): SourceScore[] {
  const acc = new Map<string, Acc>()
  const seen = new Set<string>()
  for (const { saga, resolution } of resolved) {
    for (const e of saga.timeline) {
      if (e.historical || !e.date || e.date >= resolution.date) continue
      const right = judgeEntry(e, saga, resolution)
      if (right === undefined) continue
      for (const { source: written, weight } of sourcesOf(e, opts.carrierWeight ?? 0.5)) {
        const source = opts.canonical?.(written) ?? written
        const key = `${saga.id}\u0000${e.reportId}\u0000${e.type}\u0000${e.stance}\u0000${source}`
        if (seen.has(key)) continue
        seen.add(key)
        record(acc, source, { saga, e, right, weight, days: daysBetween(e.date, resolution.date) }, opts)
      }
    }
  }
  return [...acc].map(([source, a]) => toScore(source, a, opts)).sort(
    (x, y) => y.shrunk - x.shrunk || y.claims - x.claims || x.source.localeCompare(y.source),
  )
}

interface Judged {
  saga: Saga
  e: TimelineEntry
  right: boolean
  weight: number
  days: number
}

function record(acc: Map<string, Acc>, source: string, j: Judged, opts: ReliabilityOptions): void {
  const a = acc.get(source) ?? { w: 0, right: 0, sq: 0, days: [], byClub: {}, byLeague: {} }
  acc.set(source, a)
  a.w += j.weight
  if (j.right) a.right += j.weight
  a.sq += j.weight * (IMPLIED[j.e.modality] - (j.right ? 1 : 0)) ** 2
  if (j.right) a.days.push(j.days)
  const clubs = [...new Set([j.saga.fromClub, j.saga.club].filter((c): c is string => !!c))]
  const leagues = new Set<string>()
  for (const club of clubs) {
    bump(a.byClub, club, j)
    const league = opts.leagueOf?.(club)
    if (league) leagues.add(league)
  }
  for (const league of leagues) bump(a.byLeague, league, j)
}

function bump(t: Record<string, Tally>, key: string, j: Judged): void {
  const cur = t[key] ?? { claims: 0, right: 0 }
  t[key] = { claims: cur.claims + j.weight, right: cur.right + (j.right ? j.weight : 0) }
}

function toScore(source: string, a: Acc, opts: ReliabilityOptions): SourceScore {
  const info = opts.tierOf?.(source)
  const k = opts.priorStrength ?? 5
  const days = [...a.days].sort((x, y) => x - y)
  const mid = days.length ? (days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2) : null
  return {
    source,
    ...(info?.kind !== undefined ? { kind: info.kind } : {}),
    ...(info?.tier !== undefined ? { tier: info.tier } : {}),
    claims: a.w,
    right: a.right,
    accuracy: a.w ? a.right / a.w : 0,
    shrunk: (tierPrior(info?.tier) * k + a.right) / (k + a.w),
    brier: a.w ? a.sq / a.w : 0,
    medianDaysEarly: mid,
    byClub: a.byClub,
    byLeague: a.byLeague,
  }
}

/**
 * A reliability function for `likelihoodAt`: a scored source's shrunk accuracy, else its tier prior.
 * @example reliabilityOf(scores, opts)('Fabrizio Romano') // 0.83
 */
export function reliabilityOf(scores: SourceScore[], opts: Pick<ReliabilityOptions, 'tierOf'> = {}): (source: string) => number {
  const map = new Map(scores.map((s) => [s.source, s.shrunk]))
  return (source) => map.get(source) ?? tierPrior(opts.tierOf?.(source)?.tier)
}
