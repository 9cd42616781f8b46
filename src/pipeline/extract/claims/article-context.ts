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
import type { ClaimType, Mention } from '../../../domain/types.ts'
import { indexKnowledgeBase, type KbIndex } from '../entities/kb-index.ts'
import type { ArticleEntities } from '../entities/find-mentions.ts'
import type { KnowledgeBase } from '../kb/types.ts'
import { clauseAt, type Candidate, type SentenceView } from './candidate.ts'

const HOLDER_AFTER_CLUB = /^\s*(?:'s|’s)\s*$|^\s*(?:'s|’s)?\s*(?:\S+\s+){0,2}?(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|full-back|star|captain|vice-captain|skipper|academy|ace|man|player|playmaker|attacker|youngster|talisman)\b/i
const HOLDER_BEFORE_CLUB = /\b(?:contract|deal|future|career|stay|time|spell)\s+at\s*$|\b(?:contract|deal)\s+with\s*$|\bfrom\s*$|\b(?:leave|leaving|left|exit|outside of|outside|away from)\s*$/i
/** A move in the past: "arrived from Newcastle" names a former club, not the holder. */
const PAST_MOVE = /\b(?:arriv\w*|join\w*|mov(?:ed|ing)|sign(?:ed|ing)|since|came|switch\w*|bought|brought)\b/i
/** "his Liverpool contract", "his boyhood club Liverpool": the club of the player spoken of. */
const HIS_CLUB_BEFORE = /\bhis\s+(?:boyhood club\s+|current club\s+|parent club\s+)?$/i
const HIS_CLUB_AFTER = /^\s*(?:contract|deal|career|exit|departure|team-?mates|future|renewal|academy|boss|manager|side|shirt)\b/i
/** Words that make an offer or talks about a new contract (the holder's act). */
const RENEWAL_NEAR = /\b(?:renewal|new (?:deal|contract|terms)|contract (?:extension|talks|offer)|extend|keep him|stay)\b/
/** "an offer from Al-Ittihad": the club after is the suitor. */
const SUITOR_FROM = /\b(?:interest|offers?|bids?|approach(?:es)?|enquir(?:y|ies)|proposals?|advances|overtures)\s+from\s*$/i
const SELF_REPORT = /^\s*(?:has been told|have been told|understands|has learned|has learnt|can reveal|can confirm|has been informed|is told)\b/
const HOLDER_ACTS = new Set<ClaimType>(['bid_rejected', 'not_for_sale', 'extension_offer', 'extension_signed'])
const SUITOR_ACTS = new Set<ClaimType>(['interest', 'approach', 'bid', 'talks', 'personal_terms', 'agreement', 'pre_contract', 'medical', 'signed'])

export interface ArticleFacts {
  holder: Map<string, string>
  suitor?: string
  houseOutlet?: string
}

type Votes = Map<string, number>

/**
 * @example inferArticleFacts(text, views, cues, ents, kb).holder.get('Trent Alexander-Arnold') // 'Liverpool'
 */
export function inferArticleFacts(text: string, views: SentenceView[], cues: Candidate[], ents: ArticleEntities, kb: KnowledgeBase, outlet?: string): ArticleFacts {
  const idx = indexKnowledgeBase(kb)
  const clubs = ents.mentions.filter((m) => m.kind === 'club')
  const players = ents.mentions.filter((m) => m.kind === 'player')
  const patternVotes = new Map<string, Votes>()
  for (const pm of players) {
    const club = holderFromPattern(text, pm, clubs)
    if (club) vote(patternVotes.get(pm.name!) ?? patternVotes.set(pm.name!, new Map()).get(pm.name!)!, club, 2)
  }
  if (ents.focal) for (const cm of clubs) if (isHisClub(text, cm)) vote(patternVotes.get(ents.focal) ?? patternVotes.set(ents.focal, new Map()).get(ents.focal)!, cm.name!, 2)
  const { holderVotes, suitorVotes } = actVotes(cues, clubs, views)
  const holder = new Map<string, string>()
  for (const [player, v] of patternVotes) holder.set(player, top(v)!)
  const focal = ents.focal
  if (focal) {
    const v = new Map(patternVotes.get(focal) ?? [])
    for (const [k, n] of holderVotes) vote(v, k, n)
    for (const [k, n] of suitorVotes) vote(v, k, -n)
    const h = top(v, 1)
    if (h) holder.set(focal, h)
  }
  for (const p of ents.players.values()) {
    const club = kbClubOf(p.club, idx)
    if (holder.has(p.name) || !club || !ents.clubCounts.has(club)) continue
    if ((suitorVotes.get(club) ?? 0) > (holderVotes.get(club) ?? 0)) continue
    holder.set(p.name, club)
  }
  const h = focal ? holder.get(focal) : undefined
  const suitor = top(new Map([...suitorVotes].filter(([k]) => k !== h)), 1)
  return { holder, suitor, houseOutlet: outlet ?? selfReportingOutlet(text, ents.mentions) }
}

