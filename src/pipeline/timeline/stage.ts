/**
 * The stage machine of SPEC §6 (rule `saga/stage@1`), walked day by day over a saga's entries.
 *
 * - Only affirmed, non-historical entries move a stage, and beyond `interest` only reported or
 *   confirmed ones (an expected pre-contract is not one yet); denied ones are shown, never raise or
 *   end anything. An undated entry may raise an open saga but never ends or reopens one (we
 *   cannot tell whether it came after).
 * - Move ranks: rumour < interest < approach = bid < talks < personal_terms
 *   < agreement = pre_contract < medical < signed. The stage is the furthest rank reached.
 * - Terminal claims need a `confirmed` or `reported` modality ("could collapse" ends nothing):
 *   `signed`, `collapsed`, `stays` in the move saga; `extension_signed` or `stays` in the
 *   player's renewal saga (passed as `competing`). Renewal sagas: rumour < negotiating
 *   (extension_offer) < extension_signed; a competing move `signed` ends them as `collapsed`.
 * - On one day terminal claims win over raising claims of that day.
 * - Reopen rule `saga/reopen@1`: after a terminal `collapsed`, `stays` or `extension_signed`,
 *   an affirmed raising claim of the saga itself dated strictly later reopens it at that
 *   claim's stage (earlier progress is not restored). A confirmed `signed` is final; a signing
 *   only reported is ended by a firm `collapsed` or `stays` dated strictly later and of the same
 *   window (rule `saga/unsigned@1`: "he has signed" on deadline day, then the paperwork misses the
 *   deadline); a loan's option declined next summer ends another question, not the loan.
 * - Rule `saga/next-signing@1`: a firm signing of a later window after a confirmed one (the loan,
 *   then the permanent move) dates the `signed` stage anew.
 */
import type { Claim, SagaKind, Stage } from '../../domain/types.ts'
import { compareDates } from '../cluster/order.ts'

export type StageInput = Pick<Claim, 'type' | 'stance' | 'modality' | 'date' | 'historical'> & { window?: string | null }

export interface StageOptions<T extends StageInput> {
  kind: SagaKind
  /** Entries of the player's competing sagas (renewal for a move saga, moves for a renewal). */
  competing?: readonly T[]
}

export interface StageResult<T> {
  stage: Stage
  date: string | null
  because: T | undefined
}

const MOVE_RANK: Partial<Record<Claim['type'], [number, Stage]>> = {
  interest: [1, 'interest'],
  approach: [2, 'approach'],
  bid: [2, 'approach'],
  talks: [3, 'talks'],
  personal_terms: [4, 'personal_terms'],
  agreement: [5, 'agreement'],
  pre_contract: [5, 'agreement'],
  medical: [6, 'medical'],
  signed: [7, 'signed'],
}
const RENEWAL_RANK: Partial<Record<Claim['type'], [number, Stage]>> = {
  extension_offer: [1, 'negotiating'],
  extension_signed: [2, 'extension_signed'],
}
/** Terminal priority within one day: the highest wins. */
const TERMINAL_PRIORITY: Partial<Record<Stage, number>> = { signed: 4, extension_signed: 3, stays: 2, collapsed: 1 }

export interface Tagged<T> {
  entry: T
  own: boolean
}

interface State<T> {
  rank: number
  result: StageResult<T>
  closed: boolean
  final: boolean
}

function isFirm(e: StageInput): boolean {
  return e.stance === 'affirmed' && !e.historical && (e.modality === 'confirmed' || e.modality === 'reported')
}

function raiseOf(e: StageInput, kind: SagaKind): [number, Stage] | undefined {
  if (e.stance !== 'affirmed' || e.historical) return undefined
  const r = (kind === 'move' ? MOVE_RANK : RENEWAL_RANK)[e.type]
  if (!r || e.modality === 'speculative') return undefined
  // INFO: an expected pre-contract ("sources expect him to sign") is not one yet: only interest
  // may be raised by an expected claim; every later stage needs a reported or confirmed one.
  if (r[1] !== 'interest' && !isFirm(e)) return undefined
  return r
}

