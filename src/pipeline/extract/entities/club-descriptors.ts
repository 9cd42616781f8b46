/**
 * Generic club descriptors resolved from context: "the Spanish giants", "the LaLiga club",
 * "the Premier League leaders", "the Midlands club". The phrase names a country, league or region;
 * the club is the one of that country, league or region most recently named before it (else the
 * one named most often).
 */
import type { EntityId, Mention } from '../../../domain/types.ts'
import type { ClubEntry } from '../kb/types.ts'
import type { ArticleEntities } from './find-mentions.ts'
import { CLUB_DESCRIPTOR_NOUNS, COUNTRY_ADJECTIVES, REGION_WORDS } from './lexicon.ts'
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
    if (!IS_THE.at(tokens, i) || covered[i] || i + 1 >= tokens.length) continue
    // "the Saudis": a nation's clubs as a group, one of them only when the article names it.
    const group = GROUP_DEMONYMS[tokens.norm(i + 1)]
    if (!group && !SCOPE_FIRST.at(tokens, i + 1)) continue
    const scope = group && tokens.isCap(i + 1) && !covered[i + 1] ? { country: group, next: i + 1 } : group ? undefined : readScope(tokens, i + 1)
    if (!scope) continue
    const noun = scope.next
    if (noun >= tokens.length || covered[noun] || (!group && !CLUB_DESCRIPTOR_NOUNS.has(tokens.norm(noun)))) continue
    const club = resolveScope(scope, (clubMentions ??= ents.mentions.filter((m) => m.kind === 'club')), tokens.start[i], ents, !group)
    if (!club) continue
    covered.fill(1, i, noun + 1)
    const start = tokens.start[i]
    const end = tokens.end[noun]
    out.push({ start, end, surface: text.slice(start, end), kind: 'club', name: club.name, entityId: `club:${club.id}` as EntityId, rule: 'entity/club-descriptor@1', confidence: 0.75 })
  }
  return out
}

/**
 * Plural demonyms the press uses for a nation's buying clubs ("the Saudis have made an offer"):
 * the club of that country the article named before it, else no club at all, never another
 * country's club.
 */
const GROUP_DEMONYMS: Record<string, string> = { saudis: 'Saudi Arabia', qataris: 'Qatar', emiratis: 'United Arab Emirates' }

interface Scope { country?: string; league?: string; region?: string; next: number }

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
  if (country && tokens.isCap(i)) return { country, next: i + 1 }
  return undefined
}

/** `often`: with none named before, the club of the scope named most often in the article. */
function resolveScope(scope: Scope, clubMentions: Mention[], before: number, ents: ArticleEntities, often = true): ClubEntry | undefined {
  const fits = (c: ClubEntry) => (scope.region ? c.regions?.includes(scope.region) === true : scope.league ? sameLeague(c.league, scope.league) : c.country === scope.country)
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
