/**
 * Pass 40: who moves where. The player is the nearest player mention to the cue (or the one a
 * pronoun or role phrase points at, or the article's focal player); the holder is the club
 * the article says he plays for; the counterpart is the other club named in the sentence, or
 * the article's main suitor. Renewal-family cues take the holder on both sides.
 */
import type { ClaimType, Mention } from '../../../../domain/types.ts'
import { nameKey } from '../../entities/gazetteer.ts'
import { indexKnowledgeBase } from '../../entities/kb-index.ts'
import { NEAR_SPELLING_RULE } from '../../entities/find-mentions.ts'
import { daysBetween } from '../../time/iso-date.ts'
import { kbClubOf, namedKbClub, OFFER_OF } from '../article-context.ts'
import { clauseAt, revise, type Candidate, type ClaimContext, type SentenceView } from '../candidate.ts'
import { STAY_VERBS } from '../cues/shared.ts'
import { asideAfter, isPastYearMove, OBJECT_VERBS, PLACES, placeCounterpart, clubAfter, clubAfterBy, listEnd, conjunctSpan, describesHim, dist, HIS_CLUB_BEFORE, firstAtOrAfter, foldedBefore, formerClubs, isPastMove, mentionsIn, lastPlayerList, type Listed, objectPlayer, pickCounterpart, playerList, rejectedByPlayer } from './counterpart.ts'


const RENEWAL_TYPES = new Set<ClaimType>(['extension_offer', 'extension_signed'])
const NULL_SUITOR_OK = new Set<ClaimType>(['pre_contract', 'stays', 'rejected_move', 'not_for_sale', 'collapsed', 'extension_offer', 'extension_signed'])
/** Claims made by the holding club: with no holder known, the club doing the act holds him. */
const HOLDER_SIDE = new Set<ClaimType>(['not_for_sale', 'bid_rejected', 'extension_offer', 'extension_signed'])
/** Claims whose cue names the suitor or destination right after it ("wanted by", "offered to", "heading to", "snubbed"). */
const CLUB_AFTER_IS_SUITOR = new Set<ClaimType>(['interest', 'approach', 'personal_terms', 'agreement', 'rejected_move'])
/** A holding club's own acts on its player: only the club that holds him can sell him or keep him. */
const SELLER_ACTS = new Set<ClaimType>(['not_for_sale'])
const SUITOR_TYPES = new Set<ClaimType>(['interest', 'approach', 'bid', 'talks', 'collapsed', 'bid_rejected'])
/** First person inside a quote: the speaker talks about himself. */
const FIRST_PERSON = /\b(?:i|i'm|i've|my|me)\b/
const PRONOUN = /\b(?:he|him|his|the player)\b/
const OBJECT_PRONOUN = /\b(?:him|his)\b/
const RENEWAL_WORDS = /\b(?:new (?:\S+ )?(?:deal|contract)|fresh (?:\S+ )?(?:deal|contract)|contract extension|extension|renewal|fresh terms|extend(?:ing|ed|s)?|(?:his|her) stay|stay at|new terms|committing his future)\b/
/** A sentence that turns on the one before it: "But …", "However, …", "Yet …". */
const TURN_OPENING = /^\W*(?:but|however|yet|still)\b/

/**
 * @example assignParticipants(candidates, ctx) // player, fromClub, toClub filled; unplaceable claims dropped
 */
export function assignParticipants(cands: Candidate[], ctx: ClaimContext): Candidate[] {
  const out: Candidate[] = []
  let lastOffer: LastOffer | undefined
  // Per suitor, its last offer: "Arsenal are preparing a second bid" three paragraphs on is for
  // the player Arsenal bid for, not the one named in between.
  const offers = new Map<string, LastOffer>()
  // Players whose renewal the article has already reported: "Saliba signed the deal on Friday"
  // after "committing to the club until 2030" signs that renewal, not a move.
  const renewed = new Set<string>()
  // Per player, the counterpart of his last claim and the sentence it was read in. INFO: round-up
  // articles follow several players; a sentence naming no club ("The second bid has been
  // rejected") continues the player's own story, not the focal player's.
  const recent = new Map<string, Recent>()
  for (const c of cands) {
    if (c.dropped) { out.push(c); continue }
    if (c.cue.id === 'claim/footsteps@1') { out.push(...footsteps(c, ctx)); continue }
    if (c.cue.id === 'claim/past-move@1') { out.push(pastMove(c, ctx)); continue }
    // INFO: "Chelsea put in a bid for Rooney. The bid was rejected and … Mata …": a definite
    // "the bid" points back to the last offer's player, not the nearest name.
    // "Arsenal made a bid in January but it was rejected": the bid pass 30 folded into the
    // rejection still tells the pronoun whose offer it was.
    if (c.cue.backRef && !(lastOffer && c.view.index - lastOffer.view <= 2)) lastOffer = foldedBid(cands, c, ctx, renewed) ?? lastOffer
    const recentOffer = lastOffer && c.view.index - lastOffer.view <= 2 ? lastOffer : undefined
    // Speed: only read when there is an offer to point back to.
    const at = c.cueStart - c.view.sentence.start
    const definite = recentOffer !== undefined && DEFINITE_OFFER.test(c.view.folded.slice(Math.max(0, at - 20), at + 30))
    if (c.cue.backRef && !recentOffer) { out.push(revise(c, { dropped: 'a pronoun for an offer, with no offer just before' })); continue }
    // The pronoun is the offer itself: its player, and its suitor when the offer had one.
    const hinted = c.cue.backRef && recentOffer ? revise(c, { playerHint: recentOffer.player, counterpartHint: recentOffer.club }) : definite && recentOffer ? revise(c, { playerHint: recentOffer.player }) : followUpOffer(c, ctx, offers, recentOffer)
    if (c.cue.group) {
      const each = perGroupClub(hinted, ctx, renewed)
      if (each) { pushAll(out, each); continue }
    }
    const placedOne = sellerSide(clubRulesOut(holderDeniesMove(partiesAgreeing(nearerThanSuitor(hinted, placeWithCounterpart(hinted, ctx, recent, renewed), ctx, recent, renewed), ctx, recent), ctx, recent), ctx), recent, ctx)
    // "Koulibaly and Skriniar … City are interested in both players": one claim per player of the group.
    const group = placedOne.dropped || !placedOne.player ? undefined : playerGroup(placedOne, ctx)
    // Each player of a group is placed as one claim would be: his co-suitors and co-players too.
    for (const one of group ?? [placedOne]) {
      const sides = one.dropped ? undefined : sidesOfTalks(one, ctx)
      const placed = sides && (sides.suitor !== one.toClub || sides.holder !== one.fromClub)
        ? revise(one, { toClub: sides.suitor, fromClub: sides.holder, why: [...one.why, `${sides.suitor} and ${sides.holder}, the two sides of the talks: ${sides.holder} holds him`] })
        : one
      out.push(placed)
      if (placed.dropped) continue
      if (placed.player && placed.toClub && placed.toClub !== placed.fromClub && !placed.historical) recent.set(placed.player, { club: placed.toClub, holder: placed.fromClub ?? undefined, view: placed.view, advanced: placed.stance === 'affirmed' && ADVANCED_TYPES.has(placed.type) && onlyParties(ctx, placed) })
      if (placed.type === 'extension_signed' && placed.stance === 'affirmed' && !placed.historical && placed.player) renewed.add(placed.player)
      if (OFFER_TYPES.has(placed.type) && placed.player) {
        lastOffer = { player: placed.player, view: placed.view.index, club: placed.toClub ?? undefined }
        if (placed.toClub) offers.set(placed.toClub, lastOffer)
      }
      const more = SUITOR_TYPES.has(placed.type) && !sides ? coSuitors(placed, ctx) : []
      // The co-suitors, then the co-players of the claim and of each co-suitor. Speed: plain loops,
      // not spreads of a flatMap.
      for (const m of more) out.push(m)
      pushAll(out, coPlayers(placed, ctx))
      for (const m of more) pushAll(out, coPlayers(m, ctx))
    }
  }
  return out
}

interface LastOffer { player: string; view: number; club?: string }

/** Pass 30's reason for a bid folded into the rejection after it. */
const SUBSUMED_BID = 'the rejection after it subsumes the bid (one bid_rejected)'

/** The offer of a bid in `c`'s sentence that pass 30 folded into its rejection, placed as it would have been. */
function foldedBid(cands: readonly Candidate[], c: Candidate, ctx: ClaimContext, renewed: ReadonlySet<string>): LastOffer | undefined {
  const bid = cands.find((o) => o.view === c.view && o.dropped === SUBSUMED_BID && o.cueEnd <= c.cueStart)
  if (!bid) return undefined
  const placed = place(revise(bid, { dropped: undefined }), ctx, renewed)
  return !placed.dropped && placed.player ? { player: placed.player, view: placed.view.index, club: placed.toClub ?? undefined } : undefined
}

/** "a second bid", "a fresh offer", "an improved proposal", "another bid": a later offer in a chain of them. */
const FOLLOW_UP_OFFER = /\b(?:(?:a|an|their|his|its)\s+(?:second|third|fourth|fifth|fresh|new|improved|revised|renewed|higher|bigger|increased|further|follow-up|sweetened|better|club-record)|another)\s+(?:(?:formal|official|written|opening|concrete|cash|loan|\S+-(?:pound|euro|million))\s+)?(?:bid|offer|proposal|approach|enquiry|attempt)\b/

/**
 * "Arsenal are now preparing a second bid" with no player in its clause: the offer before it was
 * for someone, and a follow-up is for the same player (and from the same club). The club named in
 * the clause picks its own last offer; a clause naming no club takes the offer just before.
 */
function followUpOffer(c: Candidate, ctx: ClaimContext, offers: ReadonlyMap<string, LastOffer>, recentOffer: LastOffer | undefined): Candidate {
  if (!OFFER_TYPES.has(c.type) && c.type !== 'collapsed') return c
  const { sentence, folded } = c.view
  const at = c.cueStart - sentence.start
  if (!FOLLOW_UP_OFFER.test(folded.slice(Math.max(0, at - 30), at + 40))) return c
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  if (mentionsIn(ctx, cs, ce, 'player').length) return c
  const own = mentionsIn(ctx, cs, ce, 'club').map((m) => offers.get(m.name!)).filter((o) => o !== undefined).sort((a, b) => b.view - a.view)[0]
  const offer = own ?? (mentionsIn(ctx, cs, ce, 'club').length ? undefined : recentOffer)
  if (!offer) return c
  // "West Ham are tracking Mensah. They are preparing a fresh bid": "they" is a club that made no offer.
  const prev = own ? undefined : previousSentence(c, ctx)
  const prevClubs = prev ? mentionsIn(ctx, prev.sentence.start, prev.sentence.end, 'club') : []
  if (prevClubs.length && !prevClubs.some((m) => m.name === offer.club)) return c
  return revise(c, { playerHint: offer.player, counterpartHint: offer.club, why: [...c.why, `a follow-up offer: the last offer${offer.club ? ` of ${offer.club}` : ''} was for ${offer.player}`] })
}

/**
 * "Manchester United and Brentford have agreed a fee for Mbeumo": of two clubs agreeing (or
 * talking) together, the one already seen as his suitor here is the destination and the other
 * holds him, whichever is nearer the cue and whatever a knowledge base written after the move says.
 */
function partiesAgreeing(c: Candidate, ctx: ClaimContext, recent: ReadonlyMap<string, Recent>): Candidate {
  if (c.dropped || !c.player || !c.toClub || (c.type !== 'agreement' && c.type !== 'talks')) return c
  const pair = agreeingPair(c, ctx)
  if (!pair) return c
  const holder = ctx.holder.get(c.player)
  const seen = recent.get(c.player)?.club
  const known = seen && pair.includes(seen) ? seen : c.player === ctx.entities.focal && ctx.suitor && pair.includes(ctx.suitor) && ctx.suitor !== holder ? ctx.suitor : undefined
  if (!known) return c
  const other = pair.find((n) => n !== known)!
  if (c.toClub === known && c.fromClub === other) return c
  if (holder && !pair.includes(holder) && c.fromClub !== holder) return c
  const why = [...c.why.filter((w) => !w.startsWith('counterpart club: ')), `counterpart club: ${known}, his suitor before, of the two clubs agreeing; ${other} holds him`]
  return revise(c, { toClub: known, fromClub: other, why })
}

/** Right before a pursuit cue: a denial of it ("denied any", "ruled out a", "dismissed talk of a"). */
const DENIED_BEFORE = /\b(?:den(?:y|ied|ies|ying)|rul(?:e|ed|es|ing) out|dismiss(?:ed|es|ing)?|play(?:ed|s|ing)? down|block(?:ed|s|ing)?)\s+(?:(?:any|a|the|all|talk of|suggestions of|reports of)\s+)*$/

/**
 * "Benfica denied any move for Kokcu, who has been linked with Besiktas": the club denying a move
 * for its own player denies the move, it does not deny wanting him. When the denying club holds
 * him (the article or the knowledge base says so, or another club is the one chasing him), the
 * claim becomes talks denied, from that club to the chasing club (or none).
 */
function holderDeniesMove(c: Candidate, ctx: ClaimContext, recent: ReadonlyMap<string, Recent>): Candidate {
  if (c.dropped || !c.player || !c.toClub || c.type !== 'interest' || c.stance !== 'denied') return c
  const { sentence, folded } = c.view
  const denial = DENIED_BEFORE.exec(folded.slice(Math.max(0, c.cueStart - sentence.start - 40), c.cueStart - sentence.start))
  if (!denial) return c
  const [cs] = clauseAt(c.view, c.cueStart)
  const subject = mentionsIn(ctx, cs, c.cueStart, 'club').pop()
  if (!subject?.name || (subject.name !== c.toClub && subject.name !== c.fromClub)) return c
  const denier = subject.name
  const other = c.toClub !== denier ? c.toClub : undefined
  const suitors = [...suitorNamed(ctx, c.view)].filter((n) => n !== denier)
  const last = recent.get(c.player)?.club
  const chaser = other ?? suitors[0] ?? (last && last !== denier ? last : undefined) ?? (c.player === ctx.entities.focal && ctx.suitor && ctx.suitor !== denier ? ctx.suitor : undefined)
  // The knowledge base may be written after a move: it speaks only when the article places him nowhere.
  const holds = c.fromClub === denier || ctx.holder.get(c.player) === denier || (!ctx.holder.has(c.player) && kbClub(ctx, c.player) === denier)
  if (!holds && !chaser) return c
  const why = [...c.why.filter((w) => !w.startsWith('counterpart club: ')), `${denier} holds him: “${denial[0].trim()}” a move is a denial of the move, not of its own interest`]
  if (chaser) why.push(`counterpart club: ${chaser}`)
  // "will block any move for Rojo": the holder refuses to let him go.
  if (/^block/.test(denial[0].trim())) return revise(c, { type: 'not_for_sale', stance: 'affirmed', fromClub: denier, toClub: chaser ?? null, why })
  return revise(c, { type: 'talks', fromClub: denier, toClub: chaser ?? null, why })
}

/**
 * "Real Madrid have ruled out a move for Konate": a refusal whose subject is a club, not the
 * player, is that club's own pursuit called off (interest, its stance turned) or, when the club
 * holds him, its refusal to let him go (not for sale).
 */
function clubRulesOut(c: Candidate, ctx: ClaimContext): Candidate {
  if (c.dropped || !c.player || c.type !== 'rejected_move' || c.cue.type !== 'rejected_move') return c
  const subject = subjectRightBefore(c, ctx)
  if (!subject) return c
  const { folded, sentence } = c.view
  // The cue carries its own stance, so pass 30 left "have not ruled out" alone: read it here.
  const negated = /(?:\bnot|n['’]t|\bnever)\s+(?:\w+ly\s+)?$/.test(folded.slice(Math.max(0, c.cueStart - sentence.start - 20), c.cueStart - sentence.start))
  const stance = negated ? (c.stance === 'affirmed' ? 'denied' : 'affirmed') : c.stance
  // "Newcastle have rejected a move for Isak from Al-Hilal": the move is another club's, so the
  // club turning it down holds him.
  const sender = clubsFromAfter(c, ctx)
  if (subject === c.fromClub || (sender && sender !== subject)) {
    // A suitor's move turned down is a rejected bid.
    const suitor = sender && sender !== subject ? sender : c.toClub && c.toClub !== subject ? c.toClub : undefined
    if (suitor) return revise(c, { type: 'bid_rejected', stance, fromClub: subject, toClub: suitor, why: [...c.why, `${subject}, his club, turns down ${suitor}’s move: a rejected bid`] })
    return revise(c, { type: 'not_for_sale', stance, why: [...c.why, `${subject}, his club, refuses to let him move: not for sale`] })
  }
  if (subject !== c.toClub) return c
  return revise(c, { type: 'interest', stance: stance === 'affirmed' ? 'denied' : 'affirmed', why: [...c.why, `${subject} rules out its own move for him: interest, not his refusal`] })
}

/** The club after "from" in the rest of the cue's clause: "a move for Salah from Al-Hilal". */
function clubsFromAfter(c: Candidate, ctx: ClaimContext): string | undefined {
  const [, ce] = clauseAt(c.view, c.cueStart)
  return mentionsIn(ctx, c.cueEnd, ce, 'club').find((m) => /\bfrom\s+(?:the\s+)?$/.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 12)))?.name
}

