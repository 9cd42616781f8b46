/**
 * Shared vocabulary of the judgement stage (SPEC §6, §8): how far each claim type takes a saga,
 * who a timeline entry speaks for, and the logistic helpers the likelihood model is built from.
 */
import type { ClaimType, Modality, SagaKind } from '../../domain/types.ts'
import type { Saga, TimelineEntry } from '../../domain/saga.ts'

/** Move stages in order (SPEC §6); `approach` also covers `bid` and `bid_rejected` (a bid was made). */
export const STAGE_ORDER = ['rumour', 'interest', 'approach', 'talks', 'personal_terms', 'agreement', 'medical', 'signed'] as const
export type ProgressStage = (typeof STAGE_ORDER)[number]

/**
 * Log-odds added by the furthest stage reached (prior 15%: talks → 39%, agreement → 78%, medical → 91%).
 * INFO: tuned by hand on what is commonly said of transfer rumours, not fitted; the backtest reports how calibrated it is.
 */
export const STAGE_WEIGHT: Record<ProgressStage, number> = {
  rumour: 0,
  interest: 0.3,
  approach: 0.8,
  talks: 1.3,
  personal_terms: 1.9,
  agreement: 3.0,
  medical: 4.0,
  signed: 4.6,
}

const MOVE_PROGRESS: Partial<Record<ClaimType, ProgressStage>> = {
  interest: 'interest',
  approach: 'approach',
  bid: 'approach',
  bid_rejected: 'approach',
  talks: 'talks',
  personal_terms: 'personal_terms',
  agreement: 'agreement',
  pre_contract: 'agreement',
  medical: 'medical',
  signed: 'signed',
}
// INFO: a renewal saga progresses through the club's offer (talks) to the new contract (signed).
const RENEWAL_PROGRESS: Partial<Record<ClaimType, ProgressStage>> = {
  extension_offer: 'talks',
  extension_signed: 'signed',
}

/**
 * The stage a claim type supports in a saga of the given kind, or undefined for negative types.
 * @example stageOfType('pre_contract', 'move') // 'agreement'
 */
export function stageOfType(type: ClaimType, kind: SagaKind = 'move'): ProgressStage | undefined {
  return (kind === 'move' ? MOVE_PROGRESS : RENEWAL_PROGRESS)[type]
}

/**
 * Rank of a stage in STAGE_ORDER (rumour = 0, signed = 7).
 * @example stageRank('talks') // 3
 */
export function stageRank(stage: ProgressStage): number {
  return STAGE_ORDER.indexOf(stage)
}

/** True for affirmed claims that push a saga forward (a rejected bid counts as a bid made). */
export function isProgress(e: TimelineEntry, kind: SagaKind): boolean {
  return e.stance === 'affirmed' && stageOfType(e.type, kind) !== undefined
}

/**
 * Usable entries of a saga up to a date: dated, not historical, date ≤ asOf.
 * INFO: undated claims cannot be placed in time, so dated judgements leave them out.
 * @example entriesUpTo(saga, '2025-03-01').length
 */
export function entriesUpTo(saga: Saga, asOf: string): TimelineEntry[] {
  return saga.timeline.filter((e) => e.date !== null && !e.historical && e.date <= asOf)
}

/**
 * Furthest stage supported by affirmed claims up to a date (rumour when none).
 * @example furthestStage(saga, '2025-05-01') // 'talks'
 */
export function furthestStage(saga: Saga, asOf: string): ProgressStage {
  let best = 0
  for (const e of entriesUpTo(saga, asOf)) {
    const s = isProgress(e, saga.kind) ? stageOfType(e.type, saga.kind) : undefined
    if (s && stageRank(s) > best) best = stageRank(s)
  }
  return STAGE_ORDER[best]
}

const ANONYMOUS = /^anonymous/i

/**
 * Who an entry speaks for: the innermost named attribution, else the earliest carrier's outlet.
 * @example sourceOf(entry) // 'Fabrizio Romano'
 */
export function sourceOf(e: TimelineEntry): string {
  // Speed: plain loops and a character test instead of `find` and the regular expression.
  for (const s of e.attributedTo) if (!isAnonymous(s)) return s
  for (const c of e.carriers) if (c.outlet) return c.outlet
  return 'unknown source'
}

