/**
 * The read and write services the API, the dashboard and the CLI share. Implemented over a
 * `Store` in `src/services/create-services.ts`; the API receives them through `createApi(deps)`.
 */
import type { Analysis, Article, ArticleId, RawArticle, SagaId, SagaKind, Stage } from '../domain/types.ts'
import type { LikelihoodPoint, Resolution, Saga } from '../domain/saga.ts'
import type { SearchHit } from '../storage/store.ts'

export interface SagaQuery {
  player?: string
  club?: string
  stage?: Stage
  kind?: SagaKind
  /** Only sagas with activity on or after this date (YYYY-MM-DD). */
  since?: string
  limit?: number
  offset?: number
}

export type { SagaSummary } from '../domain/saga.ts'
import type { SagaSummary } from '../domain/saga.ts'

export interface SagaDetail {
  saga: Saga
  likelihood: LikelihoodPoint[]
  resolution?: Resolution
}

export interface SourceRow {
  source: string
  kind?: 'journalist' | 'outlet' | 'person'
  tier?: number
  claims: number
  right: number
  accuracy: number | null
  shrunk: number
  brier: number | null
  medianDaysEarly: number | null
}

export interface IngestResult {
  status: 'new' | 'unchanged' | 'revised' | 'rejected'
  articleId?: ArticleId
  claims?: number
  reason?: string
}

export interface Services {
  listSagas(q: SagaQuery): Promise<{ items: SagaSummary[]; total: number }>
  getSaga(id: SagaId, opts?: { asOf?: string; since?: string }): Promise<SagaDetail | undefined>
  /** Sagas of one player (move and renewal), for player pages. */
  sagasOfPlayer(player: string): Promise<SagaSummary[]>
  getArticle(id: ArticleId): Promise<{ article: Article; analysis?: Analysis } | undefined>
  search(q: string, limit?: number): Promise<SearchHit[]>
  sources(): Promise<SourceRow[]>
  ingest(raw: RawArticle): Promise<IngestResult>
}