/** A club named by reference: "with the club", "at his club", "the Bianconeri" aside. */
const THE_CLUB = /\b(?:the|his|her) (?:club|team|side)\b/
/** How many sentences back "the club" may point. */
const THE_CLUB_REACH = 3

/** The club named last before the sentence `view`, in the few sentences before it (THE_CLUB_REACH). */
function clubNamedBefore(ctx: ClaimContext, view: SentenceView): string | undefined {
  const from = ctx.views[Math.max(0, view.index - THE_CLUB_REACH)].sentence.start
  return mentionsIn(ctx, from, view.sentence.start, 'club').pop()?.name
}

/** The club the knowledge base lists the player at (possibly written after a later move). */
function kbClub(ctx: ClaimContext, player: string): string | undefined {
  return kbClubOf(ctx.entities.players.get(player)?.club, indexKnowledgeBase(ctx.kb))
}

/** The two clubs of "A and B have agreed …" (the cue's subject) or "… between A and B", or undefined. */
function agreeingPair(c: Candidate, ctx: ClaimContext): [string, string] | undefined {
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const before = mentionsIn(ctx, cs, c.cueStart, 'club')
  const after = mentionsIn(ctx, c.cueEnd, Math.min(ce, c.cueEnd + 60), 'club')
  const between = after.length >= 2 && /\bbetween\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(c.cueEnd, after[0].start - 12), after[0].start).toLowerCase()) ? after.slice(0, 2) : undefined
  const subject = before.length >= 2 ? before.slice(-2) : undefined
  // "Barcelona have not held any discussions with Manchester United regarding Dembele": the
  // subject and the club it deals with.
  const withPair = !between && before.length && after.length && /^\s*(?:\S+\s+){0,2}?with\s+(?:the\s+)?$/.test(ctx.text.slice(c.cueEnd, after[0].start).toLowerCase()) && /^\s*(?:[\w'’-]+\s+){0,5}$/.test(ctx.text.slice(before[before.length - 1].end, c.cueStart)) && !/\b(?:for|to|from|with|by|of|at)\s+(?:the\s+)?$/.test(foldedBefore(c.view.folded, c.view.sentence.start, before[before.length - 1], 12)) ? [before[before.length - 1], after[0]] : undefined
  if (withPair) return withPair[0].name === withPair[1].name ? undefined : [withPair[0].name!, withPair[1].name!]
  const two = between ?? subject
  if (!two || two[0].name === two[1].name || !/^\s*(?:and|&)\s*$/.test(ctx.text.slice(two[0].end, two[1].start))) return undefined
  // The subject pair stands right before the verb: "A and B have agreed", "A and B are in talks".
  if (!between && !/^\s*(?:(?:have|has|had|are|is|were|was|will|would|now|finally|also|both|reportedly|already|been)\s+){0,4}$/.test(ctx.text.slice(two[1].end, c.cueStart).toLowerCase())) return undefined
  return [two[0].name!, two[1].name!]
}

function pushAll(out: Candidate[], items: Candidate[]): void {
  for (const x of items) out.push(x)
}

/**
 * Places a claim; when it names no club, retries with the club last paired with its player here.
 * "Chelsea are in talks over Osimhen. … The deal is off": a collapse naming no club is the end of
 * the move the article has been telling, not a claim about no move at all (it would feed no saga).
 */
function placeWithCounterpart(c: Candidate, ctx: ClaimContext, recent: ReadonlyMap<string, Recent>, renewed: ReadonlySet<string>): Candidate {
  // "Napoli had received no offers for any of their players": about every player, so about none.
  if (c.stance === 'denied' && (c.type === 'bid' || c.type === 'approach') && FOR_ANY_PLAYER.test(ctx.text.slice(c.cueEnd, c.cueEnd + 40))) return revise(c, { dropped: 'a denial about every player names none' })
  const placed = place(c, ctx, renewed)
  const last = placed.player ? recent.get(placed.player) : undefined
  // A claim naming no club, or a collapse naming none ("the deal is off"): the club of the player's last claim here.
  const clubless = placed.dropped === 'no club to move to' || (!placed.dropped && placed.type === 'collapsed' && !placed.toClub && last !== undefined && last.club !== placed.fromClub)
  if (!clubless) return placed
  const again = !last || unnamedClubs(c) || c.cue.backRef ? placed : place(revise(c, { playerHint: c.playerHint ?? placed.player, counterpartHint: last.club }), ctx, renewed)
  // "Forest have not received a bid for him": with no club to name even so, the holder denies any offer.
  if (again.dropped === 'no club to move to' && isHolderDenial(c) && deniedFor(c, ctx, placed.player)) return place(c, ctx, renewed, true)
  if (again === placed || placed.dropped || again.dropped || again.toClub !== last?.club) return again
  return revise(again, { why: [...again.why.filter((w) => !w.startsWith('counterpart club: ')), `counterpart club: ${last.club}, the move of ${placed.player} told before it`] })
}

/** After an offer: for every player of a squad ("for any of our players", "for any player"). */
const FOR_ANY_PLAYER = /^\s+for\s+any\s+(?:of\s+(?:our|their|the|his|its)\s+)?players?\b/i

/** A holder's denial of any offer: "We have had no bid", "Forest have not received an offer". */
function isHolderDenial(c: Candidate): boolean {
  return c.stance === 'denied' && (c.type === 'bid' || c.type === 'approach') && (c.cue.actor === 'holder' || c.cue.id === 'claim/bid-received@1')
}

/**
 * Whether a denial of any offer is about `player`: he is named after the cue ("no bid for
 * Gibbs-White") or in the quote holding it ('"Callum is not for sale. We have had no offers for
 * him."'), or the sentence names no player and he is the article's. Not a speaker named with the
 * words ('"There has been no offer," Haddad admitted' in an article about another player).
 */
function deniedFor(c: Candidate, ctx: ClaimContext, player: string | undefined): boolean {
  if (!player) return false
  // Inside a quote, only the quote's words name him: the speaker named after it is not the one offered for.
  const q = ctx.quotes.find((x) => x.start <= c.cueStart && c.cueEnd <= x.end)
  const named = q ? mentionsIn(ctx, q.start, q.end, 'player') : mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'player')
  if (named.some((m) => m.name === player && (q !== undefined || m.start >= c.cueEnd))) return true
  // Inside a quote the words must name him.
  return !q && named.length === 0 && player === ctx.entities.focal
}

/** Steps of a deal under way: a later step naming no club continues the club of the step before. */
const ADVANCED_TYPES = new Set<ClaimType>(['bid', 'talks', 'personal_terms', 'agreement', 'pre_contract', 'medical', 'signed'])

/** The sentence names no club but the claim's two parties ("Manchester United and Brentford have agreed …" names a third when the holder is unknown). */
function onlyParties(ctx: ClaimContext, c: Candidate): boolean {
  return mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'club').every((m) => m.name === c.toClub || m.name === c.fromClub)
}

/** Steps a selling club reports of a deal done: "the deal was done", "we agreed", "he passed his medical". */
const SELLER_STEPS = new Set<ClaimType>(['agreement', 'medical', 'signed'])

/** A player's last placed claim: its counterpart, its holder, its sentence, and whether it was a step of a deal, affirmed. */
interface Recent { club: string; holder?: string; view: SentenceView; advanced: boolean }

/**
 * "Chelsea have signed Fernandez from Benfica. … Benfica boss Roger Schmidt confirmed that the
 * deal was done": a step of the deal whose sentence names only the club the article has just
 * shown holding him is that deal, told from the seller's side, not a move to the seller.
 */
function sellerSide(c: Candidate, recent: ReadonlyMap<string, Recent>, ctx: ClaimContext): Candidate {
  if (c.dropped || !c.player || !c.toClub || c.stance !== 'affirmed' || !SELLER_STEPS.has(c.type)) return c
  const last = recent.get(c.player)
  // The claim before must itself be a step of the deal that named both sides.
  if (!last?.advanced || !last.holder || c.toClub !== last.holder || last.club === last.holder) return c
  const clubs = mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'club')
  if (!clubs.length || !clubs.every((m) => m.name === last.holder)) return c
  const why = [...c.why.filter((w) => !w.startsWith('counterpart club: ')), `counterpart club: ${last.club}; ${last.holder} held him in the claim before, so it is the seller here`]
  return revise(c, { toClub: last.club, fromClub: last.holder, why })
}

/**
 * "West Ham have agreed a fee for Kudus. He will undergo his medical ahead of his switch from
 * Ajax": a step of a deal naming no suitor, given the article's main suitor, takes instead the
 * club whose deal for its player the sentence just before advanced (same or previous paragraph):
 * the nearest preceding club of the context wins over one named more often elsewhere.
 */
function nearerThanSuitor(c: Candidate, placed: Candidate, ctx: ClaimContext, recent: Map<string, Recent>, renewed: ReadonlySet<string>): Candidate {
  if (placed.dropped || !placed.player || !ctx.suitor || placed.toClub !== ctx.suitor || placed.stance !== 'affirmed' || !ADVANCED_TYPES.has(placed.type)) return placed
  const last = recent.get(placed.player)
  if (!last?.advanced || last.club === ctx.suitor || last.club === placed.fromClub || last.club === ctx.holder.get(placed.player)) return placed
  const v = placed.view
  if (v.index - last.view.index !== 1 || v.paragraph - last.view.paragraph > 1) return placed
  // The suitor named in the sentence itself stays.
  if (mentionsIn(ctx, v.sentence.start, v.sentence.end, 'club').some((m) => m.name === ctx.suitor)) return placed
  const again = place(revise(c, { counterpartHint: last.club }), ctx, renewed)
  if (again.dropped || again.player !== placed.player || again.toClub !== last.club) return placed
  return revise(again, { why: [...again.why, `${last.club}, paired with ${placed.player} just before, over the article’s main suitor ${ctx.suitor}`] })
}

/**
 * "Everton and Fulham were linked. Neither club has spoken to Forest": the group is the last list
 * of two or more clubs named before the cue, in its sentence or the one before; each club gets
 * the claim. Undefined when no such list is named (the claim is then placed as usual).
 */
function perGroupClub(c: Candidate, ctx: ClaimContext, renewed: ReadonlySet<string>): Candidate[] | undefined {
  const prev = previousSentence(c, ctx)
  const group = lastClubList(ctx, c.view.sentence.start, c.cueStart) ?? (prev ? lastClubList(ctx, prev.sentence.start, prev.sentence.end) : undefined)
  if (!group) return undefined
  const placed = place(revise(c, { counterpartHint: group[0] }), ctx, renewed)
  if (placed.dropped || !placed.player) return [placed]
  const clubs = group.filter((n) => n !== placed.fromClub)
  return clubs.map((n) => revise(placed, { toClub: n, why: [...placed.why.filter((w) => !w.startsWith('counterpart club: ')), `counterpart club: ${n}, one of the clubs “${c.view.folded.slice(c.cueStart - c.view.sentence.start).split(' ')[0]}” covers`] }))
}

/** The last list of two or more clubs ("West Ham, Brentford and Palace") in [start, end), or undefined. */
function lastClubList(ctx: ClaimContext, start: number, end: number): string[] | undefined {
  const ms = mentionsIn(ctx, start, end, 'club')
  let last: string[] | undefined
  let chain: string[] = []
  for (let i = 0; i < ms.length; i++) {
    if (i > 0 && COORDINATION.test(ctx.text.slice(ms[i - 1].end, ms[i].start))) chain.push(ms[i].name!)
    else chain = [ms[i].name!]
    const names = [...new Set(chain)]
    if (names.length > 1) last = names
  }
  return last
}

/**
 * "Arsenal and West Ham have been locked in advanced talks": two clubs joined as the subject of
 * talks, with no club named after the cue and no "both" or "also", are the deal's two sides,
 * not two suitors: the article's suitor (or the side that does not hold him) buys, the other
 * holds him. Undefined when it cannot tell which side is which.
 */
function sidesOfTalks(c: Candidate, ctx: ClaimContext): { suitor: string; holder: string } | undefined {
  if (c.type !== 'talks' || !c.toClub) return undefined
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const before = mentionsIn(ctx, cs, c.cueStart, 'club')
  if (before.length !== 2 || mentionsIn(ctx, c.cueEnd, ce, 'club').length) return undefined
  const [a, b] = before
  if (!COORDINATION.test(ctx.text.slice(a.end, b.start)) || a.name === b.name || (a.name !== c.toClub && b.name !== c.toClub)) return undefined
  if (BOTH_OR_ALSO.test(ctx.text.slice(b.end, c.cueStart).toLowerCase())) return undefined
  // Which side buys: the article's suitor, else the one that does not hold him; unknown, no sides.
  const holder = c.fromClub ?? (c.player ? ctx.holder.get(c.player) : undefined)
  const names = [a.name!, b.name!]
  const suitor = ctx.suitor && names.includes(ctx.suitor) ? ctx.suitor : holder && names.includes(holder) ? names.find((n) => n !== holder) : undefined
  return suitor ? { suitor, holder: names.find((n) => n !== suitor)! } : undefined
}
const BOTH_OR_ALSO = /\b(?:both|also|each|all|separately|too)\b/

/** "PSG and Barcelona are monitoring him", "interest from City and United": one claim per club. */
function coSuitors(c: Candidate, ctx: ClaimContext): Candidate[] {
  if (!c.toClub) return []
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const clubs = mentionsIn(ctx, cs, ce, 'club')
  // "talks between Liverpool and Leverkusen": the two parties of the deal, not two suitors.
  const first = clubs.find((m) => m.name === c.toClub)
  if (c.type !== 'interest' && first && /\bbetween\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(cs, first.start - 12), first.start).toLowerCase())) return []
  // "… wanted by Arsenal, and Chelsea may need to sell first": a club after the cue that a verb
  // follows opens a clause of its own; it is no co-suitor.
  const listed = clubs.filter((m) => m.start < c.cueEnd || m.name === c.toClub || !CLAUSE_VERB_AFTER.test(ctx.text.slice(m.end, m.end + 16).toLowerCase()))
  const chain = [...coordinated(ctx, listed, c.toClub), ...alongWith(ctx, c, ce), ...rivals(ctx, c, clubs)]
  return [...new Set(chain)].filter((n) => n !== c.toClub && n !== c.fromClub).map((n) => (revise(c, { toClub: n, why: [...c.why, `also ${n}, named alongside`] })))
}

/**
 * Before a rival suitor: "competing with Arsenal to sign", "vying with Spurs and Villa for",
 * "face competition from Juventus", "face competition for Alvarez from Fulham". The club the suitor
 * competes with wants the player too.
 */
const RIVAL_BEFORE = /\b(?:(?:compet(?:e|es|ed|ing)|vy(?:ing)?|vie[sd]?|battl(?:e|es|ed|ing)|fight(?:s|ing)?|jostl(?:e|es|ed|ing)|rac(?:e|es|ed|ing)|in (?:a )?(?:race|battle|competition)|head-to-head|up against)\s+with|(?:competition|rivalry) (?:from|with)|competition for (?:[\w'’.-]+\s+){1,4}?from)\s+(?:the\s+)?(?:[\w-]+\s+)?$/

/** The clubs of the cue's clause named as the suitor's rivals ("competing with Arsenal and Spurs to sign"), each joined to the next. */
function rivals(ctx: ClaimContext, c: Candidate, clubs: Mention[]): string[] {
  if (c.type !== 'interest' && c.type !== 'bid' && c.type !== 'approach') return []
  const first = clubs.findIndex((m) => m.name !== c.toClub && RIVAL_BEFORE.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 40)))
  if (first < 0) return []
  const out = [clubs[first].name!]
  for (let i = first + 1; i < clubs.length && COORDINATION.test(ctx.text.slice(clubs[i - 1].end, clubs[i].start)); i++) out.push(clubs[i].name!)
  return out
}

/** Opens a tail of more suitors: "…, along with Arsenal, West Ham and Newcastle". */
const ALONG_WITH = /(?:,\s*|\s)(?:along with|alongside|together with|as well as)\s+(?:the\s+)?$/

/** The clubs of an "along with" tail after the cue in its clause, each joined to the next. */
function alongWith(ctx: ClaimContext, c: Candidate, ce: number): string[] {
  const ms = mentionsIn(ctx, c.cueEnd, ce, 'club')
  const first = ms.findIndex((m) => ALONG_WITH.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 20)))
  if (first < 0) return []
  const out = [ms[first].name!]
  for (let i = first + 1; i < ms.length && COORDINATION.test(ctx.text.slice(ms[i - 1].end, ms[i].start)); i++) out.push(ms[i].name!)
  return out
}