function terminalOf(t: Tagged<StageInput>, kind: SagaKind): Stage | undefined {
  if (!isFirm(t.entry)) return undefined
  const type = t.entry.type
  if (kind === 'move') {
    if (t.own) return type === 'signed' ? 'signed' : type === 'collapsed' ? 'collapsed' : type === 'stays' ? 'stays' : undefined
    return type === 'extension_signed' ? 'extension_signed' : type === 'stays' ? 'stays' : undefined
  }
  if (t.own) return type === 'extension_signed' ? 'extension_signed' : undefined
  return type === 'signed' ? 'collapsed' : undefined
}

/**
 * True when an entry of a competing saga can end a saga of `kind` (the only competing entries
 * `stageAsOf` reads: the others never raise or end it).
 * @example endsFromOutside(confirmedRenewal, 'move') // true
 */
export function endsFromOutside(e: StageInput, kind: SagaKind): boolean {
  return !e.historical && terminalOf({ entry: e, own: false }, kind) !== undefined
}

function applyRaises<T extends StageInput>(s: State<T>, day: Tagged<T>[], kind: SagaKind): void {
  for (const t of day) {
    if (!t.own) continue
    const r = raiseOf(t.entry, kind)
    if (!r) continue
    if (s.closed) {
      // a reported signing is undone only by a later ending, never reopened by more progress
      if (s.result.stage === 'signed') continue
      if (t.entry.date === null || t.entry.date <= (s.result.date ?? '')) continue
      s.closed = false
      s.rank = 0
    }
    if (r[0] > s.rank) {
      s.rank = r[0]
      s.result = { stage: r[1], date: t.entry.date, because: t.entry }
    }
  }
}

/** True when both entries name the same window, or either names none. */
function sameWindow(a: StageInput | undefined, b: StageInput): boolean {
  return !a?.window || !b.window || a.window === b.window
}

function applyTerminals<T extends StageInput>(s: State<T>, day: Tagged<T>[], kind: SagaKind): void {
  let best: { stage: Stage; t: Tagged<T> } | undefined
  for (const t of day) {
    const stage = terminalOf(t, kind)
    if (stage && (!best || TERMINAL_PRIORITY[stage]! > TERMINAL_PRIORITY[best.stage]!)) best = { stage, t }
  }
  if (!best || best.t.entry.date === null) return
  // INFO: a second report of the same ending keeps the first date; only a stronger ending replaces it
  // INFO: a reported signing gives way to a later ending (`saga/unsigned@1`); the day's own
  // terminals already put a signing first, so only a later day can undo it
  const undoes = s.result.stage === 'signed' && best.stage !== 'signed' && sameWindow(s.result.because, best.t.entry)
  if (s.closed && !undoes && TERMINAL_PRIORITY[best.stage]! <= (TERMINAL_PRIORITY[s.result.stage] ?? 0)) return
  s.closed = true
  s.final = best.stage === 'signed' && best.t.entry.modality === 'confirmed'
  s.result = { stage: best.stage, date: best.t.entry.date, because: best.t.entry }
}

/**
 * Rule `saga/next-signing@1`: after a confirmed signing, nothing undoes it, but a later firm
 * signing of another window is the saga's next deal (a loan in January, the permanent move the
 * summer after): the stage stays `signed`, dated by the latest one.
 */
function nextSigning<T extends StageInput>(s: State<T>, day: Tagged<T>[]): void {
  const last = s.result.because
  for (const t of day) {
    const e = t.entry
    if (!t.own || e.type !== 'signed' || !isFirm(e) || e.date === null || !e.window || !last?.window || e.window === last.window) continue
    s.result = { stage: 'signed', date: e.date, because: e }
    return
  }
}

/** True when entries are in date order (undated last), as `compareDates` sorts them. */
function inDateOrder(entries: readonly Tagged<StageInput>[]): boolean {
  for (let i = 1; i < entries.length; i++) if (compareDates(entries[i - 1].entry.date, entries[i].entry.date) > 0) return false
  return true
}

