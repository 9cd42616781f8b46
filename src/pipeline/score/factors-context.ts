/**
 * Likelihood factors from outside the saga's own progress: the player's competing sagas (his
 * renewal, moves elsewhere), his wish to leave, time (stale evidence, contract end, window close),
 * and terminal claims that settle the question (SPEC §6, §8).
 */
import type { LikelihoodFactor, Saga } from '../../domain/saga.ts'
import { bestOf, firstOf, latestOf, type Candidate, type Pick, type Pool } from './pool.ts'
import { signed1 } from './stages.ts'
import { windowScope } from './factors-evidence.ts'
import { described, isRevived, recency, type View } from './view.ts'

/** Context the caller can provide: other sagas of the player, and calendar facts at a date. */
export interface ContextInput {
  competing?: Saga[]
  windows?: (date: string) => { daysToWindowClose?: number; daysToContractEnd?: number }
}

const STALE_AFTER_DAYS = 90
/** No calendar facts (read only). */
const NO_CALENDAR: { daysToWindowClose?: number; daysToContractEnd?: number } = Object.freeze({})
const CONTRACT_FREE_DAYS = 183

/** How factors name a rival saga. (Plain functions here, not closures: see `candidateOf` in rivals.ts.) */
function sagaName(c: Saga): string {
  return c.kind === 'renewal' ? `${c.club} renewal` : `move to ${c.club}`
}

/**
 * Other sagas of the player at the view date. A renewal's offer lowers a move and its signing ends
 * it; another move's agreement lowers this one. Strongest claim per kind of effect.
 * Speed: reads the player's indexed candidates (`v.rivals`), not every claim of every saga.
 * @example competingFactors(view) // [{ factor: 'likelihood/renewal@1', delta: -2.5, … }]
 */
export function competingFactors(v: View): LikelihoodFactor[] {
  const { rivals, date } = v
  const self = v.saga.id
  // Speed: factors too small to show are left out before their sentence is written (the
  // plain scan filtered them out afterwards; the order of the others is the same).
  const found: { first: number; f: LikelihoodFactor }[] = []
  const signed = bestOf(rivals.renewalSigned, date, self, undefined, (c) => -2.5 * c.weight)
  if (signed && shows(signed.delta)) {
    const { c, delta } = signed
    found.push({ first: firstOf(rivals.renewalSigned, date, self)!.idx, f: { factor: 'likelihood/renewal@1', delta, why: `${described(v, c.e)} (${sagaName(c.saga)}): ${signed1(delta)}` } })
  }
  const offer = bestOf(rivals.renewalOffer, date, self, undefined, (c) => -0.5 * c.weight * recency(v, c.e, 90))
  if (offer && shows(offer.delta)) {
    const { c, delta } = offer
    found.push({ first: firstOf(rivals.renewalOffer, date, self)!.idx, f: { factor: 'likelihood/renewal-offer@1', delta, why: `${described(v, c.e)} (${sagaName(c.saga)}): ${signed1(delta)}` } })
  }
  // A rival move weighs while it is live: it fades with time (half-life 60 days), and it is
  // overtaken once this saga reaches talks or beyond after it (the clubs would not negotiate for
  // a player whose move elsewhere was still on).
  const live = v.since[3]
  const move = bestOf(rivals.moves, date, self, live, (c) => -1 * c.weight * recency(v, c.e, 60))
  if (move && shows(move.delta)) {
    const { c, delta } = move
    const first = rivals.movesFirst ? -Infinity : rivals.renewalsFirst ? Infinity : firstLiveMove(v, live)
    found.push({ first, f: { factor: 'likelihood/competing-move@1', delta, why: `${described(v, c.e)} (${sagaName(c.saga)}): ${signed1(delta)}` } })
  }
  // Factors come in the order the plain scan of the sagas would first meet them.
  return found.sort((a, b) => a.first - b.first).map((x) => x.f)
}

/** Whether a factor is large enough to show (|delta| ≥ 0.005). */
function shows(delta: number): boolean {
  return Math.abs(delta) >= 0.005
}

/** The first live rival-move candidate in scan order (when move and renewal sagas interleave). */
function firstLiveMove(v: View, live: string | undefined): number {
  let first = Infinity
  for (const c of v.rivals.moves.all) {
    if ((c.e.date as string) <= v.date && c.saga.id !== v.saga.id && (live === undefined || (c.e.date as string) >= live)) first = Math.min(first, c.idx)
  }
  return first
}

/**
 * "He wants to leave" (`stays` denied, in this saga or his renewal saga) raises a move and lowers a
 * renewal; a stalled renewal (extension claims denied) raises a move. Strongest of each.
 * @example intentFactors(view) // [{ factor: 'likelihood/wants-to-leave@1', delta: 0.6, … }]
 */
