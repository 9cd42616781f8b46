/**
 * Test builders for the storage suites: a raw article, a claim and an analysis with sensible
 * defaults, overridable field by field.
 */
import type { Analysis, ArticleId, Claim, RawArticle } from '../../domain/types.ts'

/** @example makeRaw({ text: 'Real Madrid approach Liverpool', url: 'https://x.test/1' }) */
export function makeRaw(over: Partial<RawArticle> = {}): RawArticle {
  return {
    source: 'test.txt',
    format: 'text',
    text: 'Real Madrid have made an approach to Liverpool for Trent Alexander-Arnold.',
    ...over,
  }
}

/** @example makeClaim('0123456789abcdef', { player: 'Dani Carvajal' }) */
export function makeClaim(articleId: ArticleId, over: Partial<Claim> = {}): Claim {
  return {
    player: 'Trent Alexander-Arnold',
    fromClub: 'Liverpool',
    toClub: 'Real Madrid',
    type: 'approach',
    stance: 'affirmed',
    modality: 'reported',
    window: '2025-january',
    fee: { amount: 20_000_000, currency: 'EUR' },
    attributedTo: ['Fabrizio Romano', 'CaughtOffside'],
    evidence: { articleId, start: 0, end: 10, sentence: 'Real Madrid have made an approach.' },
    rule: 'claim/approach@1',
    confidence: 0.8,
    why: ['approach verb'],
    historical: false,
    headline: false,
    date: '2025-01-02',
    dateEstimated: false,
    ...over,
  }
}

/** @example makeAnalysis(id, [makeClaim(id)]) */
export function makeAnalysis(articleId: ArticleId, claims: Claim[], over: Partial<Analysis> = {}): Analysis {
  return {
    articleId,
    pipelineVersion: '0.1.0',
    date: { date: '2025-01-02', estimated: false, reason: 'header' },
    cleaned: { text: 'Real Madrid have made an approach.', blocks: [{ start: 0, end: 34, label: 'body', rule: 'clean/body@1' }] },
    sentences: [{ start: 0, end: 34, block: 0 }],
    quotes: [],
    mentions: [{ start: 0, end: 11, surface: 'Real Madrid', kind: 'club', rule: 'entity/club@1', confidence: 0.9 }],
    claims,
    contracts: [],
    discovered: [{ kind: 'player', name: 'Ñíguez Ğür' }],
    ...over,
  }
}
