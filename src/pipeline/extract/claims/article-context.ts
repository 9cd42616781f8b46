/**
 * Article-level facts the claim passes lean on: which club holds each player, which club is
 * chasing the focal player, and which outlet reports in its own name.
 *
 * The holder is voted for by what clubs do in the text: the club that rejects a bid, refuses
 * to sell or offers a new contract holds the player; the club that wants, approaches or bids
 * for him is the suitor. Phrases like "Liverpool defender X" and "X's contract at Y" vote
 * twice. The knowledge base's club is only a fallback: it is the club as of the KB's writing,
 * and an article may predate a move.
 */
import type { Block, BlockLabel, ClaimType, Mention } from '../../../domain/types.ts'
import { indexKnowledgeBase, type KbIndex } from '../entities/kb-index.ts'
import type { ArticleEntities } from '../entities/find-mentions.ts'
import type { KnowledgeBase } from '../kb/types.ts'
import { clauseAt, type Candidate, type SentenceView } from './candidate.ts'
import { conjunctSpan, dist, firstAtOrAfter, holdsPlayers, isPastMove, isPastYearMove, OBJECT_VERBS, relativeSpansAround } from './rules/counterpart.ts'

const HOLDER_AFTER_CLUB = /^\s*(?:'s|’s)\s*$|^\s*(?:'s|’s)\s+\d{2}-year-old\s*$|^\s*(?:'s|’s)?\s*(?:(?!(?:for|to|from|with|by|on|of|about|over|in|have|has|had|are|is|were|was|will|would|could|signed|sign|signs|want|wants|wanted|bought|sold|landed|land|agreed|completed|secured|added|brought|snapped|welcomed|loaned|target|targets|eye|eyeing|now|also)\s)\S+\s+){0,2}?(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|wing-back|wing back|centre back|center-back|center back|full back|right back|left back|centre-forward|center-forward|frontman|full-back|star|captain|vice-captain|skipper|academy|ace|man|player|playmaker|attacker|youngster|talisman)\b/i
const HOLDER_BEFORE_CLUB = /\b(?:contract|deal|future|career|stay|time|(?<!loan )spell|happy|settled|content)\s+at\s*$|(?:\b(?:his|her|whose|current|existing|present)|['’]s)\s+(?:[\w-]+\s+)?(?:contract|deal)\s+with\s*$|\b(?:still\s+)?(?:playing|plays)\s+for\s*$|\b(?:exit|departure|release|sale) from\s*$|\b(?:leave|leaving|exit|outside of|outside|away from)\s*$/i
/** "agreed a pre-contract with Juventus", "set to sign a deal with": the club he is joining, not his own. */
const NEXT_CLUB = /\b(?:agree\w*|pre-?contract|set to|will|to sign|poised|expected|during|former|previous|loan)\b/i
/** "will leave AC Milan", "set to exit Ajax": the club he leaves is his, whatever the tense. */
const LEAVES = /\b(?:leave|leaving|exit|exiting|quit|quitting)\s*$/i
/** A move in the past: "arrived from Newcastle" names a former club, not the holder. */
const PAST_MOVE = /\b(?:arriv\w*|join\w*|mov(?:ed|ing)|sign(?:ed|ing)|since|came|switch\w*|bought|brought)\b/i
/** "his Liverpool contract", "his boyhood club Liverpool": the club of the player spoken of. */
const HIS_OWN_CLUB_BEFORE = /\bhis\s+(?:boyhood club\s+|current club\s+|parent club\s+)?$/i
const HIS_CLUB_AFTER = /^\s*(?:contract|deal|career|exit|departure|team-?mates|future|renewal|academy|boss|manager|side|shirt)\b/i
/** Right before a club: the contract "his" serves ("his contract with", "his current deal at"). */
const HIS_CONTRACT_AT = /\b(?:his|her)\s+(?:current\s+|existing\s+|present\s+)?(?:contract|deal)\s+(?:with|at)\s+(?:the\s+)?$/i
const HIS_CONTRACT_ANYWHERE = /\b(?:his|her)\s+(?:current\s+|existing\s+|present\s+)?(?:contract|deal)\s+(?:with|at)\s/i
/** After the club of "his contract with": the contract runs on or out ("expires in June", "runs until 2026"). */
const CONTRACT_RUNS = /^\s*(?:(?:is|was)\s+(?:due\s+to\s+|set\s+to\s+)?|will\s+)?(?:expir(?:es|e|ing)|runs?\s+(?:out|until|till|to|down)|running\s+(?:out|down|until|till|to)|ends?\b|ending\b|is\s+up\b|until\b|till\b|to\s+20\d\d|has\s+(?:\S+\s+){1,3}(?:left|remaining|to\s+run))/i
/** "will end his contract with", "is running down his deal with", "into the last year of his contract with": one he serves. */
const ENDING_CONTRACT = /\b(?:end|ends|ending|run|runs|running|runs\s+down|see|sees|seeing|into|in|of)\s+(?:down\s+|out\s+)?(?:the\s+(?:final|last)\s+(?:\S+\s+){0,3}?of\s+)?(?:his|her)\s+(?:current\s+|existing\s+|present\s+)?(?:contract|deal)\s+(?:with|at)\s+(?:the\s+)?$/i
/** Right before a club: the club a loanee belongs to ("parent club Leicester", "is owned by Chelsea"). */
const PARENT_CLUB = /\b(?:parent|owning)\s+(?:club|side|team|outfit)\s+(?:the\s+)?$|\b(?:owned|contracted)\s+(?:by|to)\s+(?:the\s+)?$/i
/** Words that make an offer or talks about a new contract (the holder's act). */
const RENEWAL_NEAR = /\b(?:renewal|new (?:deal|contract|terms)|contract (?:extension|talks|offer)|extend|keep him|stay)\b/
/** "an offer from Al-Ittihad": the club after is the suitor. */
const SUITOR_FROM = /\b(?:interest|offers?|bids?|approach(?:es)?|enquir(?:y|ies)|proposals?|advances|overtures)\s+from\s*$/i
/** "<Club>'s first offer": the club owning the offer makes it. */
export const OFFER_OF = /^(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:offer|bid|approach|proposal|enquiry|advances|pursuit|interest)\b/i
/** A club after one of these is a preposition's or a verb's object ("about Bayern", "make Bayern bleed"), not the one acting. */
const PREPOSITION_BEFORE = new RegExp(String.raw`\b(?:for|to|from|with|by|of|against|over|into|towards|on|in|than|like|about|informed|told|${OBJECT_VERBS}|join|joins|joined|joining|rejoin|rejoined|leave|leaves|leaving|left|quit|quits|snub|snubs|snubbed|snubbing|reject|rejects|rejected|rejecting|(?:turn|turns|turned|turning) down|chose|chosen|choose|chooses|choosing|prefer|prefers|preferred|favour|favours|favoured|favor|favors|favored)\s+(?:the\s+)?$`, 'i')
/** "the Leverkusen star", with no name after: the focal player's club. */
const ROLE_NOUN = /^\s*(?:[\w-]+\s+)?(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|wing-back|wing back|centre back|center-back|center back|full back|right back|left back|centre-forward|center-forward|frontman|full-back|star|captain|skipper|playmaker|attacker|talisman|ace|academy graduate)\b/i
/** "want closer to €150m", "want well in excess of £100m": a price, not interest. */
const ASKING_PRICE = /^\s*(?:\S+\s+){0,4}?(?:[£€$]\s?\d|\d+\s?(?:m|million|bn)\b)/
const ASIDE_BLOCKS = new Set<BlockLabel>(['photo_credit', 'byline', 'poll', 'social_prompt', 'newsletter', 'advert', 'read_more'])
const RENEWAL_STRICT = /\b(?:renewal|new (?:deal|contract|terms)|contract (?:extension|talks|offer)|extend)\b/
/** After an interest cue: the man to take his place ("lining up a replacement", "eyeing his successor"). */
const REPLACEMENT_AFTER = /^\s*(?:a|an|another|his|their)\s+(?:[\w-]+\s+){0,2}?(?:replacement|successor|heir)\b/
const KEEP_HIM = /^\s*(?:to )?(?:keep|retain|hold on to|tie (?:him|\w+) down)\b/
const SELF_REPORT = /^\s*(?:has been told|have been told|understands|has learned|has learnt|can reveal|can confirm|has been informed|is told)\b/
const HOLDER_ACTS = new Set<ClaimType>(['bid_rejected', 'not_for_sale', 'extension_offer', 'extension_signed'])
const SUITOR_ACTS = new Set<ClaimType>(['interest', 'approach', 'bid', 'talks', 'personal_terms', 'agreement', 'pre_contract', 'medical', 'signed'])
/** What a related headline's club does that says who pursues its player (never a renewal). */
const HEADLINE_ACTS = new Set<ClaimType>(['interest', 'approach', 'bid'])

export interface ArticleFacts {
  holder: Map<string, string>
  suitor?: string
  houseOutlet?: string
}

type Votes = Map<string, number>

/**
 * @example inferArticleFacts(text, views, cues, ents, kb).holder.get('Trent Alexander-Arnold') // 'Liverpool'
 */
export function inferArticleFacts(text: string, views: SentenceView[], cues: Candidate[], ents: ArticleEntities, kb: KnowledgeBase, outlet?: string, blocks: Block[] = []): ArticleFacts {
  const idx = indexKnowledgeBase(kb)
  const clubs = ents.mentions.filter((m) => m.kind === 'club')
  // Captions and boilerplate describe pictures and links ("during his spell at Aston Villa"), not who holds him now.
  const aside = blocks.filter((b) => ASIDE_BLOCKS.has(b.label))
  const players = ents.mentions.filter((m) => m.kind === 'player' && !inAside(aside, m))
  const patternVotes = new Map<string, Votes>()
  const longestClub = clubs.reduce((n, m) => Math.max(n, m.end - m.start), 0)
  for (const pm of players) {
    const club = holderFromPattern(text, pm, clubs, longestClub, players)
    if (club) vote(votesOf(patternVotes, pm.name!), club, 2)
  }
  if (ents.focal) {
    for (const cm of clubs) {
      if (inAside(aside, cm)) continue
      if (isHisClub(text, cm)) vote(votesOf(patternVotes, ents.focal), cm.name!, 2)
      else if (isUnnamedRole(text, cm, ents.mentions)) vote(votesOf(patternVotes, ents.focal), cm.name!, 1)
    }
  }
  // "His contract with Lille expires in June", "his deal at Napoli": the club of the contract he
  // is serving holds the player "his" stands for (the last one named, else the article's).
  // Speed: one test of the text before reading each club's neighbourhood.
  for (const cm of HIS_CONTRACT_ANYWHERE.test(text) ? clubs : []) {
    if (!cm.name || inAside(aside, cm) || !HIS_CONTRACT_AT.test(text.slice(Math.max(0, cm.start - 40), cm.start))) continue
    const before = text.slice(Math.max(0, cm.start - 60), cm.start)
    if (!/\bat\s+(?:the\s+)?$/i.test(before) && !CONTRACT_RUNS.test(text.slice(cm.end, cm.end + 40)) && !ENDING_CONTRACT.test(before)) continue
    const last = players[firstAtOrAfter(players, cm.start) - 1]
    const who = last && cm.start - last.end < 250 ? last.name : ents.focal
    if (who) vote(votesOf(patternVotes, who), cm.name, 2)
  }
  // "his parent club Leicester", "parent side Chelsea", "owned by Chelsea": the club that loaned
  // him out holds him, not the club he is on loan at.
  for (const cm of clubs) {
    if (inAside(aside, cm) || !PARENT_CLUB.test(text.slice(Math.max(0, cm.start - 30), cm.start))) continue
    const who = playerBefore(text, players, cm) ?? ents.focal
    if (who) vote(votesOf(patternVotes, who), cm.name!, 3)
  }
  const acts = actVotes(text, cues, ents, views, longHeldClubs(ents, idx))
  askingPriceVotes(views, clubs, ents, acts)
  const focal = ents.focal
  const { holderVotes, suitorVotes } = acts.get(focal ?? '') ?? { holderVotes: new Map(), suitorVotes: new Map() }
  // "left Coventry City for Sporting", "after leaving Ajax": a club he left never holds him now.
  const left = leftClubs(text, clubs, players, focal)
  const wasLeft = (player: string, club: string) => left.get(player)?.has(club) === true
  for (const [player, club] of left) for (const name of club) { patternVotes.get(player)?.delete(name); acts.get(player)?.holderVotes.delete(name) }
  const holder = new Map<string, string>()
  for (const [player, v] of patternVotes) if (v.size) holder.set(player, top(v)!)
  if (focal) {
    const h = actedHolder(patternVotes.get(focal), holderVotes, suitorVotes)
    if (h) holder.set(focal, h)
  }
  for (const p of ents.players.values()) {
    const club = namedKbClub(ents, idx, p.club)
    if (holder.has(p.name) || !club || wasLeft(p.name, club)) continue
    if ((suitorVotes.get(club) ?? 0) > (holderVotes.get(club) ?? 0)) continue
    // What the text says about this player himself ("his move from Bournemouth to Liverpool")
    // beats a knowledge base written after the move.
    const own = p.name === focal ? undefined : acts.get(p.name)
    if (own && (own.suitorVotes.get(club) ?? 0) > (own.holderVotes.get(club) ?? 0)) continue
    holder.set(p.name, club)
  }
  // A round-up's other players the knowledge base cannot place: what clubs do about each one
  // ("Atletico are in talks with Sparta Prague over Cerny") names his club.
  for (const [player, v] of acts) {
    if (player === focal || player === '' || holder.has(player) || !ents.players.has(player)) continue
    const h = actedHolder(undefined, v.holderVotes, v.suitorVotes)
    if (h) holder.set(player, h)
  }
  const h = focal ? holder.get(focal) : undefined
  const suitor = top(new Map([...suitorVotes].filter(([k]) => k !== h)), 1)
  return { holder, suitor, houseOutlet: outlet ?? selfReportingOutlet(text, ents.mentions) }
}

/**
 * Right before a club he has left: "left", "departed", "after leaving", "since quitting", "having
 * left" (never "will leave" or "set to leave": a club he is yet to leave still holds him).
 */
const LEFT_BEFORE = /\b(?:left|departed|(?:after|since|having|upon|on)\s+(?:leaving|departing|quitting|exiting|left|departed|quit))\s+(?:the\s+)?$/i
/** Right after the club he left: he went out on loan ("on loan", "on a season-long loan", "temporarily"). */
const LOAN_AFTER = /^\s*(?:,\s*)?(?:on\s+(?:a\s+)?(?:[\w-]+\s+)?loan|temporarily|for\s+a\s+(?:[\w-]+\s+)?loan)\b/i
/** A word LEFT_BEFORE needs: without one in the text, no club is named as left. */
const MAY_NAME_LEFT = /\b(?:left|departed|departing|leaving|quitting|exiting|quit)\b/i

/** Per player, the clubs the text says he left: the player named before the club in its sentence, else the focal one. */
function leftClubs(text: string, clubs: Mention[], players: Mention[], focal: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  // Speed: most articles name no club as left.
  if (!MAY_NAME_LEFT.test(text)) return out
  for (const cm of clubs) {
    if (!cm.name || !LEFT_BEFORE.test(text.slice(Math.max(0, cm.start - 30), cm.start))) continue
    // "left United on loan for Aston Villa": a loan leaves his parent club holding him.
    if (LOAN_AFTER.test(text.slice(cm.end, cm.end + 40))) continue
    const who = playerBefore(text, players, cm) ?? focal
    if (!who) continue
    let set = out.get(who)
    if (!set) out.set(who, (set = new Set()))
    set.add(cm.name)
  }
  return out
}

/** A loan made permanent or an option to buy is a new move to the club he already plays for. */
const LOAN_TERMS = /\b(?:loan|loaned|permanent|permanently|option|obligation)\b/

/** Days after a move when the knowledge base's club is still news; later, the move to it is the past. */
const KNOWN_MOVE_DAYS = 150

/**
 * Per player, the club the knowledge base has had him at for more than KNOWN_MOVE_DAYS on the
 * article's date ("Casemiro" at Manchester United since August 2022, in a 2024 article).
 */
function longHeldClubs(ents: ArticleEntities, idx: KbIndex): Map<string, string> {
  const out = new Map<string, string>()
  if (!ents.date) return out
  const day = Date.parse(ents.date)
  for (const p of ents.players.values()) {
    if (!p.clubSince || !p.club || !((day - Date.parse(p.clubSince)) / 86_400_000 > KNOWN_MOVE_DAYS)) continue
    const club = kbClubOf(p.club, idx)
    if (club) out.set(p.name, club)
  }
  return out
}

/** The club with most holder votes net of suitor votes (pattern votes first), if it has at least one. */
function actedHolder(pattern: Votes | undefined, holderVotes: Votes, suitorVotes: Votes): string | undefined {
  const v = new Map(pattern ?? [])
  for (const [k, n] of holderVotes) vote(v, k, n)
  for (const [k, n] of suitorVotes) vote(v, k, -n)
  return top(v, 1)
}

/** The last player named before the club in its sentence, if any. */
function playerBefore(text: string, players: Mention[], cm: Mention): string | undefined {
  for (let i = firstAtOrAfter(players, cm.start) - 1; i >= 0; i--) {
    if (/[.!?\n]/.test(text.slice(players[i].end, cm.start))) return undefined
    if (players[i].name) return players[i].name
  }
  return undefined
}

/** Whether the mention lies inside one of the `aside` blocks. (Module functions here: tsx names each closure made per call.) */
function inAside(aside: Block[], m: Mention): boolean {
  return aside.some((b) => m.start >= b.start && m.end <= b.end)
}

/** The votes for `name`, added (empty) on first use. */
function votesOf(votes: Map<string, Votes>, name: string): Votes {
  let v = votes.get(name)
  if (!v) votes.set(name, (v = new Map()))
  return v
}

/** What clubs do about one player: rejecting clubs hold him, wanting clubs pursue him. */
interface ActVotes {
  holderVotes: Votes
  suitorVotes: Votes
}

/**
 * The club acting as subject of each cue, counted for the player the cue is about: the focal
 * player (or every cue when the article has none, under ''), and in a round-up each other player
 * a cue is plainly about. "Bayern want to pair him with Musiala, who is close to a new contract"
 * is Musiala's renewal, not Wirtz's.
 */
function actVotes(text: string, cues: Candidate[], ents: ArticleEntities, views: SentenceView[], longHeld: Map<string, string>): Map<string, ActVotes> {
  const clubs = ents.mentions.filter((m) => m.kind === 'club')
  const byPlayer = new Map<string, ActVotes>()
  for (const c of cues) {
    const who = ents.focal || c.view.headline ? aboutWhom(c, ents) : ''
    if (who === undefined) continue
    const { holderVotes, suitorVotes } = actsOf(byPlayer, who)
    // "has agreed to join Real Madrid": the club he is said to join pursues him, whatever an
    // older knowledge base says (the text wins).
    // "before permanently heading to San Siro in 2019", read in 2022: a past move, as a signing is.
    const pastJoin = c.type === 'agreement' && c.cue.clubAfter !== undefined && isPastYearMove(c.view, ents.date, c.cueStart)
    const destination = JOINING_TYPES.has(c.type) && c.stance === 'affirmed' && !pastJoin && !negatedBefore(c) ? joinedClubIn(c, clubs) : undefined
    if (destination) vote(suitorVotes, destination, 1)
    const from = clubsFrom(clubs, c.cueEnd, 12).find((m) => /\bfrom\s*$/.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, m.start - c.view.sentence.start)))
    const { club: subject, coordinated, atClub } = subjectClub(c, clubs, text)
    const weight = c.view.paragraph === 0 ? 2 : 1
    // "Five Manchester United players linked with a move away": the club of the men linked holds them.
    if (subject?.name && SUITOR_ACTS.has(c.type) && holdsPlayers(subject, text)) {
      vote(holderVotes, subject.name, 1)
      continue
    }
    if (subject?.name && (c.type === 'talks' || c.type === 'agreement') && SALE_OF.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start))) {
      // "Newcastle have reached an agreement with Leeds over the sale of Longstaff": the subject
      // sells him, the other club buys.
      vote(holderVotes, subject.name, 2)
      const buyer = clubsFrom(clubs, c.cueEnd, 60).find((m) => m.name && m.name !== subject.name)
      if (buyer?.name) vote(suitorVotes, buyer.name, weight)
      continue
    }
    if (c.type === 'stays' && c.stance === 'affirmed' && !negatedBefore(c)) {
      // "Osimhen will remain at Napoli", "stays with Leverkusen": the club he stays at holds him.
      const at = clubsFrom(clubs, c.cueEnd, 16).find((m) => STAYS_AT.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, m.start - c.view.sentence.start)))
      if (at?.name) { vote(holderVotes, at.name, 2); continue }
    }
    if (subject?.name && (c.type === 'talks' || c.type === 'agreement') && !negatedBefore(c) && OVER_TRANSFER_OF.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start))) {
      // "Arsenal have reached complete agreement with West Ham over the transfer of Rice": the
      // subject buys him, the club the deal is made with sells.
      const seller = clubsFrom(clubs, c.cueEnd, 12).find((m) => m.name && m.name !== subject.name && WITH_OVER_TRANSFER.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, m.start - c.view.sentence.start)))
      if (seller?.name) {
        vote(holderVotes, seller.name, 2)
        vote(suitorVotes, subject.name, weight)
        continue
      }
    }
    if (c.type === 'signed' || pastJoin) {
      // A completed move: "arrived from Cologne" names a former club, never a suitor. A move in
      // the past ("joined Leverkusen in 2020", "United signed him from Sporting") took him to the
      // club that holds him now; only a move reported as news is the suitor's act.
      // "who signed for Lazio last summer": a completion naming its club right after the verb, too.
      const after = c.cue.clubAfter ?? (NAMES_DESTINATION.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start)) ? 6 : 0)
      // "completed his move from Copenhagen to Barcelona": the club after "from … to".
      const toAfterFrom = from ? clubsFrom(clubs, from.end, 12).find((m) => /^\s*to\s+(?:the\s+)?$/i.test(text.slice(from.end, m.start))) : undefined
      // "left Coventry City for Sporting": the club right after a verb of leaving is the one he
      // left; the move took him to the club after "for".
      const leftClub = after && LEAVING_CUE.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start)) ? clubsFrom(clubs, c.cueEnd, after + 1)[0] : undefined
      const dest = leftClub ? clubsFrom(clubs, leftClub.end, 40).find((m) => LEFT_FOR.test(text.slice(leftClub.end, m.start).toLowerCase())) : after && !from ? clubsFrom(clubs, c.cueEnd, after + 1)[0] : toAfterFrom ?? subject
      if (!dest?.name) continue
      // A loan's club is only borrowing him: the past loan says nothing about who holds him now.
      // "United completed the signing of Casemiro from Real Madrid", read two years after the
      // knowledge base has him at United: the move is his past, and its origin no longer holds him.
      if (isPastMove(c.view, ents.date, c.cueStart) || (longHeld.get(who) === dest.name && !LOAN_TERMS.test(c.view.folded))) { if (!/\bloan\b/.test(c.view.folded)) vote(holderVotes, dest.name, 2) }
      else if (!negatedBefore(c)) {
        vote(suitorVotes, dest.name, weight)
        // "Juventus have signed Chiesa on loan … from Fiorentina": the club he comes from held him.
        const origin = originAfter(c, clubs)
        if (origin && origin !== dest.name) vote(holderVotes, origin, 1)
      }
      continue
    }
    // "a deal has been agreed for them to sign Brazilian teenager Endrick from Palmeiras": the club
    // he is signed from holds him.
    if (SUITOR_ACTS.has(c.type) && c.stance === 'affirmed') {
      const seller = clubsFrom(clubs, c.cueEnd, 90).find((m) => SIGN_FROM.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, m.start - c.view.sentence.start)))
      if (seller?.name) vote(holderVotes, seller.name, 2)
    }
    if (from?.name && SUITOR_ACTS.has(c.type)) {
      vote(suitorVotes, from.name, weight)
      // "Leverkusen now expect an offer from Liverpool": the club receiving it holds the player.
      if (subject?.name && subject.name !== from.name && (c.type === 'bid' || c.type === 'approach')) vote(holderVotes, subject.name, 1)
      continue
    }
    if (subject?.name && c.type === 'interest' && REPLACEMENT_AFTER.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, c.cueEnd - c.view.sentence.start + 40))) {
      // "Napoli are already lining up a replacement": the club replacing him is losing him.
      vote(holderVotes, subject.name, 1)
      continue
    }
    if (subject?.name && c.type === 'interest' && KEEP_HIM.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, c.cueEnd - c.view.sentence.start + 30))) {
      // "Liverpool, for their part, want to keep him"
      vote(holderVotes, subject.name, 1)
    } else if (subject?.name && c.type === 'interest' && ASKING_PRICE.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, c.cueEnd - c.view.sentence.start + 30))) {
      // "Forest would want well in excess of £100m": an asking price is set by the club selling.
      vote(holderVotes, subject.name, 1)
    } else if (subject?.name && (c.cue.id === 'claim/bid-rejected-2@1' || c.cue.actor === 'suitor')) {
      // "United, whose first approach was knocked back", "Lyon failed with a bid": the club owning the rejected offer bid.
      vote(suitorVotes, subject.name, 1)
      // "Chelsea's bid for Rooney has been rejected, Manchester United said": the one other club
      // of the sentence turned it down.
      const rejecter = otherClub(clubs, c, subject.name)
      if (rejecter) vote(holderVotes, rejecter, 1)
    } else if (!subject && HOLDER_ACTS.has(c.type) && c.stance === 'affirmed' && !negatedBefore(c)) {
      // "Levy … will reject any offers": a club official refusing speaks for the club holding him.
      const official = officialSubject(c, ents)
      if (official) vote(holderVotes, official, 1)
    } else if (subject?.name) {
      // Rejecting a bid, refusing to sell, offering a new contract: only the holder can.
      if (HOLDER_ACTS.has(c.type)) vote(holderVotes, subject.name, 2)
      else if (c.cue.actor === 'holder' || holderSideAct(c, views, clubs, subject.name)) vote(holderVotes, subject.name, 1)
      // "Barcelona and United have reached an agreement": both parties, neither the suitor for sure.
      else if (SUITOR_ACTS.has(c.type) && !negatedBefore(c) && !atClub && !(coordinated && (c.type === 'talks' || c.type === 'agreement'))) vote(suitorVotes, subject.name, weight)
    }
    // "turned down Liverpool's first offer": the possessor of the offer is the suitor.
    for (let i = firstAtOrAfter(clubs, c.cueStart); i < clubs.length && clubs[i].start <= c.cueEnd; i++) {
      const m = clubs[i]
      if (m.end > c.cueEnd || !m.name || m.name === subject?.name) continue
      if (OFFER_OF.test(text.slice(m.end, c.cueEnd))) vote(suitorVotes, m.name, 1)
    }
    const after = clubsFrom(clubs, c.cueEnd, 30)[0]
    if (after?.name && after.name !== subject?.name) {
      const between = c.view.folded.slice(c.cueEnd - c.view.sentence.start, after.start - c.view.sentence.start)
      const cueText = c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start)
      if ((c.type === 'approach' || c.type === 'bid') && /^\s*(?:to|with)?\s*$/.test(between)) vote(holderVotes, after.name, 1)
      // "Barcelona have opened negotiations with Manchester United", "agreed a fee with Leverkusen":
      // the other club of club-to-club talks holds him.
      else if ((c.type === 'talks' || c.type === 'agreement') && (subject?.name || /\bfee\b/.test(cueText)) && (/^\s*(?:\S+\s+){0,3}?with\s*$/.test(between) || (/\bwith$/.test(cueText) && /^\s*$/.test(between))) && !negatedBefore(c)) vote(holderVotes, after.name, 1)
      // "will stay at Manchester United"
      else if (c.type === 'stays' && c.stance !== 'denied' && /^\s*(?:at|with)\s*$/.test(between)) vote(holderVotes, after.name, 1)
    }
  }
  return byPlayer
}

