/**
 * Mercato's domain vocabulary (SPEC §2, §5). Types only: this module imports nothing and
 * every pipeline stage, the store, the API and the CLI speak in these words.
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices) into the text they name.
 */

/** Content-hash id of an article (hex, 16 chars). */
export type ArticleId = string & { readonly __brand: 'ArticleId' }
/** Stable id of a knowledge-base or discovered entity, e.g. `club:real-madrid`, `player:trent-alexander-arnold`. */
export type EntityId = string & { readonly __brand: 'EntityId' }
/** Saga id: `move:<player-slug>:<club-slug>` or `renewal:<player-slug>:<club-slug>`. */
export type SagaId = string & { readonly __brand: 'SagaId' }

export type InputFormat = 'text' | 'jsonl' | 'html' | 'feed'

/** One rejected input or stage failure. Never thrown: collected and reported. */
export interface Reject {
  /** Where it came from: file path, URL or `-` for stdin. */
  source: string
  /** 1-based line, for JSON Lines. */
  line?: number
  stage: 'read' | 'decode' | 'parse' | 'store' | 'extract'
  /** One line, human readable. */
  reason: string
}

/** What an input reader produces: an article before identity and storage. */
export interface RawArticle {
  source: string
  line?: number
  format: InputFormat
  /** Main text (already extracted from HTML when the input was HTML). */
  text: string
  url?: string
  title?: string
  outlet?: string
  author?: string
  /** ISO 8601 date or date-time as given by the input. */
  published?: string
  externalId?: string
}

/** A stored article. `rawText` is exactly what was ingested; everything else is derived. */
export interface Article {
  id: ArticleId
  /** Id shared by all revisions of the same URL (the first revision's id); equals `id` when no URL. */
  lineageId: ArticleId
  revision: number
  url?: string
  title?: string
  outlet?: string
  author?: string
  /** YYYY-MM-DD when the input said so. */
  published?: string
  format: InputFormat
  source: string
  rawText: string
  ingestedAt: string
}

/** How a date was obtained: stated by the input or estimated from text (SPEC §4.5). */
export interface DateInfo {
  /** YYYY-MM-DD best value. */
  date: string | null
  estimated: boolean
  /** Inclusive range of plausible dates for an estimate. */
  range?: [string, string]
  reason: string
}

export type BlockLabel =
  | 'body'
  | 'heading'
  | 'photo_credit'
  | 'read_more'
  | 'related_heading'
  | 'related_headline'
  | 'poll'
  | 'social_prompt'
  | 'newsletter'
  | 'byline'
  | 'advert'

/** A paragraph-level block of the cleaned text, labelled rather than dropped (SPEC §4.1). */
export interface Block {
  start: number
  end: number
  label: BlockLabel
  /** Rule that chose the label, e.g. `clean/photo-credit@1`. */
  rule: string
}

export interface CleanedArticle {
  /** Normalised text; blocks separated by blank lines. */
  text: string
  blocks: Block[]
}

export interface Sentence {
  start: number
  end: number
  /** Index into CleanedArticle.blocks. */
  block: number
  /** Index of the quote this sentence lies in, if any. */
  quote?: number
}

export interface Speaker {
  name: string
  kind: 'journalist' | 'outlet' | 'person' | 'unknown'
  /** Offsets of the name where it appears (may be in an earlier paragraph). */
  start?: number
  end?: number
  /** Outlet the speaker told or wrote for, when stated ("told The Daily Briefing"). */
  via?: string
  rule: string
  confidence: number
}

export interface Quote {
  start: number
  end: number
  speaker?: Speaker
  rule: string
}

export type EntityKind = 'player' | 'club' | 'journalist' | 'outlet' | 'person' | 'competition'

export interface Mention {
  start: number
  end: number
  surface: string
  kind: EntityKind
  entityId?: EntityId
  /** Canonical name of the resolved entity. */
  name?: string
  rule: string
  confidence: number
}

export const CLAIM_TYPES = [
  'interest',
  'approach',
  'bid',
  'bid_rejected',
  'talks',
  'personal_terms',
  'agreement',
  'pre_contract',
  'medical',
  'signed',
  'collapsed',
  'rejected_move',
  'extension_offer',
  'extension_signed',
  'not_for_sale',
  'stays',
] as const
export type ClaimType = (typeof CLAIM_TYPES)[number]

export type Stance = 'affirmed' | 'denied'
export type Modality = 'confirmed' | 'reported' | 'expected' | 'speculative'

export interface Fee {
  amount: number
  currency: 'EUR' | 'GBP' | 'USD' | string
  addOns?: number
  note?: string
}

export interface Evidence {
  articleId: ArticleId
  start: number
  end: number
  sentence: string
}

/** One transfer claim extracted from one sentence (SPEC §5). */
export interface Claim {
  player: string
  playerId?: EntityId
  fromClub: string | null
  toClub: string | null
  type: ClaimType
  stance: Stance
  modality: Modality
  /** `2025-summer`, `2025-january`, or null. */
  window: string | null
  fee: Fee | null
  /** Innermost first: ["Fabrizio Romano", "CaughtOffside"]; ["anonymous sources"]; [] = the article itself. */
  attributedTo: string[]
  evidence: Evidence
  /** Stable id of the rule that produced the claim, e.g. `claim/approach@1`. */
  rule: string
  confidence: number
  /** Sentences a user reads when asking "why?". */
  why: string[]
  historical: boolean
  headline: boolean
  /** Date the claim was made (article date or estimate), YYYY-MM-DD. */
  date: string | null
  dateEstimated: boolean
  /** Flags raised by the transfer rules (SPEC §7), e.g. `outside-window`. */
  flags?: string[]
}

/** A contract fact read from text: "terms set to expire in the summer of 2025". */
export interface ContractFact {
  player: string
  club: string | null
  /** YYYY-MM-DD */
  expires?: string
  lengthYears?: number
  evidence: Evidence
  rule: string
  confidence: number
}

/** Everything the pipeline derives from one article. Pure output of `processArticle`. */
export interface Analysis {
  articleId: ArticleId
  pipelineVersion: string
  date: DateInfo
  cleaned: CleanedArticle
  sentences: Sentence[]
  quotes: Quote[]
  mentions: Mention[]
  claims: Claim[]
  contracts: ContractFact[]
  /** Players and sources found in the text that the knowledge base did not know. */
  discovered: { kind: EntityKind; name: string }[]
}

export type SagaKind = 'move' | 'renewal'

export const MOVE_STAGES = [
  'rumour',
  'interest',
  'approach',
  'talks',
  'personal_terms',
  'agreement',
  'medical',
  'signed',
] as const
export type Stage = (typeof MOVE_STAGES)[number] | 'collapsed' | 'stays' | 'extension_signed' | 'negotiating'
