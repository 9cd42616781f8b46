/**
 * The pipeline's table of contents: one article in, its analysis out. Pure and synchronous;
 * never throws (a failing stage degrades to an empty result and is reported).
 */
import type { Analysis, Article, BlockLabel, ContractFact, DateInfo, Mention, Sentence } from '../domain/types.ts'
import { cleanArticle } from './clean/index.ts'
import { extractClaims } from './extract/claims/index.ts'
import { findMentions } from './extract/entities/find-mentions.ts'
import { nameKey } from './extract/entities/gazetteer.ts'
import { indexKnowledgeBase } from './extract/entities/kb-index.ts'
import type { KnowledgeBase } from './extract/kb/types.ts'
import { extractContractFacts } from './extract/time/contract-facts.ts'
import { estimateDate } from './extract/time/estimate-date.ts'
import { findQuotes } from './segment/quotes.ts'
import { blockAt } from './segment/speakers.ts'
import { splitSentences } from './segment/sentences.ts'
import { clubWindowCalendar, flagClaims } from './rules/flag-claims.ts'
import { loadRuleBook } from './rules/load-rules.ts'
import { pipelineVersion } from './version.ts'
import type { RuleBook } from './rules/types.ts'


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
  const people = entities.mentions.filter(isPersonMention)
  const quotes = findQuotes(cleaned, sentences, { isKnownJournalist: knownJournalistTest(journalists), people })
  const rules = ctx.rules ?? defaultRules()
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
    windowCalendar: clubWindowCalendar(ctx.kb, rules),
  })
  const contracts = contractsOf(article, cleaned.text, date, entities.focal, sentences, entities.mentions)
  return {
    articleId: article.id,
    pipelineVersion: pipelineVersion(),
    date,
    cleaned,
    sentences,
    quotes,
    mentions: entities.mentions,
    claims: flagClaims(claims, contracts, ctx.kb, rules),
    contracts,
    discovered: [
      ...[...entities.players.values()].filter((p) => !p.known).map((p) => ({ kind: 'player' as const, name: p.name })),
      ...unknownSources(claims, ctx.kb),
    ],
  }
}

/** A player or person named in the text (a role phrase resolved to one included): who may speak a quote. */
function isPersonMention(m: Mention): boolean {
  return (m.kind === 'player' || m.kind === 'person') && m.name !== undefined
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

/**
 * Contract facts, each linked to the player it is about: the player named before it in its
 * sentence ("Lookman has joined Leipzig on a five-year contract"), else the first named after it
 * in the sentence, else the last player of the same paragraph ("His deal runs to 2027"), else
 * the article's focal player. A roundup's facts no longer all go to its focal player.
 */
function contractsOf(article: Article, text: string, date: DateInfo, focal: string | undefined, sentences: readonly Sentence[], mentions: readonly Mention[]): ContractFact[] {
  const players = mentions.filter((m) => m.kind === 'player' && m.name && m.confidence >= 0.6).sort((a, b) => a.start - b.start)
  if (!focal && players.length === 0) return []
  const out: ContractFact[] = []
  for (const s of sentences) {
    for (const f of extractContractFacts(text, s.start, s.end, date.date)) {
      const link = playerOfFact(players, sentences, s, f.start, focal)
      if (!link) continue
      out.push({
        player: link.player,
        club: null,
        expires: f.expires,
        lengthYears: f.lengthYears,
        evidence: { articleId: article.id, start: s.start, end: s.end, sentence: text.slice(s.start, s.end) },
        rule: f.rule,
        confidence: Math.round(f.confidence * link.weight * 100) / 100,
      })
    }
  }
  return out
}

/** Who a contract fact at `at` in sentence `s` is about, and how sure the link is (see `contractsOf`). */
function playerOfFact(players: readonly Mention[], sentences: readonly Sentence[], s: Sentence, at: number, focal: string | undefined): { player: string; weight: number } | undefined {
  let before: Mention | undefined
  let after: Mention | undefined
  let earlier: Mention | undefined
  for (const m of players) {
    if (m.start >= s.end) break
    if (m.start >= s.start) {
      if (m.start < at) before = m
      else after ??= m
    } else if (sentences[blockAt(sentences, m.start)]?.block === s.block) earlier = m
    else earlier = undefined
  }
  const named = before ?? after
  if (named) return { player: named.name!, weight: 1 }
  if (earlier) return { player: earlier.name!, weight: 0.9 }
  return focal ? { player: focal, weight: 0.8 } : undefined
}