/**
 * Stable merge of two lists in date order: on equal dates `a` comes first, so the result is the
 * same as a stable sort of `[...a, ...b]` by date.
 */
function mergeByDate<T extends StageInput>(a: Tagged<T>[], b: Tagged<T>[]): Tagged<T>[] {
  const out: Tagged<T>[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) out.push(compareDates(b[j].entry.date, a[i].entry.date) < 0 ? b[j++] : a[i++])
  while (i < a.length) out.push(a[i++])
  while (j < b.length) out.push(b[j++])
  return out
}

/** The entries `asOf` keeps (every one when undefined, else those dated on or before it), tagged. */
function tagged<T extends StageInput>(entries: readonly T[], asOf: string | undefined, own: boolean): Tagged<T>[] {
  const out: Tagged<T>[] = []
  for (const entry of entries) if (asOf === undefined || (entry.date !== null && entry.date <= asOf)) out.push({ entry, own })
  return out
}

/**
 * The entries `asOf` keeps, own then competing, tagged and grouped by day in date order (undated
 * last); within a day, own entries first, each list in its given order. Exported for its test.
 * @example daysOf(own, competing, undefined) // [[{ entry, own: true }, …], …]
 */
export function daysOf<T extends StageInput>(entries: readonly T[], competing: readonly T[], asOf: string | undefined): Tagged<T>[][] {
  const own = tagged(entries, asOf, true)
  const other = tagged(competing, asOf, false)
  // Speed: entries come in timeline order and the caller may pass competing entries sorted by
  // date; then a merge gives what sorting the concatenation would, in linear time.
  let all: Tagged<T>[]
  if (inDateOrder(own) && inDateOrder(other)) all = mergeByDate(own, other)
  else {
    all = [...own, ...other]
    all.sort((a, b) => compareDates(a.entry.date, b.entry.date))
  }
  const days: Tagged<T>[][] = []
  for (const t of all) {
    const last = days[days.length - 1]
    if (last && last[0].entry.date === t.entry.date) last.push(t)
    else days.push([t])
  }
  return days
}

/**
 * The first of the non-historical entries with the earliest date (undated last), among those
 * `asOf` keeps. Exported for its test.
 * @example firstOwnOf(entries, '2025-03-01')?.date // '2024-11-05'
 */
export function firstOwnOf<T extends StageInput>(entries: readonly T[], asOf: string | undefined): T | undefined {
  let first: T | undefined
  for (const e of entries) {
    if (e.historical || (asOf !== undefined && (e.date === null || e.date > asOf))) continue
    if (first === undefined || compareDates(e.date, first.date) < 0) first = e
  }
  return first
}

/**
 * A saga's stage as it stood on `asOf` (every entry when undefined), with the entry that set it.
 * Pass entries in canonical order (`compareClaims`) so that `because` is stable on ties.
 * @example stageAsOf(entries, '2025-03-26', { kind: 'move' }) // { stage: 'talks', date: '2025-03-25', because: <talks entry> }
 */
export function stageAsOf<T extends StageInput>(entries: readonly T[], asOf: string | undefined, opts: StageOptions<T>): StageResult<T> {
  const firstOwn = firstOwnOf(entries, asOf)
  const s: State<T> = { rank: 0, closed: false, final: false, result: { stage: 'rumour', date: firstOwn?.date ?? null, because: undefined } }
  // INFO: a competing ending older than the saga's first claim does not close it before it began
  const start = firstOwn?.date ?? null
  const competing = (opts.competing ?? []).filter((e) => e.date !== null && (start === null || e.date >= start))
  for (const day of daysOf(entries, competing, asOf)) {
    if (s.final) {
      nextSigning(s, day)
      continue
    }
    if (day[0].entry.date === null) {
      if (!s.closed) applyRaises(s, day, opts.kind)
      continue
    }
    applyRaises(s, day, opts.kind)
    applyTerminals(s, day, opts.kind)
  }
  return s.result
}
