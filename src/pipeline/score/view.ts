/**
 * What the likelihood factors look at: one saga's usable claims up to a date, with the reliability
 * of whoever made each claim. Built once per `likelihoodAt` call.
 */
import type { Saga, TimelineEntry } from '../../domain/saga.ts'
import type { ClaimType } from '../../domain/types.ts'
import { MODALITY_WEIGHT, daysBetween, entriesUpTo, isProgress, sourceOf, stageOfType, stageRank, type ProgressStage } from './stages.ts'

export interface View {
  saga: Saga
  date: string
  /** The saga's own dated, non-historical claims up to `date`, in timeline order. */
  entries: TimelineEntry[]
  /** Reliability in [0, 1] of the source of an entry. */
  rel: (e: TimelineEntry) => number
  /** Rank of the furthest stage affirmed by a non-speculative claim. */
  rank: number
}

/** Default reliability of a source nobody has scored: the unknown-tier prior. */
export const DEFAULT_RELIABILITY = 0.5

/**
 * Builds the view of a saga at a date.
 * @example createView(saga, '2025-03-01', (s) => 0.8).rank // 3 when talks are the furthest stage
 */
export function createView(saga: Saga, date: string, reliability?: (source: string) => number): View {
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

/**
 * How much a source's word counts: 1 at reliability 0.5, 1.75 for a perfect record, 0.25 for a useless one.
 * @example credibility(0.9) // 1.6
 */
export const credibility = (r: number): number => 0.25 + 1.5 * r

/** Weight of an entry's wording: modality, and half for related-headline lines (SPEC §4.1). */
export const wording = (e: TimelineEntry): number => MODALITY_WEIGHT[e.modality] * (e.headline ? 0.5 : 1)

/**
 * Recency weight: halves every `halfLife` days between the entry and the view date.
 * @example recency(view, entry, 60) // 0.5 for an entry 60 days old
 */
export function recency(v: View, e: TimelineEntry, halfLife: number): number {
  return 0.5 ** (Math.max(0, daysBetween(e.date as string, v.date)) / halfLife)
}

/**
 * True when an affirmed progress claim at rank ≥ `minRank` was made after `e` (the setback is overtaken).
 * @example isSuperseded(view, collapseEntry, 2) // true when talks resumed afterwards
 */
export function isSuperseded(v: View, e: TimelineEntry, minRank: number): boolean {
  return v.entries.some((x) => {
    const s = isProgress(x, v.saga.kind) ? stageOfType(x.type, v.saga.kind) : undefined
    return s !== undefined && stageRank(s) >= minRank && (x.date as string) > (e.date as string)
  })
}

const NOUN: Record<ClaimType, string> = {
  interest: 'Interest',
  approach: 'An approach',
  bid: 'A bid',
  bid_rejected: 'A rejected bid',
  talks: 'Talks',
  personal_terms: 'Personal terms',
  agreement: 'An agreement',
  pre_contract: 'A pre-contract',
  medical: 'A medical',
  signed: 'The signing',
  collapsed: 'A collapse of the deal',
  rejected_move: 'The player turning the move down',
  extension_offer: 'A new-contract offer',
  extension_signed: 'A new contract',
  not_for_sale: '"Not for sale"',
  stays: 'The player staying',
}
const VERB = { confirmed: 'confirmed', reported: 'reported', expected: 'expected', speculative: 'floated' } as const

/**
 * "Talks reported by Sky Sports News on 2025-03-25" (denials: "Talks denied by …").
 * @example describe(entry) // 'An agreement reported by Fabrizio Romano on 2025-05-05'
 */
export function describe(e: TimelineEntry): string {
  const verb = e.stance === 'denied' ? 'denied' : VERB[e.modality]
  return `${NOUN[e.type]} ${verb} by ${sourceOf(e)} on ${e.date ?? 'an unknown date'}`
}
