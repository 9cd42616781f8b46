/**
 * Likelihood factors from outside the saga's own progress: the player's competing sagas (his
 * renewal, moves elsewhere), his wish to leave, time (stale evidence, contract end, window close),
 * and terminal claims that settle the question (SPEC §6, §8).
 */
import type { LikelihoodFactor, Saga, TimelineEntry } from '../../domain/saga.ts'
import { daysBetween, entriesUpTo, isProgress, signed1, stageOfType, stageRank } from './stages.ts'
import { credibility, describe, isSuperseded, recency, wording, type View } from './view.ts'

/** Context the caller can provide: other sagas of the player, and calendar facts at a date. */
export interface ContextInput {
  competing?: Saga[]
  windows?: (date: string) => { daysToWindowClose?: number; daysToContractEnd?: number }
}

const STALE_AFTER_DAYS = 90
const CONTRACT_FREE_DAYS = 183

/**
 * Other sagas of the player at the view date. A renewal's offer lowers a move and its signing ends
 * it; another move's agreement lowers this one. Strongest claim per kind of effect.
 * @example competingFactors(view, [renewalSaga]) // [{ factor: 'likelihood/renewal@1', delta: -2.5, … }]
 */
export function competingFactors(v: View, competing: Saga[]): LikelihoodFactor[] {
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
export function intentFactors(v: View, competing: Saga[]): LikelihoodFactor[] {
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
export function timeFactors(v: View, ctx: ContextInput, evidence: number): LikelihoodFactor[] {
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
export function terminalEvent(v: View, competing: Saga[]): TerminalEvent | undefined {
  const events: TerminalEvent[] = []
  const done = v.saga.kind === 'move' ? 'signed' : 'extension_signed'
  for (const e of v.entries) {
    if (e.stance !== 'affirmed' || e.modality !== 'confirmed') continue
    if (e.type === done) events.push({ date: e.date as string, positive: true, why: describe(e) })
    const ends = e.type === 'collapsed' || (v.saga.kind === 'move' && e.type === 'stays')
    if (ends && !isSuperseded(v, e, 2)) events.push({ date: e.date as string, positive: false, why: describe(e) })
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
