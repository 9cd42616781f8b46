/**
 * What the likelihood factors look at: summaries of one saga's usable claims up to a date (its
 * dated, non-historical timeline entries), with the reliability of whoever made each claim, and
 * the index of the player's other sagas. Claims are added one at a time (`addEntry`), so a
 * history walks the timeline once instead of re-reading it at every date.
 */
import type { Saga, TimelineEntry } from '../../domain/saga.ts'
import type { ClaimType } from '../../domain/types.ts'
import { STAGE_ORDER, STAGE_WEIGHT, credibility, entriesUpTo, entryReliability, wording, isProgress, saidBy, sourceOf, stageOfType, stageRank, type EntryReliability, type ProgressStage } from './stages.ts'
import { NO_RIVALS, ownIndexOf, type OwnIndex, type Rivals } from './rivals.ts'

/** A denial or setback that may still count, with the date-free part of its delta once a factor has weighed it. */
export interface Pending {
  e: TimelineEntry
  base: number | undefined
}

export interface View {
  saga: Saga
  date: string
  /** Reliability in [0, 1] of the source of an entry. */
  rel: (e: TimelineEntry) => number
  /** Rank of the furthest stage affirmed by a non-speculative claim. */
  rank: number
  /** Latest date of a non-speculative progress claim at `rank`. */
  rankDate: string | undefined
  /** `since[r]`: latest date of an affirmed progress claim (any modality) at stage rank ≥ r. */
  since: (string | undefined)[]
  /** The strongest stage claim so far (the first one on ties), with its factors' sentences once written. */
  stage: { e: TimelineEntry; base: number; credit: number; why?: string; reliabilityWhy?: string } | undefined
  /** Origins of the progress claims' reports, and their carrying articles. */
  origins: Set<string>
  carriers: number
  /** Windows named by progress claims, with counts. */
  windows: Map<string, number>
  /**
   * Denied claims of a stage, and affirmed setbacks, in view order: those that may still count.
   * The view only moves forward, so the factors drop the ones that never can again (overtaken,
   * or too old to weigh anything) instead of re-reading them at every later date.
   */
  denials: Pending[]
  setbacks: Pending[]
  /** The latest confirmed signing of the saga itself, and its latest confirmed ending (collapse, stays). */
  done: TimelineEntry | undefined
  end: TimelineEntry | undefined
  /** The latest firm (reported or confirmed) ending of the saga itself: a collapse, or (moves) the player staying. */
  ended: TimelineEntry | undefined
  /**
   * Latest date of an affirmed progress claim at stage rank ≥ 2 that is no rejected bid: what
   * reopens an ended saga, as in the stage machine (a bid turned down after he said he stays, or
   * one told again, is no revival).
   */
  revived: string | undefined
  /** Entries added so far. */
  count: number
  own: OwnIndex
  rivals: Rivals
  /** Whole days from a date to the view date (memoised date parsing). */
  daysFrom: (from: string) => number
  /** `recency` values by whole days and half-life: pure, so one `**` per pair. */
  recencies: Map<number, number>
  /** `describe` of entries already described (factors name the same claims date after date). */
  descriptions: Map<TimelineEntry, string>
}

/**
 * A view of a saga with no entries yet; move it forward with `addEntry` and by setting `date`
 * (never back: entries come in date order and the date only grows).
 * @example const v = openView(saga, rel); for (const e of entriesUpTo(saga, d)) addEntry(v, e)
 */
export function openView(saga: Saga, reliability?: (source: string) => number, rivals: Rivals = NO_RIVALS, own?: OwnIndex): View {
  // One memo of reliabilities for the view and its own index (the same answers either way),
  // and the player's index's memo when it reads the same source reliability: then a scoring
  // run asks each source once, not once per saga.
  const shared = rivals.rel as Partial<EntryReliability>
  const rel = reliability !== undefined && shared.of === reliability ? rivals.rel : entryReliability(reliability)
  own ??= ownIndexOf(saga, rel)
  const parsed = new Map<string, number>()
  const recencies = new Map<number, number>()
  const v: View = {
    saga, date: '', rel, rank: 0, rankDate: undefined, since: STAGE_ORDER.map(() => undefined), stage: undefined,
    origins: new Set(), carriers: 0, windows: new Map(), denials: [], setbacks: [], done: undefined, end: undefined, ended: undefined, revived: undefined,
    count: 0, own, rivals, recencies, descriptions: new Map(),
    // Same arithmetic as daysBetween (stages.ts), with each date parsed once.
    daysFrom: (from) => Math.round((parseDay(parsed, v.date) - parseDay(parsed, from)) / 86_400_000),
  }
  return v
}

/** Date.parse of a day, memoised in `parsed`. */
function parseDay(parsed: Map<string, number>, d: string): number {
  let t = parsed.get(d)
  if (t === undefined) parsed.set(d, (t = Date.parse(d.slice(0, 10) + 'T00:00:00Z')))
  return t
}

/**
 * Adds one usable entry (dated, not historical, on or before the view date) to the view.
 * @example addEntry(view, entry)
 */
