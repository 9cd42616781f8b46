/**
 * Generic club descriptors resolved from context: "the Spanish giants", "the LaLiga club",
 * "the Premier League leaders", "the Midlands club". The phrase names a country, league or region;
 * the club is the one of that country, league or region most recently named before it (else the
 * one named most often).
 */
import type { EntityId, Mention } from '../../../domain/types.ts'
import type { ClubEntry } from '../kb/types.ts'
import type { ArticleEntities } from './find-mentions.ts'
import { CAPITAL_CITIES, CITY_ADJECTIVES, CLUB_DESCRIPTOR_NOUNS, COUNTRY_ADJECTIVES, REGION_WORDS } from './lexicon.ts'
import { NormTest, type TokenTable } from './tokens.ts'

/** Speed: "the" recognised by word id, not by comparing every token's text. */
const IS_THE = new NormTest((w) => w === 'the')

const LEAGUE_WORDS: [string[], string][] = [
  [['premier', 'league'], 'Premier League'], [['la', 'liga'], 'La Liga'], [['laliga'], 'La Liga'], [['serie', 'a'], 'Serie A'],
  [['bundesliga'], 'Bundesliga'], [['ligue', '1'], 'Ligue 1'], [['eredivisie'], 'Eredivisie'], [['primeira', 'liga'], 'Primeira Liga'],
  [['saudi', 'pro', 'league'], 'Saudi Pro League'], [['mls'], 'MLS'], [['super', 'lig'], 'Super Lig'], [['scottish', 'premiership'], 'Scottish Premiership'],
]


/**
 * Speed: LEAGUE_WORDS by first word, in list order, so that a "the" followed by an ordinary word
 * tries no league.
 */
const LEAGUES_BY_FIRST = new Map<string, [string[], string][]>()
for (const entry of LEAGUE_WORDS) {
  const list = LEAGUES_BY_FIRST.get(entry[0][0]) ?? []
  list.push(entry)
  LEAGUES_BY_FIRST.set(entry[0][0], list)
}
const REGIONS_BY_FIRST = new Map<string, [string[], string][]>()
for (const entry of REGION_WORDS) {
  const list = REGIONS_BY_FIRST.get(entry[0][0]) ?? []
  list.push(entry)
  REGIONS_BY_FIRST.set(entry[0][0], list)
}

/**
 * Speed: words that may open a scope (a country adjective, a league's or a region's first word),
 * answered once per word id: most words after "the" open none, and skip readScope's lookups.
 */
const SCOPE_FIRST = new NormTest((w) => COUNTRY_ADJECTIVES[w] !== undefined || LEAGUES_BY_FIRST.has(w) || REGIONS_BY_FIRST.has(w))

/**
 * @example findDescriptors(text, tokens, covered, ents) // [{ surface: 'the Spanish giants', name: 'Real Madrid', … }]
 */
export function findDescriptors(text: string, tokens: TokenTable, covered: Uint8Array, ents: ArticleEntities): Mention[] {
  const out: Mention[] = []
  let clubMentions: Mention[] | undefined
  for (let i = 0; i < tokens.length; i++) {
    // "moves to north London from Southampton": a region as a move's destination.
    if (IS_TO.at(tokens, i) && i > 0 && i + 1 < tokens.length && !covered[i + 1] && REGION_FIRST.at(tokens, i + 1) && MOVE_VERB.at(tokens, i - 1)) {
      const place = regionDestination(text, tokens, covered, i + 1, (clubMentions ??= ents.mentions.filter((m) => m.kind === 'club')), ents)
      if (place) out.push(place)
      continue
    }
    if (!IS_THE.at(tokens, i) || covered[i] || i + 1 >= tokens.length) continue
    // "the Saudis": a nation's clubs as a group, one of them only when the article names it.
    // "the newly promoted Premier League club", "the cash-rich Saudi side": a describing word or two before the scope.
    let first = i + 1
    while (first < i + 3 && first + 1 < tokens.length && SCOPE_MODIFIERS.has(tokens.norm(first)) && !covered[first]) first++
    const group = GROUP_DEMONYMS[tokens.norm(first)]
    const based = !group && !SCOPE_FIRST.at(tokens, first) ? basedCity(tokens, first) : undefined
    if (!group && !based && !SCOPE_FIRST.at(tokens, first)) continue
    let scope = based ? { city: based, next: first + 1 } : group && tokens.isCap(first) && !covered[first] ? { country: group, next: first } : group ? undefined : readScope(tokens, first)
    if (!scope) continue
    const noun = scope.next
    if (noun >= tokens.length || covered[noun]) continue
    // "the Spanish capital": the club of that capital the article names.
    const capital = scope.country && !scope.league && tokens.norm(noun) === 'capital' ? CAPITAL_CITIES[scope.country] : undefined
    if (capital) scope = { city: capital, next: noun }
    else if (!group && !CLUB_DESCRIPTOR_NOUNS.has(tokens.norm(noun))) continue
    const club = resolveScope(scope, (clubMentions ??= ents.mentions.filter((m) => m.kind === 'club')), tokens.start[i], ents, text, !group)
    if (!club) continue
    covered.fill(1, i, noun + 1)
    const start = tokens.start[i]
    const end = tokens.end[noun]
    out.push({ start, end, surface: text.slice(start, end), kind: 'club', name: club.name, entityId: `club:${club.id}` as EntityId, rule: 'entity/club-descriptor@1', confidence: 0.75 })
  }
  return out
}