/** The club acting as subject of each cue: rejecting clubs hold, wanting clubs pursue. */
function actVotes(cues: Candidate[], clubs: Mention[], views: SentenceView[]): { holderVotes: Votes; suitorVotes: Votes } {
  const holderVotes: Votes = new Map()
  const suitorVotes: Votes = new Map()
  for (const c of cues) {
    const [cs] = clauseAt(c.view, c.cueStart)
    const from = clubs.find((m) => m.start >= c.cueEnd && m.start - c.cueEnd < 12 && /\bfrom\s*$/.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, m.start - c.view.sentence.start)))
    const subject = from ? undefined : clubs.filter((m) => m.start >= cs && m.end <= c.cueStart).pop()
    const weight = c.view.paragraph === 0 ? 2 : 1
    if (subject?.name) {
      if (HOLDER_ACTS.has(c.type) || c.cue.actor === 'holder' || holderSideAct(c, views)) vote(holderVotes, subject.name, 1)
      else if (SUITOR_ACTS.has(c.type) && !negatedBefore(c)) vote(suitorVotes, subject.name, weight)
    }
    if (from?.name && SUITOR_ACTS.has(c.type)) { vote(suitorVotes, from.name, weight); continue }
    const after = clubs.find((m) => m.start >= c.cueEnd && m.start - c.cueEnd < 12)
    if (after?.name && (c.type === 'approach' || c.type === 'bid')) {
      const between = c.view.folded.slice(c.cueEnd - c.view.sentence.start, after.start - c.view.sentence.start)
      if (/^\s*(?:to|with)?\s*$/.test(between)) vote(holderVotes, after.name, 1)
    }
  }
  return { holderVotes, suitorVotes }
}

/** "there have been no talks": a denied act says nothing about who pursues. */
function negatedBefore(c: Candidate): boolean {
  const before = c.view.folded.slice(Math.max(0, c.cueStart - c.view.sentence.start - 30), c.cueStart - c.view.sentence.start)
  return /\b(?:no|not|never|neither|n't)\b[^,;]*$/.test(before)
}

/** An offer or talks in a renewal passage, or a club saying he stays: the holder acts. */
function holderSideAct(c: Candidate, views: SentenceView[]): boolean {
  if (c.type === 'stays') return true
  if (c.type !== 'bid' && c.type !== 'talks' && c.type !== 'approach') return false
  const prev = views[c.view.index - 1]
  return RENEWAL_NEAR.test(c.view.folded) || (prev !== undefined && prev.paragraph === c.view.paragraph && RENEWAL_NEAR.test(prev.folded))
}

function isHisClub(text: string, cm: Mention): boolean {
  return HIS_CLUB_BEFORE.test(text.slice(Math.max(0, cm.start - 30), cm.start)) && HIS_CLUB_AFTER.test(text.slice(cm.end, cm.end + 20))
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

function kbClubOf(club: string | undefined, idx: KbIndex): string | undefined {
  if (!club) return undefined
  return idx.clubsById.get(club)?.name ?? idx.clubsByKey.get(club.toLowerCase())?.name
}

function holderFromPattern(text: string, pm: Mention, clubs: Mention[]): string | undefined {
  for (const cm of clubs) {
    if (pm.rule.startsWith('entity/role-phrase') && cm.start >= pm.start && cm.end <= pm.end) return cm.name
    // Only clubs right next to the player can be his holder: skip the rest before slicing text.
    if (cm.end <= pm.start ? pm.start - cm.end >= 40 : cm.start < pm.end || cm.start - pm.end >= 60) continue
    const between = cm.end <= pm.start ? text.slice(cm.end, pm.start) : text.slice(pm.end, cm.start)
    if (/[.!?\n]/.test(between)) continue
    if (cm.end <= pm.start && pm.start - cm.end < 40 && !between.includes(',') && HOLDER_AFTER_CLUB.test(between)) return cm.name
    if (cm.start >= pm.end && cm.start - pm.end < 60 && HOLDER_BEFORE_CLUB.test(between) && !PAST_MOVE.test(between) && !SUITOR_FROM.test(between)) return cm.name
  }
  return undefined
}

function selfReportingOutlet(text: string, mentions: Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.kind === 'outlet' && SELF_REPORT.test(text.slice(m.end, m.end + 40))) return m.name
  }
  return undefined
}
