/**
 * Claim extraction (SPEC §5): ordered passes over the sentences of one article, like a
 * tagger's rule passes. Each claim keeps the rule that produced it, a confidence, and the
 * sentences a user reads when asking "why?".
 */
import type { ArticleId, Block, BlockLabel, Claim, Quote, Sentence } from '../../../domain/types.ts'
import type { ArticleEntities } from '../entities/find-mentions.ts'
import { canonicalSource } from '../kb/source-names.ts'
import type { KnowledgeBase } from '../kb/types.ts'
import type { WindowCalendar } from '../time/windows.ts'
import { inferArticleFacts } from './article-context.ts'
import type { Candidate, ClaimContext } from './candidate.ts'
import { findCues } from './rules/10-find-cues.ts'
import { applyHedges } from './rules/20-hedges.ts'
import { applyStance } from './rules/30-stance.ts'
import { assignParticipants } from './rules/40-participants.ts'
import { attachWindowAndFee } from './rules/50-window-fee.ts'
import { attribute } from './rules/60-attribution.ts'
import { viewSentences } from './sentence-view.ts'

/** Claims below this confidence are kept out of the output (hedged or badly placed). */
export const MIN_CLAIM_CONFIDENCE = 0.4

/** Blocks whose sentences may carry claims. Headings and boilerplate never do. */
const CLAIM_BLOCKS = new Set<BlockLabel>(['body', 'related_headline'])

export interface ClaimInput {
  articleId: ArticleId
  text: string
  date: string | null
  dateEstimated: boolean
  outlet?: string
  blocks: Block[]
  sentences: Sentence[]
  quotes: Quote[]
  entities: ArticleEntities
  kb: KnowledgeBase
  /**
   * The window calendar of a buying club (exact per-country windows from the transfer rules,
   * SPEC §7); undefined, or no hook, leaves the approximate default calendar.
   */
  windowCalendar?: (club: string) => WindowCalendar | undefined
}

export interface ClaimOutput {
  claims: Claim[]
  /** Every candidate the passes dropped, with the reason: for `mercato eval` and debugging. */
  dropped: { type: string; reason: string; sentence: string }[]
}

/**
 * @example extractClaims(input).claims[0] // { player: 'Trent Alexander-Arnold', type: 'approach', … }
 */
export function extractClaims(input: ClaimInput): ClaimOutput {
  const allViews = viewSentences(input.text, input.sentences, input.blocks)
  const views = allViews.filter((v) => CLAIM_BLOCKS.has(input.blocks[v.sentence.block]?.label ?? 'body'))
  let cands = findCues(views, input.text)
  const facts = inferArticleFacts(input.text, allViews, cands, input.entities, input.kb, input.outlet, input.blocks)
  const ctx: ClaimContext = {
    articleId: input.articleId, text: input.text, date: input.date, dateEstimated: input.dateEstimated, kb: input.kb, windowCalendar: input.windowCalendar,
    entities: input.entities, blocks: input.blocks, sentences: input.sentences, quotes: input.quotes,
    views: allViews, holder: facts.holder, suitor: facts.suitor, houseOutlet: facts.houseOutlet,
  }
  cands = applyHedges(cands, input.text)
  cands = applyStance(cands)
  cands = assignParticipants(cands, ctx)
  cands = attachWindowAndFee(cands, ctx)
  cands = attribute(cands, ctx)
  return finalize(cands, ctx)
}

/** Claims about one offer: its fee tells two offers of a sentence apart. */
const OFFER_TYPES = new Set<Claim['type']>(['bid', 'bid_rejected'])

function finalize(cands: Candidate[], ctx: ClaimContext): ClaimOutput {
  const dropped: ClaimOutput['dropped'] = []
  const byKey = new Map<string, Claim>()
  for (const c of cands) {
    const sentence = ctx.text.slice(c.view.sentence.start, c.view.sentence.end)
    if (c.dropped || !c.player || c.confidence < MIN_CLAIM_CONFIDENCE) {
      dropped.push({ type: c.type, reason: c.dropped ?? (c.player ? `confidence ${c.confidence.toFixed(2)} below ${MIN_CLAIM_CONFIDENCE}` : 'no player'), sentence })
      continue
    }
    const claim = toClaim(c, ctx, sentence)
    // "The first, worth £45m, was rejected; the second, worth £55m, was also knocked back": offers of
    // different fees in one sentence are different offers, each its own claim.
    const offerFee = OFFER_TYPES.has(claim.type) && claim.fee ? `|${claim.fee.amount}` : ''
    const key = `${claim.player}|${claim.type}|${claim.stance}|${claim.toClub ?? ''}|${claim.evidence.start}${offerFee}`
    const prev = byKey.get(key)
    if (!prev || prev.confidence < claim.confidence) byKey.set(key, claim)
  }
  const claims = dropOffersOfSignedRenewals([...byKey.values()], dropped).sort((a, b) => a.evidence.start - b.evidence.start)
  return { claims, dropped }
}

/**
 * "secured his commitment by signing him to a contract extension, extending his stay until 2027":
 * one renewal, signed. An affirmed offer of a new deal in the sentence of an affirmed signed one,
 * same player and club, is that deal's earlier step, not news of its own (a refused or unsigned
 * renewal keeps its offer: "turned down a contract extension").
 */
function dropOffersOfSignedRenewals(claims: Claim[], dropped: ClaimOutput['dropped']): Claim[] {
  const signed = new Set<string>()
  for (const c of claims) if (c.type === 'extension_signed' && c.stance === 'affirmed') signed.add(`${c.player}|${c.toClub}|${c.evidence.start}`)
  if (!signed.size) return claims
  return claims.filter((c) => {
    if (c.type !== 'extension_offer' || c.stance !== 'affirmed' || !signed.has(`${c.player}|${c.toClub}|${c.evidence.start}`)) return true
    dropped.push({ type: c.type, reason: 'the signed renewal in its sentence subsumes the offer', sentence: c.evidence.sentence })
    return false
  })
}

function toClaim(c: Candidate, ctx: ClaimContext, sentence: string): Claim {
  return {
    player: c.player!,
    playerId: ctx.entities.players.get(c.player!)?.id,
    fromClub: c.fromClub,
    toClub: c.toClub,
    type: c.type,
    stance: c.stance,
    modality: c.modality,
    window: c.window,
    fee: c.fee,
    attributedTo: [...new Set(c.attributedTo.map((name) => canonicalSource(ctx.kb, name)))],
    evidence: { articleId: ctx.articleId, start: c.view.sentence.start, end: c.view.sentence.end, sentence },
    rule: c.cue.id,
    confidence: Math.round(c.confidence * 100) / 100,
    why: c.why,
    historical: c.historical,
    headline: c.view.headline,
    date: ctx.date,
    dateEstimated: ctx.dateEstimated,
  }
}
