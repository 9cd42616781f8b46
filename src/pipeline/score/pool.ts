/**
 * Candidate claims of one likelihood factor, indexed so that "the best candidate dated on or
 * before D, outside saga S" costs a binary search per weight class instead of a scan.
 *
 * The factors that read other sagas (or a saga's own denials of "he stays") pick, among the
 * claims dated up to the view date, the one with the largest |delta| (the first in iteration
 * order on ties), where delta = f(weight) × recency(days since the claim). Within one weight
 * class (claims whose date-free part is the same number) recency alone decides: a later date is
 * strictly more recent, so the class's best is its latest claim, the first one in order on that
 * date. Comparing the few class winners with their exact deltas gives the same answer as the scan.
 */
import type { Saga, TimelineEntry } from '../../domain/saga.ts'

export interface Candidate {
  e: TimelineEntry
  /** The saga the claim belongs to (excluded when it is the viewed saga). */
  saga: Saga
  /** Position in the order the plain scan visits claims: ties go to the lowest. */
  idx: number
  /** The date-independent part of the factor's delta: one class per distinct value. */
  weight: number
}

/** `recent`: delta decays with age (latest wins in a class); `first`: no decay (first wins). */
export type Decay = 'recent' | 'first'

interface Lane {
  dates: string[]
  /** Best candidate of the prefix ending at each position, and best from another saga. */
  best: Candidate[]
  other: (Candidate | undefined)[]
}

export interface Pool {
  decay: Decay
  all: Candidate[]
  classes: Lane[]
  /** Earliest candidate (by idx) of each prefix: the scan meets the factor there first. */
  first: Lane
  /** False when a date is not YYYY-MM-DD: the class shortcut needs whole days; scan instead. */
  indexed: boolean
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

type Better = (a: Candidate, b: Candidate) => boolean
const latestThenFirst: Better = (a, b) => (a.e.date as string) > (b.e.date as string) || (a.e.date === b.e.date && a.idx < b.idx)
const firstIdx: Better = (a, b) => a.idx < b.idx
const latestThenLast: Better = (a, b) => (a.e.date as string) > (b.e.date as string) || (a.e.date === b.e.date && a.idx > b.idx)

/**
 * Prefix winners over candidates sorted by date: the best so far, and the best so far from a
 * saga other than the best's (so excluding any one saga still leaves an answer).
 */
function laneOf(sorted: Candidate[], better: Better): Lane {
  const lane: Lane = { dates: [], best: [], other: [] }
  let best: Candidate | undefined
  let other: Candidate | undefined
  for (const c of sorted) {
    if (!best || better(c, best)) {
      if (best && best.saga.id !== c.saga.id) other = best
      best = c
    } else if (c.saga.id !== best.saga.id && (!other || better(c, other))) other = c
    lane.dates.push(c.e.date as string)
    lane.best.push(best)
    lane.other.push(other)
  }
  return lane
}

const byDate = (a: Candidate, b: Candidate) => ((a.e.date as string) < (b.e.date as string) ? -1 : (a.e.date as string) > (b.e.date as string) ? 1 : a.idx - b.idx)

/** Index of the last date ≤ `date` in sorted `dates`, or -1. */
export function lastAtOrBefore(dates: readonly string[], date: string): number {
  let lo = 0
  let hi = dates.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (dates[mid] <= date) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The lane's best candidate dated ≤ `date` from a saga other than `exclude`. */
function winner(lane: Lane, date: string, exclude: string | undefined): Candidate | undefined {
  const i = lastAtOrBefore(lane.dates, date)
  if (i < 0) return undefined
  return lane.best[i].saga.id !== exclude ? lane.best[i] : lane.other[i]
}

/**
 * Indexes dated candidates (undated ones must be left out by the caller).
 * @example poolOf([{ e, saga, idx: 0, weight: 1.2 }], 'recent')
 */
export function poolOf(all: Candidate[], decay: Decay): Pool {
  // Speed: most sagas have no candidate of a kind; they share one empty pool (pools are read only).
  if (all.length === 0) return EMPTY[decay]
  const sorted = all.slice().sort(byDate)
  const byWeight = new Map<number, Candidate[]>()
  for (const c of sorted) (byWeight.get(c.weight) ?? byWeight.set(c.weight, []).get(c.weight)!).push(c)
  const better = decay === 'recent' ? latestThenFirst : firstIdx
  return {
    decay,
    all: sorted,
    classes: [...byWeight.values()].map((list) => laneOf(list, better)),
    first: laneOf(sorted, firstIdx),
    indexed: sorted.every((c) => DAY.test(c.e.date as string)),
  }
}

export interface Pick {
  c: Candidate
  delta: number
}

const emptyPool = (decay: Decay): Pool => ({ decay, all: [], classes: [], first: { dates: [], best: [], other: [] }, indexed: true })
const EMPTY: Record<Decay, Pool> = { recent: emptyPool('recent'), first: emptyPool('first') }

/**
 * The candidate the plain scan would keep: largest |delta| among those dated ≤ `date`, not from
 * saga `exclude`, and dated ≥ `since` when given (`recent` pools only: a class's latest claim
 * stands for it); the lowest idx on ties.
 * @example bestOf(pool, '2025-05-01', saga.id, undefined, (c) => -c.weight * recencyOf(c))
 */
export function bestOf(pool: Pool, date: string, exclude: string | undefined, since: string | undefined, delta: (c: Candidate) => number): Pick | undefined {
  if (pool.all.length === 0) return undefined
  let out: Pick | undefined
  if (pool.indexed && DAY.test(date)) {
    for (const lane of pool.classes) {
      const c = winner(lane, date, exclude)
      if (c && (since === undefined || (c.e.date as string) >= since)) out = keepBest(out, c, delta(c))
    }
  } else {
    for (const c of pool.all) {
      if ((c.e.date as string) <= date && c.saga.id !== exclude && (since === undefined || (c.e.date as string) >= since)) out = keepBest(out, c, delta(c))
    }
  }
  return out
}

/** The better of a pick and a candidate: larger |delta|, then lower idx. */
function keepBest(out: Pick | undefined, c: Candidate, d: number): Pick {
  return !out || Math.abs(d) > Math.abs(out.delta) || (Math.abs(d) === Math.abs(out.delta) && c.idx < out.c.idx) ? { c, delta: d } : out
}

/**
 * The earliest candidate (by idx) dated ≤ `date`, not from saga `exclude`.
 * @example firstOf(pool, '2025-05-01', saga.id)?.idx
 */
export function firstOf(pool: Pool, date: string, exclude: string | undefined): Candidate | undefined {
  return winner(pool.first, date, exclude)
}

/**
 * Latest-dated candidates, the last in order on ties: a lane for "the latest terminal claim".
 * @example latestOf(endsLane(cands), '2025-05-01', saga.id)
 */
export function latestLane(all: Candidate[]): Lane {
  return laneOf(all.slice().sort(byDate), latestThenLast)
}

export function latestOf(lane: Lane, date: string, exclude: string | undefined): Candidate | undefined {
  return winner(lane, date, exclude)
}

export type { Lane }
