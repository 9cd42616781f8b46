/**
 * One timeline entry per report (SPEC §6): the report's representative claim (its earliest
 * carrier) with every carrier listed.
 */
import type { Report, SagaClaim, TimelineEntry } from '../../domain/saga.ts'
import type { FoldedReport } from '../cluster/reports.ts'
import { dealKindOf } from './deal-kind.ts'

function longestChain(claims: readonly SagaClaim[]): string[] {
  let best = claims[0].attributedTo
  for (const c of claims) if (c.attributedTo.length > best.length) best = c.attributedTo
  return best.slice()
}

/**
 * The timeline entry of a folded report; in a move saga (`move`), with the kind of deal
 * (loan or permanent) its sentences say, when they say one (`saga/deal-kind@1`).
 * @example toTimelineEntry({ report, claims: [romanoViaCaughtOffside, sameQuoteViaTeamtalk] })
 *   // { type: 'approach', reportId: report.id, carriers: report.carriers, attributedTo: ['Fabrizio Romano', 'CaughtOffside'], … }
 */
export function toTimelineEntry(folded: FoldedReport, move = false): TimelineEntry {
  const { report, claims } = folded
  const head = claims[0]
  const entry: TimelineEntry = {
    date: head.date,
    dateEstimated: head.dateEstimated,
    type: head.type,
    stance: head.stance,
    modality: head.modality,
    attributedTo: longestChain(claims),
    window: claims.find((c) => c.window !== null)?.window ?? null,
    fee: claims.find((c) => c.fee !== null)?.fee ?? null,
    reportId: report.id,
    carriers: report.carriers,
    historical: head.historical,
    headline: claims.every((c) => c.headline),
    confidence: maxConfidence(claims),
    evidence: { articleId: head.evidence.articleId, start: head.evidence.start, end: head.evidence.end, sentence: head.evidence.sentence },
  }
  if (!move) return entry
  // The first carrier whose sentence says loan or permanent speaks for the report. Speed: a
  // reprint carries the same sentence again; each distinct one in a row is read once.
  let last: string | undefined
  for (const c of claims) {
    if (c.evidence.sentence === last) continue
    last = c.evidence.sentence
    const deal = dealKindOf(last)
    if (deal) {
      entry.deal = deal
      break
    }
  }
  return entry
}


/** The highest confidence of the claims (Math.max over them, without an array of them). */
function maxConfidence(claims: readonly SagaClaim[]): number {
  let max = -Infinity
  for (const c of claims) max = Math.max(max, c.confidence)
  return max
}

/**
 * Who said it, for conflict values: the report's origin, then the other outlets carrying it.
 * @example whoSaid(report) // ['Fabrizio Romano', 'CaughtOffside', 'TEAMtalk']
 */
export function whoSaid(report: Report | undefined): string[] {
  if (!report) return []
  const out = [report.origin]
  for (const c of report.carriers) if (c.outlet && !out.includes(c.outlet)) out.push(c.outlet)
  return out
}
