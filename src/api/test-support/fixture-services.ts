/**
 * An in-memory `Services` over fixed data: a real implementation of the interface, used to test
 * the HTTP and HTML layers without a store. Filtering, paging, `asOf`/`since`, search snippets
 * and ingest identity behave the way the store-backed services are specified to.
 */
import { createHash } from 'node:crypto'
import type { Analysis, Article, ArticleId, RawArticle } from '../../domain/types.ts'
import type { SagaDetail, SagaQuery, SagaSummary, Services, SourceRow } from '../../services/types.ts'
import type { SearchHit } from '../../storage/store.ts'
import { buildFixtureArticles } from './fixture-articles.ts'
import { buildFixtureSagas, type FixtureSaga } from './fixture-sagas.ts'

export { ARTICLE_IDS, HOSTILE } from './fixture-articles.ts'
export { SAGA_IDS } from './fixture-sagas.ts'

const SOURCES: SourceRow[] = [
  { source: 'Kicker', kind: 'outlet', tier: 2, claims: 12, right: 6, accuracy: 0.5, shrunk: 0.52, brier: 0.24, medianDaysEarly: 9 },
  { source: 'Fabrizio Romano', kind: 'journalist', tier: 1, claims: 40, right: 36, accuracy: 0.9, shrunk: 0.86, brier: 0.08, medianDaysEarly: 21 },
  { source: 'David Ornstein', kind: 'journalist', tier: 1, claims: 18, right: 16, accuracy: 0.889, shrunk: 0.8, brier: 0.1, medianDaysEarly: 34 },
  { source: 'Marca', kind: 'outlet', tier: 3, claims: 25, right: 11, accuracy: 0.44, shrunk: 0.46, brier: 0.29, medianDaysEarly: null },
  { source: 'anonymous sources', claims: 3, right: 0, accuracy: null, shrunk: 0.3, brier: null, medianDaysEarly: null },
]

/** What the fixture services expose beyond `Services`, for assertions. */
export interface FixtureServices extends Services {
  readonly ingested: RawArticle[]
}

/**
 * Builds fresh fixture services (each call has its own state).
 * @example const services = createFixtureServices(); (await services.listSagas({})).total // 3
 */
export function createFixtureServices(): FixtureServices {
  const articles = new Map(buildFixtureArticles().map((a) => [a.article.id as string, a]))
  const sagas = buildFixtureSagas([...articles.values()])
  const ingested: RawArticle[] = []
  return {
    ingested,
    async listSagas(q) {
      const all = sagas.filter((s) => matches(s, q)).map(toSummary)
      const offset = q.offset ?? 0
      return { items: all.slice(offset, offset + (q.limit ?? 50)), total: all.length }
    },
    async getSaga(id, opts = {}) {
      const found = sagas.find((s) => s.saga.id === id)
      return found ? toDetail(found, opts) : undefined
    },
    async sagasOfPlayer(player) {
      return sagas.filter((s) => s.saga.player.toLowerCase() === player.trim().toLowerCase()).map(toSummary)
    },
    async getArticle(id) {
      const found = articles.get(id)
      return found ? { article: found.article, analysis: found.analysis } : undefined
    },
    async search(q, limit = 20) {
      return [...articles.values()].map((a) => toHit(a.article, a.analysis, q)).filter((h): h is SearchHit => !!h).sort((a, b) => b.rank - a.rank).slice(0, limit)
    },
    async sources() {
      return SOURCES.map((s) => ({ ...s }))
    },
    async ingest(raw) {
      ingested.push(raw)
      const id = createHash('sha256').update(raw.text).digest('hex').slice(0, 16) as ArticleId
      if (articles.has(id)) return { status: 'unchanged', articleId: id }
      const article: Article = { id, lineageId: id, revision: 1, format: raw.format, source: raw.source, rawText: raw.text, ingestedAt: new Date(0).toISOString() }
      articles.set(id, { article, analysis: emptyAnalysis(id, raw.text) })
      return { status: 'new', articleId: id, claims: 0 }
    },
  }
}

function matches({ saga }: FixtureSaga, q: SagaQuery): boolean {
  const has = (v: string | null, needle: string) => (v ?? '').toLowerCase().includes(needle.toLowerCase())
  if (q.player && !has(saga.player, q.player)) return false
  if (q.club && !has(saga.club, q.club) && !has(saga.fromClub, q.club)) return false
  if (q.stage && saga.stage !== q.stage) return false
  if (q.kind && saga.kind !== q.kind) return false
  if (q.since && (saga.lastDate ?? '') < q.since) return false
  return true
}

function toSummary({ saga, likelihood }: FixtureSaga): SagaSummary {
  const { timeline: _t, reports: _r, conflicts: _c, related: _rel, ...rest } = saga
  const trend = likelihood.map((p) => p.p)
  return { ...rest, likelihood: saga.kind === 'move' ? (trend.at(-1) ?? null) : null, trend }
}

function toDetail(f: FixtureSaga, opts: { asOf?: string; since?: string }): SagaDetail {
  const inRange = (d: string | null) => (!opts.asOf || (d ?? '') <= opts.asOf) && (!opts.since || (d ?? '') >= opts.since)
  const timeline = f.saga.timeline.filter((e) => inRange(e.date))
  const likelihood = f.likelihood.filter((p) => !opts.asOf || p.date <= opts.asOf)
  return { saga: { ...f.saga, timeline }, likelihood }
}

function toHit(article: Article, analysis: Analysis, q: string): SearchHit | undefined {
  const text = analysis.cleaned.text
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean)
  const lower = text.toLowerCase()
  const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0)
  if (at.length < terms.length) return undefined
  const from = Math.max(0, Math.min(...at) - 40)
  const slice = text.slice(from, from + 160)
  const re = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
  const snippet = (from > 0 ? '…' : '') + slice.replace(re, '«$1»') + (from + 160 < text.length ? '…' : '')
  const { id, title, outlet, published, url, revision } = article
  return { id, title, outlet, published, url, revision, snippet, rank: terms.length / (1 + Math.min(...at) / 1000) }
}

function emptyAnalysis(id: ArticleId, text: string): Analysis {
  return {
    articleId: id, pipelineVersion: 'fixture@1', date: { date: null, estimated: true, reason: 'no date' },
    cleaned: { text, blocks: [{ start: 0, end: text.length, label: 'body', rule: 'fixture/body@1' }] },
    sentences: [], quotes: [], mentions: [], claims: [], contracts: [], discovered: [],
  }
}