/** Right after a club: a verb of its own ("Chelsea may need", "Spurs are also"). */
const CLAUSE_VERB_AFTER = /^\s+(?:may|might|will|would|could|should|must|are|is|have|has|had|were|was|need|needs|want|wants|also|remain|remains)\b/

/** A group of players named before, as the cue's subject or object: "both players", "that trio", "the pair". */
const PLAYER_GROUP = /\b(?:(?:both|all three|all four) (?:players|men|stars|youngsters|defenders|midfielders|forwards|strikers|wingers|attackers)|(?:the|that|this) (?:pair|duo|trio)|(?:the|those|these) (?:two|three|four) (?:players|men|stars))\b/

/** A word every PLAYER_GROUP match holds. */
const GROUP_WORDS = ['both', 'pair', 'duo', 'trio', 'two', 'three', 'four']

/**
 * "Koulibaly and Skriniar have both been linked with a move. City are interested in both players
 * as well": a cue whose clause names no player but a group of them is about each player of the
 * last list named before it, in its sentence or the one before. Undefined when there is none.
 */
function playerGroup(c: Candidate, ctx: ClaimContext): Candidate[] | undefined {
  const { sentence, folded } = c.view
  // Speed: most sentences hold none of the words a group needs.
  if (!GROUP_WORDS.some((w) => folded.includes(w))) return undefined
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const words = PLAYER_GROUP.exec(folded.slice(cs - sentence.start, ce - sentence.start))
  if (!words || mentionsIn(ctx, cs, ce, 'player').length) return undefined
  const prev = previousSentence(c, ctx)
  const list = lastPlayerList(ctx, sentence.start, cs) ?? (prev ? lastPlayerList(ctx, prev.sentence.start, prev.sentence.end) : undefined)
  if (!list) return undefined
  const why = c.why.filter((w) => !w.startsWith('player: '))
  return eachListed(c, list, ctx, cs, (x) => [...why, `player: ${x.name} (one of “${words[0]}”, named just before)`])
}

/**
 * The claim for each player of a list: the club doing a holder's act holds each ("Brighton are
 * prepared to sell Caicedo and Mac Allister"); else the club the list names as his ("Chelsea's
 * Colwill"); else the one the article says he plays for. A holder that is the claim's destination
 * (a knowledge base written after the move) is no origin.
 */
function eachListed(c: Candidate, list: readonly Listed[], ctx: ClaimContext, cs: number, why: (x: Listed) => string[]): Candidate[] {
  const actor = HOLDER_SIDE.has(c.type) && c.fromClub && mentionsIn(ctx, cs, c.cueStart, 'club').some((m) => m.name === c.fromClub) ? c.fromClub : undefined
  const out: Candidate[] = []
  for (const x of list) {
    const h = actor ?? x.owner ?? ctx.holder.get(x.name) ?? null
    out.push(revise(c, { player: x.name, fromClub: h === c.toClub ? null : h, why: why(x) }))
  }
  return out
}

/**
 * "working on deals for Sancho and Kolo Muani", "Everton's Branthwaite and Chelsea's Colwill are
 * also targets": the same claim for each player of the list the claim's player stands in.
 */
function coPlayers(c: Candidate, ctx: ClaimContext): Candidate[] {
  if (!c.player || RENEWAL_TYPES.has(c.type)) return []
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const chain = playerList(ctx, mentionsIn(ctx, cs, ce, 'player'), c.player, c)
  if (!chain.length) return []
  // "Traore from Wolves and Diaz from Porto, the latter heading to Liverpool": one of the list, not each.
  if (LATTER_BEFORE.test(c.view.folded.slice(Math.max(0, c.cueStart - c.view.sentence.start - 30), c.cueStart - c.view.sentence.start))) return []
  return eachListed(c, chain.filter((x) => x.name !== c.player), ctx, cs, (x) => [...c.why, `also ${x.name}, named alongside${x.owner ? ` as ${x.owner}’s` : ''}`])
}

/** Right before a cue: it picks one of the names before ("the latter heading to": the nearest name, the one the cue takes). */
const LATTER_BEFORE = /\bthe latter\b[^,;]*$/

/** What joins two names of a list: "Swansea, Reading and former loan club Derby". */
const COORDINATION = /^\s*(?:,|and|or|nor|&|as well as|, and)(?:\s+(?:former|fellow|current|last|loan|league|club|side|rivals?|outfit|old|new|the|their|promoted|relegated|newly-promoted)){0,4}\s*$/

/** The names joined with `name` by commas, "and", "or": [] when it stands alone. */
function coordinated(ctx: ClaimContext, ms: Mention[], name: string): string[] {
  let chain: string[] = []
  for (let i = 0; i < ms.length; i++) {
    const joined = i > 0 && COORDINATION.test(ctx.text.slice(ms[i - 1].end, ms[i].start))
    if (!joined) {
      if (chain.includes(name) && chain.length > 1) return [...new Set(chain)]
      chain = []
    }
    chain.push(ms[i].name!)
  }
  return chain.includes(name) && chain.length > 1 ? [...new Set(chain)] : []
}

/** `anyClub`: a holder's denial of any offer stands with no club named (see `placeWithCounterpart`). */
function place(c: Candidate, ctx: ClaimContext, renewed: ReadonlySet<string>, anyClub = false): Candidate {
  const { sentence } = c.view
  // "Kutner contacted BBC 5Live to deny the claims": contact with the press is no approach.
  if (c.type === 'approach' && contactsMedia(c, ctx)) return revise(c, { dropped: 'contact with the media, not a club' })
  const player = pickPlayer(c, ctx)
  if (!player) return revise(c, { dropped: c.cue.objectPlayer ? 'no player named after the cue' : 'no player to attach the claim to' })
  if (c.cue.clubAfter && !signingClubAfter(c, ctx)) return revise(c, { dropped: 'no club named after the cue' })
  const clubs = uniqueNames(mentionsIn(ctx, sentence.start, sentence.end, 'club'), c.cueStart)
  let holder = ctx.holder.get(player.name) ?? null
  // "former Leeds and Everton forward Bamford": a club the sentence calls his former one no longer holds him.
  const former = formerClubs(ctx, c.view).all
  if (holder && former.has(holder) && namedNear(ctx, c, holder)) holder = null
  // "Reyna turned down approaches … because he had given his word to Dortmund": when the player
  // himself refuses, the clubs of his sentence are suitors or his next club, not his holder.
  if (!holder && HOLDER_SIDE.has(c.type) && clubs.length && !(c.type === 'bid_rejected' && rejectedByPlayer(c, ctx, player.name))) {
    // "Chelsea's second bid has been rejected": the club owning the offer is not the one refusing it.
    const owner = c.type === 'bid_rejected' ? (c.cue.backRef ? c.counterpartHint : undefined) ?? offerOwner(c, ctx) : undefined
    // "their third bid was rejected by Southampton": the club after "by" turned it down.
    const rejecter = c.type === 'bid_rejected' ? rejectedBy(c, ctx) : undefined
    // "… up for sale, while he is also Tottenham's target": a club named as a suitor holds no one.
    const suitors = suitorNamed(ctx, c.view)
    // "Levy wants to make Bayern bleed and will reject any offers": a verb's object does not refuse.
    const objects = objectClubs(ctx, c.view)
    const before = nearestBefore(ctx, c, sentence.start)
    const holding = clubs.filter((n) => !suitors.has(n) && !former.has(n) && !objects.has(n))
    holder = rejecter ?? (owner ? clubs.find((n) => n !== owner && !former.has(n)) ?? null : (before && !suitors.has(before) && !former.has(before) && !objects.has(before) ? before : holding[0]) ?? null)
  }
  // "Brighton are prepared to sell Caicedo", with a knowledge base written after his move to
  // Chelsea: the club doing the holder's act holds him, over the club listed for him.
  if (holder && SELLER_ACTS.has(c.type)) {
    const subject = subjectRightBefore(c, ctx)
    if (subject && subject !== holder && !former.has(subject) && !suitorNamed(ctx, c.view).has(subject)) holder = subject
  }
  // "Rice is wanted by Arsenal", "has been offered to Lazio", with Arsenal or Lazio read as his
  // club (a knowledge base written after the move, a vote for the club an offer goes to): the club
  // the cue itself names as the other party does not hold him.
  if (holder && CLUB_AFTER_IS_SUITOR.has(c.type) && c.cue.clubAfter && !c.cue.objectPlayer && clubAfter(c, ctx, c.cue.clubAfter)?.name === holder) holder = null
  // "amid claims that the Wolves midfielder has agreed a switch": the club of the role phrase holds him.
  if (!holder) holder = mentionsIn(ctx, ...clauseAt(c.view, c.cueStart), 'club').find((m) => describesHim(m, ctx, c.view))?.name ?? null
  // "an agreement with the player and his club AS Monaco": the club named as his holds him.
  if (!holder) holder = mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'club').find((m) => HIS_CLUB_BEFORE.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 30)))?.name ?? null
  // "Talisca will remain at Vodafone Park": the club he stays at holds him, it is no suitor.
  if (!holder && c.type === 'stays') holder = stayedAt(c, ctx) ?? null
  // "Toney has told Brentford he wishes to leave": the club he tells of his wish to go holds him.
  if (!holder && c.type === 'stays') {
    const told = mentionsIn(ctx, clauseAt(c.view, c.cueStart)[0], c.cueStart, 'club').pop()
    if (told && TOLD_BEFORE.test(foldedBefore(c.view.folded, c.view.sentence.start, told, 30))) holder = told.name ?? null
  }
  // "Trippier, who arrived from Atletico in 2022, is expected to leave Newcastle": the club the cue
  // has him leave holds him, whatever move the sentence tells of before.
  if (!holder && c.type === 'stays' && LEAVE_VERB_END.test(c.view.folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start))) {
    const left = clubAfter(c, ctx, 6)
    if (left && /^\s*(?:the\s+)?$/.test(ctx.text.slice(c.cueEnd, left.start).toLowerCase())) holder = left.name!
  }
  // "City … are expected to lose Silva on a free", "They could lose him for nothing": the club that
  // loses him holds him, the subject of the clause (or the club a "they" opening it stands for).
  if (!holder && c.type === 'stays' && TO_LOSE.test(c.view.folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start))) {
    holder = pronounClub(c, ctx, null) ?? sentenceSubject(c, ctx) ?? null
  }
  // "they have agreed to pay Brighton £100m for him": the club paid sells him.
  const paidClub = c.type === 'agreement' && !c.cue.objectPlayer ? clubPaid(c, ctx) : undefined
  if (paidClub) holder = paidClub
  // Completed moves named by their verb find their origin themselves (placeSigning).
  if (!holder && !RENEWAL_TYPES.has(c.type) && !c.cue.clubAfter && !c.cue.objectPlayer) holder = moveOrigin(c, ctx) ?? null
  // The party a contract or deal is made with when it is no club the knowledge base knows (read once).
  const party = unknownParty(c, ctx, player.name)
  const type = retype(c, ctx, player.name, holder, clubs, renewed, party)
  // "set to sign a five-year deal", "for a medical and to sign a deal to 2030": a move's contract
  // still to be signed is told beside its medical or agreement, the claims it makes; no signing
  // yet. (A renewal "to sign a new deal" stays: it is the extension, expected.)
  const stillToSign = c.stance === 'affirmed' && TO_SIGN.test(c.view.folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start))
  const notSignedYet = () => revise(c, { type: 'signed', player: player.name, dropped: 'a move’s contract still to sign (“set to sign a five-year deal”), not a signing' })
  if (type === 'signed' && stillToSign) return notSignedYet()
  // "The 22-year-old has signed a long-term contract", in a report of his move to the suitor, with
  // neither renewal words nor his old club in the sentence: the contract is the new club's
  // (unless the article has already reported his renewal: then the contract is that one).
  if (type === 'extension_signed' && c.stance === 'affirmed' && !renewed.has(player.name) && ctx.suitor && ctx.suitor !== holder && !clubs.includes(holder ?? '') && !RENEWAL_WORDS.test(c.view.folded.replace(/\bsigned a long-term\b/, ''))) {
    if (stillToSign) return notSignedYet()
    const why = [...c.why, `player: ${player.name} (${player.how})`, `no renewal words and the article reports his move: the contract is with ${ctx.suitor}`]
    return revise(c, { type: 'signed', player: player.name, fromClub: holder, toClub: clubs[0] ?? ctx.suitor, why, confidence: c.confidence * player.weight })
  }
  if (RENEWAL_TYPES.has(type)) {
    // "has signed a new deal with Al-Wahda": a contract with a club the knowledge base does not
    // know is a move to it, not a renewal; with no club to name, no claim.
    if (party) return revise(c, { type, player: player.name, dropped: `the contract is with “${party}”, no club the knowledge base knows` })
    // "… Carvajal, who signed a contract extension to 2026", naming no club: the club the knowledge
    // base lists him at, when the article names it.
    // "turned down Fenerbahce's new contract offer": the club the renewal cue itself names renews him.
    // ("… a new contract offer from Fenerbahce": the club the offer comes from, right after it.)
    // "has committed her future to Chelsea", her contract at Barcelona: a future given to another
    // club is a move there, no renewal.
    const givenTo = c.cue.renewal && holder && c.stance === 'affirmed' ? clubAfter(c, ctx, 12) : undefined
    if (givenTo?.name && givenTo.name !== holder && /^\s*to\s+(?:the\s+)?$/i.test(ctx.text.slice(c.cueEnd, givenTo.start))) {
      return revise(c, { type: 'signed', player: player.name, fromClub: holder, toClub: givenTo.name, why: [...c.why, `player: ${player.name} (${player.how})`, `his future given to ${givenTo.name}, not his club ${holder}: a move`], confidence: c.confidence * player.weight })
    }
    const offeredBy = c.cue.renewal ? clubAfter(c, ctx, 30) : undefined
    const inCue = c.cue.renewal ? [...mentionsIn(ctx, c.cueStart, c.cueEnd, 'club'), ...(offeredBy && /^\s*(?:extension\s+|offer\s+|renewal\s+)?(?:from|with|at)\s+(?:the\s+)?$/i.test(ctx.text.slice(c.cueEnd, offeredBy.start)) ? [offeredBy] : [])] : []
    const named = (inCue.length === 1 ? inCue[0].name! : holder) ?? clubs[0] ?? namedKbClub(ctx.entities, indexKnowledgeBase(ctx.kb), ctx.entities.players.get(player.name)?.club)
    // "Modric is set to sign a one-year extension with the club", naming none: "the club" is the
    // one named last before (in the sentences just before), else the club the knowledge base has
    // him at on the article's date.
    const before = named ? undefined : THE_CLUB.test(c.view.folded) ? clubNamedBefore(ctx, c.view) : undefined
    const listed = named || before ? undefined : kbClub(ctx, player.name)
    const club = named ?? before ?? listed ?? null
    if (!club) return revise(c, { type, player: player.name, dropped: 'renewal claim without a known club' })
    const why = before ? [...c.why, `“the club” is ${before}, named just before`] : listed ? [...c.why, `no club named: the club the knowledge base has him at, ${listed}`] : c.why
    return revise(c, { type, player: player.name, fromClub: club, toClub: club, why, confidence: c.confidence * player.weight * (listed ? 0.9 : 1) })
  }
  if (type === 'signed' && c.cue.otherWay) return otherWay(revise(c, { type }), ctx, player.name)
  if (type === 'signed' && (c.cue.clubAfter || c.cue.objectPlayer)) return placeSigning(revise(c, { type }), ctx, player, holder)
  // "United have reached an agreement to loan Pereira to Lazio": the seller's deal, placed as a sale is.
  if (type === 'agreement' && c.cue.lender && c.cue.objectPlayer) return placeSigning(revise(c, { type }), ctx, player, holder)
  // "has joined Arsenal from Sporting", "completed his move to Wolves": the club the completion
  // names is the destination, even when the knowledge base already lists him there.
  const dest = type === 'signed' ? namedDestination(c, ctx) : undefined
  if (dest) return placeSigning(revise(c, { type }), ctx, player, holder, dest)
  // "has put pen to paper on a contract with Krylia Rostov": the move is to a club the knowledge
  // base does not know, so no other club of the sentence is its destination.
  if (party && CONTRACT_TYPES.has(type)) return revise(c, { type, player: player.name, dropped: `the other party, “${party}”, is no club the knowledge base knows` })
  let toClub = c.cue.backRef && c.counterpartHint && c.counterpartHint !== holder ? c.counterpartHint : pickCounterpart(c, ctx, holder)
  // "Brentford failed with a bid for Moll", his club unknown: the club owning the refused offer made it.
  if (!toClub && c.type === 'bid_rejected' && type === 'bid_rejected') {
    const owner = offerOwner(c, ctx)
    if (owner && owner !== holder) toClub = owner
  }
  // "… and the club are still negotiating with Aston Villa over Douglas Luiz": the club the
  // pronoun stands for negotiates; the club it negotiates with holds the player.
  if (toClub && (type === 'talks' || type === 'agreement') && talksWith(c, ctx, toClub)) {
    // "Chelsea have signed Gittens and are in talks with Ajax over Hato": the clause's subject
    // negotiates in every conjunct.
    const [cs] = clauseAt(c.view, c.cueStart)
    const [js] = conjunctSpan(c.view, c.cueStart)
    // "Rennes are closing in on Lindqvist, with a loan arrangement agreed with Benfica": a cue in a
    // subjectless "with" clause takes the sentence's subject, the club the "with" club deals with.
    const subject = pronounClub(c, ctx, holder) ?? (js > cs ? subjectClub(c, mentionsIn(ctx, cs, js, 'club'))?.name : undefined) ?? withClauseSubject(c, ctx, cs) ?? closeSubject(c, ctx)
    if (subject && subject !== toClub && subject !== holder) {
      holder ??= toClub
      toClub = subject
    }
  }
  // "Sporting director Max Eberl has made no secret of his admiration": a club official as the
  // subject of a pursuit whose clause names no club speaks for his own club.
  if (SUITOR_TYPES.has(type) && !c.cue.backRef) {
    const official = officialSubjectClub(c, ctx)
    if (official && official !== holder) toClub = official
  }
  // "McKennie is expected to leave, and the club are negotiating with Villa": a claim that needs
  // no other club takes none from another clause.
  // ("Manchester United have been thwarted in their attempts to sign him after the club confirmed
  // he is not for sale": a club the sentence names as pursuing him stays the suitor.)
  if (toClub && NULL_SUITOR_OK.has(type) && NULL_SUITOR_OK.has(c.type) && !inClause(c, ctx, toClub) && !suitorNamed(ctx, c.view).has(toClub) && toClub !== placeCounterpart(c, ctx, holder)) toClub = null
  // "… but they are expected to make an improved offer, with Liverpool also interested": a club
  // outside the cue's clause is not its subject when the clause opens with "they".
  if (toClub && PRONOUN_SUBJECT_TYPES.has(type) && !inClause(c, ctx, toClub)) toClub = pronounClub(c, ctx, holder) ?? toClub
  // "They've stepped up their pursuit of him ever since … swapping the Parc des Princes for …": a
  // pronoun subject is the suitor; a club named only after the cue belongs to what follows.
  if (toClub && PRONOUN_SUBJECT_TYPES.has(type) && onlyAfterCue(c, ctx, toClub)) toClub = pronounClub(c, ctx, holder) ?? toClub
  // "They pulled out in the spring": the club that leaves is the one the pronoun points back to.
  if (!toClub && SUITOR_TYPES.has(type)) toClub = pronounClub(c, ctx, holder) ?? theirListClub(c, ctx, holder) ?? null
  // "Another Premier League club, as yet unnamed, have put in a £16m bid": a club the clause leaves
  // unnamed is not the one the article named last.
  if (!toClub && c.counterpartHint && c.counterpartHint !== holder && !unnamedClubs(c)) toClub = c.counterpartHint
  // ("But it has also been rejected": a pronoun for an offer from a club left unnamed names none.)
  if (!toClub && player.name === ctx.entities.focal && ctx.suitor && ctx.suitor !== holder && !unnamedClubs(c) && !c.cue.backRef) toClub = ctx.suitor
  // "Luis Diaz of Liverpool was also considered", in a report of Barcelona's pursuit: an interest
  // with no club named, "also" beside the main pursuit, is the article's main suitor's.
  if (!toClub && type === 'interest' && ctx.suitor && ctx.suitor !== holder && ALSO_PASSIVE.test(c.view.folded.slice(Math.max(0, c.cueStart - c.view.sentence.start - 12), c.cueEnd - c.view.sentence.start)) && !unnamedClubs(c)) toClub = ctx.suitor
  if (!toClub && type === 'rejected_move' && c.type === 'bid_rejected' && !unnamedClubs(c)) return revise(c, { type, player: player.name, dropped: 'refused his own club’s offer: no move to refuse' })
  // "Forest insist that no club has been in touch": a denial about every club names none.
  const noClubAtAll = !toClub && c.stance === 'denied' && (anyClub || NO_CLUB.test(c.view.folded) || ANY_CLUB.test(c.view.folded))
  // "turned down approaches from two Premier League clubs", "attracts Saudi interest": clubs the
  // text leaves unnamed make the claim all the same, with no club to name (it feeds no saga).
  // A pronoun for an offer whose club went unnamed ("But it has also been rejected") keeps none.
  if (!toClub && !NULL_SUITOR_OK.has(type) && !noClubAtAll && !unnamedClubs(c) && !(c.cue.backRef && c.playerHint)) return revise(c, { type, player: player.name, dropped: 'no club to move to' })
  // "Tottenham agree Valencia loan for Bryan Gil", "Arsenal agree Porto loan for Vieira": a club
  // named inside the agreed deal is the subject's other party, where he goes when the subject holds
  // him (the knowledge base's club), else where he comes from. With his club unknown, a loan so
  // agreed is the subject lending him out, a deal the subject buying.
  const dealText = c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start)
  const party2 = toClub && type === 'agreement' && DEAL_NOUN_END.test(dealText) ? mentionsIn(ctx, c.cueStart, c.cueEnd, 'club').filter((m) => m.name !== toClub) : []
  if (party2.length === 1) {
    const known = holder ?? kbClub(ctx, player.name)
    if (known === toClub || (!known && dealText.endsWith('loan'))) [holder, toClub] = [toClub, party2[0].name!]
    else holder ??= party2[0].name!
  }
  if (c.view.headline && player.weight < 1) return revise(c, { dropped: 'headline without a named player' })
  const why = [...c.why, `player: ${player.name} (${player.how})`]
  if (type === 'not_for_sale' && c.type === 'stays') why.push(`${holder}, his club, states he stays: not for sale`)
  if (toClub) why.push(`counterpart club: ${toClub}`)
  return revise(c, { type, player: player.name, fromClub: holder, toClub, why, confidence: c.confidence * player.weight })
}

