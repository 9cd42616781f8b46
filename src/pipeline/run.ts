/**
 * The pipeline's table of contents: one article in, its analysis out. Pure and synchronous;
 * never throws (a failing stage degrades to an empty result and is reported).
 */
import type { Analysis, Article, BlockLabel, ContractFact, DateInfo } from '../domain/types.ts'
import { cleanArticle } from './clean/index.ts'
import { extractClaims } from './extract/claims/index.ts'
import { findMentions } from './extract/entities/find-mentions.ts'
import { nameKey } from './extract/entities/gazetteer.ts'
import { indexKnowledgeBase } from './extract/entities/kb-index.ts'
import type { KnowledgeBase } from './extract/kb/types.ts'
import { extractContractFacts } from './extract/time/contract-facts.ts'
import { estimateDate } from './extract/time/estimate-date.ts'
import { findQuotes } from './segment/quotes.ts'
import { splitSentences } from './segment/sentences.ts'
import { flagClaims } from './rules/flag-claims.ts'
import { loadRuleBook } from './rules/load-rules.ts'
import type { RuleBook } from './rules/types.ts'

/** Bumped whenever extraction changes, so `reprocess` knows what is stale. */
export const PIPELINE_VERSION = '1'

/** Blocks where capitalised words are credits or prompts, never new people. */
const NO_DISCOVERY = new Set<BlockLabel>(['photo_credit', 'byline', 'poll', 'social_prompt', 'newsletter', 'advert'])

export interface PipelineContext {
  kb: KnowledgeBase
  /** Dates of dated articles of the same sagas: they anchor an undated article's estimate (SPEC §4.5). */
  knownDates?: string[]
  /** The transfer rules claims are checked against; the shipped data/rules when absent. */
  rules?: RuleBook
}

let shippedRules: RuleBook | undefined
/** The shipped rule book, read once on first use (never at import time). */
function defaultRules(): RuleBook {
  return (shippedRules ??= loadRuleBook())
}

/**
 * @example processArticle(article, { kb }).claims.length // 7
 */
export function processArticle(article: Article, ctx: PipelineContext): Analysis {
  const cleaned = cleanArticle(article.rawText)
  const sentences = splitSentences(cleaned)
  const date = resolveDate(article, cleaned.text, ctx.knownDates)
  const exclude = cleaned.blocks.filter((b) => NO_DISCOVERY.has(b.label)).map((b): [number, number] => [b.start, b.end])
  const entities = findMentions(cleaned.text, ctx.kb, { exclude, date: date.date })
  const journalists = indexKnowledgeBase(ctx.kb).journalistsByKey
  const quotes = findQuotes(cleaned, sentences, { isKnownJournalist: knownJournalistTest(journalists) })
  const { claims } = extractClaims({
    articleId: article.id,
    text: cleaned.text,
    date: date.date,
    dateEstimated: date.estimated,
    outlet: article.outlet,
    blocks: cleaned.blocks,
    sentences,
    quotes,
    entities,
    kb: ctx.kb,
  })
  const contracts = contractsOf(article, cleaned.text, date, entities.focal, sentences)
  return {
    articleId: article.id,
    pipelineVersion: PIPELINE_VERSION,
    date,
    cleaned,
    sentences,
    quotes,
    mentions: entities.mentions,
    claims: flagClaims(claims, contracts, ctx.kb, ctx.rules ?? defaultRules()),
    contracts,
    discovered: [
      ...[...entities.players.values()].filter((p) => !p.known).map((p) => ({ kind: 'player' as const, name: p.name })),
      ...unknownSources(claims, ctx.kb),
    ],
  }
}

/** The test `findQuotes` asks (made by a function: a closure named in place costs tsx's __name per article). */
function knownJournalistTest(journalists: Map<string, unknown>): (name: string) => boolean {
  return (name) => journalists.has(nameKey(name))
}

/** Sources named in attribution patterns that the knowledge base does not know (SPEC §4.3). */
function unknownSources(claims: { attributedTo: string[] }[], kb: KnowledgeBase): { kind: 'outlet' | 'person'; name: string }[] {
  const idx = indexKnowledgeBase(kb)
  const seen = new Set<string>()
  const out: { kind: 'outlet' | 'person'; name: string }[] = []
  for (const c of claims) {
    for (const name of c.attributedTo) {
      const key = nameKey(name)
      // "<player>'s agent": the player's unnamed camp, no source to discover.
      if (seen.has(key) || name === 'anonymous sources' || name === 'a club source' || /['’]s (?:agent|camp)$/.test(name) || idx.outletsByKey.has(key) || idx.journalistsByKey.has(key)) continue
      if (idx.playersByKey.has(key) || idx.clubsByKey.has(key)) continue
      seen.add(key)
      const personLike = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$/.test(name) && !/\b(?:Radio|TV|Sport|Sports|News|Daily|Times|Gazette|Post|Mail|Football|Calcio|Mercato|Live|Online)\b/.test(name)
      out.push({ kind: personLike ? 'person' : 'outlet', name })
    }
  }
  return out
}

/**
 * An article's date: the published date when the input gives one, else an estimate from its
 * cleaned text and the known dates of its sagas. `processArticle` dates articles with it.
 * @example resolveDate(undatedArticle, analysis.cleaned.text, ['2025-01-02']).date // '2025-01-20'
 */
export function resolveDate(article: Article, text: string, knownDates?: string[]): DateInfo {
  if (article.published) return { date: article.published.slice(0, 10), estimated: false, reason: 'published date given by the input' }
  return estimateDate(text, knownDates?.length ? { knownDates } : {})
}

function contractsOf(article: Article, text: string, date: DateInfo, focal: string | undefined, sentences: { start: number; end: number }[]): ContractFact[] {
  if (!focal) return []
  const out: ContractFact[] = []
  for (const s of sentences) {
    for (const f of extractContractFacts(text, s.start, s.end, date.date)) {
      out.push({
        player: focal,
        club: null,
        expires: f.expires,
        lengthYears: f.lengthYears,
        evidence: { articleId: article.id, start: s.start, end: s.end, sentence: text.slice(s.start, s.end) },
        rule: f.rule,
        confidence: f.confidence,
      })
    }
  }
  return out
}