export function addEntry(v: View, e: TimelineEntry): void {
  const kind = v.saga.kind
  const date = e.date as string
  v.count++
  const stage = isProgress(e, kind) ? (stageOfType(e.type, kind) as ProgressStage) : undefined
  if (stage) {
    const rank = stageRank(stage)
    if (e.modality !== 'speculative') {
      if (rank > v.rank) {
        v.rank = rank
        v.rankDate = date
      }
      else if (rank === v.rank && (v.rankDate === undefined || date > v.rankDate)) v.rankDate = date
    }
    for (let r = 0; r <= rank; r++) if (v.since[r] === undefined || date > v.since[r]!) v.since[r] = date
    if (rank >= 2 && e.type !== 'bid_rejected' && (v.revived === undefined || date > v.revived)) v.revived = date
    const base = STAGE_WEIGHT[stage] * wording(e)
    const credit = base * credibility(v.rel(e))
    if (!v.stage || credit > v.stage.credit) v.stage = { e, base, credit }
    v.origins.add(v.own.origins.get(e.reportId) ?? sourceOf(e))
    v.carriers += Math.max(1, e.carriers.length)
    if (e.window) v.windows.set(e.window, (v.windows.get(e.window) ?? 0) + 1)
  }
  if (e.stance === 'denied' && stageOfType(e.type, kind)) v.denials.push({ e, base: undefined })
  if (e.stance === 'affirmed' && SETBACK_TYPES.has(e.type) && (kind === 'move' || e.type === 'collapsed')) v.setbacks.push({ e, base: undefined })
  if (isEnding(e, kind) && (e.modality === 'confirmed' || e.modality === 'reported') && (!v.ended || date >= (v.ended.date as string))) v.ended = e
  if (e.stance === 'affirmed' && e.modality === 'confirmed') {
    if (e.type === (kind === 'move' ? 'signed' : 'extension_signed') && (!v.done || date >= (v.done.date as string))) v.done = e
    if ((e.type === 'collapsed' || (kind === 'move' && e.type === 'stays')) && (!v.end || date >= (v.end.date as string))) v.end = e
  }
}

const SETBACK_TYPES = new Set<ClaimType>(['bid_rejected', 'not_for_sale', 'rejected_move', 'stays', 'collapsed'])

/**
 * An affirmed claim that ends a saga of this kind from inside: a collapse, or the player staying (moves).
 * @example isEnding(collapseEntry, 'renewal') // true
 */
export function isEnding(e: TimelineEntry, kind: Saga['kind']): boolean {
  return e.stance === 'affirmed' && (e.type === 'collapsed' || (kind === 'move' && e.type === 'stays'))
}

/**
 * Builds the view of a saga at a date.
 * @example createView(saga, '2025-03-01', (s) => 0.8).rank // 3 when talks are the furthest stage
 */
export function createView(saga: Saga, date: string, reliability?: (source: string) => number, rivals: Rivals = NO_RIVALS): View {
  const v = openView(saga, reliability, rivals)
  v.date = date
  for (const e of entriesUpTo(saga, date)) addEntry(v, e)
  return v
}


/**
 * Recency weight: halves every `halfLife` days between the entry and the view date.
 * @example recency(view, entry, 60) // 0.5 for an entry 60 days old
 */
export function recency(v: View, e: TimelineEntry, halfLife: number): number {
  const days = Math.max(0, v.daysFrom(e.date as string))
  // Whole days and small whole half-lives make a unique key; anything else is computed as is.
  if (!Number.isInteger(days) || !Number.isInteger(halfLife) || halfLife < 0 || halfLife >= 1024) return 0.5 ** (days / halfLife)
  const key = days * 1024 + halfLife
  let r = v.recencies.get(key)
  if (r === undefined) v.recencies.set(key, (r = 0.5 ** (days / halfLife)))
  return r
}

/**
 * True when an affirmed progress claim at rank ≥ `minRank` was made after `e` (the setback is overtaken).
 * @example isSuperseded(view, collapseEntry, 2) // true when talks resumed afterwards
 */
export function isSuperseded(v: View, e: TimelineEntry, minRank: number): boolean {
  const last = v.since[minRank]
  return last !== undefined && last > (e.date as string)
}

/**
 * True when an ended saga was reopened after `e`: progress at approach or beyond, other than a
 * rejected bid, dated later (`View.revived`).
 * @example isRevived(view, stayEntry) // true when talks resumed after he said he stays
 */
export function isRevived(v: View, e: TimelineEntry): boolean {
  return v.revived !== undefined && v.revived > (e.date as string)
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
 * `describe(e)`, memoised in the view.
 * @example described(view, entry) // 'An agreement reported by Fabrizio Romano on 2025-05-05'
 */
export function described(v: View, e: TimelineEntry): string {
  let text = v.descriptions.get(e)
  if (text === undefined) v.descriptions.set(e, (text = describe(e)))
  return text
}

/**
 * "Talks reported by Sky Sports News on 2025-03-25" (denials: "Talks denied by …").
 * @example describe(entry) // 'An agreement reported by Fabrizio Romano on 2025-05-05'
 */
export function describe(e: TimelineEntry): string {
  const verb = e.stance === 'denied' ? 'denied' : VERB[e.modality]
  return `${NOUN[e.type]} ${verb} by ${saidBy(e)} on ${e.date ?? 'an unknown date'}`
}