/** "pay Brighton £100m": a club right after "pay" and before the sum, inside the cue. */
const PAY_CLUB = /\bpay\s+(?:the\s+)?$/

/** The club the cue says is paid (the seller), if any. */
function clubPaid(c: Candidate, ctx: ClaimContext): string | undefined {
  const { folded, sentence } = c.view
  return mentionsIn(ctx, c.cueStart, c.cueEnd, 'club').find((m) => PAY_CLUB.test(folded.slice(Math.max(0, m.start - sentence.start - 12), m.start - sentence.start)))?.name
}

/** An agreement cue ending on its deal noun, a club possibly named before it ("agree Valencia loan"). */
const DEAL_NOUN_END = /^agree(?:s|d)?\s.*\b(?:loan|deal|move|switch|transfer)$/

/** An agentless interest "also" beside another: "was also considered", "is also being considered". */
const ALSO_PASSIVE = /\b(?:was|were|is|are|been|being)\s+also\s+(?:being\s+)?considered$|\balso\s+(?:being\s+|been\s+)considered$/

/** The club is named in the cue's sentence (so what the sentence says of it is about this claim). */
function namedNear(ctx: ClaimContext, c: Candidate, club: string): boolean {
  return mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'club').some((m) => m.name === club)
}

/** The club right after a stay cue as the object of "at", "with" or "in": "will remain at Vodafone Park". */
function stayedAt(c: Candidate, ctx: ClaimContext): string | undefined {
  const m = clubAfter(c, ctx, 14)
  if (!m) return undefined
  // "is staying at Napoli": the cue may end with the preposition itself.
  const between = /\b(?:at|with|in)$/i.test(ctx.text.slice(c.cueStart, c.cueEnd)) ? /^\s*(?:the\s+)?$/ : /^\s*(?:at|with|in)\s+(?:the\s+)?$/
  return between.test(ctx.text.slice(c.cueEnd, m.start).toLowerCase()) ? m.name : undefined
}

/** The object right after an approach verb is an outlet or a journalist. */
function contactsMedia(c: Candidate, ctx: ClaimContext): boolean {
  const ms = ctx.entities.mentions
  for (let i = firstAtOrAfter(ms, c.cueEnd); i < ms.length && ms[i].start - c.cueEnd <= 6; i++) {
    if (ms[i].kind === 'outlet' || ms[i].kind === 'journalist') return true
  }
  return false
}

/** A cue telling of a club losing its player: "expected to lose Silva on a free". */
const TO_LOSE = /\bto lose\b/

/** "his move from Real Madrid to Arsenal", "loan switch to Lyon from Chelsea", "a deal to sign X from Genk", "signed for Everton from Porto", "to bring in X from Bournemouth": where a move starts. */
const MOVE_FROM = /\b(?:move|moved|switch|switched|transfer|loan|exit|departure|join|joining|joined|joins|sign|signing|signed|arrived|arrival|bring|bringing|brought|land|landing|lure|luring|prise|prising|buy|buying|bought)\b[^,.;:!?]{0,40}\bfrom\s+(?:the\s+)?$/

/** The club a move in the cue's clause starts from, when the sentence says so. */
function moveOrigin(c: Candidate, ctx: ClaimContext): string | undefined {
  const { sentence, folded } = c.view
  // Within the cue's conjunct: "They signed Semenyo from Bournemouth and are expected to lose Silva"
  // starts Semenyo's move at Bournemouth, not Silva's.
  const [cs, ce] = conjunctSpan(c.view, c.cueStart)
  for (const m of mentionsIn(ctx, cs, ce, 'club')) {
    if (MOVE_FROM.test(foldedBefore(folded, sentence.start, m, 60))) return m.name
  }
  return leftClub(c, ctx)
}

/** Before a club whose contract ended: "his contract with (French club) Lille", "his deal at Burnley". */
const ENDED_CONTRACT_BEFORE = /\b(?:contract|deal|terms|stay|spell|time)\s+(?:with|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:club|side|outfit|giants|champions)\s+)?$/
/** After it: the contract ran out. */
const ENDED_AFTER = /^\s*(?:had\s+|has\s+)?(?:expired|ran out|run out|came to an end|ended|was terminated|was cancelled|was ripped up|expires|runs out|ends)\b/
/** Before a club he left for nothing: "released by Burnley", "after leaving Lille", "following his release from Ajax", "left Rennes". */
const LEFT_BEFORE = /\b(?:released by|(?:after|since|following|before)\s+(?:leaving|departing|quitting)|(?:his|a|her)\s+(?:release|departure|exit)\s+from|(?:he|she)\s+left|left|(?:has|have|had)\s+(?:departed|quit|exited))\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:club|side|outfit|giants|champions)\s+)?$/

/**
 * "signed on a free after his contract with French club Lille expired", "joined after leaving
 * Rennes": the club a free agent left is where his move starts, when the sentence names no other.
 */
function leftClub(c: Candidate, ctx: ClaimContext): string | undefined {
  const { sentence, folded } = c.view
  for (const m of mentionsIn(ctx, sentence.start, sentence.end, 'club')) {
    const before = foldedBefore(folded, sentence.start, m, 60)
    if (ENDED_CONTRACT_BEFORE.test(before) && ENDED_AFTER.test(ctx.text.slice(m.end, m.end + 30).toLowerCase())) return m.name
    if (LEFT_BEFORE.test(before) && !/\bon loan\b/.test(before)) return m.name
  }
  return undefined
}

/** "Roma did not deny talks with Everton": the club a few words before the cue, as its clause's subject. */
function closeSubject(c: Candidate, ctx: ClaimContext): string | undefined {
  const [cs] = clauseAt(c.view, c.cueStart)
  const m = mentionsIn(ctx, cs, c.cueStart, 'club').pop()
  if (!m || !/^\s*(?:[\w'’-]+\s+){0,5}$/.test(ctx.text.slice(m.end, c.cueStart))) return undefined
  return /\b(?:for|to|from|with|by|of|at|on|in|against|over)\s+(?:the\s+)?$/.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 12)) ? undefined : m.name
}

/** ", with a loan arrangement agreed with …": a clause opened by "with" (or "after"), naming no subject of its own. */
const SUBJECTLESS_CLAUSE = /^\W*(?:with|after|having)\s+(?:a|an|the|their|his)?\b/

/** The subject club of the sentence's first clause, for a cue in a later subjectless clause; undefined otherwise. */
function withClauseSubject(c: Candidate, ctx: ClaimContext, cs: number): string | undefined {
  const { sentence, folded } = c.view
  if (cs <= sentence.start || !SUBJECTLESS_CLAUSE.test(folded.slice(cs - sentence.start, cs - sentence.start + 20))) return undefined
  if (mentionsIn(ctx, cs, c.cueStart, 'club').length) return undefined
  // The subject opens the sentence: "Rennes are closing in on …", "French side Rennes have …"
  // ("Rashford is set to leave United, with …" has a player for subject).
  const first = mentionsIn(ctx, sentence.start, cs, 'club')[0]
  if (!first || first.start - sentence.start > 30 || mentionsIn(ctx, sentence.start, first.start, 'player').length) return undefined
  return /^\W*(?:[\w-]+\s+){0,3}$/.test(folded.slice(0, first.start - sentence.start)) && !/\b(?:for|to|from|with|by|of|at|on|in|against|over|leave|leaving)\s+(?:the\s+)?$/.test(foldedBefore(folded, sentence.start, first, 12)) ? first.name : undefined
}

/** The club is the object of "with" right after the cue: "negotiating with Aston Villa". */
function talksWith(c: Candidate, ctx: ClaimContext, club: string): boolean {
  const m = mentionsIn(ctx, c.cueEnd, c.cueEnd + 40, 'club')[0]
  return m?.name === club && /^\s*(?:\S+\s+){0,2}?with\s+(?:the\s+)?$/.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, m.start - c.view.sentence.start))
}

/**
 * Suitors named by their country or league only: "attracts Saudi interest", "interest from the
 * Premier League", "offers from Turkey", "MLS clubs".
 */
const REGIONAL_SUITORS = String.raw`\b(?:saudi(?: arabian| pro league)?|turkish|mls|qatari|emirati|chinese|american|italian|spanish|german|french|portuguese|dutch|european|foreign|overseas|premier league|serie a|la liga|bundesliga|ligue 1|championship|middle eastern|gulf) (?:interest|clubs|sides|teams|suitors|offers|bids|approaches)\b|\b(?:interest|offers?|bids?|approaches|enquiries) from (?:saudi arabia|turkey|the mls|the premier league|serie a|la liga|the bundesliga|ligue 1|abroad|overseas|europe|the middle east|the gulf|england|spain|italy|germany|france|portugal|the usa|the united states|qatar)\b`

/** "We have not received any calls", "any formal offers", "no contact from any club": a denial about every club names none. */
const ANY_CLUB = /\bany (?:[\w-]+ ){0,2}?(?:calls?|phone calls|offers?|bids?|approach(?:es)?|enquir(?:y|ies)|inquir(?:y|ies)|contact|club|clubs|team|teams|suitors?|interest|proposals?)\b/

/** Words for no one at all: "nobody", "no club". */
const NOBODY = String.raw`nobody|no one|no-one|no club|no other club|no clubs`

/**
 * One club left unnamed: "a bid from a Championship side", "another Premier League club, as yet
 * unnamed, have bid", "an offer from a Big Six team". Not "a club-record fee", "a team-mate".
 */
const ONE_UNNAMED = String.raw`\b(?:a|an|another|one)\s+(?:(?:unnamed|mystery|unidentified|undisclosed|top|big|rival|fellow|foreign|english|european|premier league|serie a|la liga|bundesliga|ligue 1|championship|mls|saudi|saudi pro league|big six|top-flight|top flight|second-tier)\s+){1,3}(?:club|side|team|outfit|suitor)(?![\w-])`

/** "A number of Premier League clubs had been interested", "interest from four clubs", "Nobody has contacted me", "the Saudis": clubs left unnamed. */
const UNNAMED_CLUBS = new RegExp(String.raw`(?<!\b(?:the|both|those|these|their)\s)\b(?:a number of|a lot of|lots of|plenty of|several|a host of|a handful of|many|some|other|a few|various|numerous|a clutch of|a string of|a raft of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'-]+\s+){0,4}?(?:clubs|sides|teams|suitors)\b|\b(?:${NOBODY})\b|\bthe (?:[\w-]+ ){0,2}elite\b|\bthe (?:saudis|qataris|emiratis)\b|${REGIONAL_SUITORS}|${ONE_UNNAMED}|\b(?:move|moving|leave|leaving|head|heading|switch|join|joining) (?:to|for) (?:the )?(?:${PLACES})\b`)

/**
 * The cue's clause (or the sentence before it, where its subject may stand: "Another Premier League
 * club, as yet unnamed, have put in a bid") speaks of clubs it does not name: the article's suitor
 * is not among them for sure.
 */
function unnamedClubs(c: Candidate): boolean {
  const [, ce] = clauseAt(c.view, c.cueStart)
  return UNNAMED_CLUBS.test(c.view.folded.slice(0, ce - c.view.sentence.start))
}

