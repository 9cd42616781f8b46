/**
 * The services over a store: what the API, the dashboard and the CLI read and write.
 */
import type { ArticleId, SagaId } from '../domain/types.ts'
import type { Resolution, Saga } from '../domain/saga.ts'
import { analyseAndStore } from './analyse.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { handResolution, resolveOutcome } from '../pipeline/score/outcomes.ts'
import { buildSagas } from '../pipeline/timeline/build-saga.ts'
import type { Store } from '../storage/store.ts'
import { refreshSagas, scoreSagas } from './refresh-sagas.ts'
import { computeSources } from './sources.ts'
import { supersededPlayers } from './superseded-players.ts'
import type { SagaDetail, SagaQuery, SagaSummary, Services } from './types.ts'

export interface ServiceOptions {
  kb: KnowledgeBase
}

/**
 * @example const services = createServices(store, { kb }); await services.listSagas({ player: 'Trent' })
 */
export function createServices(store: Store, opts: ServiceOptions): Services {
  const { kb } = opts
  const resolutions = async () => store.listResolutions()
  return {
    async listSagas(q: SagaQuery) {
      const { items, total } = await store.listSagas({ ...q, limit: Math.min(200, q.limit ?? 50) })
      return { items: items as SagaSummary[], total }
    },
    async getSaga(id: SagaId, o = {}) {
      const row = await store.getSaga(id)
      if (!row) return undefined
      const manual = await resolutions()
      if (!o.asOf && !o.since) {
        // Rows stored before migration 0400 carry no outcome: resolve against the player's other sagas.
        if (row.outcome === undefined) return detailOf(row.saga, row.history, await competingOf(store, row.saga), manual)
        const resolution = handResolution(id, manual) ?? row.outcome ?? undefined
        return resolution ? { saga: row.saga, likelihood: row.history, resolution } : { saga: row.saga, likelihood: row.history }
      }
      const sagas = buildSagas(await store.listSagaClaims([row.saga.player]), { asOf: o.asOf, since: o.since })
      const scored = scoreSagas(sagas, kb)
      const mine = scored.find((r) => r.saga.id === id)
      if (!mine) return { saga: { ...row.saga, timeline: [], reports: [], conflicts: [], claimCount: 0, reportCount: 0, stage: 'rumour' }, likelihood: [] }
      return detailOf(mine.saga, mine.history, scored.map((r) => r.saga).filter((s) => s.id !== id), manual)
    },
    async sagasOfPlayer(player: string) {
      return (await store.listSagas({ player, limit: 200 })).items as SagaSummary[]
    },
    async getArticle(id: ArticleId) {
      const article = await store.getArticle(id)
      if (!article) return undefined
      return { article, analysis: await store.getAnalysis(article.id) }
    },
    search: (q, limit = 20) => store.search(q, { limit }),
    sources: async () => computeSources(store, kb),
    async ingest(raw) {
      const put = await store.putArticle(raw)
      if (put.status === 'unchanged') return { status: 'unchanged', articleId: put.article.id }
      const res = await analyseAndStore(store, put.article, { kb })
      if ('error' in res) return { status: put.status, articleId: put.article.id, reason: res.error }
      await refreshSagas(store, [...res.claimsByPlayer.keys(), ...await supersededPlayers(store, put.article)], kb)
      return { status: put.status, articleId: put.article.id, claims: res.claims }
    },
  }
}

async function competingOf(store: Store, saga: Saga): Promise<Saga[]> {
  return (await store.listSagaDetails({ player: saga.player, limit: 50 })).filter((s) => s.id !== saga.id)
}

function detailOf(saga: Saga, likelihood: SagaDetail['likelihood'], competing: Saga[], manual: Resolution[]): SagaDetail {
  const resolution = resolveOutcome(saga, { manual, competing })
  return resolution ? { saga, likelihood, resolution } : { saga, likelihood }
}
