/**
 * The few claims of a player's sagas that the context factors can read, indexed once per player
 * (not per saga and date). Of all the claims of the other sagas, only these can matter:
 * - `likelihood/renewal@1`: affirmed, unconfirmed new contracts of renewal sagas;
 * - `likelihood/renewal-offer@1`: affirmed new-contract offers of renewal sagas;
 * - `likelihood/competing-move@1`: affirmed agreements, medicals and unconfirmed signings of moves;
 * - `likelihood/wants-to-leave@1`, `likelihood/renewal-stalled@1`: denied "he stays" and denied
 *   new-contract claims of renewal sagas (and of the saga itself: `OwnIndex`);
 * - terminal: confirmed signings of moves and confirmed new contracts of renewals.
 */
import type { Saga, TimelineEntry } from '../../domain/saga.ts'
import { latestLane, poolOf, type Candidate, type Lane, type Pool } from './pool.ts'
import { credibility, isProgress, stageOfType, stageRank, wording } from './stages.ts'

export interface Rivals {
  /** The reliabilities the candidates were weighed with. */
  rel: (e: TimelineEntry) => number
  renewalSigned: Pool
  renewalOffer: Pool
  moves: Pool
  leave: Pool
  stalled: Pool
  ends: Lane
  /**
   * The scan visits sagas in order and names a factor when it first meets a candidate: true when
   * every move saga with a competing-move candidate comes before every renewal saga with a renewal
   * candidate (or there are none of one), so competing-move is named first.
   */
  movesFirst: boolean
  /** The reverse: every renewal candidate's saga comes before every move candidate's. */
  renewalsFirst: boolean
}

/** What a saga reads of its own claims outside the running view: report origins and "he wants to leave". */
export interface OwnIndex {
  /** Origin of the first report with each id. */
  origins: Map<string, string>
  leave: Pool
  stalled: Pool
}

const usable = (e: TimelineEntry) => e.date !== null && !e.historical

/**
 * A candidate claim with its date-free weight. A plain function, not a closure per claim: under
 * tsx every named closure made at run time also costs a `__name` property definition.
 */
function candidateOf(e: TimelineEntry, saga: Saga, idx: number, rel: (e: TimelineEntry) => number): Candidate {
  return { e, saga, idx, weight: credibility(rel(e)) * wording(e) }
}
const isDeniedExtension = (e: TimelineEntry) => e.stance === 'denied' && (e.type === 'extension_offer' || e.type === 'extension_signed')
const isDeniedStays = (e: TimelineEntry) => e.stance === 'denied' && e.type === 'stays'

/**
 * Indexes the claims of `sagas` (the player's sagas, in the order the factors visit them).
 * @example rivalsOf(playerSagas, entryReliability(tiers.reliability))
 */
export function rivalsOf(sagas: readonly Saga[], rel: (e: TimelineEntry) => number): Rivals {
  const lists = { renewalSigned: [] as Candidate[], renewalOffer: [] as Candidate[], moves: [] as Candidate[], leave: [] as Candidate[], stalled: [] as Candidate[], ends: [] as Candidate[] }
  let idx = 0
  for (const saga of sagas) {
    for (const e of saga.timeline) {
      const at = idx++
      if (!usable(e)) continue
      if (e.stance === 'affirmed' && e.modality === 'confirmed' && e.type === (saga.kind === 'renewal' ? 'extension_signed' : 'signed')) lists.ends.push(candidateOf(e, saga, at, rel))
      if (saga.kind === 'renewal') {
        if (e.stance === 'affirmed' && e.type === 'extension_signed' && e.modality !== 'confirmed') lists.renewalSigned.push(candidateOf(e, saga, at, rel))
        else if (e.stance === 'affirmed' && e.type === 'extension_offer') lists.renewalOffer.push(candidateOf(e, saga, at, rel))
        if (isDeniedStays(e)) lists.leave.push(candidateOf(e, saga, at, rel))
        else if (isDeniedExtension(e)) lists.stalled.push(candidateOf(e, saga, at, rel))
      } else if (saga.kind === 'move' && isProgress(e, 'move') && stageRank(stageOfType(e.type, 'move')!) >= 5 && !(e.type === 'signed' && e.modality === 'confirmed')) {
        lists.moves.push(candidateOf(e, saga, at, rel))
      }
    }
  }
  const pos = new Map(sagas.map((s, i) => [s, i]))
  const movePos = lists.moves.map((c) => pos.get(c.saga)!)
  const renewalPos = [...lists.renewalSigned, ...lists.renewalOffer].map((c) => pos.get(c.saga)!)
  return {
    rel,
    renewalSigned: poolOf(lists.renewalSigned, 'first'),
    renewalOffer: poolOf(lists.renewalOffer, 'recent'),
    moves: poolOf(lists.moves, 'recent'),
    leave: poolOf(lists.leave, 'recent'),
    stalled: poolOf(lists.stalled, 'recent'),
    ends: latestLane(lists.ends),
    movesFirst: maxOf(movePos) < minOf(renewalPos),
    renewalsFirst: maxOf(renewalPos) < minOf(movePos),
  }
}

const maxOf = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -1)
const minOf = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity)

/** No other sagas. */
export const NO_RIVALS: Rivals = rivalsOf([], () => 0.5)

/**
 * Indexes what a saga reads of its own claims apart from the running view.
 * @example ownIndexOf(saga, entryReliability(rel)).origins.get(entry.reportId) // 'Fabrizio Romano'
 */
export function ownIndexOf(saga: Saga, rel: (e: TimelineEntry) => number): OwnIndex {
  const origins = new Map<string, string>()
  for (const r of saga.reports) if (!origins.has(r.id)) origins.set(r.id, r.origin)
  const leave: Candidate[] = []
  const stalled: Candidate[] = []
  saga.timeline.forEach((e, idx) => {
    if (!usable(e)) return
    if (isDeniedStays(e)) leave.push(candidateOf(e, saga, idx, rel))
    else if (saga.kind === 'move' && isDeniedExtension(e)) stalled.push(candidateOf(e, saga, idx, rel))
  })
  return { origins, leave: poolOf(leave, 'recent'), stalled: poolOf(stalled, 'recent') }
}
