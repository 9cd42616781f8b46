/**
 * Claims → sagas (SPEC §6): group by saga key in one pass, fold reports per saga, order the
 * timeline, compute the stage as of a date against the player's competing sagas, and keep
 * conflicts side by side.
 *
 * - `asOf` D: claims dated after D are ignored; undated claims count only without `asOf`.
 * - `since` D: only timeline entries dated after D are kept (the stage still uses every claim
 *   up to `asOf`); undated and historical entries are never "new".
 * - Historical claims (past completed moves) sit in the timeline flagged `historical` but never
 *   move a stage, dates or counts, never show under `since`, and never make a saga on their own.
 */
import type { DealKind, DealSummary, Report, Saga, SagaClaim, TimelineEntry } from '../../domain/saga.ts'
import type { SagaId, SagaKind } from '../../domain/types.ts'
import { compareClaims, compareDates, daysBetween } from '../cluster/order.ts'
import { buildReports, type FoldedReport } from '../cluster/reports.ts'
import { playerSlugOfSagaId, sagaKeysMemo, sagaSlug, type SagaKey } from '../cluster/saga-key.ts'
import { findConflicts } from './conflicts.ts'
import { toTimelineEntry } from './entries.ts'
import { endsFromOutside, stageAsOf } from './stage.ts'

export interface BuildSagaOptions {
  /** YYYY-MM-DD: show the sagas as they stood on this date. */
  asOf?: string
  /** YYYY-MM-DD: keep only timeline entries dated after this date. */
  since?: string
}

interface Group {
  key: SagaKey
  claims: SagaClaim[]
  clubNames: string[]
}

interface Draft {
  group: Group
  current: SagaClaim[]
  folded: FoldedReport[]
  /** Reports of current claims (the first ones in `folded`). */
  reportCount: number
  timeline: TimelineEntry[]
}

function groupBySaga(claims: readonly SagaClaim[], asOf: string | undefined): Map<SagaId, Group> {
  const groups = new Map<SagaId, Group>()
  const keyOf = sagaKeysMemo()
  let clubless: SagaClaim[] | undefined
  for (const c of claims) {
    if (asOf !== undefined && (c.date === null || c.date > asOf)) continue
    const key = keyOf(c)
    if (!key) {
      if (c.type === 'collapsed' && !c.historical && c.date !== null) (clubless ??= []).push(c)
      continue
    }
    const g = groups.get(key.id)
    if (g) {
      g.claims.push(c)
      g.clubNames.push(key.club)
    } else groups.set(key.id, { key, claims: [c], clubNames: [key.club] })
  }
  // Speed: most players have no collapse naming no club; then no index of their move sagas.
  // In canonical order, so a collapse joined to a saga keeps it live for the next one whatever the input order.
  if (clubless) for (const c of clubless.sort(compareClaims)) addToLiveMove(c, groups)
  return groups
}

/** Days before a collapse naming no club within which a move saga's last claim keeps it live. */
export const LIVE_MOVE_DAYS = 45
/** Claim types that show a deal under way (talks or further), not only a club's wish. */
const UNDER_WAY = new Set<SagaClaim['type']>(['talks', 'personal_terms', 'agreement', 'pre_contract', 'medical', 'signed'])

/**
 * Rule `saga/clubless-collapse@1`: "The deal is off" in an article that names no suitor (or whose
 * suitor the extraction could not place) is the end of the player's move under way, not of no move
 * at all: it joins the player's one move saga live at its date (an affirmed claim of it in the
 * LIVE_MOVE_DAYS before, not after), or, when several are live, the one deal under way (talks or
 * further) among them. Several deals under way, or none live, or an article that also tells of
 * his renewal, and it feeds no saga.
 */
function addToLiveMove(c: SagaClaim, groups: Map<SagaId, Group>): void {
  const player = sagaSlug(c.player)
  const holder = c.fromClub ? sagaSlug(c.fromClub) : undefined
  const live: Group[] = []
  const underWay: Group[] = []
  for (const g of groups.values()) {
    if (sagaSlug(g.key.player) !== player) continue
    // "Talks over a new contract … the deal is off": an article about his renewal ends that, not a
    // move (a stay his renewal saga shows is no renewal: "He will not be leaving. The deal is off").
    if (g.key.kind === 'renewal') {
      if (g.claims.some((o) => o.articleId === c.articleId && (o.type === 'extension_offer' || o.type === 'extension_signed'))) return
      continue
    }
    if (sagaSlug(g.key.club) === holder) continue
    let seen = false
    let going = false
    for (const o of g.claims) {
      if (o.historical || o.stance !== 'affirmed' || o.date === null || o.date > c.date! || daysBetween(o.date, c.date!) > LIVE_MOVE_DAYS) continue
      seen = true
      if (UNDER_WAY.has(o.type)) going = true
    }
    if (seen) live.push(g)
    if (going) underWay.push(g)
  }
  const g = live.length === 1 ? live[0] : underWay.length === 1 ? underWay[0] : undefined
  if (!g) return
  g.claims.push(c)
  g.clubNames.push(g.key.club)
}