/** "Forest insist that no club has been in touch" ("nobody at the club" is someone). */
const NO_CLUB = new RegExp(String.raw`\b(?:${NOBODY}|no team)\b(?! (?:at|from|inside|within|around|in) )`)

/** Claims whose clause subject is the suitor ("they made an offer"), not the holder. */
const PRONOUN_SUBJECT_TYPES = new Set<ClaimType>(['interest', 'approach', 'bid'])

/** The club is named in the sentence only after the cue, and not as an offer's sender ("an offer from X"). */
function onlyAfterCue(c: Candidate, ctx: ClaimContext, club: string): boolean {
  const ms = mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'club').filter((m) => m.name === club)
  return ms.length > 0 && ms.every((m) => m.start >= c.cueEnd && !/\bfrom\s+(?:the\s+)?$/.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 12)))
}

function inClause(c: Candidate, ctx: ClaimContext, club: string): boolean {
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  return mentionsIn(ctx, cs, ce, 'club').some((m) => m.name === club)
}

/** In or right after a talks cue: the player's own club, by reference rather than by name. */
const OWN_CLUB_AFTER = /^[^,.;:]*?\bwith\s+(?:the|his|their)\s+(?:current\s+)?(?:club|board|hierarchy|employers?)\b/

/** The talks are with "the club", and the only club the sentence names (if any) is the player's. */
function talksWithOwnClub(c: Candidate, holder: string | null, clubs: string[]): boolean {
  const own = holder ?? (clubs.length === 1 ? clubs[0] : null)
  return own !== null && clubs.every((n) => n === own) && OWN_CLUB_AFTER.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start + 30))
}

/** Claims about a contract or deal, whose party the words after the cue name. */
const CONTRACT_TYPES = new Set<ClaimType>(['signed', 'agreement', 'pre_contract', 'personal_terms'])
/** Right after a contract or deal cue: the party it is made with ("… with Deportivo Saprissa", "a deal until 2028 at Al-Wahda"). */
const PARTY_AFTER = /^[^,.;:!?]{0,30}?\b(?:with|at)\s+(?:the\s+)?(?=[A-Z])/
/** Capitalised words that are times or a club's description, not parties: "a new deal at Christmas", "a contract with Spanish La Liga giants, Real Madrid". */
const NOT_A_PARTY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Spanish|Italian|German|French|English|Portuguese|Dutch|Turkish|Saudi|Scottish|Brazilian|Argentine|American|Belgian|Greek|Austrian|Swiss|Mexican|La Liga|LaLiga|Premier League|Serie A|Bundesliga|Ligue 1|Eredivisie|Primeira Liga|Championship|MLS|Pro League|Super Lig)\b/

/**
 * The name of the party a contract or deal is made with, when it is no club the knowledge base
 * knows (an unknown club the entity pass took for a name, or no mention at all); undefined when
 * the cue names no party, or a known club, person, outlet or player.
 */
function unknownParty(c: Candidate, ctx: ClaimContext, player: string): string | undefined {
  const end = Math.min(c.view.sentence.end, c.cueEnd + 60)
  const rest = ctx.text.slice(c.cueEnd, end)
  const m = PARTY_AFTER.exec(rest)
  if (!m) return undefined
  const at = c.cueEnd + m[0].length
  const name = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}/.exec(ctx.text.slice(at, end))?.[0]
  if (!name || NOT_A_PARTY.test(name)) return undefined
  // Only a name the entity pass guessed (capitalised words it took for a player) stays unknown;
  // a known club, person or outlet over the name ("at the Bernabeu") is no unknown party.
  const ms = ctx.entities.mentions
  for (let i = Math.max(0, firstAtOrAfter(ms, at) - 1); i < ms.length && ms[i].start < at + name.length; i++) {
    if (ms[i].end <= at) continue
    // "broke off contract negotiations with Mesut Ozil": the claim's own player is no party.
    if (!(ms[i].kind === 'player' && ms[i].rule.startsWith('entity/capitalised-name')) || ms[i].name === player) return undefined
  }
  return name
}

/** The claim type once the sentence's structure is read: who rejected, whose contract. */
function retype(c: Candidate, ctx: ClaimContext, player: string, holder: string | null, clubs: string[], renewed: ReadonlySet<string>, party: string | undefined): ClaimType {
  // "before permanently heading to San Siro in 2019", read in 2022: a move to the club named next,
  // dated in an earlier year, was completed (placeSigning marks it historical).
  if (c.type === 'agreement' && c.cue.clubAfter && c.stance === 'affirmed' && isPastYearMove(c.view, ctx.date, c.cueStart)) return 'signed'
  if (c.type === 'bid_rejected' && rejectedByPlayer(c, ctx, player)) return 'rejected_move'
  // "Icardi, who has accepted the offer from Galatasaray": the player taking a club's offer agrees
  // his terms; only a holding club accepting a bid agrees the move (the same subject test as a refusal).
  if (c.type === 'agreement' && c.cue.actor === 'holder' && rejectedByPlayer(c, ctx, player)) return 'personal_terms'
  if (c.type === 'stays' && c.stance === 'affirmed' && holder && holderStates(c, ctx, holder)) return 'not_for_sale'
  const others = clubs.filter((n) => n !== holder)
  // "My agent is talking with the club": his own club, named by reference, so renewal talks.
  if (c.type === 'talks' && talksWithOwnClub(c, holder, clubs)) return 'extension_offer'
  // "Real Madrid are close to an agreement with Courtois over a contract extension", with no holder
  // read for him: the one club of renewal talks is his own.
  if ((c.type === 'talks' || c.type === 'agreement') && (others.length === 0 || (!holder && clubs.length === 1)) && isRenewalContext(c, ctx) && !party) {
    return c.type === 'agreement' && c.modality !== 'expected' ? 'extension_signed' : 'extension_offer'
  }
  if (c.cue.renewalAs && (holder || clubs.length) && others.length === 0 && !party) {
    const subject = nearestBefore(ctx, c, clauseAt(c.view, c.cueStart)[0])
    if ((subject && subject === holder) || renewed.has(player) || isRenewalContext(c, ctx)) return c.cue.renewalAs
    // "Taylor has agreed a contract with Ajax until 2029", Ajax his club: terms agreed with his own club.
    if (c.type === 'personal_terms' && holder && clubs.length === 1 && clubs[0] === holder) return c.cue.renewalAs
  }
  // "Al Hilal have presented a huge proposal to Neymar", "are ready to offer wages of €8m a season to
  // Neres": an offer made to the player himself, his terms, not a bid to his club: an approach to his camp.
  if (c.type === 'bid' && offeredToPlayer(c, ctx, player)) return 'approach'
  // "Inter have reached an agreement with Zielinski, whose contract at Napoli expires in June": a
  // club's deal with a player running down his contract is a pre-contract (no fee to agree).
  if (c.type === 'agreement' && agreedWithPlayer(c, ctx, player) && (RUNNING_DOWN.test(c.view.folded) || runningDown(ctx).has(player))) return 'pre_contract'
  // "everything is signed on the player's side", "nothing is signed yet", of a player running down
  // his contract: his pre-contract (no club has to sell him).
  if (PLAYER_SIDE_CUES.has(c.cue.id) && (RUNNING_DOWN.test(c.view.folded) || runningDown(ctx).has(player))) return 'pre_contract'
  // "Kessie … has signed a four-year deal with Barcelona", "Rudiger has reached an agreement with
  // Real Madrid to join", read before the season is out, of a player running down his contract:
  // his own side of a free move still to come, a pre-contract (no club has to sell him).
  if (playerSideDeal(c) && beforeSeasonEnd(ctx.date) && playerIsSubject(c, ctx, player) && (RUNNING_DOWN.test(c.view.folded) || runningDown(ctx).has(player))) return 'pre_contract'
  return c.type
}

/** A player's agreement with the club he goes to: "agreed to join", "reached an agreement with". */
const PLAYER_AGREES = /^(?:(?:has|have|had) )?(?:now |all but |effectively |finally |already )?(?:agreed to (?:join|sign)|(?:decided|chosen|opted) to join)\b|^(?:reached|struck|agreed|come to|came to) (?:an? |the )?(?:\S+ )?(?:agreement|deal)\b/

/** A cue of the player's own contract or agreement with a club: "has signed a four-year deal", "agreed to join". */
function playerSideDeal(c: Candidate): boolean {
  if (c.type === 'signed') return c.cue.id === 'claim/contract-signed@1'
  return c.type === 'agreement' && PLAYER_AGREES.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start))
}

/** The date falls in January to June: a contract running out in the summer has not ended yet. */
function beforeSeasonEnd(date: string | null): boolean {
  const month = date ? Number(date.slice(5, 7)) : 0
  return month >= 1 && month <= 6
}

