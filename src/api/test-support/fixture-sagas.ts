/**
 * The fixture's sagas, built from the fixture articles' claims so timeline evidence offsets are
 * the analyses' own: Alexander-Arnold → Real Madrid (signed), his Liverpool renewal (collapsed)
 * and a Wirtz → Liverpool rumour.
 */
import type { Carrier, LikelihoodPoint, Report, Saga, TimelineEntry } from '../../domain/saga.ts'
import type { ArticleId, Claim, SagaId } from '../../domain/types.ts'
import type { FixtureArticle } from './build-fixture-article.ts'
import { ARTICLE_IDS } from './fixture-articles.ts'

/** Saga ids of the fixture. */
export const SAGA_IDS = {
  move: 'move:trent-alexander-arnold:real-madrid' as SagaId,
  renewal: 'renewal:trent-alexander-arnold:liverpool' as SagaId,
  wirtz: 'move:florian-wirtz:liverpool' as SagaId,
}

type Lookup = (id: string) => FixtureArticle

/** A fixture saga with its likelihood history. */
export interface FixtureSaga {
  saga: Saga
  likelihood: LikelihoodPoint[]
}

/**
 * Builds the three fixture sagas from the articles.
 * @example buildFixtureSagas(articles)[0].saga.stage // 'signed'
 */
export function buildFixtureSagas(articles: FixtureArticle[]): FixtureSaga[] {
  const byId = new Map(articles.map((a) => [a.article.id as string, a]))
  const get: Lookup = (id) => byId.get(id)!
  return [moveSaga(get), renewalSaga(get), wirtzSaga(get)]
}

function carrier(get: Lookup, articleId: string, claimIdx: number): Carrier {
  const { article, analysis } = get(articleId)
  const claim = analysis.claims[claimIdx]
  return { articleId: article.id, claimId: claimIdOf(articleId, claimIdx), outlet: article.outlet, url: article.url, date: claim.date, dateEstimated: claim.dateEstimated }
}

function claimIdOf(articleId: string, claimIdx: number): number {
  return Object.values(ARTICLE_IDS).indexOf(articleId as never) * 10 + claimIdx + 1
}

function entry(get: Lookup, reportId: string, carriers: Carrier[]): TimelineEntry {
  const first = carriers[0]
  const c: Claim = get(first.articleId).analysis.claims[first.claimId % 10 - 1]
  return {
    date: c.date, dateEstimated: c.dateEstimated, type: c.type, stance: c.stance, modality: c.modality, attributedTo: c.attributedTo,
    window: c.window, fee: c.fee, reportId, carriers, historical: c.historical, headline: c.headline, confidence: c.confidence,
    evidence: { ...c.evidence, articleId: c.evidence.articleId as ArticleId },
  }
}

function report(id: string, origin: string, rule: Report['originRule'], carriers: Carrier[]): Report {
  return { id, origin, originRule: rule, firstDate: carriers[0].date, carriers }
}

function moveSaga(get: Lookup): FixtureSaga {
  const A = ARTICLE_IDS
  const reports: Report[] = [
    report('r1', 'David Ornstein', 'named-source', [carrier(get, A.interest, 0), carrier(get, A.hostile, 0)]),
    report('r2', 'The Telegraph', 'earliest-carrier', [carrier(get, A.approach, 0)]),
    report('r3', 'The Telegraph', 'earliest-carrier', [carrier(get, A.approach, 1)]),
    report('r4', 'Liverpool', 'named-source', [carrier(get, A.denial, 0)]),
    report('r5', 'Marca', 'named-source', [carrier(get, A.talks, 0)]),
    report('r6', 'Fabrizio Romano', 'named-source', [carrier(get, A.agreement, 0), carrier(get, A.agreementCopy, 0)]),
    report('r7', 'Real Madrid', 'earliest-carrier', [carrier(get, A.signed, 0)]),
  ]
  const timeline = reports.map((r) => entry(get, r.id, r.carriers))
  const saga: Saga = {
    id: SAGA_IDS.move, kind: 'move', player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', club: 'Real Madrid',
    stage: 'signed', stageDate: '2025-06-01', firstDate: '2024-10-05', lastDate: '2025-06-01',
    claimCount: 8, reportCount: reports.length, timeline, reports,
    conflicts: [{
      field: 'fee',
      values: [
        { value: '€10m', by: ['Marca'], date: '2025-03-02', articleId: A.talks as ArticleId },
        { value: '£8m', by: ['Fabrizio Romano', 'ESPN'], date: '2025-05-05', articleId: A.agreement as ArticleId },
      ],
    }],
    related: [SAGA_IDS.renewal],
  }
  return { saga, likelihood: moveLikelihood() }
}

function moveLikelihood(): LikelihoodPoint[] {
  return [
    { date: '2024-10-05', p: 0.22, factors: [{ factor: 'interest (tier 1 source)', delta: 0.6, why: 'David Ornstein reports interest' }] },
    { date: '2024-12-28', p: 0.34, factors: [{ factor: 'approach', delta: 0.8, why: 'Real Madrid made an approach' }, { factor: 'bid rejected', delta: -0.3, why: 'Liverpool rejected €20m' }] },
    { date: '2025-01-10', p: 0.27, factors: [{ factor: 'talks denied by club', delta: -0.35, why: 'Liverpool insist there are no talks' }] },
    { date: '2025-03-02', p: 0.48, factors: [{ factor: 'talks (estimated date)', delta: 0.9, why: 'Marca reports talks with representatives' }] },
    { date: '2025-05-05', p: 0.86, factors: [
      { factor: 'agreement (tier 1 source)', delta: 1.9, why: 'Fabrizio Romano: agreement reached' },
      { factor: 'contract expiring', delta: 0.4, why: 'contract expires in the summer of 2025' },
      { factor: 'fee conflict', delta: -0.2, why: '€10m (Marca) vs £8m (Romano)' },
    ] },
    { date: '2025-06-01', p: 0.99, factors: [{ factor: 'signed (official)', delta: 3, why: 'Real Madrid announced the signing' }] },
  ]
}

function renewalSaga(get: Lookup): FixtureSaga {
  const c = carrier(get, ARTICLE_IDS.denial, 1)
  const r = report('n1', 'BBC Sport', 'earliest-carrier', [c])
  const saga: Saga = {
    id: SAGA_IDS.renewal, kind: 'renewal', player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', club: 'Liverpool',
    stage: 'collapsed', stageDate: '2025-05-05', firstDate: '2025-01-10', lastDate: '2025-05-05',
    claimCount: 1, reportCount: 1, timeline: [entry(get, r.id, [c])], reports: [r], conflicts: [], related: [SAGA_IDS.move],
  }
  return { saga, likelihood: [] }
}

function wirtzSaga(get: Lookup): FixtureSaga {
  const c = carrier(get, ARTICLE_IDS.wirtz, 0)
  const r = report('w1', 'Kicker', 'named-source', [c])
  const saga: Saga = {
    id: SAGA_IDS.wirtz, kind: 'move', player: 'Florian Wirtz', fromClub: 'Bayer Leverkusen', club: 'Liverpool',
    stage: 'interest', stageDate: '2025-05-20', firstDate: '2025-05-20', lastDate: '2025-05-20',
    claimCount: 1, reportCount: 1, timeline: [entry(get, r.id, [c])], reports: [r], conflicts: [], related: [],
  }
  return { saga, likelihood: [{ date: '2025-05-20', p: 0.31, factors: [{ factor: 'interest', delta: 0.4, why: 'Kicker understands Liverpool are keen' }] }] }
}
