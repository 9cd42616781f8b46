/**
 * Builds a stored article and its analysis from paragraphs, so every offset in the fixture is
 * computed from the text rather than typed by hand (and so always slices back to its surface).
 */
import type { Analysis, Article, ArticleId, BlockLabel, Claim, EntityKind, Mention, Sentence } from '../../domain/types.ts'

export interface FixtureClaimSpec extends Partial<Omit<Claim, 'evidence'>> {
  /** Exact sentence of the cleaned text that carries the claim. */
  sentence: string
  type: Claim['type']
}

export interface FixtureArticleSpec {
  id: string
  url?: string
  title?: string
  outlet?: string
  author?: string
  published?: string
  /** The article's date when `published` is absent (an estimate, SPEC §4.5). */
  estimatedDate?: string
  paragraphs: [BlockLabel, string][]
  /** Surface forms to mark wherever they occur: [surface, kind, canonical name]. */
  mentions: [string, EntityKind, string?][]
  claims: FixtureClaimSpec[]
}

export interface FixtureArticle {
  article: Article
  analysis: Analysis
}

/**
 * Assembles the article, blocks, sentences, mentions and claims.
 * @example buildFixtureArticle({ id: 'a1', paragraphs: [['body', 'Hi.']], mentions: [], claims: [] }).analysis.cleaned.text // 'Hi.'
 */
export function buildFixtureArticle(spec: FixtureArticleSpec): FixtureArticle {
  const text = spec.paragraphs.map(([, p]) => p).join('\n\n')
  const blocks = toBlocks(spec.paragraphs)
  const date = spec.published ?? spec.estimatedDate ?? null
  const article: Article = {
    id: spec.id as ArticleId,
    lineageId: spec.id as ArticleId,
    revision: 1,
    format: 'text',
    source: `fixtures/${spec.id}.txt`,
    rawText: text,
    ingestedAt: '2025-06-02T09:00:00.000Z',
    ...(spec.url ? { url: spec.url } : {}),
    ...(spec.title ? { title: spec.title } : {}),
    ...(spec.outlet ? { outlet: spec.outlet } : {}),
    ...(spec.author ? { author: spec.author } : {}),
    ...(spec.published ? { published: spec.published } : {}),
  }
  const analysis: Analysis = {
    articleId: article.id,
    pipelineVersion: 'fixture@1',
    date: { date, estimated: !spec.published, reason: spec.published ? 'stated by the input' : 'estimated from text' },
    cleaned: { text, blocks },
    sentences: toSentences(text, blocks),
    quotes: [],
    mentions: spec.mentions.flatMap(([surface, kind, name]) => findMentions(text, surface, kind, name)),
    claims: spec.claims.map((c) => toClaim(text, article.id, c, date, !spec.published)),
    contracts: [],
    discovered: [],
  }
  return { article, analysis }
}

function toBlocks(paragraphs: [BlockLabel, string][]): Analysis['cleaned']['blocks'] {
  let at = 0
  return paragraphs.map(([label, p]) => {
    const block = { start: at, end: at + p.length, label, rule: `fixture/${label}@1` }
    at += p.length + 2
    return block
  })
}

function toSentences(text: string, blocks: Analysis['cleaned']['blocks']): Sentence[] {
  const out: Sentence[] = []
  blocks.forEach((b, i) => {
    const re = /[^.!?]+[.!?]*/g
    for (const m of text.slice(b.start, b.end).matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length
      out.push({ start: b.start + (m.index ?? 0) + lead, end: b.start + (m.index ?? 0) + m[0].trimEnd().length, block: i })
    }
  })
  return out
}

function findMentions(text: string, surface: string, kind: EntityKind, name?: string): Mention[] {
  const out: Mention[] = []
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
    out.push({ start: i, end: i + surface.length, surface, kind, name: name ?? surface, rule: `entity/${kind}-alias@1`, confidence: 0.9 })
  }
  return out
}

function toClaim(text: string, articleId: ArticleId, spec: FixtureClaimSpec, date: string | null, estimated: boolean): Claim {
  const start = text.indexOf(spec.sentence)
  if (start < 0) throw new Error(`fixture: expected sentence in text, found none: ${spec.sentence}`)
  const { sentence, ...rest } = spec
  return {
    player: 'Trent Alexander-Arnold',
    fromClub: 'Liverpool',
    toClub: 'Real Madrid',
    stance: 'affirmed',
    modality: 'reported',
    window: '2025-summer',
    fee: null,
    attributedTo: [],
    rule: `claim/${spec.type}@1`,
    confidence: 0.8,
    why: [sentence],
    historical: false,
    headline: false,
    date,
    dateEstimated: estimated,
    ...rest,
    evidence: { articleId, start, end: start + sentence.length, sentence },
  }
}
