/**
 * Article-level facts the claim passes lean on: which club holds each player, which club is
 * chasing the focal player, and which outlet reports in its own name.
 */
import type { Mention } from '../../../domain/types.ts'
import { indexKnowledgeBase } from '../entities/kb-index.ts'
import type { ArticleEntities } from '../entities/find-mentions.ts'
import type { KnowledgeBase } from '../kb/types.ts'
import type { SentenceView } from './candidate.ts'

const HOLDER_AFTER_CLUB = /^\s*(?:'s|’s)?\s*(?:\S+\s+){0,2}?(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|full-back|star|captain|vice-captain|skipper|academy|ace|man|player|playmaker|attacker|youngster|talisman)\b/i
const HOLDER_BEFORE_CLUB = /\b(?:contract|deal|future|career|stay|time|spell)\s+at\s*$|\b(?:contract|deal)\s+with\s*$|\bfrom\s*$|\b(?:leave|leaving|left|exit|outside of|outside|away from)\s*$/i
const HOLDER_CUES = /\b(?:rejected|rebuffed|dismissed|not for sale|holding firm|new deal|new contract|extend|extension|renewal|keep|academy product|boyhood club)\b/
const SUITOR_CUES = /\b(?:target|interest|approach|bid|offer|talks|negotiat|sign|pursuit|chase|admirers|pre-contract|lure|move to|join)\w*/
const SELF_REPORT = /^\s*(?:has been told|have been told|understands|has learned|has learnt|can reveal|can confirm|has been informed|is told)\b/

export interface ArticleFacts {
  holder: Map<string, string>
  suitor?: string
  houseOutlet?: string
}

/**
 * @example inferArticleFacts(text, views, ents, kb).holder.get('Trent Alexander-Arnold') // 'Liverpool'
 */
export function inferArticleFacts(text: string, views: SentenceView[], ents: ArticleEntities, kb: KnowledgeBase, outlet?: string): ArticleFacts {
  const idx = indexKnowledgeBase(kb)
  const holder = new Map<string, string>()
  const clubs = ents.mentions.filter((m) => m.kind === 'club')
  const players = ents.mentions.filter((m) => m.kind === 'player')
  const votes = new Map<string, Map<string, number>>()
  for (const pm of players) {
    const club = holderFromPattern(text, pm, clubs)
    if (!club) continue
    const v = votes.get(pm.name!) ?? votes.set(pm.name!, new Map()).get(pm.name!)!
    v.set(club, (v.get(club) ?? 0) + 1)
  }
  for (const [player, v] of votes) holder.set(player, [...v].sort((a, b) => b[1] - a[1])[0][0])
  const focal = ents.focal
  if (focal && !holder.has(focal)) {
    const h = topClub(views, clubs, HOLDER_CUES)
    if (h) holder.set(focal, h)
  }
  // INFO: the knowledge base holds players' clubs as of its writing; an article may predate a
  // move (Alexander-Arnold is a Real Madrid player in the KB, a Liverpool one in 2024 news), so
  // the text wins and the KB is only a fallback.
  for (const p of ents.players.values()) {
    if (holder.has(p.name) || !p.club) continue
    const club = idx.clubsById.get(p.club)?.name ?? idx.clubsByKey.get(p.club.toLowerCase())?.name
    if (club && ents.clubCounts.has(club)) holder.set(p.name, club)
  }
  const suitor = focal ? topClub(views, clubs, SUITOR_CUES, holder.get(focal)) : undefined
  return { holder, suitor, houseOutlet: outlet ?? selfReportingOutlet(text, ents.mentions) }
}

function holderFromPattern(text: string, pm: Mention, clubs: Mention[]): string | undefined {
  for (const cm of clubs) {
    const between = cm.end <= pm.start ? text.slice(cm.end, pm.start) : text.slice(pm.end, cm.start)
    if (/[.!?\n]/.test(between)) continue
    if (cm.end <= pm.start && pm.start - cm.end < 40 && HOLDER_AFTER_CLUB.test(between)) return cm.name
    if (cm.start >= pm.end && cm.start - pm.end < 60 && HOLDER_BEFORE_CLUB.test(between)) return cm.name
  }
  return undefined
}

function topClub(views: SentenceView[], clubs: Mention[], cues: RegExp, exclude?: string): string | undefined {
  const score = new Map<string, number>()
  for (const v of views) {
    if (!cues.test(v.folded)) continue
    for (const cm of clubs) {
      if (cm.start < v.sentence.start || cm.end > v.sentence.end || cm.name === exclude) continue
      score.set(cm.name!, (score.get(cm.name!) ?? 0) + 1)
    }
  }
  let best: string | undefined
  let n = 0
  for (const [k, v] of score) if (v > n) { best = k; n = v }
  return best
}

function selfReportingOutlet(text: string, mentions: Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.kind === 'outlet' && SELF_REPORT.test(text.slice(m.end, m.end + 40))) return m.name
  }
  return undefined
}
