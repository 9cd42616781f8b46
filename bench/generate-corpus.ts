/**
 * A deterministic generator of a large, varied transfer-news corpus for `npm run bench`.
 * Players are synthesised from name parts; clubs, outlets and journalists are the knowledge
 * base's own. Each article mixes claims of several types (with hedges, negations, attributions,
 * fees, time phrases), quotes, statistics, contract facts and noise lines (credits, related
 * headlines, polls), dated across 2023-2026 (some undated). Same seed → same corpus.
 */
import { type ClaimType, type RawArticle } from '../src/domain/types.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import type { ClubEntry, KnowledgeBase } from '../src/pipeline/extract/kb/types.ts'
import { CLAIM_TEMPLATES } from './corpus/claim-templates.ts'
import * as L from './corpus/lexicon.ts'
import { createRng, type Rng } from './corpus/prng.ts'

export interface CorpusOptions {
  /** Number of articles. */
  articles: number
  seed?: number
  /** Players in the pool (default: about one per 8 articles, 50..20,000). */
  players?: number
  kb?: KnowledgeBase
}

interface Player {
  first: string
  last: string
  pos: string
  nat: string
  age: string
  club: ClubEntry
}

interface Cast {
  rng: Rng
  kb: KnowledgeBase
  player: Player
  buyer: ClubEntry
  coach: string
  outlet: string
  journalist: string
  date: string
  year: number
  stage: number
  mentions: number
}

const START = Date.UTC(2023, 0, 1)
const DAYS = 4 * 365

/**
 * Yields `articles` raw articles, deterministically.
 * @example [...generateCorpus({ articles: 2, seed: 7 })].length // 2
 */
export function* generateCorpus(opts: CorpusOptions): Generator<RawArticle> {
  const seed = opts.seed ?? 2025
  const kb = opts.kb ?? loadKnowledgeBase()
  const pool = playerPool(createRng(seed), kb, opts.players ?? Math.min(20_000, Math.max(50, Math.round(opts.articles / 8))))
  for (let i = 0; i < opts.articles; i++) yield generateArticle(createRng(seed).fork(i + 1), kb, pool, i)
}

/** The player pool: names from parts, each with a position, nationality and current club. */
export function playerPool(rng: Rng, kb: KnowledgeBase, n: number): Player[] {
  const out: Player[] = []
  for (let i = 0; i < n; i++) {
    out.push({
      first: rng.pick(L.FIRST_NAMES), last: rng.pick(L.SURNAMES), pos: rng.pick(L.POSITIONS),
      nat: rng.pick(L.NATIONALITIES), age: rng.pick(L.AGE_WORDS), club: rng.pick(kb.clubs),
    })
  }
  return out
}

/** One article about one player (sometimes with a second, shorter story). */
export function generateArticle(rng: Rng, kb: KnowledgeBase, pool: readonly Player[], index: number): RawArticle {
  const cast = castFor(rng, kb, pool)
  const paragraphs = [leadParagraph(cast), ...bodyParagraphs(cast)]
  if (rng.chance(0.3)) paragraphs.push(...roundup(rng, kb, pool, cast))
  const lines = withNoise(rng, paragraphs, cast)
  const dated = rng.chance(0.88)
  if (!dated || rng.chance(0.2)) lines.unshift(fill(rng.pick(L.DATELINES), cast))
  if (rng.chance(0.5)) lines.unshift(`By ${cast.journalist}`)
  cast.mentions = 0
  const title = capital(fill(rng.pick(L.HEADLINES), cast))
  return {
    source: `bench-${index}`,
    format: 'text',
    text: lines.join('\n\n'),
    title,
    outlet: cast.outlet,
    author: rng.chance(0.7) ? cast.journalist : undefined,
    published: dated ? cast.date : undefined,
    url: `https://news.example/${slug(cast.outlet)}/transfers/${index}-${slug(title)}`,
  }
}