/**
 * "Nottingham Forest had been demanding £50m for the Welsh forward", "Brighton value him at £80m":
 * a club naming its price for a player is the club selling him. Read in every sentence, since
 * such sentences usually hold no transfer cue.
 */
const PRICE_SETTER = /\s*(?:(?:have|has|had|are|is|were|was|will|would)\s+)?(?:(?:been|be|still|reportedly|now|also)\s+)*(?:demanding|demand|demands|asking\s+for|holding\s+out\s+for|(?:value|values|valued)\s+(?:him|the\s+\S+|[\p{Lu}][\p{L}'’-]+)\s+at)\s+(?:around\s+|about\s+|in\s+excess\s+of\s+|at\s+least\s+|close\s+to\s+|well\s+over\s+)?(?:[£€$]\s?\d|\d+\s?(?:m|million|bn)\b)/uy
/** A sentence can name a price only if it holds a currency sign or a digit. */
const MONEY_SIGN = /[£€$\d]/

function askingPriceVotes(views: SentenceView[], clubs: Mention[], ents: ArticleEntities, acts: Map<string, ActVotes>): void {
  for (const v of views) {
    // Speed: most sentences name no money; the pattern is not tried after their clubs.
    if (v.headline || !MONEY_SIGN.test(v.folded)) continue
    const { start, end } = v.sentence
    for (let i = firstAtOrAfter(clubs, start); i < clubs.length && clubs[i].end <= end; i++) {
      const cm = clubs[i]
      if (!cm.name) continue
      // Speed: a sticky match right after the club, without slicing the rest of the sentence.
      PRICE_SETTER.lastIndex = cm.end - start
      const m = PRICE_SETTER.exec(v.folded)
      if (!m) continue
      // The player priced: the next player named in the sentence, else the article's player.
      const who = nextPlayer(ents.mentions, cm.end + m[0].length, end) ?? ents.focal
      if (who) vote(actsOf(acts, who).holderVotes, cm.name, 2)
    }
  }
}

/** The first player named in [from, end), if any. */
function nextPlayer(mentions: Mention[], from: number, end: number): string | undefined {
  for (let i = firstAtOrAfter(mentions, from); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i]
    if (m.kind === 'player' && m.name && m.end <= end) return m.name
  }
  return undefined
}

/** The act votes for `who`, added (empty) on first use. */
function actsOf(acts: Map<string, ActVotes>, who: string): ActVotes {
  let votes = acts.get(who)
  if (!votes) acts.set(who, (votes = { holderVotes: new Map(), suitorVotes: new Map() }))
  return votes
}

/** The club after "from" in the cue's clause, past the cue: where a reported move starts. */
function originAfter(c: Candidate, clubs: Mention[]): string | undefined {
  const [, ce] = clauseAt(c.view, c.cueStart)
  for (let i = firstAtOrAfter(clubs, c.cueEnd); i < clubs.length && clubs[i].start < ce; i++) {
    const m = clubs[i]
    const before = c.view.folded.slice(Math.max(0, m.start - c.view.sentence.start - 12), m.start - c.view.sentence.start)
    if (m.name && /\bfrom\s+(?:the\s+)?$/.test(before)) return m.name
  }
  return undefined
}

/** "… over the sale of", "for the departure of": the talks are about the subject club selling. */
const SALE_OF = /^[^.;:!?]{0,60}?\b(?:over|for|about|on|regarding)\s+(?:the\s+)?(?:sale|departure|exit)\s+of\b/
/** "… agreement with West Ham over the transfer of Rice": the club the deal is made with sells him. */
const WITH_OVER_TRANSFER = /^\s+with\s+(?:the\s+)?$/
const OVER_TRANSFER_OF = /^[^.;:!?]{0,40}?\b(?:over|for|regarding)\s+(?:the\s+)?(?:transfer|signing|move|switch)\s+of\b/

/** A completion cue ending in a verb of leaving ("left"): the club next is the one he left. */
const LEAVING_CUE = /\b(?:left|departed|quit)$/
/** Between the club he left and the one he joined: "left Coventry City for Sporting", "… in 2023 for". */
const LEFT_FOR = /^\s+(?:[\w'’.-]+\s+){0,3}?for\s+(?:the\s+)?$/
/** A completion cue ending in its verb, the destination next: "has joined", "signed for". */
const NAMES_DESTINATION = /\b(?:joined|joins|signed for)\s*$/
/** Claims that move a player towards a club (not "rejected the chance to join Tottenham"). */
const JOINING_TYPES = new Set<ClaimType>(['agreement', 'personal_terms', 'pre_contract', 'medical', 'signed'])

/** Words right before the club a player is to join (not "joined": a past move names his club). */
const JOIN_BEFORE = /\b(?:to join|join|joining|joins|sign for|signing for)\s+(?:the\s+)?$|\b(?:move|switch|transfer|loan)\b[^,.;:!?]{0,40}?\bto\s+(?:the\s+)?$/

/** The club the cue's clause says the player is to join, if any. */
function joinedClubIn(c: Candidate, clubs: Mention[]): string | undefined {
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  for (let i = firstAtOrAfter(clubs, cs); i < clubs.length && clubs[i].start < ce; i++) {
    const m = clubs[i]
    if (m.name && JOIN_BEFORE.test(c.view.folded.slice(Math.max(0, m.start - c.view.sentence.start - 60), m.start - c.view.sentence.start))) return m.name
  }
  return undefined
}

/** The one club after the cue in its sentence other than `not`, if there is exactly one. */
function otherClub(clubs: Mention[], c: Candidate, not: string): string | undefined {
  let found: string | undefined
  for (let i = firstAtOrAfter(clubs, c.cueEnd); i < clubs.length && clubs[i].end <= c.view.sentence.end; i++) {
    const name = clubs[i].name
    if (!name || name === not || name === found) continue
    if (found) return undefined
    found = name
  }
  return found
}

/** The clubs (sorted by start) starting in [at, at + within), in order. */
function clubsFrom(clubs: Mention[], at: number, within: number): Mention[] {
  const out: Mention[] = []
  for (let i = firstAtOrAfter(clubs, at); i < clubs.length && clubs[i].start - at < within; i++) out.push(clubs[i])
  return out
}

/** Right before a player: "for" and up to three descriptors ("for star winger", "for the Brazilian"). */
const OFFER_FOR = /\bfor\s+(?:[\w'-]+\s+){0,3}$/

/**
 * The person the cue is about: the one nearest it in its clause, else the last one before it in
 * its sentence (the player pass 40 would give the claim), else the focal player; undefined on a
 * related headline.
 */
function aboutWhom(c: Candidate, ents: ArticleEntities): string | undefined {
  // A related headline tells its own story: it counts only for a player it names ("Liverpool
  // prepare second Wirtz bid" makes Liverpool Wirtz's suitor, whatever the knowledge base says).
  // Only a pursuit no club makes for its own player counts: talks, deals and signings may be renewals.
  if (c.view.headline) return HEADLINE_ACTS.has(c.type) ? peopleInSpan(c, ents, c.view.sentence.start, c.view.sentence.end).find((m) => m.kind === 'player')?.name : undefined
  // "Levy wants to make Bayern bleed": a cue that needs its player right after it ("want X") and
  // names none is no act about anyone.
  if (c.cue.objectPlayer && !namesObject(c, ents) && !holdersWant(c)) return undefined
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const at = c.cueStart
  // Names well after the cue are usually asides ("… view him as successor to Dani Carvajal").
  // "… a €9m offer from Bundesliga side Mainz for star winger Riedl": the offer's object is no aside.
  const all = peopleInSpan(c, ents, cs, ce).filter((m) => m.start < at || m.start - c.cueEnd <= 40 || (m.start - c.cueEnd <= 100 && OFFER_FOR.test(c.view.folded.slice(0, m.start - c.view.sentence.start))))
  // "have signed A and are in talks over B": the conjunct's own player.
  const [js, je] = conjunctSpan(c.view, at)
  const own = all.filter((m) => m.start >= js && m.end <= je)
  const inClause = own.length ? own : all
  if (inClause.length) return inClause.reduce((a, b) => (dist(b, at) < dist(a, at) ? b : a)).name
  // "… tracking the right-back and view him as successor to Carvajal": a name after the cue is often an aside.
  const before = peopleInSpan(c, ents, c.view.sentence.start, c.cueStart).pop()
  return before ? before.name : ents.focal
}

/** "want to keep him", "want closer to £18m": a want of the club holding him, no player named after it. */
function holdersWant(c: Candidate): boolean {
  const after = c.view.folded.slice(c.cueEnd - c.view.sentence.start, c.cueEnd - c.view.sentence.start + 30)
  return KEEP_HIM.test(after) || ASKING_PRICE.test(after)
}

/** A player (or "him") right after an object-taking cue, a club and a few words allowed before the name. */
function namesObject(c: Candidate, ents: ArticleEntities): boolean {
  if (/^\s*(?:him|her)\b/.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start))) return true
  const ms = ents.mentions
  const end = Math.min(c.view.sentence.end, c.cueEnd + c.cue.objectPlayer! + 40)
  for (let i = firstAtOrAfter(ms, c.cueEnd); i < ms.length && ms[i].start <= end; i++) if (ms[i].kind === 'player') return true
  return false
}

/**
 * The players named in [a, b] of the cue's sentence. People count too: "Brentford will lose
 * Thomas Frank, who is in talks with Tottenham" is about the coach.
 */
function peopleInSpan(c: Candidate, ents: ArticleEntities, a: number, b: number): Mention[] {
  const out: Mention[] = []
  for (let i = firstAtOrAfter(ents.mentions, a); i < ents.mentions.length && ents.mentions[i].start <= b; i++) {
    const m = ents.mentions[i]
    if ((m.kind === 'player' || (m.kind === 'person' && /^\s*,?\s*who\b/.test(c.view.folded.slice(m.end - c.view.sentence.start, m.end - c.view.sentence.start + 8)))) && m.name && m.end <= b) out.push(m)
  }
  return out
}

/** The club doing the act: the last one before the cue in its clause that is not a preposition's object ("leaving for Real Madrid"). */
function subjectClub(c: Candidate, clubs: Mention[], text: string): { club?: Mention; coordinated: boolean; atClub?: boolean } {
  const [cs] = clauseAt(c.view, c.cueStart)
  const before: Mention[] = []
  // "Silva, who joined Chelsea in 2020, is wanted by Fulham": a relative clause's club is not the subject.
  const relative = relativeSpansAround(c.view, c.cueStart)
  for (let i = firstAtOrAfter(clubs, cs); i < clubs.length && clubs[i].start <= c.cueStart; i++) {
    if (clubs[i].end <= c.cueStart && !relative.some(([a, b]) => clubs[i].start >= a && clubs[i].end <= b)) before.push(clubs[i])
  }
  const club = before.pop()
  if (!club) return { coordinated: false }
  // "Many at Leverkusen believe he will leave": people at a club speak for the club holding him.
  if (/\bat\s+$/i.test(text.slice(Math.max(cs, club.start - 5), club.start))) return { club, coordinated: false, atClub: true }
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(cs, club.start - 20), club.start))) return { coordinated: false }
  // "rejected two United offers before accepting the third": United owns the offers, it does not accept.
  if (/^\s*(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:offers?|bids?|approach(?:es)?|proposals?)\b/i.test(text.slice(club.end, c.cueStart))) return { coordinated: false }
  const prev = before.pop()
  const coordinated = prev !== undefined && /^\s*(?:and|&|,)\s*$/.test(text.slice(prev.end, club.start))
  return { club, coordinated }
}

/**
 * The club of the official the cue's clause opens with, when the article names him as that club's
 * ("Tottenham chairman Daniel Levy … Levy will reject any offers"): no other person or club between.
 */
/** A clause opening on a conjunction and a verb: "and will reject", "but has refused". */
const NO_SUBJECT_CONJUNCT = /^\W*(?:and|but|yet)\s+(?:(?:will|would|has|have|had|is|are|was|were|could|can|may|might|must|should|also|even|then|now|already)\s+)+/

function officialSubject(c: Candidate, ents: ArticleEntities): string | undefined {
  // "Levy wants to make Bayern bleed and will reject …": a conjunct with no subject of its own
  // takes the sentence's; a club after a preposition or as a verb's object is not one.
  const [cs] = clauseAt(c.view, c.cueStart)
  const from = NO_SUBJECT_CONJUNCT.test(c.view.folded.slice(cs - c.view.sentence.start, c.cueStart - c.view.sentence.start)) ? c.view.sentence.start : cs
  const ms = ents.mentions
  let last: Mention | undefined
  for (let i = firstAtOrAfter(ms, from); i < ms.length && ms[i].end <= c.cueStart; i++) {
    const m = ms[i]
    if (m.kind === 'person' || (m.kind === 'club' && !PREPOSITION_BEFORE.test(c.view.folded.slice(Math.max(0, m.start - c.view.sentence.start - 20), m.start - c.view.sentence.start)))) last = m
  }
  if (last?.kind === 'club') return last.name
  return last?.kind === 'person' && last.name ? ents.personClubs?.get(last.name)?.name : undefined
}

/** Between a cue and a club: signing a player from it ("… to sign teenager Endrick from"). */
const SIGN_FROM = /\b(?:sign|signing|buy|buying|bring in|bringing in|land|landing|acquire|acquiring|recruit|recruiting|prise|prize|lure|luring)\s+(?:[\w'’.-]+\s+){1,6}?from\s+(?:the\s+)?$/

/** Between a stay and the club: "at", "with", "at the club" ("will stay at Napoli"). */
const STAYS_AT = /^\S+(?:\s+(?:on|put))?\s+(?:at|with)\s+(?:the\s+)?$/

/** "there have been no talks": a denied act says nothing about who pursues. */
function negatedBefore(c: Candidate): boolean {
  const before = c.view.folded.slice(Math.max(0, c.cueStart - c.view.sentence.start - 30), c.cueStart - c.view.sentence.start)
  return /\b(?:no|not|never|neither|n't)\b[^,;)]*$/.test(before)
}

/**
 * An offer or talks in a renewal passage, or a club saying he stays: the holder acts. Talks or
 * an offer made with or to another club ("Chelsea's talks with Benfica", after "Enzo will stay
 * in Lisbon") are between two clubs, so no renewal of the subject's: the other club's word.
 */
function holderSideAct(c: Candidate, views: SentenceView[], clubs: Mention[], subject: string): boolean {
  if (c.type === 'stays') return true
  // "Saliba's renewal has been at the top of the list": the club keen on a new deal is his own.
  if (c.type === 'interest') return RENEWAL_STRICT.test(c.view.folded)
  if (c.type !== 'bid' && c.type !== 'talks' && c.type !== 'approach') return false
  if (withOtherClub(c, clubs, subject)) return false
  const prev = views[c.view.index - 1]
  return RENEWAL_NEAR.test(c.view.folded) || (prev !== undefined && prev.paragraph === c.view.paragraph && RENEWAL_NEAR.test(prev.folded))
}

/** Right after a talks or offer cue: the club it is made with or to ("talks with Benfica", "a bid to Benfica"). */
const WITH_OR_TO = /^\s*(?:\S+\s+){0,2}?(?:with|to)\s+(?:the\s+)?$/

/** The cue is made with or to a club other than `subject`, named right after it. */
function withOtherClub(c: Candidate, clubs: Mention[], subject: string): boolean {
  const after = clubsFrom(clubs, c.cueEnd, 30)[0]
  return after?.name !== undefined && after.name !== subject && WITH_OR_TO.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, after.start - c.view.sentence.start))
}

/** "the Brentford forward can play…", no name following: the article's player, spoken of by role. */
function isUnnamedRole(text: string, cm: Mention, mentions: Mention[]): boolean {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, cm.start - 5), cm.start))) return false
  const m = ROLE_NOUN.exec(text.slice(cm.end, cm.end + 40))
  if (!m) return false
  const next = mentions[firstAtOrAfter(mentions, cm.end)]
  return !(next && next.kind === 'player' && next.start - cm.end <= m[0].length + 3)
}