/** The most frequent value; ties go to the alphabetically first, so the result is stable. */
function modeOf(values: readonly string[]): string | undefined {
  if (values.length === 1) return values[0]
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: [string, number] | undefined
  for (const [v, n] of counts) if (!best || n > best[1] || (n === best[1] && v < best[0])) best = [v, n]
  return best?.[0]
}

/**
 * Current then past entries in canonical order: the same as sorting them all with
 * `compareClaims` (stable). Speed: each list comes from `buildReports` already in that order
 * (a report's entry is its first claim, reports in order of it), so a merge does; when a list
 * is not sorted after all, sort.
 */
function timelineOf(current: TimelineEntry[], past: TimelineEntry[]): TimelineEntry[] {
  if (!isSorted(current) || !isSorted(past)) return [...current, ...past].sort(compareClaims)
  if (past.length === 0) return current
  const merged: TimelineEntry[] = []
  let i = 0
  let j = 0
  while (i < current.length && j < past.length) merged.push(compareClaims(past[j], current[i]) < 0 ? past[j++] : current[i++])
  while (i < current.length) merged.push(current[i++])
  while (j < past.length) merged.push(past[j++])
  return merged
}

function isSorted(entries: readonly TimelineEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (compareClaims(entries[i - 1], entries[i]) > 0) return false
  return true
}

function toDraft(group: Group): Draft | undefined {
  // Speed: most groups have no historical claim; then no copies are made.
  const anyPast = group.claims.some((c) => c.historical)
  const current = anyPast ? group.claims.filter((c) => !c.historical) : group.claims
  if (current.length === 0) return undefined
  const past = anyPast ? group.claims.filter((c) => c.historical) : []
  const folded = buildReports(current)
  const pastFolded = buildReports(past)
  const move = group.key.kind === 'move'
  const timeline = timelineOf(folded.map((f) => toTimelineEntry(f, move)), pastFolded.map((f) => toTimelineEntry(f, move)))
  const reportCount = folded.length
  for (const f of pastFolded) folded.push(f)
  return { group, current, folded, reportCount, timeline }
}

/**
 * The entries of a player's sagas of the other kind that can end a saga of `kind`, in saga order.
 * Speed: built once per player and kind; the other competing entries never change a stage.
 */
function competingEnds(drafts: readonly Draft[], kind: SagaKind): TimelineEntry[] {
  // Sorted by date (stable, so ties keep saga order): `stageAsOf` then merges them with a saga's
  // own entries instead of sorting both for every saga; its result is the same either way.
  return drafts
    .filter((o) => o.group.key.kind !== kind)
    .flatMap((o) => o.timeline.filter((e) => endsFromOutside(e, kind)))
    .sort((a, b) => compareDates(a.date, b.date))
}

function fromClubOf(d: Draft): string | null {
  const { key } = d.group
  if (key.kind === 'renewal') return key.club
  const own = sagaSlug(key.club)
  const holders: string[] = []
  // Speed: a saga's claims mostly spell the holder the same way; decide once per run of one spelling.
  let last: string | null = null
  let keep = false
  for (const c of d.current) {
    if (!c.fromClub) continue
    if (c.fromClub !== last) {
      last = c.fromClub
      keep = sagaSlug(c.fromClub) !== own
    }
    if (keep) holders.push(c.fromClub)
  }
  return modeOf(holders) ?? null
}

/** Earliest and latest claim (or entry) dates. Speed: one pass, no sort (same strings as sorting them). */
function datesOf(claims: readonly Pick<SagaClaim, 'date'>[]): [string | null, string | null] {
  let first: string | null = null
  let last: string | null = null
  for (const c of claims) {
    if (c.date === null) continue
    if (first === null || c.date < first) first = c.date
    if (last === null || c.date > last) last = c.date
  }
  return [first, last]
}

/**
 * Reports by id (a later one wins, as in `new Map(entries)`). Speed: the map is built on the
 * first look-up; most sagas have no fee, window or contract length to compare and never look.
 */
