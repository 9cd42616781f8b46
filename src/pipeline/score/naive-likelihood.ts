/**
 * Test oracle: the straightforward likelihood model as it was before the indexed history
 * (every factor re-scans every claim up to the date). Slow (quadratic in a player's claims) but
 * obviously faithful to SPEC §8; the property tests check that `likelihoodHistory` and
 * `likelihoodAt` give byte-identical points. Not used by the application.
 */
import type { LikelihoodFactor, LikelihoodPoint, Saga, TimelineEntry } from '../../domain/saga.ts'
import type { ClaimType } from '../../domain/types.ts'
import { DEFAULT_RELIABILITY, STAGE_WEIGHT, credibility, daysBetween, entriesUpTo, isProgress, logit, sigmoid, signed1, sourceOf, stageOfType, stageRank, wording, type ProgressStage } from './stages.ts'
import { BASE_RATE, P_MAX, P_MIN, type LikelihoodContext } from './likelihood.ts'
import { describe } from './view.ts'
import type { ContextInput } from './factors-context.ts'

interface View {
  saga: Saga
  date: string
  /** The saga's own dated, non-historical claims up to `date`, in timeline order. */
  entries: TimelineEntry[]
  /** Reliability in [0, 1] of the source of an entry. */
  rel: (e: TimelineEntry) => number
  /** Rank of the furthest stage affirmed by a non-speculative claim. */
  rank: number
}


/**
 * Builds the view of a saga at a date.
 * @example createView(saga, '2025-03-01', (s) => 0.8).rank // 3 when talks are the furthest stage
 */
function createView(saga: Saga, date: string, reliability?: (source: string) => number): View {
  const entries = entriesUpTo(saga, date)
  const r = reliability ?? (() => DEFAULT_RELIABILITY)
  const rel = (e: TimelineEntry) => clamp01(r(sourceOf(e)))
  let rank = 0
  for (const e of entries) {
    if (e.modality === 'speculative' || !isProgress(e, saga.kind)) continue
    rank = Math.max(rank, stageRank(stageOfType(e.type, saga.kind) as ProgressStage))
  }
  return { saga, date, entries, rel, rank }
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : DEFAULT_RELIABILITY)
function recency(v: View, e: TimelineEntry, halfLife: number): number {
  return 0.5 ** (Math.max(0, daysBetween(e.date as string, v.date)) / halfLife)
}
function isSuperseded(v: View, e: TimelineEntry, minRank: number): boolean {
  return v.entries.some((x) => {
    const s = isProgress(x, v.saga.kind) ? stageOfType(x.type, v.saga.kind) : undefined
    return s !== undefined && stageRank(s) >= minRank && (x.date as string) > (e.date as string)
  })
}
/** The strongest progress claim (the first on ties), with its stage weight and credit. */
/** Progress at approach or beyond, other than a rejected bid, dated after `e`: an ended saga reopened. */
function isRevived(v: View, e: TimelineEntry): boolean {
  return v.entries.some((x) => {
    const s = isProgress(x, v.saga.kind) ? stageOfType(x.type, v.saga.kind) : undefined
    return s !== undefined && x.type !== 'bid_rejected' && stageRank(s) >= 2 && (x.date as string) > (e.date as string)
  })
}

function bestStage(v: View): { e: TimelineEntry; base: number; credit: number } | undefined {
  let best: { e: TimelineEntry; base: number; credit: number } | undefined
  for (const e of v.entries) {
    if (!isProgress(e, v.saga.kind)) continue
    const stage = stageOfType(e.type, v.saga.kind) as ProgressStage
    const base = STAGE_WEIGHT[stage] * wording(e)
    const credit = base * credibility(v.rel(e))
    if (!best || credit > best.credit) best = { e, base, credit }
  }
  return best
}