export function intentFactors(v: View): LikelihoodFactor[] {
  const sign = v.saga.kind === 'move' ? 1 : -1
  const out: LikelihoodFactor[] = []
  const leave = strongest(v, v.own.leave, v.rivals.leave, (c) => sign * 0.6 * (c.weight * recency(v, c.e, 120)))
  if (leave && shows(leave.delta)) out.push({ factor: 'likelihood/wants-to-leave@1', delta: leave.delta, why: `The player wants to leave (${described(v, leave.c.e)}): ${signed1(leave.delta)}` })
  const stalled = v.saga.kind === 'move' ? strongest(v, v.own.stalled, v.rivals.stalled, (c) => 0.4 * (c.weight * recency(v, c.e, 120))) : undefined
  if (stalled && shows(stalled.delta)) out.push({ factor: 'likelihood/renewal-stalled@1', delta: stalled.delta, why: `${described(v, stalled.c.e)}: ${signed1(stalled.delta)}` })
  return out
}

/** The strongest candidate of the saga's own and of its rivals'; the saga's own come first in the scan, so they win ties. */
function strongest(v: View, own: Pool, rivals: Pool, delta: (c: Candidate) => number): Pick | undefined {
  const a = bestOf(own, v.date, undefined, undefined, delta)
  const b = bestOf(rivals, v.date, v.saga.id, undefined, delta)
  return !a ? b : !b ? a : Math.abs(b.delta) > Math.abs(a.delta) ? b : a
}

/**
 * Time: positive evidence (`evidence`, the log-odds gained from stage, reliability and reports)
 * decays once 90 days pass without a new report (0.4% a day, at most 60%), so staleness can undo
 * evidence but never push below having none; a contract ending within six months (a pre-contract
 * and a free move become possible, FIFA RSTP art. 18.3); a window about to close before any agreement.
 * @example timeFactors(view, { windows: () => ({ daysToContractEnd: 120 }) }, 1.7)
 */
export function timeFactors(v: View, ctx: ContextInput, evidence: number): LikelihoodFactor[] {
  const out: LikelihoodFactor[] = []
  const last = v.since[0]
  const gap = last ? v.daysFrom(last) : 0
  if (gap > STALE_AFTER_DAYS && evidence > 0) {
    const decay = Math.min(0.6, 0.004 * (gap - STALE_AFTER_DAYS))
    const d = -decay * evidence
    const why = `No new report for ${gap} days (last on ${last}), so the evidence decays by ${Math.round(decay * 100)}%: ${signed1(d)}`
    if (Math.abs(d) >= 0.005) out.push({ factor: 'likelihood/stale@1', delta: d, why })
  }
  const cal = ctx.windows?.(v.date) ?? NO_CALENDAR
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

/**
 * A saga that stands ended (its latest firm collapse, or the player staying, with no progress
 * after it) is no likelier than a fresh rumour: the progress before the ending stops counting
 * above the base rate (rule `likelihood/ended@1`; the stage machine shows it as `collapsed` or
 * `stays`). Only when no progress claim points at another window than the ending's
 * (`windowScope`): "not in January" leaves a pre-contract for the summer standing, and a loan's
 * option declined in the summer does not undo the loan signed in January. `sum` is the log-odds so far, `prior` the base rate's.
 * @example endedFactor(view, 1.2, -1.73) // { factor: 'likelihood/ended@1', delta: -2.93, why: … }
 */
export function endedFactor(v: View, sum: number, prior: number): LikelihoodFactor | undefined {
  const e = v.ended
  if (!e || sum <= prior || isRevived(v, e) || windowScope(v, e) !== 1) return undefined
  const delta = prior - sum
  return { factor: 'likelihood/ended@1', delta, why: `${described(v, e)}, with no progress since: back to the base rate: ${signed1(delta)}` }
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
export function terminalEvent(v: View): TerminalEvent | undefined {
  // The latest event wins, a negative one on ties, and among those the last one the scan meets:
  // the saga's own claims first, then the other sagas' in order.
  // Speed: the sentence is written only for the event that wins.
  const done = v.done
  // INFO: the ending told again later (reported or confirmed) keeps it in force: only progress after
  // its latest telling, and no rejected bid, reopens the saga, as in the stage machine (`saga/stage@1`)
  const end = v.end && !isRevived(v, v.ended ?? v.end) ? v.end : undefined
  const c = latestOf(v.rivals.ends, v.date, v.saga.id)
  const dates = [done && (done.date as string), end && (end.date as string), c && (c.e.date as string)]
  const latest = dates.reduce<string | undefined>((d, x) => (x !== undefined && (!d || x > d) ? x : d), undefined)
  if (latest === undefined) return undefined
  if (c && c.e.date === latest) return { date: latest, positive: false, why: `${described(v, c.e)} (${c.saga.kind === 'renewal' ? `${c.saga.club} renewal` : `move to ${c.saga.club}`})` }
  if (end && end.date === latest) return { date: latest, positive: false, why: described(v, end) }
  return { date: latest, positive: true, why: described(v, done!) }
}
