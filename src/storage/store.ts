/**
 * The store as the rest of Mercato sees it: interfaces in domain words. Only `storage/` knows
 * SQL; only `storage/dialects/*` import a database driver. Every method is async so that the
 * SQLite and PostgreSQL implementations share one contract (`store.case.test.ts`).
 */
import type { Analysis, Article, ArticleId, Claim, RawArticle } from '../domain/types.ts'

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
  player?: string
  club?: string
  articleId?: ArticleId
  limit?: number
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres'
  /** Stores the raw article before any processing. Idempotent on content; same URL + new text = revision. */
  putArticle(raw: RawArticle): Promise<PutArticleResult>
  getArticle(id: ArticleId): Promise<Article | undefined>
  /** Articles in ingest order, paged by a cursor (the last id seen). */
  listArticles(opts?: { after?: number; limit?: number }): Promise<{ articles: Article[]; next?: number }>
  countArticles(): Promise<number>
  /** Replaces the analysis and claims of one article in one transaction. */
  putAnalysis(analysis: Analysis): Promise<void>
  getAnalysis(id: ArticleId): Promise<Analysis | undefined>
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>
  close(): Promise<void>
}