function byId(reports: readonly Report[]): Pick<ReadonlyMap<string, Report>, 'get'> {
  let map: Map<string, Report> | undefined
  return {
    get(id) {
      if (!map) {
        map = new Map()
        for (const r of reports) map.set(r.id, r)
      }
      return map.get(id)
    },
  }
}

function toSaga(d: Draft, related: SagaId[], competing: TimelineEntry[], opts: BuildSagaOptions): Saga {
  const { key } = d.group
  // Speed: most sagas have no historical claim, and then the timeline is the current entries.
  const current = d.current.length === d.group.claims.length ? d.timeline : d.timeline.filter((e) => !e.historical)
  const stage = stageAsOf(current, opts.asOf, { kind: key.kind, competing })
  const reports: Report[] = d.folded.map((f) => f.report)
  const [firstDate, lastDate] = datesOf(d.current)
  const since = opts.since
  const saga: Saga = {
    id: key.id,
    kind: key.kind,
    player: modeOf(d.group.claims.map((c) => c.player.trim())) ?? key.player,
    fromClub: fromClubOf(d),
    club: modeOf(d.group.clubNames) ?? key.club,
    stage: stage.stage,
    stageDate: stage.date,
    firstDate,
    lastDate,
    claimCount: d.current.length,
    reportCount: d.reportCount,
    timeline: since === undefined ? d.timeline : d.timeline.filter((e) => !e.historical && e.date !== null && e.date > since),
    reports,
    conflicts: findConflicts(current, byId(reports)),
    related,
  }
  const deals = key.kind === 'move' ? dealsOf(current, opts.asOf) : []
  if (deals.length) saga.deals = deals
  if (stage.because?.deal) saga.stageDeal = stage.because.deal
  return saga
}

/**
 * The kinds of deal the current entries speak of, in order of first report, each with the stage
 * its own entries reach (`saga/deal-kind@1`): a loan signed in August and its obligation to buy
 * declined in June read "loan: signed", "loan with an obligation to buy: collapsed".
 */
function dealsOf(current: readonly TimelineEntry[], asOf: string | undefined): DealSummary[] {
  const byKind = new Map<DealKind, TimelineEntry[]>()
  for (const e of current) {
    if (!e.deal) continue
    const list = byKind.get(e.deal)
    if (list) list.push(e)
    else byKind.set(e.deal, [e])
  }
  const out: DealSummary[] = []
  for (const [kind, entries] of byKind) {
    const [firstDate, lastDate] = datesOf(entries)
    const stage = stageAsOf(entries, asOf, { kind: 'move' })
    out.push({ kind, reports: entries.length, firstDate, lastDate, stage: stage.stage, stageDate: stage.date })
  }
  return out
}

/**
 * Builds every saga the claims feed, sorted by id; deterministic whatever the input order.
 * @example buildSagas(claims, { asOf: '2025-01-02' })
 *   // [{ id: 'move:trent-alexander-arnold:real-madrid', stage: 'approach', related: ['renewal:trent-alexander-arnold:liverpool'], … }, …]
 */
export function buildSagas(claims: readonly SagaClaim[], opts: BuildSagaOptions = {}): Saga[] {
  const drafts = [...groupBySaga(claims, opts.asOf).values()]
    .map(toDraft)
    .filter((d): d is Draft => d !== undefined)
    .sort((a, b) => (a.group.key.id < b.group.key.id ? -1 : 1))
  // Each draft's player's sagas, and its place among them.
  const byPlayer = new Map<string, Draft[]>()
  const place = drafts.map((d) => {
    const slug = playerSlugOfSagaId(d.group.key.id) ?? ''
    let all = byPlayer.get(slug)
    if (!all) byPlayer.set(slug, (all = []))
    return { all, at: all.push(d) - 1 }
  })
  // Per player, once: the competing entries of each kind, and the saga ids (each saga lists the
  // others as related).
  const players = new Map<Draft[], { ends: Record<SagaKind, TimelineEntry[]>; ids: SagaId[] }>()
  for (const all of byPlayer.values()) {
    players.set(all, { ends: { move: competingEnds(all, 'move'), renewal: competingEnds(all, 'renewal') }, ids: all.map((o) => o.group.key.id) })
  }
  return drafts.map((d, i) => {
    const { all, at } = place[i]
    const { ends, ids } = players.get(all)!
    return toSaga(d, ids.filter((_, j) => j !== at), ends[d.group.key.kind], opts)
  })
}
