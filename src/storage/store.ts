/**
 * The store as the rest of Mercato sees it: interfaces in domain words. Only `storage/` knows
 * SQL; only `storage/dialects/*` import a database driver. Every method is async so that the
 * SQLite and PostgreSQL implementations share one contract (`store.case.test.ts`).
 */
import type { Analysis, Article, ArticleId, Claim, EntityId, EntityKind, RawArticle } from '../domain/types.ts'
import type { LikelihoodPoint, Resolution, Saga, SagaClaim } from '../domain/saga.ts'
import type { SagaRowInput, SagaRowQuery, SagaRowSummary, StoredSaga } from './repos/saga-repo.ts'
import type { SagaBuilt, SagaVersion } from './repos/saga-version-repo.ts'

export type { SagaBuilt, SagaRowInput, SagaRowQuery, SagaRowSummary, SagaVersion, StoredSaga }

export interface PutArticleResult {
  status: 'new' | 'unchanged' | 'revised'
  article: Article
}

export interface ArticleSummary {
  id: ArticleId
  title?: string
  outlet?: string
  published?: string
  url?: string
  revision: number
}

export interface SearchHit extends ArticleSummary {
  /** Text around the match, with the matched terms between « and ». */
  snippet: string
  rank: number
}

/** A claim as stored: the extracted claim plus its row id and article. */
export interface StoredClaim extends Claim {
  id: number
  articleId: ArticleId
}

export interface ClaimFilter {
  /** Matched by slug: any case, accents or punctuation ("tomas araujo" finds "Tomás Araújo"). */
  player?: string
  club?: string
  articleId?: ArticleId
  limit?: number
  /** Only claims with a larger row id (paging cursor). */
  after?: number
  /** Only claims of the latest revision of each article lineage (older revisions stay stored). */
  currentOnly?: boolean
}

/** A discovered or imported entity (players, journalists, outlets…) to store. */
export interface EntityInput {
  id: EntityId
  kind: EntityKind
  name: string
  aliases?: string[]
  /** Anything else known: club, position, date of birth, outlet… (JSON). */
  data?: Record<string, unknown>
}

export interface StoredEntity extends Required<EntityInput> {
  createdAt: string
  updatedAt: string
}

export type PutEntityStatus = 'new' | 'updated' | 'unchanged'

export interface EntityFilter {
  kind?: EntityKind
  /** Case-insensitive exact name. */
  name?: string
  /** Only ids sorting after this one (paging cursor). */
  after?: string
  limit?: number
}

/** Result of a store health check (SQLite: `PRAGMA integrity_check`). */
export interface IntegrityReport {
  ok: boolean
  messages: string[]
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres'
  /** Stores the raw article before any processing. Idempotent on content; same URL + new text = revision. */
  putArticle(raw: RawArticle): Promise<PutArticleResult>
  /**
   * Stores several raw articles, in order, with the results successive `putArticle` calls would
   * give. SQLite writes them in one transaction (a crash keeps all or none of the batch).
   */
  putArticles(raws: readonly RawArticle[]): Promise<PutArticleResult[]>
  getArticle(id: ArticleId): Promise<Article | undefined>
  /** The stored articles among `ids`, in no particular order; unknown ids are left out. */
  getArticles(ids: readonly ArticleId[]): Promise<Article[]>
  /** Articles in ingest order, paged by a cursor: pass the returned `next` (an ingest sequence number) as `after`. */
  listArticles(opts?: { after?: number; limit?: number }): Promise<{ articles: Article[]; next?: number }>
  countArticles(): Promise<number>
  /** Replaces the analysis and claims of one article in one transaction. */
  putAnalysis(analysis: Analysis): Promise<void>
  /** `putAnalysis` for several articles in one transaction: all are stored or none. */
  putAnalyses(analyses: readonly Analysis[]): Promise<void>
  getAnalysis(id: ArticleId): Promise<Analysis | undefined>
  /** Pipeline version of each of these articles' analyses; articles never analysed are absent. */
  getAnalysisVersions(ids: readonly ArticleId[]): Promise<Map<ArticleId, string>>
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>
  /**
   * Replaces every saga of these players (by slug) with `rows`, in one transaction. A saga's
   * `related` reads back as given; when it is the other sagas stored under its slug (as
   * `buildSagas` makes it) it is not stored but derived from the saga table on read.
   */
  replaceSagas(playerSlugs: string[], rows: SagaRowInput[]): Promise<void>
  listSagas(q: SagaRowQuery): Promise<{ items: SagaRowSummary[]; total: number }>
  getSaga(id: string): Promise<StoredSaga | undefined>
  /** Full saga details for a query (player, kind, paging), in one round trip. */
  listSagaDetails(q: SagaRowQuery): Promise<Saga[]>
  /**
   * Runs `fn` holding an exclusive lock on the sagas of these players (by slug), so two
   * processes never rebuild one player's sagas at once: the rebuild that starts last has read
   * every claim committed before it. PostgreSQL: session advisory locks taken in one order (no
   * deadlock); SQLite: a single writer already, `fn` runs as is.
   */
  withSagaLock<T>(playerSlugs: readonly string[], fn: () => Promise<T>): Promise<T>
  /**
   * Claims of these players with their articles' outlet, URL and title (latest revisions only).
   * A player is his slug: every spelling that folds to it is read ("Tomás" and "Tomas").
   */
  listSagaClaims(players: string[]): Promise<SagaClaim[]>
  /** Distinct dates of these players' dated (not estimated) claims, latest revisions only. */
  listClaimDates(players: string[]): Promise<{ player: string; date: string }[]>
  /**
   * Players whose claims changed since their sagas were last rebuilt (counted with the analyses);
   * with `players`, only those of them still marked (matched by slug, as the counters are kept).
   */
  listSagaDirty(players?: readonly string[]): Promise<string[]>
  /**
   * The claim versions of these players, by slug: `changed` counts the transactions that changed
   * his claims, `built` is the `changed` his last rebuild read (see `markSagasBuilt`). Players
   * never marked nor rebuilt since migration 0540 are absent.
   */
  readSagaVersions(players: readonly string[]): Promise<Map<string, SagaVersion>>
  /**
   * Records that these players' sagas were rebuilt from the claims of the versions read (by
   * `readSagaVersions`, before their claims were read): a player is stale again once a later
   * transaction bumps `changed` past it.
   */
  markSagasBuilt(built: readonly SagaBuilt[]): Promise<void>
  /** Every player name with at least one claim. */
  listClaimPlayers(): Promise<string[]>
  putResolution(r: Resolution): Promise<void>
  listResolutions(): Promise<Resolution[]>
  close(): Promise<void>
  /** Every stored revision sharing a lineage (pass any revision's `lineageId`), oldest first. */
  listRevisions(lineageId: ArticleId): Promise<Article[]>
  /** The latest stored revision of a URL. */
  getArticleByUrl(url: string): Promise<Article | undefined>
  /** Inserts or replaces a discovered or imported entity; `createdAt` is kept. */
  putEntity(entity: EntityInput): Promise<PutEntityStatus>
  getEntity(id: EntityId): Promise<StoredEntity | undefined>
  listEntities(filter?: EntityFilter): Promise<StoredEntity[]>
  /** Number of stored analyses per pipeline version (what `reprocess` would refresh). */
  countAnalysesByVersion(): Promise<Record<string, number>>
  /** Checks the database is whole and readable. */
  checkIntegrity(): Promise<IntegrityReport>
}