/**
 * Who said it, in words: the source `sourceOf` names, or, when it names none, "anonymous sources"
 * or "the article itself" (a reader is never told "unknown source" for a claim an article makes).
 * @example saidBy(entryOfTheArticleItself) // 'the article itself'
 */
export function saidBy(e: TimelineEntry): string {
  const who = sourceOf(e)
  if (who !== 'unknown source') return who
  return e.attributedTo.length > 0 ? 'anonymous sources' : 'the article itself'
}

const ANONYMOUS_WORD = 'anonymous'

/**
 * `ANONYMOUS.test(s)`: s starts with "anonymous" in any case. A non-unicode /i pattern matches
 * an ASCII letter only with itself in either case, so comparing with `| 32` is the same test.
 */
function isAnonymous(s: string): boolean {
  if (s.length < ANONYMOUS_WORD.length) return false
  for (let i = 0; i < ANONYMOUS_WORD.length; i++) if ((s.charCodeAt(i) | 32) !== ANONYMOUS_WORD.charCodeAt(i)) return false
  return true
}

/**
 * Every source an entry credits: the attribution chain (weight 1) and carriers not in it (weight `carrierWeight`).
 * @example sourcesOf(entry, 0.5) // [{ source: 'Fabrizio Romano', weight: 1 }, { source: 'TEAMtalk', weight: 0.5 }]
 */
export function sourcesOf(e: TimelineEntry, carrierWeight: number): { source: string; weight: number }[] {
  const out = new Map<string, number>()
  for (const s of e.attributedTo) if (!ANONYMOUS.test(s)) out.set(s, 1)
  for (const c of e.carriers) if (c.outlet && !out.has(c.outlet)) out.set(c.outlet, carrierWeight)
  return [...out].map(([source, weight]) => ({ source, weight }))
}

/** How much a claim's wording commits to it. */
export const MODALITY_WEIGHT: Record<Modality, number> = { confirmed: 1, reported: 1, expected: 0.85, speculative: 0.5 }

/** Default reliability of a source nobody has scored: the unknown-tier prior. */
export const DEFAULT_RELIABILITY = 0.5

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : DEFAULT_RELIABILITY)

/**
 * How much a source's word counts: 1 at reliability 0.5, 1.75 for a perfect record, 0.25 for a useless one.
 * @example credibility(0.9) // 1.6
 */
export const credibility = (r: number): number => 0.25 + 1.5 * r

/** Weight of an entry's wording: modality, and half for related-headline lines (SPEC §4.1). */
export const wording = (e: TimelineEntry): number => MODALITY_WEIGHT[e.modality] * (e.headline ? 0.5 : 1)

/**
 * Reliability in [0, 1] of the source of an entry (`reliability` of its `sourceOf`, default 0.5).
 * Speed: memoised per source, so a history asks `reliability` once per source, not per claim and date
 * (entries must not change while the function is in use).
 * @example entryReliability((s) => 0.9)(entry) // 0.9
 */
export function entryReliability(reliability?: (source: string) => number): EntryReliability {
  const r = reliability ?? (() => DEFAULT_RELIABILITY)
  const bySource = new Map<string, number>()
  // Speed: also memoised per entry, which skips `sourceOf` when an entry is weighed again.
  const byEntry = new Map<TimelineEntry, number>()
  const rel = (e: TimelineEntry): number => {
    let x = byEntry.get(e)
    if (x !== undefined) return x
    const s = sourceOf(e)
    x = bySource.get(s)
    if (x === undefined) bySource.set(s, (x = clamp01(r(s))))
    byEntry.set(e, x)
    return x
  }
  return Object.assign(rel, { of: reliability })
}

/** An entry's reliability, memoised; `of` is the source reliability it reads (so that the memo can be shared). */
export type EntryReliability = ((e: TimelineEntry) => number) & { readonly of: ((source: string) => number) | undefined }

/** Log-odds of a probability. @example logit(0.5) // 0 */
export const logit = (p: number): number => Math.log(p / (1 - p))
/** Inverse of logit. @example sigmoid(0) // 0.5 */
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/**
 * Whole days from `a` to `b` (YYYY-MM-DD), positive when b is later.
 * @example daysBetween('2025-01-01', '2025-01-31') // 30
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10) + 'T00:00:00Z') - Date.parse(a.slice(0, 10) + 'T00:00:00Z')) / 86_400_000)
}

/** One decimal, always signed: `+1.1`, `-0.4`. */
export const signed1 = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(1)
