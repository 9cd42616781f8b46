/**
 * The Kysely `Database` type: one interface per table, column types as both dialects return
 * them after the repos normalise them. JSON columns are `text` in SQLite and `jsonb` in
 * PostgreSQL; the PostgreSQL pool is told to hand them back as strings (dialects/postgres.ts),
 * so repos always see a JSON string. Dates are ISO 8601 text in both dialects.
 */
import type { Generated } from 'kysely'

/** `article`: one row per revision; `id` is the content hash (SPEC §3). */
export interface ArticleTable {
  /** SQLite: INTEGER PRIMARY KEY AUTOINCREMENT; PostgreSQL: identity. Stable paging cursor. */
  seq: Generated<number>
  id: string
  lineage_id: string
  revision: number
  url: string | null
  title: string | null
  outlet: string | null
  author: string | null
  published: string | null
  format: string
  source: string
  raw_text: string
  /** sha256 hex of the normalised text alone. */
  content_hash: string
  ingested_at: string
}

/**
 * `analysis`: the pipeline's output for one article. Rows written since migration 0004 hold
 * it in `pack` (repos/analysis-codec.ts) and the JSON `null` in `json`; older rows hold the
 * whole Analysis as JSON and no pack.
 */
export interface AnalysisTable {
  article_id: string
  pipeline_version: string
  json: string
  processed_at: string
  pack: Uint8Array | null
}

/** `claim`: one extracted claim; replaced with the analysis of its article. */
export interface ClaimTable {
  id: Generated<number>
  article_id: string
  player: string
  /**
   * `player`'s slug (`toSlug`, migration 0520; lower-cased NFC `player` before it): every spelling
   * of a player whose saga ids are one slug is found by one key.
   */
  player_key: string
  player_id: string | null
  from_club: string | null
  from_club_key: string | null
  to_club: string | null
  to_club_key: string | null
  type: string
  stance: string
  modality: string
  window: string | null
  fee: string | null
  attributed_to: string
  ev_start: number
  ev_end: number
  sentence: string
  rule: string
  confidence: number
  why: string
  historical: number
  headline: number
  claim_date: string | null
  date_estimated: number
  flags: string | null
}

/** `entity`: discovered players and sources, imported players. */
export interface EntityTable {
  id: string
  kind: string
  name: string
  /** Lower-cased NFC `name`. */
  name_key: string
  aliases: string
  data: string
  created_at: string
  updated_at: string
}

/** Tables owned by the storage core (migrations 0001–0099). Other modules add theirs from 0100. */
/**
 * Per player (saga slug): transactions that changed his claims, and how many of them his last
 * saga rebuild had seen (migration 0540, which replaced 0500's `saga_dirty`).
 */
export interface SagaVersionTable {
  player_slug: string
  /** A spelling of his name, the latest one marked (what `listSagaDirty` returns). */
  player: string
  changed: number
  /** `changed` as his last rebuild read it, before reading his claims; NULL: never rebuilt since 0540. */
  built: number | null
}

export interface SagaTable {
  id: string
  kind: string
  player: string
  player_slug: string
  player_key: string
  club: string
  club_key: string
  from_club: string | null
  from_club_key: string | null
  stage: string
  stage_date: string | null
  first_date: string | null
  last_date: string | null
  claim_count: number
  report_count: number
  likelihood: number | null
  trend: unknown
  detail: unknown
  history: unknown
  /** Claim-based Resolution JSON, JSON null while open, SQL NULL when written before 0400. */
  outcome: unknown
  updated_at: string
  /** Detail and history packed (repos/saga-codec.ts; migration 0210); NULL in rows written before, which hold them in `detail` and `history`. */
  pack: Uint8Array | null
}

export interface ResolutionTable {
  saga_id: string
  outcome: string
  date: string
  note: string | null
  created_at: string
}

export interface Database {
  article: ArticleTable
  analysis: AnalysisTable
  claim: ClaimTable
  entity: EntityTable
  saga: SagaTable
  saga_version: SagaVersionTable
  resolution: ResolutionTable
}

/** Which SQL engine a Kysely instance talks to. */
export type DialectName = 'sqlite' | 'postgres'