function castFor(rng: Rng, kb: KnowledgeBase, pool: readonly Player[]): Cast {
  // Skewed towards the front of the pool: a few players dominate the news, like real windows.
  const player = pool[Math.floor(pool.length * rng.next() ** 2)]
  let buyer = rng.pick(kb.clubs)
  if (buyer.id === player.club.id) buyer = kb.clubs[(kb.clubs.indexOf(buyer) + 1) % kb.clubs.length]
  const date = new Date(START + rng.int(0, DAYS) * 86_400_000).toISOString().slice(0, 10)
  const coach = `${rng.pick(L.FIRST_NAMES)} ${rng.pick(L.SURNAMES)}`
  const outletEntry = rng.pick(kb.outlets)
  const own = kb.journalists.filter((j) => j.outlets.includes(outletEntry.id))
  const journalist = rng.pick(own.length > 0 && rng.chance(0.7) ? own : kb.journalists).name
  const stage = rng.int(0, MOVE_STAGES.length - 1)
  return { rng, kb, player, buyer, coach, outlet: outletEntry.name, journalist, date, year: Number(date.slice(0, 4)), stage, mentions: 0 }
}

function leadParagraph(c: Cast): string {
  const first = claimSentence(c, pickType(c))
  return c.rng.chance(0.5) ? `${first} ${claimSentence(c, pickType(c))}` : first
}

function bodyParagraphs(c: Cast): string[] {
  const out: string[] = []
  const n = c.rng.int(8, 20)
  for (let i = 0; i < n; i++) {
    const roll = c.rng.next()
    if (roll < 0.4) out.push(sentences(c, c.rng.int(1, 3), () => claimSentence(c, pickType(c))))
    else if (roll < 0.55) out.push(quote(c))
    else if (roll < 0.7) out.push(sentences(c, c.rng.int(1, 3), () => fill(c.rng.pick(L.STAT_SENTENCES), c)))
    else if (roll < 0.82) out.push(fill(c.rng.pick(L.CONTRACT_SENTENCES), c))
    else out.push(sentences(c, c.rng.int(1, 2), () => fill(c.rng.pick(L.FILLER_SENTENCES), c)))
  }
  return out
}

function roundup(rng: Rng, kb: KnowledgeBase, pool: readonly Player[], main: Cast): string[] {
  const other = { ...castFor(rng, kb, pool), outlet: main.outlet, date: main.date }
  const header = rng.pick(['Elsewhere', 'In other news', 'Also today', 'Around the leagues', 'Quick hits'])
  return [header, claimSentence(other, pickType(other)), claimSentence(other, pickType(other))]
}

/** Claim types in the order a saga usually passes through them; renewals form a side branch. */
const MOVE_STAGES: ClaimType[] = ['interest', 'interest', 'approach', 'talks', 'bid', 'bid_rejected', 'talks', 'personal_terms', 'agreement', 'medical', 'signed']
const SIDE_TYPES: ClaimType[] = ['not_for_sale', 'rejected_move', 'collapsed', 'extension_offer', 'extension_signed', 'stays', 'pre_contract']

/** Mostly types near the article's stage of the saga, sometimes a side branch. */
function pickType(c: Cast): ClaimType {
  if (c.rng.chance(0.2)) return c.rng.pick(SIDE_TYPES)
  const i = Math.min(MOVE_STAGES.length - 1, Math.max(0, c.stage + c.rng.int(-2, 1)))
  return MOVE_STAGES[i]
}

/** A claim sentence of `type`, maybe hedged and attributed before or after. */
export function claimSentence(c: Cast, type: ClaimType): string {
  const core = fill(c.rng.pick(CLAIM_TEMPLATES[type]), c)
  const roll = c.rng.next()
  if (roll < 0.3) return capital(fill(c.rng.pick(L.ATTRIBUTION_PREFIXES), c) + lowerStart(core))
  if (roll < 0.6) return core.replace(/\.?$/, `, ${fill(c.rng.pick(L.ATTRIBUTION_LEADS), c)}.`)
  const hedge = c.rng.pick(L.HEDGES)
  return hedge ? capital(hedge + lowerStart(core)) : core
}