const IS_TO = new NormTest((w) => w === 'to')
const REGION_FIRST = new NormTest((w) => REGIONS_BY_FIRST.has(w))
/** Verbs of a player's move before "to" and a region: "moves to north London", "headed to Merseyside". */
const MOVE_VERB = new NormTest((w) => /^(?:move[sd]?|moving|head(?:s|ed|ing)?|switch(?:es|ed|ing)?|return(?:s|ed|ing)?|relocat(?:e|es|ed|ing))$/.test(w))

/** After a place: a childhood move ("at the age of nine", "as a boy", "with his family"). */
const CHILDHOOD_AFTER = /^[\s,]*(?:(?:\w+\s+){0,3}?(?:at the age of|aged|as a (?:child|boy|girl|youngster|teenager|kid)|with his (?:family|parents)|when he was)\b)/

/**
 * A region right after a move's "to" ("moves to north London from Southampton"): the club of that
 * region when the article names exactly one (Arsenal or Tottenham, not a guess between them);
 * undefined otherwise, and the move's destination stays unknown.
 */
function regionDestination(text: string, tokens: TokenTable, covered: Uint8Array, k: number, clubMentions: Mention[], ents: ArticleEntities): Mention | undefined {
  let found: [string[], string] | undefined
  for (const entry of REGIONS_BY_FIRST.get(tokens.norm(k)) ?? []) {
    if (entry[0].every((w, j) => k + j < tokens.length && !covered[k + j] && tokens.norm(k + j) === w)) { found = entry; break }
  }
  if (!found) return undefined
  // "moved to London at the age of nine", "as a boy": where he grew up, no club's move.
  if (CHILDHOOD_AFTER.test(text.slice(tokens.end[k + found[0].length - 1], tokens.end[k + found[0].length - 1] + 40).toLowerCase())) return undefined
  const names = new Set<string>()
  for (const m of clubMentions) {
    const c = ents.clubs.get(m.name ?? '')
    if (c && inCity(c, found[1])) names.add(c.name)
  }
  if (names.size !== 1) return undefined
  const club = ents.clubs.get([...names][0])!
  const last = k + found[0].length - 1
  covered.fill(1, k, last + 1)
  const start = tokens.start[k]
  const end = tokens.end[last]
  return { start, end, surface: text.slice(start, end), kind: 'club', name: club.name, entityId: `club:${club.id}` as EntityId, rule: 'entity/region-destination@1', confidence: 0.7 }
}

/**
 * Plural demonyms the press uses for a nation's buying clubs ("the Saudis have made an offer"):
 * the club of that country the article named before it, else no club at all, never another
 * country's club.
 */
const GROUP_DEMONYMS: Record<string, string> = { saudis: 'Saudi Arabia', qataris: 'Qatar', emiratis: 'United Arab Emirates' }

interface Scope { country?: string; league?: string; region?: string; city?: string; next: number }

/** Words that may stand between "the" and a descriptor's scope: "the newly promoted Premier League club". */
const SCOPE_MODIFIERS = new Set(['newly', 'promoted', 'newly-promoted', 'relegated', 'recently', 'ambitious', 'wealthy', 'cash-rich', 'big-spending', 'free-spending', 'struggling', 'mighty', 'reigning', 'current', 'former', 'record'])

/** "Madrid-based", "London-based": the city before "-based", lower case, if the token is such a word. */
function basedCity(tokens: TokenTable, k: number): string | undefined {
  const w = tokens.norm(k)
  return w.length > 7 && w.endsWith('-based') && tokens.isCap(k) ? w.slice(0, -6) : undefined
}

/** Where a club is based, as "Madrid-based" names it: a region it is named by, a word of its name, or a one-word metonym ("Madrid"). */
function inCity(c: ClubEntry, city: string): boolean {
  if (c.regions?.includes(city)) return true
  if (c.name.toLowerCase().split(/\s+/).includes(city)) return true
  return c.metonyms?.some((m) => m.toLowerCase() === city) === true
}

