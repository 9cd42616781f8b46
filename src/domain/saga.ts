/**
 * Sagas, reports, timelines and judgements (SPEC §2, §6, §8). Types only.
 */
import type { ArticleId, Claim, ClaimType, Fee, Modality, SagaId, SagaKind, Stage, Stance } from './types.ts'

/** A claim as sagas see it: the extracted claim with its store id and its article's metadata. */
export interface SagaClaim extends Claim {
  id: number
  articleId: ArticleId
  outlet?: string
  url?: string
  title?: string
}

/** One outlet's carrying of a report. */
export interface Carrier {
  articleId: ArticleId
  claimId: number
  outlet?: string
  url?: string
  date: string | null
  dateEstimated: boolean
}

/** A claim's origin: the same quote or sentence reprinted by several outlets is one report. */
export interface Report {
  id: string
  /** The named original source (innermost attribution), or the earliest carrier's outlet. */
  origin: string
  /** `named-source` when the chain names who said it first, `earliest-carrier` otherwise. */
  originRule: 'named-source' | 'earliest-carrier'
  firstDate: string | null
  carriers: Carrier[]
}

/** What a move's report is about (rule `saga/deal-kind@1`): a loan, with an option or an obligation to buy, or a permanent move. */
export type DealKind = 'loan' | 'loan-option' | 'loan-obligation' | 'permanent'

/**
 * One kind of deal a saga's reports speak of: how many of its current reports, first and last
 * said, and how far that deal went on its own entries ("loan: signed; permanent: collapsed").
 */
export interface DealSummary {
  kind: DealKind
  reports: number
  firstDate: string | null
  lastDate: string | null
  stage: Stage
  stageDate: string | null
}

export interface TimelineEntry {
  date: string | null
  dateEstimated: boolean
  type: ClaimType
  stance: Stance
  modality: Modality
  attributedTo: string[]
  window: string | null
  fee: Fee | null
  reportId: string
  carriers: Carrier[]
  historical: boolean
  headline: boolean
  confidence: number
  evidence: { articleId: ArticleId; start: number; end: number; sentence: string }
  /** Loan or permanent, when the report's sentence says (move sagas only). */
  deal?: DealKind
}

/** Conflicting facts kept side by side, never averaged (SPEC §6). */
export interface ConflictValue {
  value: string
  by: string[]
  date: string | null
  articleId: ArticleId
}
export interface Conflict {
  field: 'fee' | 'contract-length' | 'window' | 'release-fee'
  values: ConflictValue[]
}

export interface Saga {
  id: SagaId
  kind: SagaKind
  player: string
  /** Club holding the player. */
  fromClub: string | null
  /** Counterpart: the suitor for a move, the player's own club for a renewal. */
  club: string
  stage: Stage
  stageDate: string | null
  firstDate: string | null
  lastDate: string | null
  claimCount: number
  /** Independent reports (carriers folded). */
  reportCount: number
  timeline: TimelineEntry[]
  reports: Report[]
  conflicts: Conflict[]
  /** Other sagas of the same player (they compete). */
  related: SagaId[]
  /** The kinds of deal its current reports speak of, in order of first report (move sagas whose reports say). */
  deals?: DealSummary[]
  /** The kind of deal of the entry that set the stage, when it says (a loan signed, a permanent move agreed). */
  stageDeal?: DealKind
}

/** One saga as lists show it: the stored summary row. */
export type SagaSummary = Pick<Saga, 'id' | 'kind' | 'player' | 'fromClub' | 'club' | 'stage' | 'stageDate' | 'firstDate' | 'lastDate' | 'claimCount' | 'reportCount'> & {
  /** Latest likelihood (move sagas), null for renewals or when unknown. */
  likelihood: number | null
  /** Recent likelihood values, oldest first, for a sparkline. */
  trend: number[]
  resolved?: Resolution
}

/** One factor that moved a likelihood, in words (SPEC §8). */
export interface LikelihoodFactor {
  factor: string
  /** Change in log-odds, signed. */
  delta: number
  why: string
}

export interface LikelihoodPoint {
  date: string
  p: number
  factors: LikelihoodFactor[]
}

export type Outcome = 'signed' | 'collapsed' | 'extension_signed' | 'stays'

export interface Resolution {
  sagaId: SagaId
  outcome: Outcome
  date: string
  by: 'claim' | 'hand'
  note?: string
}