function quote(c: Cast): string {
  const speaker = c.rng.pick([c.player.last, `${c.player.club.name} ${c.rng.pick(L.COACH_ROLES)} ${c.coach}`, c.coach, `his agent ${c.rng.pick(L.FIRST_NAMES)} ${c.rng.pick(L.SURNAMES)}`])
  const line = c.rng.pick(L.QUOTE_LINES)
  const verb = fill(c.rng.pick(L.SPEAKER_VERBS), c)
  if (c.rng.chance(0.5)) return `"${line}," ${speaker} ${verb}.`
  return `${capital(speaker)} ${verb}: "${line}."`
}

function sentences(c: Cast, n: number, make: () => string): string {
  return Array.from({ length: n }, make).join(' ')
}

function withNoise(rng: Rng, paragraphs: string[], c: Cast): string[] {
  const out: string[] = []
  for (const p of paragraphs) {
    out.push(p)
    if (rng.chance(0.18)) out.push(fill(rng.pick(L.NOISE_LINES), c))
  }
  return out
}

/** Fills `[a|b]` alternatives, then `{slot}`s from the cast. */
export function fill(tpl: string, c: Cast): string {
  return tpl.replace(/\[([^\]]*)\]/g, (_, alts: string) => c.rng.pick(alts.split('|')))
    .replace(/\b(of|for|worth|at|above) \{fee\}/g, '$1 {feeP}')
    .replace(/\{(\w+)\}/g, (_, key: string) => slot(key, c))
}

function slot(key: string, c: Cast): string {
  const { rng, player } = c
  switch (key) {
    case 'P': return playerName(c)
    case 'p': return player.last
    case 'T': return clubName(rng, c.buyer)
    case 'F': return clubName(rng, player.club)
    case 'fee': return rng.pick(L.FEE_FORMS.slice(0, 5)).replace('{m}', String(rng.int(5, 150)))
    case 'feeP': return rng.pick(L.FEE_FORMS).replace('{m}', String(rng.int(5, 150)))
    case 'when': return rng.pick(L.TIME_PHRASES)
    case 'pos': return player.pos
    case 'nat': return player.nat
    case 'age': return player.age
    case 'conf': return rng.pick(L.CONFIDENCE_WORDS)
    case 'coach': return `${player.club.name} ${rng.pick(L.COACH_ROLES)} ${c.coach}`
    case 'outlet': return c.outlet
    case 'journalist': return c.journalist
    case 'country': return rng.pick(c.kb.clubs).country
    case 'agency': return rng.pick(L.AGENCIES)
    case 'headline': return fill(rng.pick(L.HEADLINES), c)
    case 'date': return c.date
    case 'year': return String(c.year + rng.int(1, 5))
    case 'y': return String(c.year - rng.int(1, 6))
    case 'm': return String(rng.int(5, 150))
    case 'a': return String(rng.int(16, 20))
    default: return String(rng.int(2, 40))
  }
}

function playerName(c: Cast): string {
  const { player } = c
  c.mentions++
  if (c.mentions === 1 || c.rng.chance(0.35)) return `${player.first} ${player.last}`
  return c.rng.chance(0.85) ? player.last : `the ${player.nat} ${player.pos}`
}

function clubName(rng: Rng, club: ClubEntry): string {
  const r = rng.next()
  if (r < 0.65 || (club.short.length === 0 && club.nicknames.length === 0)) return club.name
  if (r < 0.8 && club.short.length > 0) return rng.pick(club.short)
  if (r < 0.95 && club.nicknames.length > 0) return rng.pick(club.nicknames)
  return club.metonyms.length > 0 ? rng.pick(club.metonyms) : club.name
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Lower-cases the first word only when it is an ordinary word, not a name. */
function lowerStart(s: string): string {
  return /^(The|There|An|A|Talks|Negotiations|Medical|Personal|Here|Done|Deal|It)\b/.test(s) && !/^The [A-Z]/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1) : s
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)
}