function isHisClub(text: string, cm: Mention): boolean {
  return HIS_OWN_CLUB_BEFORE.test(text.slice(Math.max(0, cm.start - 30), cm.start)) && HIS_CLUB_AFTER.test(text.slice(cm.end, cm.end + 20))
}

function vote(v: Votes, k: string, n: number): void {
  v.set(k, (v.get(k) ?? 0) + n)
}

function top(v: Votes, min = -Infinity): string | undefined {
  let best: string | undefined
  let n = -Infinity
  for (const [k, x] of v) if (x > n) { best = k; n = x }
  return n >= min ? best : undefined
}

/** A knowledge-base club by id (or by name) as its canonical name. */
export function kbClubOf(club: string | undefined, idx: KbIndex): string | undefined {
  if (!club) return undefined
  return idx.clubsById.get(club)?.name ?? idx.clubsByKey.get(club.toLowerCase())?.name
}

/** The knowledge-base club `club` names, when the article names it too; else undefined. */
export function namedKbClub(ents: ArticleEntities, idx: KbIndex, club: string | undefined): string | undefined {
  const name = kbClubOf(club, idx)
  return name && ents.clubCounts.has(name) ? name : undefined
}

/** Words right before a club that make it a player's past one: "ex-Palace", "former Leeds". */
const FORMER_BEFORE = /\b(?:ex-|ex\s|former\s|one-time\s)$/i