function readScope(tokens: TokenTable, i: number): Scope | undefined {
  if (i >= tokens.length) return undefined
  const norm = tokens.norm(i)
  const country = COUNTRY_ADJECTIVES[norm]
  for (const [words, league] of LEAGUES_BY_FIRST.get(norm) ?? []) {
    if (words.every((w, k) => i + k < tokens.length && tokens.norm(i + k) === w)) return { league, country, next: i + words.length }
  }
  for (const [words, region] of REGIONS_BY_FIRST.get(norm) ?? []) {
    if (words.every((w, k) => i + k < tokens.length && tokens.norm(i + k) === w)) return { region, next: i + words.length }
  }
  // "the English Premier League club": the league the country adjective opens.
  if (country && i + 1 < tokens.length) {
    for (const [words, league] of LEAGUES_BY_FIRST.get(tokens.norm(i + 1)) ?? []) {
      if (words.every((w, k) => i + 1 + k < tokens.length && tokens.norm(i + 1 + k) === w)) return { league, country, next: i + 1 + words.length }
    }
  }
  // "the Parisian club", "the Catalan giants": a club of that place, not any of its country's.
  const city = CITY_ADJECTIVES[norm]
  if (city && tokens.isCap(i)) return { city, next: i + 1 }
  if (country && tokens.isCap(i)) return { country, next: i + 1 }
  return undefined
}

/** `often`: with none named before, the club of the scope named most often in the article. */
function resolveScope(scope: Scope, clubMentions: Mention[], before: number, ents: ArticleEntities, text: string, often = true): ClubEntry | undefined {
  if (scope.league && !inKbSeason(ents.date)) {
    const moved = movedLeagueClub(scope.league, clubMentions, before, sentenceStartBefore(text, before), ents)
    if (moved) return moved
  }
  const fits = (c: ClubEntry) => (scope.city ? inCity(c, scope.city) : scope.region ? inCity(c, scope.region) : scope.league ? sameLeague(c.league, scope.league) : c.country === scope.country)
  for (let k = clubMentions.length - 1; k >= 0; k--) {
    const m = clubMentions[k]
    if (m.start >= before) continue
    const c = ents.clubs.get(m.name ?? '')
    if (c && fits(c)) return c
  }
  if (!often) return undefined
  let best: ClubEntry | undefined
  let bestN = 0
  for (const [name, n] of ents.clubCounts) {
    const c = ents.clubs.get(name)
    if (c && fits(c) && n > bestN) { best = c; bestN = n }
  }
  return best
}

function sameLeague(a: string, b: string): boolean {
  const f = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
  return f(a) === f(b) || f(a).startsWith(f(b)) || f(b).startsWith(f(a))
}

/** The season the knowledge base's leagues are true for (clubs sit in their 2024-25 league). */
const KB_SEASON = ['2024-07-01', '2025-07-01'] as const

/** Whether the article's date (or no date) falls in the knowledge base's season. */
function inKbSeason(date: string | null | undefined): boolean {
  return !date || (date >= KB_SEASON[0] && date < KB_SEASON[1])
}

/** Top flights and the division below each: promotion and relegation move clubs between them every year. */
const SECOND_TIER: Record<string, string | undefined> = {
  'Premier League': 'Championship', 'La Liga': 'Segunda Division', 'Serie A': 'Serie B', Bundesliga: '2. Bundesliga', 'Ligue 1': 'Ligue 2',
}

/**
 * "the newly promoted Premier League club" in a 2019 article about Sheffield United, whom the
 * knowledge base lists in the Championship: in another season than the knowledge base's, a club
 * of the league or of the division below it may be meant. Of those named before, the first its
 * own sentence names (the sentence's subject, "Sheffield United have signed Robinson from
 * Preston …, the newly promoted Premier League club said"), else the latest. Undefined when the
 * league has no such division or no club of the division below is named (the caller then reads
 * the knowledge base's league alone).
 */
function movedLeagueClub(league: string, clubMentions: Mention[], before: number, sentenceStart: number, ents: ArticleEntities): ClubEntry | undefined {
  const below = SECOND_TIER[league]
  if (!below) return undefined
  let latest: ClubEntry | undefined
  let inSentence: ClubEntry | undefined
  let seenBelow = false
  for (const m of clubMentions) {
    if (m.start >= before) break
    const c = ents.clubs.get(m.name ?? '')
    if (!c || !(c.league === league || c.league === below)) continue
    if (c.league === below) seenBelow = true
    latest = c
    if (m.start >= sentenceStart) inSentence ??= c
  }
  return seenBelow ? inSentence ?? latest : undefined
}

/** Where the sentence holding offset `at` starts: after the last stop or line break before it. */
export function sentenceStartBefore(text: string, at: number): number {
  for (let k = at - 1; k > 0; k--) {
    const c = text.charCodeAt(k)
    if (c === 10 || ((c === 32 || c === 9) && /[.!?]/.test(text[k - 1]))) return k + 1
  }
  return 0
}