/** The last player or club named before the cue in its clause is the claim's player ("Rudiger has signed"), or a "he" opens it. */
function playerIsSubject(c: Candidate, ctx: ClaimContext, player: string): boolean {
  const [cs] = clauseAt(c.view, c.cueStart)
  const p = mentionsIn(ctx, cs, c.cueStart, 'player').pop()
  const club = mentionsIn(ctx, cs, c.cueStart, 'club').pop()
  const clubSubject = club !== undefined && (!p || club.start > p.start) && AUX_ONLY.test(ctx.text.slice(club.end, c.cueStart).toLowerCase())
  // ("The German centre-back confirmed his decision to leave the London club and has signed …":
  // a club named as an object is no subject; one right before the cue is.)
  if (p) return p.name === player && !clubSubject
  // ("… and has signed": a clause that is a second predicate has the sentence's subject.)
  const off = c.view.sentence.start
  const lead = c.view.folded.slice(cs - off, c.cueStart - off)
  const subject = AUX_ONLY.test(lead.replace(/^\W*(?:and|but)\s+/, '')) ? c.view.folded.slice(0, c.cueStart - off) : lead
  return !clubSubject && HE_OR_ROLE.test(subject)
}
/** A clause opened by "he" or a role phrase standing for the player: "The Ivory Coast international …", "The 29-year-old …". */
const HE_OR_ROLE = /^\W*(?:(?:and|but|so)\s+)?(?:he|she|the\s+(?:[\w'-]+\s+){0,3}?(?:international|centre-back|center-back|full-back|midfielder|defender|striker|forward|winger|goalkeeper|keeper|attacker|playmaker|youngster|teenager|veteran|captain|skipper|star|\d{2}-year-old))\b/

/** Cues of the player's side of a contract signed (or not): a pre-contract for a player running down his deal. */
const PLAYER_SIDE_CUES = new Set(['claim/player-side-signed@1', 'claim/nothing-signed@1', 'claim/signed-anything@1'])

/** The cue's deal is made with the claim's player himself: "an agreement with Zielinski". */
function agreedWithPlayer(c: Candidate, ctx: ClaimContext, player: string): boolean {
  const { sentence, folded } = c.view
  const p = mentionsIn(ctx, c.cueEnd, Math.min(sentence.end, c.cueEnd + 50), 'player')[0]
  if (p?.name !== player) return false
  // "an agreement with Zielinski", "reached an agreement in principle with the Polish midfielder Zielinski".
  const gap = (/\bwith\s*$/.test(folded.slice(0, c.cueEnd - sentence.start)) ? ' with ' : '') + folded.slice(c.cueEnd - sentence.start, p.start - sentence.start)
  return /^\s*(?:in principle\s+)?with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/.test(gap)
}
/** A player out of contract or about to be: "whose contract at Napoli expires this summer", "a free agent". */
const RUNNING_DOWN = /\b(?:out of contract|out-of-contract|free[- ]agent|(?:on|as) a free(?:[- ]transfer)?|(?:less than |under )?(?:six|6|five|5|four|4|three|3) months (?:left|remaining) (?:on|of) (?:his|her) (?:current )?(?:contract|deal)|(?:ahead of|before) (?:his|a|the) (?:free transfer|bosman)|on a bosman|(?:contract|deal)\s+(?:(?:at|with)\s+(?:[\w'’.-]+\s+){1,3}?)?(?:expires|runs out|is expiring|is up|ends)(?=\s+(?:(?:this|next|at the end of (?:the|this)|in the)\s+(?:summer|season|june|month)|on (?:june 30|30 june)|in june)\b)|(?:before|when|once) his (?:[\w'’.-]+ )?(?:contract|deal)(?: (?:at|with)(?: [\w'’.-]+){1,3}?)? (?:expires|runs out|ends)|(?:final|last) (?:six|6) months of (?:his|their|her) (?:contracts?|deals?)|expiring (?:contract|deal))\b/

/**
 * The players the article says are running down their contracts ("Goretzka, who is out of contract
 * in the summer"): the player nearest before the words, else the first after them, in their
 * sentence. Read once per article, and only when an agreement with a player needs it.
 */
function runningDown(ctx: ClaimContext): ReadonlySet<string> {
  const known = RUNNING_DOWN_BY_CTX.get(ctx)
  if (known) return known
  const out = new Set<string>()
  for (const v of ctx.views) {
    // Speed: every match holds one of these words.
    const f = v.folded
    if (!f.includes('contract') && !f.includes('free') && !f.includes('deal') && !f.includes('bosman')) continue
    const m = RUNNING_DOWN.exec(f)
    if (!m) continue
    const at = v.sentence.start + m.index
    const who = mentionsIn(ctx, Math.max(v.sentence.start, at - 80), at, 'player').pop() ?? mentionsIn(ctx, at, v.sentence.end, 'player')[0]
    if (who?.name) out.add(who.name)
  }
  RUNNING_DOWN_BY_CTX.set(ctx, out)
  return out
}
const RUNNING_DOWN_BY_CTX = new WeakMap<ClaimContext, ReadonlySet<string>>()

/** The claim's player is the one the offer is made to: "… proposal to Neymar", "… wages of €8m to Neres". */
function offeredToPlayer(c: Candidate, ctx: ClaimContext, player: string): boolean {
  const { sentence, folded } = c.view
  const p = mentionsIn(ctx, c.cueEnd, Math.min(sentence.end, c.cueEnd + 70), 'player')[0]
  if (!p || p.name !== player) return false
  const between = folded.slice(c.cueEnd - sentence.start, p.start - sentence.start)
  return OFFER_TO_HIM.test(between)
}
/** Between an offer and the player: it goes to him ("to", ending the gap), not for him, not to sign him. */
const OFFER_TO_HIM = /^(?:(?!\b(?:for|sign|buy|land|secure|bring|acquire|lure|take|to)\b)[^.;:!?])*\bto\s+$/

/** After the holding club: a statement of its stance ("have made it clear", "insist", "have told City"). */
const HOLDER_STATES = /^\s+(?:(?:have|has|had|are|were|is|was)\s+)?(?:(?:also|now|already|again|repeatedly|always|consistently|firmly)\s+)?(?:made (?:it )?clear|insist(?:ed|s|ing)?|stated|state|maintain(?:ed|s)?|said|say|says|told (?:[\w-]+ ){0,3}?|informed (?:[\w-]+ ){0,3}?|are adamant|were adamant|is adamant|warned (?:[\w-]+ ){0,3}?)(?:\s+that)?\s+$/

/**
 * "Forest have made it clear the England midfielder will not be leaving this month": the holding
 * club stating that he stays, as the subject of the reporting clause before him, refuses to sell.
 */
function holderStates(c: Candidate, ctx: ClaimContext, holder: string): boolean {
  const { sentence } = c.view
  const who = mentionsIn(ctx, sentence.start, c.cueStart, 'player').pop()
  if (!who) return false
  const club = mentionsIn(ctx, sentence.start, who.start, 'club').pop()
  return club?.name === holder && HOLDER_STATES.test(ctx.text.slice(club.end, who.start).toLowerCase())
}

/**
 * A completed move named by its verb: "joined Villa", "arrived from Betis", "United signed Ferrer
 * from Getafe". The destination is the club the verb names, even when the knowledge base already
 * lists him there (it is written after the move); the origin is the club after "from". A move the
 * sentence dates before the article's news ("in 2020", "as a teenager") is historical.
 */
function placeSigning(c: Candidate, ctx: ClaimContext, player: PickedPlayer, holder: string | null, named?: Mention): Candidate {
  const { sentence, folded } = c.view
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const clubs = mentionsIn(ctx, cs, ce, 'club')
  let fromM = clubs.find((m) => m.start >= c.cueStart && FROM_BEFORE.test(foldedBefore(folded, sentence.start, m, 40)))
  if (c.cue.id === LIST_MOVE_CUE) {
    // "Julio Soler (Lanus to Bournemouth)": the entry opens with its player, and the club right
    // before "to" is the one he left; any other line of that shape is no move.
    const origin = mentionsIn(ctx, c.cueStart, c.cueEnd, 'club').at(-1)
    const named = mentionsIn(ctx, c.cueStart, c.cueEnd, 'player').find((m) => m.name === player.name && m.start < (origin?.start ?? c.cueEnd))
    // (A club the knowledge base does not know, "Lanus", is a capitalised name right before "to".)
    const shaped = origin ? /^\s+to\s*$/i.test(ctx.text.slice(origin.end, c.cueEnd)) : !!named && UNKNOWN_ORIGIN.test(ctx.text.slice(named.end, c.cueEnd))
    if (!named || !shaped) return revise(c, { player: player.name, dropped: 'a line of a list that names no move of its player' })
    fromM = origin
  }
  let to: string | null
  const cueText = folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start)
  const swapped = SWAP_VERB.test(cueText) ? swappedPair(c, ctx, clubs) : undefined
  if (SWAP_VERB.test(cueText) && !swapped) return revise(c, { player: player.name, dropped: 'an exchange naming no club given for another' })
  if (swapped) {
    fromM = swapped[0]
    to = swapped[1].name!
  } else if (named) to = named.name!
  else if (c.cue.objectPlayer && c.cue.lender) {
    // "Brighton sold Caicedo to Chelsea": the club after "to" buys, the subject sells.
    // ("… to Serie A side Lazio": a club described before its name.)
    const buyer = clubs.find((m) => m.start >= c.cueEnd && /\bto\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:side|club|outfit|giants|champions|leaders)\s+)?$/.test(foldedBefore(folded, sentence.start, m, 36)))
    to = buyer?.name ?? null
  } else if (c.cue.lender && RECEIVED.test(folded.slice(c.cueStart - sentence.start))) {
    // "the £18m Chelsea received from Wolfsburg for De Bruyne": the club paying buys him.
    to = fromM?.name ?? null
    fromM = undefined
  } else if (c.cue.objectPlayer) {
    to = subjectClub(c, clubs)?.name ?? null
    // "Real Madrid think the price too high after paying big sums for Bellingham": a subjectless
    // adverbial clause's payer is the sentence's subject.
    if (!to && /^(?:after|since|by|when)\b/.test(folded.slice(c.cueStart - sentence.start))) to = sentenceSubject(c, ctx) ?? null
    if (!to && ctx.suitor && ctx.suitor !== holder) to = ctx.suitor
    // "They completed the signing of Cancelo", in an article following no suitor: the club "they" stands for.
    to ??= pronounClub(c, ctx, holder) ?? null
  } else {
    const after = signingClubAfter(c, ctx)
    // "his move from Liverpool to Arsenal", "switch from Wolves to Crystal Palace": the club after
    // "to", right after the one he left, is where he went.
    const onTo = after && after === fromM ? clubs.find((m) => m.start > after.end && m.start - after.end <= 40 && FROM_TO.test(ctx.text.slice(after.end, m.start).toLowerCase())) : undefined
    if (onTo) to = onTo.name!
    else if (after && after === fromM) {
      // "arrived from Betis": the destination is the club he plays for: the cue's subject, else
      // the club the sentence says he plays for ("Barcelona's third signing after Garcia arrived
      // from Espanyol", "109 goals for Lille after joining from Gent"), else his holder.
      const subject = subjectClub(c, clubs)
      const own = subject ? undefined : playsFor(c, ctx, after.name!)
      // With no club of his named at all ("following Bellingham, who arrived from Dortmund two
      // years ago"), the club the knowledge base lists him at.
      // Never the club the article has chasing him: a knowledge base written after his move there
      // ("signed from Atletico in 2022", in a report of United's pursuit of Cunha).
      const kb = kbClub(ctx, player.name)
      const listed = holder ?? (kb && !(player.name === ctx.entities.focal && kb === ctx.suitor) ? kb : null)
      to = subject?.name ?? own ?? (listed !== after.name ? listed : null)
    } else to = after?.name ?? null
  }
  let from = fromM && fromM.name !== to ? fromM.name! : holder !== to ? holder : null
  if (!from) {
    const left = leftClub(c, ctx)
    if (left && left !== to) from = left
  }
  // "moves to north London from Southampton", the region naming no one club of the article: the
  // move is told all the same, from the club he left to a destination left unknown.
  const toPlace = !to && from && fromM ? placeThenFrom(c, ctx, fromM) : false
  if (!to && !toPlace) return revise(c, { player: player.name, dropped: 'no club to move to' })
  // "Newcastle paid Wolves £35m for Lima": the club paid sells him.
  const paid = !fromM && /^paid\b/.test(folded.slice(c.cueStart - sentence.start)) ? clubs.find((m) => m.start >= c.cueStart && m.end <= c.cueEnd) : undefined
  if (paid?.name && paid.name !== to) from = paid.name
  if (!fromM && c.cue.lender) {
    // "Middlesbrough loaned Wing to Wednesday": the cue's subject lends him.
    const lender = subjectClub(c, clubs)?.name
    if (lender && lender !== to) from = lender
  }
  if (c.view.headline && player.weight < 1) return revise(c, { dropped: 'headline without a named player' })
  const dated = c.historical || isPastMove(c.view, ctx.date, c.cueStart)
  // "came to Europe in 2014 when he joined Atalanta", of a Milan player: a move dated in the past
  // to another club started somewhere the text does not say, not at the club holding him now.
  if (dated && from && from === holder && !fromM && !paid && !c.cue.lender && isPastYearMove(c.view, ctx.date, c.cueStart)) from = null
  // Told as done before the news but not dated: a recent move, its window read as a done deal's.
  const background = !dated && toldAsBackground(c)
  const since = dated || background || !to ? undefined : knownSince(player.name, to, c, ctx)
  const historical = dated || background || since !== undefined
  const why = [...c.why, `player: ${player.name} (${player.how})`, to ? `destination: ${to}` : 'destination: a place naming no one club of the article, unknown']
  if (from) why.push(`from: ${from}`)
  if (dated && !c.historical) why.push('the sentence dates the move before the news: a past transfer')
  if (background) why.push('told as done before the news (“already”, “have since”, “having joined”, “after he arrived”, “the likes of”): a past transfer')
  if (since) why.push(`the knowledge base has him at ${to} since ${since}, long before the article: a past transfer`)
  return revise(c, { player: player.name, fromClub: from, toClub: to, historical, background, why, confidence: c.confidence * player.weight })
}

/** Right before a completed move's verb, words that tell it as done before the news: "have already signed", "have since signed", "having joined". */
const DONE_BEFORE = /\b(?:already|since|having)\s+(?:also\s+)?$/
/** A move in a clause opened by "after", up to its verb: "third signing after Garcia arrived from Espanyol", "after Frimpong, who also arrived". */
const AFTER_HIM = /\bafter\s+[^,;]{0,90}?(?:,\s*who\s+(?:also\s+)?)?$/
/** A spending list: "spent £250m on the likes of A, B and C". */
const LIKES_OF = /\bthe likes of\b/

/**
 * A completed move the sentence tells as background to its news: already done, done since, done
 * before another ("becomes their third signing after Garcia arrived"), or one of a spending list.
 * @example toldAsBackground(candidateFor('They have already signed Frimpong from Leverkusen')) // true
 */
function toldAsBackground(c: Candidate): boolean {
  const { folded, sentence } = c.view
  const before = folded.slice(Math.max(0, c.cueStart - sentence.start - 110), c.cueStart - sentence.start)
  return DONE_BEFORE.test(before) || AFTER_HIM.test(before) || LIKES_OF.test(folded.slice(c.cueStart - sentence.start, c.cueStart - sentence.start + 120))
}

/** A contract cue told in the infinitive: "to sign a five-year deal". */
const TO_SIGN = /^to sign\b/

/** Days after a move when reporting it is still news; later, a completed move to his known club is background. */
const NEWS_DAYS = 150
/** A loan turned permanent is a new move to the club he already plays for. */
const LOAN_TERMS = /\b(?:loan|loaned|permanent|permanently|option|obligation)\b/

/**
 * "the £105m Arsenal paid West Ham for Declan Rice", read in 2026: the knowledge base has him at
 * Arsenal since July 2023, so the completed move is background, not news. The date he joined
 * when that was more than NEWS_DAYS before the article; else undefined.
 */
function knownSince(name: string, to: string, c: Candidate, ctx: ClaimContext): string | undefined {
  if (!ctx.date) return undefined
  const idx = indexKnowledgeBase(ctx.kb)
  const p = idx.playersByKey.get(nameKey(name))
  if (!p?.clubSince || p.name !== name || kbClubOf(p.club, idx) !== to) return undefined
  if (daysBetween(p.clubSince, ctx.date) <= NEWS_DAYS || LOAN_TERMS.test(c.view.folded)) return undefined
  return p.clubSince
}

/** Between the club a move left and the one it went to: "from Wolves to Crystal Palace", "from Lyon to the Premier League's Chelsea". */
const FROM_TO = /^\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$/

/** Before the club a move starts from: "from Gent", "from Belgian side Gent", "from the French club Troyes". */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:club|side|outfit|team|giants|champions|rivals)\s+)?$/
/** Between a move verb and the club it left: "joining from Belgian side Gent". */
const FROM_SIDE = /^\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:club|side|outfit|team|giants|champions|rivals)\s+$/

/** The club a cue needing one names after it: right after it, or as the described club it comes from. */
function signingClubAfter(c: Candidate, ctx: ClaimContext): Mention | undefined {
  const m = clubAfter(c, ctx, c.cue.clubAfter!)
  if (m) return m
  const far = clubAfter(c, ctx, 45)
  if (!far) return undefined
  const between = ctx.text.slice(c.cueEnd, far.start).toLowerCase()
  // "heading to Bundesliga side Bayer Leverkusen", "joined Saudi Pro League club Al-Qadsiah": the
  // club after its league and a club noun is the one the cue names.
  // "moves to north London from Southampton", the region naming none of the article's clubs for
  // sure: the club he left, after "from"; where he went stays unknown.
  if (placeThenFrom(c, ctx, far)) return far
  return (c.type === 'signed' && FROM_SIDE.test(between)) || LEAGUE_SIDE.test(between) ? far : undefined
}

/** Whether the signing cue ends in "to" and a place (no club) stands between it and `left`, the club after "from". */
function placeThenFrom(c: Candidate, ctx: ClaimContext, left: Mention): boolean {
  return c.type === 'signed' && left.start > c.cueEnd && / to\s*$/.test(c.view.folded.slice(0, c.cueEnd - c.view.sentence.start)) && PLACE_THEN_FROM.test(ctx.text.slice(c.cueEnd, left.start).toLowerCase())
}

/** Between a move's "to" and the club it left: a place ("north london from "). */
const PLACE_THEN_FROM = /^\s*(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}?from\s+(?:the\s+)?$/

/**
 * Between a cue and its club: a league, country or rank and a club noun ("Bundesliga side", "the
 * Serie A champions", "Saudi Arabian Pro League club, Al Hilal" with its comma of apposition).
 */
const LEAGUE_SIDE = /^\s+(?:the\s+)?(?:[a-z][\w'-]*\s+){1,4}?(?:side|club|outfit|team|giants|champions|leaders)\s*,?\s+$/

/** The club opening the sentence as its subject ("Real Madrid have also made enquiries, although …"), if any. */
function sentenceSubject(c: Candidate, ctx: ClaimContext): string | undefined {
  const { sentence, folded } = c.view
  const first = mentionsIn(ctx, sentence.start, c.cueStart, 'club')[0]
  if (!first || mentionsIn(ctx, sentence.start, first.start, 'player').length) return undefined
  return /^\W*(?:[\w-]+\s+){0,3}$/.test(folded.slice(0, first.start - sentence.start)) ? first.name : undefined
}

/** A seller's cue verb: the club after "from" pays ("Chelsea received £18m from Wolfsburg for De Bruyne"). */
const RECEIVED = /^(?:received|recouped|banked|pocketed|collected)\b/

/** A cue verb of exchange: "swapped Dortmund for the Bernabeu", "traded Ajax for Barcelona". */
const SWAP_VERB = /^(?:swapped|swapping|swaps|traded|exchanged|left)$/

/** The clubs of "swapped A for B": A right after the verb, B after "for" next. */
function swappedPair(c: Candidate, ctx: ClaimContext, clubs: readonly Mention[]): [Mention, Mention] | undefined {
  // "swapped French top-flight side Toulouse for Middlesbrough": a few words may describe the first.
  const first = clubAfter(c, ctx, 40)
  if (!first || !/^\s+(?:(?:the|his|her|their)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:club|side|outfit|team|giants|champions)\s+)?$/.test(ctx.text.slice(c.cueEnd, first.start).toLowerCase())) return undefined
  // "swapping his Liverpool academy status for Real Madrid": a few words may describe the first.
  const second = clubs.find((m) => m.start > first.end && /^\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:the\s+)?$/.test(ctx.text.slice(first.end, m.start).toLowerCase()))
  return second && second.name !== first.name ? [first, second] : undefined
}

/** After a club: the move is its signing ("Barcelona's third signing of the summer", "United's new arrival"). */
const SIGNING_OF = /^\s*['’]s?\s+(?:[\w-]+\s+){0,3}?(?:signings?|arrivals?|additions?|recruits?|acquisitions?|buys?)\b/
/** Before a club: he plays (or played) for it ("109 goals in 232 appearances for Lille"), or is to leave it. */
const PLAYS_FOR = /\b(?:appearances|apps|goals|games|matches|starts|caps|played|plays|playing|scored|scoring|featured)\b[^,.;:!?]{0,30}?\bfor\s+(?:the\s+)?$|\bspent\s+(?:\S+\s+){1,3}?(?:seasons|years|campaigns)\s+(?:with|at)\s+(?:the\s+)?$|\b(?:leave|leaving|leaves|quit|quitting|depart|departing|exit|exiting|future at|(?:stay|stays|remain|remains) (?:at|with))\s+(?:the\s+)?$/
/** A cue ending in a verb of leaving ("is expected to leave", "wants to quit"). */
const LEAVE_VERB_END = /\b(?:leave|leaving|leaves|quit|quitting|exit|depart)$/

/** The club the cue's sentence names as the player's own (its signing, the club he plays for), other than `not`. */
function playsFor(c: Candidate, ctx: ClaimContext, not: string): string | undefined {
  const { sentence, folded } = c.view
  for (const m of mentionsIn(ctx, sentence.start, sentence.end, 'club')) {
    if (m.name === not) continue
    if (SIGNING_OF.test(ctx.text.slice(m.end, m.end + 40)) || PLAYS_FOR.test(foldedBefore(folded, sentence.start, m, 60))) return m.name
  }
  return undefined
}

/** A completion's own words, then the club they name: "joined Arsenal", "signed for Wolves", "his move to Lyon". */
const COMPLETION_TO = /\b(?:(?:joined|joins|signed for)\s+|(?:move|transfer|switch|loan)\s+to\s+)(?:the\s+)?$/

/** The destination a completed-move cue names right after its verb, if any. */
function namedDestination(c: Candidate, ctx: ClaimContext): Mention | undefined {
  if (c.cue.clubAfter || c.cue.objectPlayer || c.cue.renewalAs) return undefined
  const m = clubAfter(c, ctx, 8)
  if (!m) return undefined
  const { sentence, folded } = c.view
  return COMPLETION_TO.test(folded.slice(c.cueStart - sentence.start, m.start - sentence.start)) ? m : undefined
}

/**
 * The cue's subject club: the last club of its clause named before it, other than as a
 * preposition's object ("United signed Ferrer", "Middlesbrough loaned Wing to …").
 */
function subjectClub(c: Candidate, clubs: readonly Mention[]): Mention | undefined {
  const { sentence, folded } = c.view
  return clubs.filter((m) => m.end <= c.cueStart && (!/\b(?:for|to|from|with|by|of|at)\s+(?:the\s+)?$/.test(foldedBefore(folded, sentence.start, m, 12)) || gerundAfterWith(c, m))).pop()
}

/**
 * A swap's second leg: "Bournemouth signed Sinisterra on loan from Leeds, with Anthony heading in
 * the other direction". The club the sentence's move came from gets this player; the club that
 * moved (the sentence's subject) lets him go. No such pair, no claim.
 */
function otherWay(c: Candidate, ctx: ClaimContext, player: string): Candidate {
  const { sentence, folded } = c.view
  const clubs = mentionsIn(ctx, sentence.start, c.cueStart, 'club')
  const after = (word: string) => clubs.filter((m) => new RegExp(`\\b${word}\\s+(?:[\\w-]+\\s+){0,3}?$`).test(foldedBefore(folded, sentence.start, m, 30))).pop()
  const fromM = after('from')
  const toM = after('to')
  const subject = clubs.find((m) => m.name !== fromM?.name && m.name !== toM?.name)
  // The sentence's move: from the club after "from" (else the subject) to the club after "to" (else the subject).
  const origin = fromM ?? subject
  const dest = toM ?? subject
  if (!origin || !dest || origin.name === dest.name) return revise(c, { player, dropped: 'a move “the other way” with no move before it naming both clubs' })
  return revise(c, { player, fromClub: dest.name!, toClub: origin.name!, why: [...c.why, `player: ${player}`, `the other way to ${origin.name}’s move to ${dest.name}: from ${dest.name} to ${origin.name}`] })
}

/**
 * "…, with West Ham signing Soler on loan from PSG", "with Bournemouth securing Sinisterra": in a
 * live blog's absolute clause the club right before the gerund does the act, "with" or not.
 */
function gerundAfterWith(c: Candidate, m: Mention): boolean {
  const { sentence, folded } = c.view
  return /\bwith\s+$/.test(foldedBefore(folded, sentence.start, m, 12)) && /^\s*$/.test(folded.slice(m.end - sentence.start, c.cueStart - sentence.start)) && /^[a-z]+ing\b/.test(folded.slice(c.cueStart - sentence.start))
}

/** Between a subject and its verb: auxiliaries and adverbs only ("are now prepared to", "would be open to"). */
const AUX_ONLY = /^\s*(?:(?:are|is|have|has|had|were|was|would|will|could|may|might|now|also|still|reportedly|understood|said|believed|to|be|been|being|not|n['’]t|apparently|finally|already)\s+){0,5}$/

/** The club standing as the cue's subject right before it: "Brighton are prepared to sell", not "Liverpool told the Spanish club that he is going nowhere". */
function subjectRightBefore(c: Candidate, ctx: ClaimContext): string | undefined {
  const [cs] = clauseAt(c.view, c.cueStart)
  const m = mentionsIn(ctx, cs, c.cueStart, 'club').pop()
  if (!m || !AUX_ONLY.test(ctx.text.slice(m.end, c.cueStart).toLowerCase())) return undefined
  return /\b(?:for|to|from|with|by|of|at|told|that)\s+(?:the\s+)?$/.test(foldedBefore(c.view.folded, c.view.sentence.start, m, 12)) ? undefined : m.name
}

/** The club a subject pronoun ("they", "the club") stands for: the last club named before the sentence, in its paragraph. */
function pronounClub(c: Candidate, ctx: ClaimContext, holder: string | null): string | undefined {
  const [cs] = clauseAt(c.view, c.cueStart)
  const lead = c.view.folded.slice(cs - c.view.sentence.start, c.cueStart - c.view.sentence.start)
  if (!/^\W*(?:(?:but|and|yet|so|now)\s+)?(?:they|the club)\b/.test(lead)) return undefined
  // News paragraphs are often one sentence long: "They" opening a paragraph points back to the
  // sentence just before, in the previous paragraph.
  const prev = previousSentence(c, ctx)
  if (!prev || prev.headline) return undefined
  const m = mentionsIn(ctx, prev.sentence.start, prev.sentence.end, 'club').filter((x) => x.name !== holder)
  // The subject of the sentence before: the first club it names; or, when a later clause opens with
  // a club of its own, that clause's subject ("Arsenal have secured him, and Madrid will have to look
  // elsewhere. They …": Madrid).
  // (Only for "they": "the club" is the article's own, whatever the sentence before ends on.)
  const opening = /^\W*(?:(?:but|and|yet|so|now)\s+)?they\b/.test(lead) ? m.filter((x) => x !== m[0] && CLAUSE_SUBJECT_BEFORE.test(ctx.text.slice(Math.max(prev.sentence.start, x.start - 24), x.start))) : []
  return (opening.at(-1) ?? m[0])?.name
}

/** Right before a club that opens a later clause of its sentence: ", and", "; ", ", but", ", while". */
const CLAUSE_SUBJECT_BEFORE = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?$/i

/** "their" owning the cue's noun: "among their targets", "on their shortlist", "their top target". */
const THEIR_BEFORE_CUE = /\btheir\s+(?:\S+\s+){0,2}$/

/**
 * The club a possessive "their" before a pursuit noun stands for, when the sentence names no
 * club: the subject of the sentence before ("Chelsea are busy. Alisson and Golovin are among their
 * targets").
 */
function theirListClub(c: Candidate, ctx: ClaimContext, holder: string | null): string | undefined {
  const { sentence, folded } = c.view
  const cue = folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start)
  if (!/\btheir\b/.test(cue) && !THEIR_BEFORE_CUE.test(folded.slice(Math.max(0, c.cueStart - sentence.start - 30), c.cueStart - sentence.start))) return undefined
  const prev = previousSentence(c, ctx)
  if (!prev || prev.headline) return undefined
  return mentionsIn(ctx, prev.sentence.start, prev.sentence.end, 'club').find((x) => x.name !== holder)?.name
}

interface PickedPlayer { name: string; weight: number; how: string }

/** After a wanted player (or list of them): the want is for him to stay, or to go ("want A and B to extend their stay"). */
const STAY_PURPOSE = new RegExp(String.raw`^\s+to (?:${STAY_VERBS})\b`)

/** "him" closing a want: "all want him.", "want him badly", "want him this summer". */
const WANT_HIM = /^\s*him\s*(?:[.,;:!?]|$|\b(?:and|but|as|too|badly|desperately|now|this|next|in|back|permanently)\b)/

/** An indefinite position or role right after the cue: "sign a new striker", "bring in another midfielder". */
const INDEFINITE_TARGET = /^\s*(?:in\s+)?(?:a|an|another|one more|a new)\s+(?:\S+\s+){0,2}?(?:midfielder|midfield|striker|forward|defender|winger|goalkeeper|keeper|centre-back|full-back|right-back|left-back|player|signing|replacement|reinforcement|attacker|number nine)\b/

/** "the bid was rejected", "that offer has been turned down": a reference back to an offer. */
const DEFINITE_OFFER = /\b(?:the|that|this|their|his|its) (?:\S+ )?(?:bid|offer|approach|proposal|enquiry) (?:was|has been|had been|is|down|back)\b/
const OFFER_TYPES = new Set<ClaimType>(['bid', 'approach', 'bid_rejected', 'agreement'])

const OTHER_WAY_CUE = 'claim/other-way@1'
const LIST_MOVE_CUE = 'claim/list-move@1'
/** After a list entry's player: its separator and a capitalised name before "to" (" (Lanus to", " – Real Oviedo to"). */
const UNKNOWN_ORIGIN = /^(?:\s+[–—-]\s+|\s*\()\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+to$/u

/** Before a player: a fee and "plus", "and", "as well as" ("£15m plus Antonio Valencia", "€40m and winger X"). */
const PART_AFTER_FEE = /[£€$]\s?[\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:plus|and|as well as|along with|with)\s+(?:(?!for\b)[\w'’-]+\s+){0,2}?$/i
/** After a player: his going the other way ("with Malouda going the other way", "as a makeweight", "in part-exchange", "Guendouzi plus cash"). */
const PART_AFTER_NAME = /^\s*,?\s*(?:plus\s+(?:cash|money|a\s+fee|£|€|\$)|(?:going|heading|moving|travelling|coming)\s+(?:the\s+other\s+way|in\s+the\s+(?:opposite|other)\s+direction)|(?:as|in)\s+(?:an?\s+)?(?:makeweight|make-weight|sweetener|part[- ]exchange|player[- ]exchange|swap)\b|(?:as|in)\s+part\s+of\s+the\s+(?:deal|package|offer|bid)\b|who\s+would\s+(?:go|move)\s+the\s+other\s+way\b)/i

/**
 * "£15m plus Antonio Valencia for Leighton Baines", "with Malouda going the other way", "Henderson
 * as a makeweight": a player offered as part of the price is not the one the claim is about.
 */
function offeredInPart(c: Candidate, text: string, m: Mention): boolean {
  // (The cue of his own move the other way, "with Danny Crowe going the other way", is about him.)
  if (c.cue.id === OTHER_WAY_CUE) return false
  return PART_AFTER_NAME.test(text.slice(m.end, m.end + 50)) || PART_AFTER_FEE.test(text.slice(Math.max(0, m.start - 50), m.start))
}

/** The players of the cue's sentence offered as part of a price (offeredInPart); undefined when none. */
function offeredNames(c: Candidate, ctx: ClaimContext): Set<string> | undefined {
  let out: Set<string> | undefined
  for (const m of mentionsIn(ctx, c.view.sentence.start, c.view.sentence.end, 'player')) {
    if (m.name && offeredInPart(c, ctx.text, m)) (out ??= new Set()).add(m.name)
  }
  return out
}

function pickPlayer(c: Candidate, ctx: ClaimContext): PickedPlayer | undefined {
  if (c.playerHint) return { name: c.playerHint, weight: 0.9, how: `“${c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start).trim()}” refers back to the offer for ${c.playerHint}` }
  if (c.cue.objectPlayer) {
    const obj = objectPlayer(c, ctx, c.cue.objectPlayer)
    // "want both Schade and Lewis-Potter to extend their stay": a want for players to stay, however long the list.
    if (obj && c.type === 'interest' && STAY_PURPOSE.test(c.view.folded.slice(listEnd(ctx, mentionsIn(ctx, obj.start, c.view.sentence.end, 'player'), 0) - c.view.sentence.start))) return undefined
    if (obj) return { name: obj.name!, weight: 1, how: `named after the cue as “${obj.surface}”` }
    // "when they took him on loan in January": a signing's object pronoun is the player just
    // named ("wants him to stay" is no want of a new club).
    // "Real Madrid, Liverpool and PSG all want him": a want whose object is "him" alone, with no
    // purpose after it ("want him to stay" is no want of a new club).
    const wantsHim = c.type === 'interest' && WANT_HIM.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start)) && closeSubject(c, ctx) !== undefined
    if ((c.type !== 'signed' && !wantsHim) || c.view.headline || !/^\s*him\b/.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start))) return undefined
    const prev = asideOrFocal(ctx, mentionsIn(ctx, c.view.sentence.start - 600, c.cueStart, 'player'))
    return prev?.name ? { name: prev.name, weight: 0.85, how: `“him” after the cue refers back to ${prev.name}` } : undefined
  }
  const speaker = speakingPlayer(c, ctx)
  if (speaker) return { name: speaker, weight: 1, how: 'speaks of himself in a quote' }
  const { sentence } = c.view
  // "…, and Napoli are already lining up a replacement": a club shopping for a position wants no
  // player the sentence names (the one named is the man to replace).
  if (c.type === 'interest' && INDEFINITE_TARGET.test(c.view.folded.slice(c.cueEnd - sentence.start, c.cueEnd - sentence.start + 50))) return undefined
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  // "… a replacement for Rodri", "a successor to Jackson": the man replaced is only compared with
  // (unless the cue tells of him: "a replacement for Carvajal, who signed an extension").
  const compared = (m: Mention) => REPLACED.test(foldedBefore(c.view.folded, sentence.start, m, 30)) && !/^\s*,\s*who\b/.test(ctx.text.slice(m.end, m.end + 8))
  // "… increase their offer, breaking the world record - Neymar's €222m move to PSG in 2017 -":
  // a name inside a dashed or bracketed aside after the cue is an example, not the cue's player.
  // Speed: the aside's span is found once per cue, within a bounded reach (a 10,000-word
  // sentence must not be re-read per name).
  const [asideFrom, asideTo] = asideAfter(ctx.text, c.cueEnd, sentence.end)
  const aside = (m: Mention) => m.start >= asideFrom && m.start < asideTo
  // "City have been mentioned as a destination, especially if De Bruyne leaves": a name after the
  // cue in a concessive, causal or conditional clause tells that clause's own tale.
  const subFrom = ctx.entities.focal !== undefined ? firstSubordinateAfter(ctx.text, c.cueEnd, sentence.end) : Infinity
  const subordinate = (m: Mention) => m.start > subFrom
  // "offered Guendouzi plus cash for the midfielder": a man offered as part of the price is no
  // claim's player, however the sentence names him again.
  const offered = offeredNames(c, ctx)
  const inPart = (m: Mention) => offered !== undefined && offered.has(m.name!)
  const clausePlayers = mentionsIn(ctx, cs, ce, 'player').filter((m) => !compared(m) && !subordinate(m) && !aside(m) && !inPart(m))
  // "… lose head coach Thomas Frank, who is in talks with Tottenham, and …": a manager or official
  // is the cue's subject, so no player of another clause is the one moving.
  if (personRelative(c, ctx)) return undefined
  // "City have completed a deal for A and are close to agreeing a fee for B": each predicate of a
  // shared subject takes the player of its own conjunct.
  const [js, je] = conjunctSpan(c.view, c.cueStart)
  const ownConjunct = clausePlayers.filter((m) => m.start >= js && m.end <= je)
  // "Garner has become Everton's eighth signing, following the deals for A and B": the subject,
  // named before the cue, is the signing.
  const inClause = c.cue.subjectPlayer ? mentionsIn(ctx, sentence.start, c.cueStart, 'player').filter((m) => !compared(m) && !m.rule.startsWith('entity/role-phrase')).slice(-1) : ownConjunct.length ? ownConjunct : clausePlayers
  // "They retain an interest in him, but not at the expense of losing Sutton": a pronoun in the
  // cue's clause points back before the clause, not to a name in another clause.
  const pronounHere = !inClause.length && !c.view.headline && OBJECT_PRONOUN.test(c.view.folded.slice(cs - sentence.start, ce - sentence.start))
  // From a later clause, a name the knowledge base does not know (a weak discovery, "…, with Damien
  // Comolli arriving from Toulouse") is not taken over the article's own player.
  // ("Real Madrid have made enquiries, although … after paying big sums for Bellingham": a name in a
  // later concessive or causal clause belongs to that clause's own tale, not to the cue.)
  const inSentence = inClause.length || c.view.headline || pronounHere || c.cue.subjectPlayer ? inClause : mentionsIn(ctx, sentence.start, sentence.end, 'player').filter((m) => (m.confidence >= 0.6 || m.end <= c.cueStart || !ctx.entities.focal) && !compared(m) && !aside(m) && !subordinate(m) && !inPart(m) && !(ctx.entities.focal && m.start >= ce && SUBORDINATE_OPEN.test(ctx.text.slice(ce, m.start))))
  // (A role phrase, "The Dane becomes Everton's second signing", most often repeats the signing just
  // told; no guess at whom it means.)
  if (c.cue.subjectPlayer && !inSentence.length) return undefined
  if (inSentence.length) {
    const best = inSentence.reduce((a, b) => (dist(b, c.cueStart) < dist(a, c.cueStart) ? b : a))
    const how = best.rule === NEAR_SPELLING_RULE ? `named as “${best.surface}”, one letter from the known player ${best.name}, with the same first name and his club in the article` : `named as “${best.surface}”`
    return { name: best.name!, weight: best.confidence >= 0.75 ? 1 : 0.9, how }
  }
  if (c.view.headline) return undefined
  if (PRONOUN.test(c.view.folded)) {
    const from = pronounHere ? cs : sentence.start
    const prev = asideOrFocal(ctx, mentionsIn(ctx, from - 600, from, 'player'))
    if (prev?.name) return { name: prev.name, weight: 0.85, how: `“he” refers back to ${prev.name}` }
  }
  // "keen to sign a midfielder before the season starts": a club shopping for a position names no
  // player, so the claim is not the article's player's.
  const after = c.view.folded.slice(c.cueEnd - sentence.start, c.cueEnd - sentence.start + 50)
  if (INDEFINITE_TARGET.test(after)) return undefined
  // "…, with Damien Comolli arriving from Toulouse": a manager or official right before a move's cue
  // is the one moving; no player's move (a club official pursuing a player acts for his club).
  if (!SUITOR_TYPES.has(c.type) && personSubject(c, ctx, cs)) return undefined
  // "Barcelona will make a £12m bid for Chelsea midfielder Frank Lampard", the name known as a
  // manager's: the claim's object is that person, in a round-up of other stories; never the
  // article's focal player (nor the player of the paragraph before).
  if (personObject(c, ctx, ce)) return undefined
  // "For their part, Barcelona insisted Dembele is not heading to United. 'There are no
  // negotiations,' said Planes.": a sentence naming nobody goes on about the player just named.
  // "Fernandinho is set to bid farewell …": a capitalised name the entity pass does not know is the
  // subject, so the claim is someone else's than the player named before.
  if (unknownSubject(c, ctx, cs)) return undefined
  const recent = recentPlayer(c, ctx)
  if (recent) return { name: recent, weight: 0.8, how: `the player of the sentence before, ${recent}` }
  if (ctx.entities.focal) return { name: ctx.entities.focal, weight: 0.8, how: 'the article’s focal player' }
  return undefined
}

/** How far after a cue a subordinate clause is looked for. */
const AFTER_REACH = 300

/** Where the first concessive or causal clause after `at` opens (SUBORDINATE_AFTER), within reach; Infinity if none. */
function firstSubordinateAfter(text: string, at: number, end: number): number {
  const m = SUBORDINATE_AFTER.exec(text.slice(at, Math.min(end, at + AFTER_REACH)))
  return m ? at + m.index : Infinity
}

/** Only a role title before an official opening the clause: "Sporting director", "Bayern's honorary president". */
const ROLE_TITLE_ONLY = /^\W*(?:(?:but|and|meanwhile|however|now)\W+)?(?:[\w'’-]+\s+){0,3}$/

/**
 * The club of the official who is the subject of the cue's clause (the knowledge base's club for him
 * on the article's date), when the clause names no club; else undefined.
 */
function officialSubjectClub(c: Candidate, ctx: ClaimContext): string | undefined {
  const clubs = ctx.entities.personClubs
  if (!clubs?.size) return undefined
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  if (mentionsIn(ctx, cs, ce, 'club').length) return undefined
  const person = mentionsIn(ctx, cs, c.cueStart, 'person')[0]
  if (!person?.name || !ROLE_TITLE_ONLY.test(ctx.text.slice(cs, person.start))) return undefined
  // The official acts right after his name: "Eberl has made", "Eberl, who …," is another clause.
  if (!/^\s+(?:(?:has|have|had|is|was|also|already|now|reportedly|himself|recently)\s+)*[a-z]/i.test(ctx.text.slice(person.end, c.cueStart))) return undefined
  return clubs.get(person.name)?.name
}

/** A concessive or causal clause opening after the cue's clause: "…, although …", "… because …". */
/** The same clause opener anywhere between a cue and a later name. */
const SUBORDINATE_AFTER = /,\s*(?:although|though|whereas|because|even though|despite|(?:especially|particularly|only|even) if)\b/i
const SUBORDINATE_OPEN = /^\W*(?:although|though|whereas|because|even though|despite|(?:especially|particularly|only|even) if)\b/i

/** A capitalised word opening the clause and then its verb: a subject the entity pass did not take for a name. */
const NAME_SUBJECT = /^\s*([A-Z][a-z\u00e0-\u024f'’-]+(?:\s+[A-Z][a-z\u00e0-\u024f'’-]+)?)\s+(?:is|was|has|had|will|would|could|may|might|looks|seems|appears|remains)\b/
/** Capitalised words that open a clause without naming anyone. */
const NOT_A_SUBJECT_NAME = /^(?:He|She|It|They|We|I|You|This|That|There|These|Those|The|His|Her|Their|Its|Our|Who|What|Which|Everything|Nothing|Nobody|Everyone|Someone|Something|One|Each|Both|All|Now|Then|However|Meanwhile|Also|Still|But|And|So|Yet)$/

function unknownSubject(c: Candidate, ctx: ClaimContext, cs: number): boolean {
  const m = NAME_SUBJECT.exec(ctx.text.slice(cs, c.cueStart))
  if (!m || NOT_A_SUBJECT_NAME.test(m[1].split(/\s+/)[0])) return false
  const at = cs + m.index + m[0].indexOf(m[1])
  return !ctx.entities.mentions.some((x) => x.start < at + m[1].length && x.end > at)
}

/** A non-player named as the cue's subject, right before it in its clause ("Comolli arriving from"). */
/** A known person (no player) named right after the cue, as its object: "a bid for Chelsea midfielder Frank Lampard". */
function personObject(c: Candidate, ctx: ClaimContext, ce: number): boolean {
  const person = mentionsIn(ctx, c.cueEnd, Math.min(ce, c.cueEnd + 60), 'person')[0]
  return person !== undefined && /^[^.;:!?()"“”]*$/.test(ctx.text.slice(c.cueEnd, person.start)) && !/\b(?:by|from|with|under|boss|manager|coach|director|chairman|owner|president)\s+$/i.test(ctx.text.slice(c.cueEnd, person.start))
}

function personSubject(c: Candidate, ctx: ClaimContext, cs: number): boolean {
  const people = mentionsIn(ctx, cs, c.cueStart, 'person')
  const last = people[people.length - 1]
  return last !== undefined && /^\s*(?:(?:is|was|has|had|been|being|now|also|reportedly|finally|then)\s+)*$/i.test(ctx.text.slice(last.end, c.cueStart))
}

/**
 * A cue in a relative clause about a non-player that names no player: "head coach Thomas Frank,
 * who is in talks with Tottenham, …" is the coach's move.
 */
function personRelative(c: Candidate, ctx: ClaimContext): boolean {
  const { sentence } = c.view
  const last = mentionsIn(ctx, sentence.start, c.cueStart, 'person').pop()
  if (!last || !/^\s*,\s*who\s+(?:(?:is|was|are|has|had|been|now|also|reportedly|currently|already|in)\s+)*$/i.test(ctx.text.slice(last.end, c.cueStart))) return false
  const close = ctx.text.indexOf(',', c.cueEnd)
  const end = close < 0 || close > sentence.end ? sentence.end : close
  return mentionsIn(ctx, last.end, end, 'player').length === 0
}

/**
 * The player a pronoun points back to among the mentions before it: the last one, unless it is an
 * aside and the article's player is named before it. "… pair Joao Pedro with Anthony Gordon, who
 * is close to a new deal": a name brought in by a relative clause is an aside; so is one named only
 * as the man replaced ("a replacement for Vlahovic, whose future …").
 */
function asideOrFocal(ctx: ClaimContext, back: Mention[]): Mention | undefined {
  const prev = back[back.length - 1]
  const focal = ctx.entities.focal
  if (!prev || !focal || prev.name === focal || !(/^\s*,\s*whom?s?e?\b/.test(ctx.text.slice(prev.end, prev.end + 8)) || REPLACED.test(ctx.text.slice(Math.max(0, prev.start - 30), prev.start).toLowerCase()) || REPLACED_LIST.test(ctx.text.slice(Math.max(0, prev.start - 70), prev.start).toLowerCase()))) return prev
  // With the article's player not named in the window ("he" carried on over a few sentences), the
  // pronoun still goes past the aside to him.
  return back.filter((m) => m.name === focal).pop() ?? ctx.entities.mentions.find((m) => m.kind === 'player' && m.name === focal)
}

/** The sentence before the cue's, when it is in the same paragraph or the one before. */
function previousSentence(c: Candidate, ctx: ClaimContext): SentenceView | undefined {
  const prev = ctx.views[c.view.index - 1]
  return prev && prev.paragraph >= c.view.paragraph - 1 ? prev : undefined
}

/** Right before a player who is only compared with: "a replacement for", "the successor to". */
const REPLACED = /\b(?:replacement|replace|successor|heir|alternative|understudy|cover|competition) (?:for|to|of)\s+$/
/** Men a clause names as gone or replaced, a list allowed: "replacing the goals lost by the sales of Nkunku and Szoboszlai". */
const REPLACED_LIST = /\b(?:replacing|replace|replacement for|successor to|the sales? of|the loss(?:es)? of|the departures? of|the exits? of)\s[^.;!?]*$/

/** The one player the previous sentence names, when it is in this paragraph or the one before. */
function recentPlayer(c: Candidate, ctx: ClaimContext): string | undefined {
  const prev = previousSentence(c, ctx)
  if (!prev || ctx.blocks[prev.sentence.block]?.label !== 'body' || ctx.blocks[c.view.sentence.block]?.label !== 'body') return undefined
  // "… see him as a potential replacement for Vlahovic": the player replaced is an aside.
  const named = mentionsIn(ctx, prev.sentence.start, prev.sentence.end, 'player').filter((m) => !REPLACED.test(foldedBefore(prev.folded, prev.sentence.start, m, 30)))
  const names = new Set(named.map((m) => m.name!))
  if (names.size !== 1) return undefined
  // "Arteta regards him as untouchable, … once Bukayo Saka's return from injury is settled": a
  // sentence about a "him" named earlier brings the other player in passing.
  const focal = ctx.entities.focal
  if (focal && named[0].name !== focal && /\b(?:he|him|his)\b/.test(prev.folded.slice(0, named[0].start - prev.sentence.start))) return undefined
  return named[0].name!
}

/** "I told the club I want to stay," Fernandes said: the quoted player speaks of himself. */
function speakingPlayer(c: Candidate, ctx: ClaimContext): string | undefined {
  const q = ctx.quotes.find((x) => x.start <= c.cueStart && c.cueEnd <= x.end + 1 && x.speaker)
  if (!q?.speaker) return undefined
  const [cs] = clauseAt(c.view, c.cueStart)
  const lead = c.view.folded.slice(Math.max(cs, q.start) - c.view.sentence.start, c.cueStart - c.view.sentence.start)
  if (!FIRST_PERSON.test(lead)) return undefined
  const at = q.speaker.start
  const m = at === undefined ? undefined : ctx.entities.mentions.find((x) => x.start === at && x.kind === 'player')
  if (m?.name) return m.name
  return ctx.entities.players.has(q.speaker.name) ? q.speaker.name : undefined
}

/** "Chelsea's 25-million-pound second bid …": the club whose offer the cue names, by possessive. */
function offerOwner(c: Candidate, ctx: ClaimContext): string | undefined {
  const m = mentionsIn(ctx, c.view.sentence.start, c.cueStart, 'club').pop()
  if (!m) return undefined
  const after = c.view.folded.slice(m.end - c.view.sentence.start, c.cueEnd - c.view.sentence.start)
  // A descriptor ("the Premier League outfit") is only guessed at: it names no owner of an offer it had refused.
  return OFFER_OF.test(after) || (OFFER_HAD.test(after) && !/^the\s/i.test(m.surface)) ? m.name : undefined
}

/**
 * After a club: an offer it made and saw refused, told with the club as subject ("Celtic had an
 * offer of £5m knocked back", "Lyon saw their bid rejected", "Lyon failed with a bid"): the club owns the offer.
 */
const OFFER_HAD = /^\s+(?:(?:have|has|had)\s+)?(?:had|saw|seen|see|sees|failed with|fails with|fail with)\s+(?:an?|their|its|his|one|two|both)\s+(?:\S+\s+){0,3}?(?:offers?|bids?|approach(?:es)?|proposals?)\b/

/** Before a club: it is told of the player's wish ("has told Brentford", "informed the Gunners"). */
const TOLD_BEFORE = /\b(?:told|tells|telling|tell|informed|informs|informing|notified|notifies)\s+(?:the\s+)?$/

/** The club named as the agent of a passive rejection: "rejected by Southampton". */
function rejectedBy(c: Candidate, ctx: ClaimContext): string | undefined {
  const byClub = clubAfterBy(c, ctx, 16)
  if (byClub) return byClub.name
  // A cue that ends in "by" itself ("turned down by"): the club right after it.
  const m = clubAfter(c, ctx, 16)
  return m && /\bby$/.test(c.view.folded.slice(0, c.cueEnd - c.view.sentence.start)) && /^\s+$/.test(ctx.text.slice(c.cueEnd, m.start)) ? m.name : undefined
}

/** After a club: its want of the player ("Tottenham's top target", "United's priority"). */
const SUITOR_POSSESSION = /^\s*['’]s\s+(?:[\w-]+\s+){0,2}?(?:targets?|priority|priorities|interest|pursuit|bid|offer|approach|radar|shortlist|wishlist|list)\b/
/**
 * Before a club: it wants the player ("a target for Spurs", "interest from Lyon", "wanted by Roma"),
 * or he would go there ("an offer to join Newcastle", "a move to Lyon").
 */
const SUITOR_BEFORE = /\b(?:targets? (?:of|for)|(?:compet(?:e|es|ed|ing)|vy(?:ing)?|vie[sd]?) with|competition from|interest from|wanted by|linked with|linked to|courted by|eyed by|admired by|monitored by|tracked by|chased by|pursued by|offers? from|bids? from|approach(?:es)? from|to join|joining|(?:move|switch|transfer) to)\s+(?:the\s+)?$/

/** After a club: its own pursuit ("have been thwarted in their renewed attempts to sign", "have made a bid for", "are keen on"). */
const SUITOR_ACTS_AFTER = /^\s+(?:(?:have|has|had|are|is|were|was|will|would)\s+)?(?:(?:been|be|also|now|still|already)\s+)*(?:[\w-]+\s+){0,4}?(?:attempts? to (?:sign|land|buy)|bid(?:s|ding)? for|made (?:a|an|two|three|another) (?:\S+ )?(?:bid|offer|approach)|offer(?:ed|s)? for|interest in|pursuit of|chasing|tracking|keen on|(?:want|wants|wanted) to sign)\b/

/** The clubs a sentence names only as suitors of the player (read once per sentence; callers only read the set). */
function suitorNamed(ctx: ClaimContext, v: SentenceView): ReadonlySet<string> {
  let out = SUITORS_BY_VIEW.get(v)
  if (!out) SUITORS_BY_VIEW.set(v, (out = readSuitors(ctx, v)))
  return out
}
const SUITORS_BY_VIEW = new WeakMap<SentenceView, ReadonlySet<string>>()

function readSuitors(ctx: ClaimContext, v: SentenceView): Set<string> {
  const { sentence, folded } = v
  const out = new Set<string>()
  const not = new Set<string>()
  for (const m of mentionsIn(ctx, sentence.start, sentence.end, 'club')) {
    const suitor = SUITOR_POSSESSION.test(ctx.text.slice(m.end, m.end + 40)) || SUITOR_BEFORE.test(foldedBefore(folded, sentence.start, m, 30)) || SUITOR_ACTS_AFTER.test(ctx.text.slice(m.end, m.end + 70).toLowerCase())
    ;(suitor ? out : not).add(m.name!)
  }
  for (const n of not) out.delete(n)
  return out
}

/** A verb making the club after it its object: "make Bayern bleed", "forced Spurs into a sale". */
const OBJECT_VERB_BEFORE = new RegExp(String.raw`\b(?:${OBJECT_VERBS})\s+(?:the\s+)?$`)

/** The clubs of the sentence named as a verb's object (OBJECT_VERB_BEFORE). */
function objectClubs(ctx: ClaimContext, view: SentenceView): Set<string> {
  const out = new Set<string>()
  for (const m of mentionsIn(ctx, view.sentence.start, view.sentence.end, 'club')) {
    if (m.name && OBJECT_VERB_BEFORE.test(foldedBefore(view.folded, view.sentence.start, m, 14))) out.add(m.name)
  }
  return out
}

function nearestBefore(ctx: ClaimContext, c: Candidate, from: number): string | undefined {
  return mentionsIn(ctx, from, c.cueStart, 'club').pop()?.name
}

/** Club names in the sentence, nearest to the cue first, each once. */
function uniqueNames(ms: Mention[], at: number): string[] {
  const sorted = [...ms].sort((a, b) => dist(a, at) - dist(b, at))
  return [...new Set(sorted.map((m) => m.name!))]
}

function isRenewalContext(c: Candidate, ctx: ClaimContext): boolean {
  if (RENEWAL_WORDS.test(c.view.folded)) return true
  // "… opened discussions over a new long-term deal. ¶ But there has been no breakthrough yet.": a
  // sentence opening with "but" goes on with the one before, across a paragraph break.
  const prev = c.view.index > 0 && TURN_OPENING.test(c.view.folded) ? ctx.views[c.view.index - 1] : undefined
  if (prev && RENEWAL_WORDS.test(prev.folded)) return true
  return renewalParagraphs(ctx.views).has(c.view.paragraph) || /\bbetter\b.*\bnews about\b|\bnew deal\b/.test(headingBefore(c, ctx))
}

const RENEWAL_PARAGRAPHS = new WeakMap<readonly SentenceView[], Set<number>>()

/**
 * The paragraphs (of `views`) with a sentence holding renewal words. Speed: read once per
 * article, not once per claim over every sentence.
 */
function renewalParagraphs(views: readonly SentenceView[]): Set<number> {
  let found = RENEWAL_PARAGRAPHS.get(views)
  if (!found) {
    found = new Set()
    for (const v of views) if (!found.has(v.paragraph) && RENEWAL_WORDS.test(v.folded)) found.add(v.paragraph)
    RENEWAL_PARAGRAPHS.set(views, found)
  }
  return found
}

function headingBefore(c: Candidate, ctx: ClaimContext): string {
  for (let i = c.view.index - 1; i >= 0; i--) {
    const v = ctx.views[i]
    if (ctx.blocks[v.sentence.block]?.label === 'heading') return v.folded
    if (c.view.paragraph - v.paragraph > 3) break
  }
  return ''
}

/** "following in the footsteps of A and B": each named player made the same move before. */
function footsteps(c: Candidate, ctx: ClaimContext): Candidate[] {
  const { sentence } = c.view
  const players = mentionsIn(ctx, c.cueEnd, sentence.end, 'player')
  const clubs = uniqueNames(mentionsIn(ctx, sentence.start, sentence.end, 'club'), c.cueStart)
  const focal = ctx.entities.focal
  const from = focal ? ctx.holder.get(focal) ?? null : null
  const to = clubs.find((n) => n !== from) ?? null
  return players.map((p) => revise(c, {
    player: p.name!, fromClub: from, toClub: to, historical: true, confidence: 0.7,
    why: [...c.why, `${p.name} made this move before: a past transfer, not news`],
  }))
}

/** "his own Bosman move to the Bernabeu last summer": a completed move in the past. */
function pastMove(c: Candidate, ctx: ClaimContext): Candidate {
  const { sentence } = c.view
  const before = mentionsIn(ctx, sentence.start, c.cueStart, 'player').pop()
  if (!before) return revise(c, { dropped: 'past move without a named player' })
  const to = mentionsIn(ctx, c.cueStart, c.cueEnd, 'club')[0]?.name ?? null
  return revise(c, { player: before.name!, fromClub: null, toClub: to, historical: true, why: [...c.why, `${before.name}’s move is in the past`] })
}