/** `clubs` sorted by start; `longestClub` the length of the longest. */
function holderFromPattern(text: string, pm: Mention, clubs: Mention[], longestClub: number, players: Mention[]): string | undefined {
  const rolePhrase = pm.rule.startsWith('entity/role-phrase')
  // "the former Leipzig loanee": a club the role phrase calls past holds him no longer.
  const pastRole = rolePhrase && /\b(?:former|ex|one-time|erstwhile)\b/i.test(pm.surface)
  // Speed: clubs starting before this offset end 40 or more characters before the player, and
  // clubs starting 60 or more after his end are too far: only the clubs between are read.
  for (let i = firstAtOrAfter(clubs, pm.start - 40 - longestClub); i < clubs.length && clubs[i].start < pm.end + 60; i++) {
    const cm = clubs[i]
    if (rolePhrase && cm.start >= pm.start && cm.end <= pm.end) {
      if (pastRole) continue
      return cm.name
    }
    // Only clubs right next to the player can be his holder: skip the rest before slicing text.
    if (cm.end <= pm.start ? pm.start - cm.end >= 40 : cm.start < pm.end || cm.start - pm.end >= 60) continue
    const between = cm.end <= pm.start ? text.slice(cm.end, pm.start) : text.slice(pm.end, cm.start)
    if (/[.!?\n]/.test(between)) continue
    // "the striker, but Brentford held out …, and the deal with Arsenal": a club after another club is not the nearer one's.
    if (cm.start >= pm.end && i > 0 && clubs[i - 1].start >= pm.end) continue
    // "the ex-Palace midfielder Tremlett": a club named as his former one holds him no longer.
    if (cm.end <= pm.start && FORMER_BEFORE.test(text.slice(Math.max(0, cm.start - 12), cm.start))) continue
    // "Galatasaray want Fenerbahce midfielder Yüksek": of two clubs before him, the nearer one.
    const nearer = clubs[i + 1] !== undefined && clubs[i + 1].start >= cm.end && clubs[i + 1].end <= pm.start
    // "Real Madrid striker, Alvaro Morata": a comma right after the role noun sets off the name.
    const core = between.replace(/,\s*$/, '')
    // "Bologna forward Sydney van Hooijdonk as Idah's replacement": the role is the nearer man's.
    const other = cm.end <= pm.start ? players[firstAtOrAfter(players, cm.end)] : undefined
    const manBetween = other !== undefined && other !== pm && other.end <= pm.start
    if (cm.end <= pm.start && pm.start - cm.end < 40 && !core.includes(',') && !nearer && !manBetween && HOLDER_AFTER_CLUB.test(core)) return cm.name
    if (cm.start >= pm.end && cm.start - pm.end < 60 && HOLDER_BEFORE_CLUB.test(between) && !PAST_MOVE.test(between) && !SUITOR_FROM.test(between) && (!NEXT_CLUB.test(between) || LEAVES.test(between) || RENEWAL_STRICT.test(between.toLowerCase()) || /\b(?:fresh|improved)\b/i.test(between))) return cm.name
  }
  return undefined
}

function selfReportingOutlet(text: string, mentions: Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.kind === 'outlet' && SELF_REPORT.test(text.slice(m.end, m.end + 40))) return m.name
  }
  return undefined
}