function stageFactors(v: View): LikelihoodFactor[] {
  const best = bestStage(v)
  if (!best || best.credit === 0) return []
  const stage = stageOfType(best.e.type, v.saga.kind) as ProgressStage
  const out: LikelihoodFactor[] = [
    { factor: 'likelihood/stage@1', delta: best.base, why: `${describe(best.e)} (stage ${stage}): ${signed1(best.base)}` },
  ]
  const extra = best.credit - best.base
  if (Math.abs(extra) >= 0.005) {
    const r = v.rel(best.e).toFixed(2)
    const how = extra > 0 ? 'a reliable source, so it counts more' : 'a weak source, so it counts less'
    out.push({ factor: 'likelihood/reliability@1', delta: extra, why: `${sourceOf(best.e)} has reliability ${r}, ${how}: ${signed1(extra)}` })
  }
  return out
}

/**
 * Independent corroboration: distinct origins among affirmed progress claims, log-scaled, capped.
 * Carriers of one report count once; a report's origin is its named source or earliest carrier.
 * @example reportsFactor(view) // [{ factor: 'likelihood/reports@1', delta: 0.38, why: '3 independent reports …' }]
 */
function reportsFactor(v: View): LikelihoodFactor[] {
  const origins = new Set<string>()
  let carriers = 0
  for (const e of v.entries) {
    if (!isProgress(e, v.saga.kind)) continue
    const report = v.saga.reports.find((r) => r.id === e.reportId)
    origins.add(report?.origin ?? sourceOf(e))
    carriers += Math.max(1, e.carriers.length)
  }
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
function windowScope(v: View, denial: TimelineEntry): number {
  if (!denial.window) return 1
  const elsewhere = v.entries.some((e) => isProgress(e, v.saga.kind) && e.window && e.window !== denial.window)
  return elsewhere ? 1 / 3 : 1
}

function denialFactors(v: View): LikelihoodFactor[] {
  const latestAtRank = latestDateAtRank(v)
  const raw: { e: TimelineEntry; delta: number }[] = []
  for (const e of v.entries) {
    const stage = e.stance === 'denied' ? stageOfType(e.type, v.saga.kind) : undefined
    if (!stage) continue
    const rank = stageRank(stage)
    const counts = rank > v.rank || (rank === v.rank && (latestAtRank === undefined || (e.date as string) > latestAtRank))
    if (counts) raw.push({ e, delta: -0.7 * credibility(v.rel(e)) * wording(e) * recency(v, e, 60) * windowScope(v, e) })
  }
  const total = raw.reduce((s, x) => s + x.delta, 0)
  const scale = total < -2.5 ? -2.5 / total : 1
  return raw
    .map(({ e, delta }) => ({ e, delta: delta * scale }))
    .filter((x) => Math.abs(x.delta) >= 0.005)
    .map(({ e, delta }) => ({ factor: 'likelihood/denial@1', delta, why: `${describe(e)}, at or beyond the stage reached: ${signed1(delta)}` }))
}

function latestDateAtRank(v: View): string | undefined {
  let latest: string | undefined
  for (const e of v.entries) {
    const s = isProgress(e, v.saga.kind) && e.modality !== 'speculative' ? stageOfType(e.type, v.saga.kind) : undefined
    if (s && stageRank(s) === v.rank && (!latest || (e.date as string) > latest)) latest = e.date as string
  }
  return latest
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
function setbackFactors(v: View): LikelihoodFactor[] {
  const table = v.saga.kind === 'move' ? MOVE_SETBACKS : RENEWAL_SETBACKS
  const sums = new Map<string, number>()
  const out: LikelihoodFactor[] = []
  for (const e of v.entries) {
    const s = e.stance === 'affirmed' ? table[e.type] : undefined
    if (!s || isSuperseded(v, e, s.supersededFrom)) continue
    const raw = s.weight * credibility(v.rel(e)) * wording(e) * recency(v, e, s.halfLife) * windowScope(v, e)
    const used = sums.get(s.factor) ?? 0
    const delta = Math.max(raw, s.cap - used)
    if (Math.abs(delta) < 0.005) continue
    sums.set(s.factor, used + delta)
    out.push({ factor: s.factor, delta, why: `${describe(e)}: ${signed1(delta)}` })
  }
  return out
}
const STALE_AFTER_DAYS = 90
const CONTRACT_FREE_DAYS = 183

/**
 * Other sagas of the player at the view date. A renewal's offer lowers a move and its signing ends
 * it; another move's agreement lowers this one. Strongest claim per kind of effect.
 * @example competingFactors(view, [renewalSaga]) // [{ factor: 'likelihood/renewal@1', delta: -2.5, … }]
 */
function competingFactors(v: View, competing: Saga[]): LikelihoodFactor[] {
  const best = new Map<string, LikelihoodFactor>()
  const keep = (f: LikelihoodFactor) => {
    const cur = best.get(f.factor)
    if (!cur || Math.abs(f.delta) > Math.abs(cur.delta)) best.set(f.factor, f)
  }
  for (const c of competing) {
    if (c.id === v.saga.id) continue
    for (const e of entriesUpTo(c, v.date)) {
      if (e.stance !== 'affirmed') continue
      const w = credibility(v.rel(e)) * wording(e)
      const name = c.kind === 'renewal' ? `${c.club} renewal` : `move to ${c.club}`
      if (c.kind === 'renewal' && e.type === 'extension_signed' && e.modality !== 'confirmed') {
        keep({ factor: 'likelihood/renewal@1', delta: -2.5 * w, why: `${describe(e)} (${name}): ${signed1(-2.5 * w)}` })
      } else if (c.kind === 'renewal' && e.type === 'extension_offer') {
        const d = -0.5 * w * recency(v, e, 90)
        keep({ factor: 'likelihood/renewal-offer@1', delta: d, why: `${describe(e)} (${name}): ${signed1(d)}` })
      } else if (c.kind === 'move' && isProgress(e, 'move') && stageRank(stageOfType(e.type, 'move')!) >= 5 && !(e.type === 'signed' && e.modality === 'confirmed') && !overtaken(v, e)) {
        // A rival move weighs while it is live: it fades with time (half-life 60 days).
        const d = -1 * w * recency(v, e, 60)
        keep({ factor: 'likelihood/competing-move@1', delta: d, why: `${describe(e)} (${name}): ${signed1(d)}` })
      }
    }
  }
  return [...best.values()].filter((f) => Math.abs(f.delta) >= 0.005)
}

/**
 * A rival move is overtaken once this saga reaches talks or beyond after it: the clubs would not
 * negotiate for a player whose move elsewhere was still on.
 */
function overtaken(v: View, rival: TimelineEntry): boolean {
  return v.entries.some((x) => isProgress(x, v.saga.kind) && stageRank(stageOfType(x.type, v.saga.kind)!) >= 3 && (x.date as string) > (rival.date as string))
}

/**
 * "He wants to leave" (`stays` denied, in this saga or his renewal saga) raises a move and lowers a
 * renewal; a stalled renewal (extension claims denied) raises a move. Strongest of each.
 * @example intentFactors(view, [renewalSaga]) // [{ factor: 'likelihood/wants-to-leave@1', delta: 0.6, … }]
 */
function intentFactors(v: View, competing: Saga[]): LikelihoodFactor[] {
  const sign = v.saga.kind === 'move' ? 1 : -1
  const pool: TimelineEntry[] = [...v.entries]
  for (const c of competing) if (c.kind === 'renewal' && c.id !== v.saga.id) pool.push(...entriesUpTo(c, v.date))
  let leave: LikelihoodFactor | undefined
  let stalled: LikelihoodFactor | undefined
  for (const e of pool) {
    if (e.stance !== 'denied') continue
    const w = credibility(v.rel(e)) * wording(e) * recency(v, e, 120)
    if (e.type === 'stays') {
      const d = sign * 0.6 * w
      if (!leave || Math.abs(d) > Math.abs(leave.delta)) leave = { factor: 'likelihood/wants-to-leave@1', delta: d, why: `The player wants to leave (${describe(e)}): ${signed1(d)}` }
    } else if (v.saga.kind === 'move' && (e.type === 'extension_offer' || e.type === 'extension_signed')) {
      const d = 0.4 * w
      if (!stalled || d > stalled.delta) stalled = { factor: 'likelihood/renewal-stalled@1', delta: d, why: `${describe(e)}: ${signed1(d)}` }
    }
  }
  return [leave, stalled].filter((f): f is LikelihoodFactor => f !== undefined && Math.abs(f.delta) >= 0.005)
}

/**
 * Time: positive evidence (`evidence`, the log-odds gained from stage, reliability and reports)
 * decays once 90 days pass without a new report (0.4% a day, at most 60%), so staleness can undo
 * evidence but never push below having none; a contract ending within six months (a pre-contract
 * and a free move become possible, FIFA RSTP art. 18.3); a window about to close before any agreement.
 * @example timeFactors(view, { windows: () => ({ daysToContractEnd: 120 }) }, 1.7)
 */
function timeFactors(v: View, ctx: ContextInput, evidence: number): LikelihoodFactor[] {
  const out: LikelihoodFactor[] = []
  const last = v.entries.filter((e) => isProgress(e, v.saga.kind)).map((e) => e.date as string).sort().at(-1)
  const gap = last ? daysBetween(last, v.date) : 0
  if (gap > STALE_AFTER_DAYS && evidence > 0) {
    const decay = Math.min(0.6, 0.004 * (gap - STALE_AFTER_DAYS))
    const d = -decay * evidence
    const why = `No new report for ${gap} days (last on ${last}), so the evidence decays by ${Math.round(decay * 100)}%: ${signed1(d)}`
    if (Math.abs(d) >= 0.005) out.push({ factor: 'likelihood/stale@1', delta: d, why })
  }
  const cal = ctx.windows?.(v.date) ?? {}
  const toEnd = cal.daysToContractEnd
  if (v.saga.kind === 'move' && toEnd !== undefined && toEnd >= 0 && toEnd <= CONTRACT_FREE_DAYS) {
    out.push({ factor: 'likelihood/contract-expiry@1', delta: 0.5, why: `His contract ends in ${toEnd} days, so he can agree a free move: +0.5` })
  }
  const toClose = cal.daysToWindowClose
  if (toClose !== undefined && toClose >= 0 && toClose <= 5 && v.rank < 5) {
    out.push({ factor: 'likelihood/window-closing@1', delta: -0.4, why: `The window closes in ${toClose} days with no agreement yet: -0.4` })
  }
  return out
}

interface TerminalEvent {
  date: string
  positive: boolean
  why: string
}

/**
 * Terminal claims of confirmed modality: the latest one decides (ties go to the negative).
 * A signing sets p to 0.99; a collapse, the player staying, his new contract or a move elsewhere caps it at 0.02.
 * @example terminalEvent(view, []) // { date: '2025-06-11', positive: true, why: 'The signing confirmed by …' }
 */
/** The latest firm (reported or confirmed) affirmed ending of the saga itself (the last in timeline order on ties). */
function latestEnding(v: View): TimelineEntry | undefined {
  let last: TimelineEntry | undefined
  for (const e of v.entries) {
    const ends = e.stance === 'affirmed' && (e.type === 'collapsed' || (v.saga.kind === 'move' && e.type === 'stays'))
    if (ends && (e.modality === 'confirmed' || e.modality === 'reported') && (!last || (e.date as string) >= (last.date as string))) last = e
  }
  return last
}

function terminalEvent(v: View, competing: Saga[]): TerminalEvent | undefined {
  const events: TerminalEvent[] = []
  const ending = latestEnding(v)
  const done = v.saga.kind === 'move' ? 'signed' : 'extension_signed'
  for (const e of v.entries) {
    if (e.stance !== 'affirmed' || e.modality !== 'confirmed') continue
    if (e.type === done) events.push({ date: e.date as string, positive: true, why: describe(e) })
    const ends = e.type === 'collapsed' || (v.saga.kind === 'move' && e.type === 'stays')
    if (ends && !isRevived(v, ending ?? e)) events.push({ date: e.date as string, positive: false, why: describe(e) })
  }
  for (const c of competing) {
    if (c.id === v.saga.id) continue
    const other = c.kind === 'renewal' ? 'extension_signed' : 'signed'
    for (const e of entriesUpTo(c, v.date)) {
      if (e.stance === 'affirmed' && e.modality === 'confirmed' && e.type === other) {
        events.push({ date: e.date as string, positive: false, why: `${describe(e)} (${c.kind === 'renewal' ? `${c.club} renewal` : `move to ${c.club}`})` })
      }
    }
  }
  events.sort((a, b) => (a.date === b.date ? Number(b.positive) - Number(a.positive) : a.date < b.date ? -1 : 1))
  return events.at(-1)
}
const DONE_P = 0.99
const ENDED_P = 0.02

/**
 * The likelihood of a saga at a date, using only claims dated on or before it.
 * @example
 * likelihoodAt(saga, '2025-05-06', { competing: [renewal], reliability: (s) => scores.get(s) ?? 0.5 })
 * // { date: '2025-05-06', p: 0.84, factors: [{ factor: 'likelihood/prior@1', delta: -1.73, why: … }, …] }
 */
export function naiveLikelihoodAt(saga: Saga, date: string, ctx: LikelihoodContext = {}): LikelihoodPoint {
  const v = createView(saga, date, ctx.reliability)
  const competing = ctx.competing ?? []
  const prior = logit(BASE_RATE)
  const evidence = [...stageFactors(v), ...reportsFactor(v)]
  const gained = evidence.reduce((s, f) => s + f.delta, 0)
  const factors: LikelihoodFactor[] = [
    { factor: 'likelihood/prior@1', delta: prior, why: `Most transfer rumours never happen: start at ${Math.round(BASE_RATE * 100)}% (${signed1(prior)} log-odds)` },
    ...evidence,
    ...denialFactors(v),
    ...setbackFactors(v),
    ...competingFactors(v, competing),
    ...intentFactors(v, competing),
    ...timeFactors(v, ctx, gained),
  ]
  let sum = factors.reduce((s, f) => s + f.delta, 0)
  const ending = latestEnding(v)
  if (ending && sum > prior && !isRevived(v, ending) && windowScope(v, ending) === 1) {
    const delta = prior - sum
    factors.push({ factor: 'likelihood/ended@1', delta, why: `${describe(ending)}, with no progress since: back to the base rate: ${signed1(delta)}` })
    sum += delta
  }
  const end = terminalEvent(v, competing)
  if (end) {
    const delta = end.positive ? logit(DONE_P) - sum : Math.min(0, logit(ENDED_P) - sum)
    const what = end.positive ? 'settled: it happened' : 'settled: it is off'
    if (delta !== 0) factors.push({ factor: 'likelihood/terminal@1', delta, why: `${end.why}, ${what}: ${signed1(delta)}` })
  }
  const total = factors.reduce((s, f) => s + f.delta, 0)
  return { date, p: clampP(sigmoid(total)), factors }
}

const clampP = (p: number) => Math.min(P_MAX, Math.max(P_MIN, Number.isFinite(p) ? p : BASE_RATE))

/**
 * Likelihood at every dated timeline entry (and any extra dates), in date order, one point per date.
 * @example likelihoodHistory(saga, {}, ['2025-06-30']).map((x) => x.p) // [0.19, 0.27, …]
 */
export function naiveLikelihoodHistory(saga: Saga, ctx: LikelihoodContext = {}, dates: string[] = []): LikelihoodPoint[] {
  const all = new Set<string>(dates.map((d) => d.slice(0, 10)))
  for (const e of saga.timeline) if (e.date && !e.historical) all.add(e.date.slice(0, 10))
  return [...all].sort().map((d) => naiveLikelihoodAt(saga, d, ctx))
}
