/**
 * Finds and resolves the mentions of one article (SPEC §4.3): known clubs, outlets,
 * journalists and players from the knowledge base; new people discovered from the text; short
 * names ("Trent", "Salah") and role phrases ("the 26-year-old") linked back to a player;
 * generic club descriptors ("the Spanish giants") resolved from the clubs already named.
 */
import type { EntityId, Mention } from '../../../domain/types.ts'
import type { ClubEntry, KnowledgeBase, PersonEntry, PlayerEntry } from '../kb/types.ts'
import { discoverPeople, isLowerCompound } from './discover-people.ts'
import type { KbIndex, KbRef } from './kb-index.ts'
import { indexKnowledgeBase } from './kb-index.ts'
import { findDescriptors } from './club-descriptors.ts'
import { findRolePhrases } from './role-phrases.ts'
import { slugify } from './slug.ts'
import { nameKey, type GazetteerEntry } from './gazetteer.ts'
import { capitalisedElsewhere, foldText, oneSpaceAfter, TOKEN_CAP, TOKEN_WORD, tokenize, tokenTable, type TokenTable } from './tokens.ts'
import { NON_PLAYER_CUES, NOT_NAME_WORDS, PLAYER_CUES, POSITIONS, ROLE_NOUNS } from './lexicon.ts'

export interface PlayerInfo {
  name: string
  id: EntityId
  count: number
  firstStart: number
  club?: string
  /** When the knowledge base has him at `club` from (YYYY-MM-DD), if it says. */
  clubSince?: string
  position?: string
  nationality?: string
  dateOfBirth?: string
  known: boolean
}

export interface FindMentionsOptions {
  /** Ranges (photo credits, bylines, polls) where no person is discovered. */
  exclude?: [number, number][]
  /** Article date, YYYY-MM-DD: lets "the 26-year-old" check ages. */
  date?: string | null
}

export interface ArticleEntities {
  tokens: TokenTable
  /** Sorted by start offset, non-overlapping. */
  mentions: Mention[]
  players: Map<string, PlayerInfo>
  /** Non-player people (managers, pundits, unknown sources) by name. */
  people: Set<string>
  focal?: string
  clubs: Map<string, ClubEntry>
  clubCounts: Map<string, number>
  date?: string | null
  /** Managers' and officials' clubs as of the article's date, by person name ("Arne Slot" → Liverpool). */
  personClubs?: Map<string, ClubEntry>
}

/**
 * @example findMentions('Real Madrid want Trent.', kb).mentions.map(m => m.name) // ['Real Madrid', 'Trent Alexander-Arnold']
 */
export function findMentions(text: string, kb: KnowledgeBase, opts: FindMentionsOptions = {}): ArticleEntities {
  const idx = indexKnowledgeBase(kb)
  const tokens = tokenTable(text)
  const covered = coveredFor(tokens.length)
  const ents: ArticleEntities = { tokens, mentions: [], players: new Map(), people: new Set(), clubs: new Map(), clubCounts: new Map(), date: opts.date }
  markExcluded(tokens, covered, opts.exclude ?? [])
  const kbMatches = dropClubFirstNames(tokens, text, dropPrefixedClubWords(tokens, text, covered, dropNamesakes(tokens, text, dropOutletFirstNames(tokens, text, idx.gazetteer.match(tokens, text).filter((m) => !isJobTitle(tokens, m) && !isCityEvent(tokens, m) && !isCountryWord(tokens, m))))))
  for (const m of kbMatches) covered.fill(1, m.from, m.to)
  const inContext = resolveSharedClubWords(tokens, kbMatches)
  const clubScores = countUnambiguousClubs(kbMatches)
  const lastSeen = new Map<string, number>()
  for (const m of kbMatches) addKbMention(ents, text, m, clubScores, idx, lastSeen, inContext?.has(m) ?? false)
  linkClubWords(ents, text, covered)
  const found = discoverPeople(text, tokens, covered)
  // A one-word name found as a pursuit's object ("a move for Boniface") is often the short name
  // of a man named in full elsewhere: it is left to the short-name links then.
  // So is one after a position ("Swiss winger Ndoye" once "Dan Ndoye" is named).
  const shortNames = found.some((p) => MONONYM_RULES.has(p.rule)) ? knownShortNames(ents, found) : undefined
  // "Sport1’s Kerry Hau and Patrick Berger", "Sky's Kaveh Solhekol": names owned by an outlet are its reporters.
  let reporterUntil = -1
  for (const p of found) {
    if (MONONYM_RULES.has(p.rule) && shortNames!.has(tokens.norm(p.from))) continue
    if (p.role !== 'outlet' && ((p.from >= 2 && (isOutletPossessive(tokens, kbMatches, p.from - 1) || (p.from - 1 === reporterUntil && tokens.norm(p.from - 1) === 'and'))) || outletAfterOf(tokens, kbMatches, p.to))) {
      if (p.role === 'player') {
        p.role = 'person'
        p.rule = 'entity/outlet-reporter@1'
      }
      reporterUntil = p.to
    }
    covered.fill(1, p.from, p.to)
    const start = tokens.start[p.from]
    const end = tokens.end[p.to - 1]
    // Speed: a player's id is the one notePlayer already built (`player:${slugify(name)}`).
    let entityId: EntityId
    if (p.role === 'player') {
      // "Nicolas Gaitan … Nico Gaitan": a shortened first name and the same surname are the same man.
      // "Emile Smith Rowe … Smith Rowe": the last words of a longer name found in the text are that man.
      p.name = sameManAs(ents, p.name) ?? longerNameOf(ents, found, p.name) ?? p.name
      const near = ents.players.has(p.name) ? undefined : misspeltKnownPlayer(ents, idx, p.name)
      if (near) {
        // "Enzo Fernandes" beside Chelsea, the knowledge base knowing Enzo Fernandez at Chelsea: a slip of one letter.
        const club = near.clubSince && ents.date && ents.date < near.clubSince ? undefined : near.club
        notePlayer(ents, near.name, start, true, { club, clubSince: club ? near.clubSince : undefined, position: near.position, nationality: near.nationality, dateOfBirth: near.dateOfBirth })
        pushMention(ents, { start, end, surface: text.slice(start, end), kind: 'player', name: near.name, entityId: `player:${near.id}` as EntityId, rule: NEAR_SPELLING_RULE, confidence: 0.8 })
        continue
      }
      entityId = notePlayer(ents, p.name, start, false, NO_INFO).id
    } else if (p.role === 'outlet') {
      entityId = `outlet:${slugify(p.name)}` as EntityId
    } else {
      ents.people.add(p.name)
      entityId = `person:${slugify(p.name)}` as EntityId
    }
    pushMention(ents, { start, end, surface: text.slice(start, end), kind: p.role, name: p.name, entityId, rule: p.rule, confidence: p.confidence })
  }
  linkShortNames(ents, text, covered)
  // Speed: mentions are sorted once for the passes below that read neighbours (pushed out of order so far).
  ents.mentions.sort((a, b) => a.start - b.start)
  demoteManagers(ents, text)
  clubsOfPeopleInText(ents, text)
  if (ents.personClubs?.size) managersForClubs(ents, text)
  const descriptors = findDescriptors(text, tokens, covered, ents)
  if (descriptors.length > 0) dropInsideDescriptors(ents, descriptors)
  for (const m of descriptors) pushMention(ents, m)
  ents.focal = pickFocal(ents, text.length, pronounCredits(tokens, ents.mentions))
  for (const m of findRolePhrases(text, tokens, covered, ents)) pushMention(ents, m)
  ents.mentions.sort((a, b) => a.start - b.start)
  return ents
}

/**
 * "the Madrid club", "the Manchester side": the city word inside a descriptor was read as a club
 * of its own ("Madrid" → Real Madrid); the descriptor's club replaces it.
 */
function dropInsideDescriptors(ents: ArticleEntities, descriptors: Mention[]): void {
  ents.mentions = ents.mentions.filter((m) => {
    const inside = m.kind === 'club' && descriptors.some((d) => m.start >= d.start && m.end <= d.end)
    if (inside && m.name) ents.clubCounts.set(m.name, (ents.clubCounts.get(m.name) ?? 1) - 1)
    return !inside
  })
}

/**
 * Speed: the buffer each article's `covered` marks are cut from, kept between articles and grown
 * to the longest seen: a typed array of its own is an allocation outside the heap per article,
 * costlier than clearing a view (findMentions is synchronous, and nothing keeps the marks).
 */
let coveredBuffer = new Uint8Array(0)

/** Cleared marks for `n` tokens, a view of `coveredBuffer`. */
function coveredFor(n: number): Uint8Array {
  if (coveredBuffer.length < n) coveredBuffer = new Uint8Array(Math.max(n, 2 * coveredBuffer.length))
  const covered = coveredBuffer.subarray(0, n)
  covered.fill(0)
  return covered
}

/** Whether token k is a possessive "'s" closing an outlet's name ("Sport1’s"). */
function isOutletPossessive(tokens: TokenTable, matches: { from: number; to: number; entries: { value: KbRef }[] }[], k: number): boolean {
  // "Sport1’s Kerry Hau", "Sky Sports' Dana Korver".
  if (tokens.norm(k) !== "'s" && tokens.norm(k) !== "'") return false
  for (let j = matches.length - 1; j >= 0; j--) {
    const m = matches[j]
    if (m.to < k) return false
    if (m.to === k) return m.entries.every((e) => e.value.kind === 'outlet')
  }
  return false
}

/**
 * Whether "of" and an outlet's name follow token k - 1 ("Simon Stone of BBC Sport", "Hassan
 * Rashed of The Mirror"): the name before is the outlet's reporter.
 */
function outletAfterOf(tokens: TokenTable, matches: { from: number; to: number; entries: { value: KbRef }[] }[], k: number): boolean {
  if (k >= tokens.length || tokens.norm(k) !== 'of') return false
  const at = k + 1 < tokens.length && tokens.norm(k + 1) === 'the' ? [k + 1, k + 2] : [k + 1]
  for (const m of matches) {
    if (m.from > k + 2) return false
    if (at.includes(m.from)) return m.entries.every((e) => e.value.kind === 'outlet')
  }
  return false
}

/** The rule of a one-word name found as the object of a pursuit ("a move for Kokcu"). */
const PURSUED_RULE = 'entity/mononym-pursued@1'

/** Rules finding a one-word name, which may be the short name of a man named in full elsewhere. */
const MONONYM_RULES = new Set([PURSUED_RULE, 'entity/mononym-context@1', 'entity/mononym-after-position@1', 'entity/mononym-described@1', 'entity/mononym-mover@1'])

/**
 * The one longer player name found in the text that ends with all of `name`'s two or more words
 * ("Emile Smith Rowe" for "Smith Rowe"); undefined when none or when two would fit.
 */
function longerNameOf(ents: ArticleEntities, found: { name: string; role: string }[], name: string): string | undefined {
  if (!name.includes(' ') || ents.players.has(name)) return undefined
  const tail = ' ' + name
  let hit: string | undefined
  const fits = (other: string): boolean => other.length > tail.length && other.endsWith(tail) && other !== hit
  for (const p of found) {
    if (p.role !== 'player' || !fits(p.name)) continue
    if (hit) return undefined
    hit = p.name
  }
  for (const other of ents.players.keys()) {
    if (!fits(other)) continue
    if (hit) return undefined
    hit = other
  }
  return hit
}

/** The short-name keys of the players known so far and of the longer names found in the text. */
function knownShortNames(ents: ArticleEntities, found: { name: string; rule: string }[]): Set<string> {
  const out = new Set<string>()
  // Speed: plain loops, no arrays built for the names.
  for (const name of ents.players.keys()) addShortNameKeys(out, name)
  for (const p of found) if (p.rule !== PURSUED_RULE) addShortNameKeys(out, p.name)
  return out
}

function addShortNameKeys(out: Set<string>, name: string): void {
  for (const k of shortNameKeys(name).keys) out.add(k)
}

/** Excluded ranges are marked covered so discovery skips them; known names still match there. */
function markExcluded(tokens: TokenTable, covered: Uint8Array, ranges: [number, number][]): void {
  // Speed: tokens are sorted and disjoint, so those inside [a, b] are one run found by binary
  // search, instead of testing every range against every token.
  for (const [a, b] of ranges) {
    if (!(a <= b)) continue
    for (let k = firstTokenFrom(tokens, a); k < tokens.length && tokens.end[k] <= b; k++) covered[k] = 2
  }
}

/** Index of the first token starting at or after `at` (tokens.length when none). */
function firstTokenFrom(tokens: TokenTable, at: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (tokens.start[mid] < at) lo = mid + 1
    else hi = mid
  }
  return lo
}



/**
 * "Jobe Bellingham" is not the knowledge base's Jude: a known player's one-word alias right
 * after another capitalised name word belongs to a namesake, whom discovery then finds under
 * his full name. Role words ("Midfielder Bellingham"), words that are no names ("The") and
 * known names before it ("Dortmund Bellingham") keep the match.
 */
/**
 * "Ole Gunnar Solskjaer": an outlet's one-word name ("Ole", the Argentine daily) right before an
 * unknown capitalised name word is a man's first name, no outlet.
 */
function dropOutletFirstNames<M extends { from: number; to: number; entries: { value: KbRef }[] }>(tokens: TokenTable, text: string, matches: M[]): M[] {
  let out: M[] | undefined
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    const k = m.to
    const firstName = m.to - m.from === 1 && k < tokens.length && matches[i + 1]?.from !== k && oneSpaceAfter(tokens, text, m.from)
      && isNamePart(tokens, k) && m.entries.every((e) => e.value.kind === 'outlet')
    if (firstName) out ??= matches.slice(0, i)
    else out?.push(m)
  }
  return out ?? matches
}

function dropNamesakes<M extends { from: number; to: number; entries: { value: KbRef }[] }>(tokens: TokenTable, text: string, matches: M[]): M[] {
  let prevEnd = -1
  let namesakes: Set<string> | undefined
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    const k = m.from - 1
    const namesake = m.to - m.from === 1 && k >= 0 && k !== prevEnd - 1
      && isNamePart(tokens, k) && oneSpaceAfter(tokens, text, k)
      && m.entries.every((e) => isOtherFirstName(e.value, tokens.norm(k)))
    if (namesake || firstNameOfNamesake(tokens, text, m, matches[i + 1])) (namesakes ??= new Set()).add(tokens.norm(m.from))
    prevEnd = m.to
  }
  if (!namesakes) return matches
  // Once the article names the namesake in full, his bare surname is his, not the known player's
  // (short names are linked to him later, as for any player found in the text).
  const known = namesakes
  return matches.filter((m) => !(m.to - m.from === 1 && known.has(tokens.norm(m.from)) && m.entries.every((e) => e.value.kind === 'player' || e.value.kind === 'person')))
}

/**
 * Whether `first` is not the first name of the known player or person `ref` ("Tom" before the
 * knowledge base's "Ashworth", Dan Ashworth): then the pair names a namesake.
 */
function isOtherFirstName(ref: KbRef, first: string): boolean {
  const name = ref.kind === 'player' ? ref.player.name : ref.kind === 'person' ? ref.person.name : undefined
  return name !== undefined && !name.toLowerCase().startsWith(first + ' ')
}

/**
 * "Rodri Tavares" is not the knowledge base's Rodri: a known player's one-word alias right before
 * an unknown surname (a lower-case word after it, so not a Title Case heading such as "Saka Agrees
 * New Deal") is another man's first name.
 */
function firstNameOfNamesake(tokens: TokenTable, text: string, m: { from: number; to: number; entries: { value: KbRef }[] }, next: { from: number } | undefined): boolean {
  const n = m.to
  if (m.to - m.from !== 1 || n + 1 >= tokens.length || next?.from === n || !isNamePart(tokens, n)) return false
  if (!oneSpaceAfter(tokens, text, m.from)) return false
  if (tokens.isCap(n + 1) && tokens.isWord(n + 1)) return false
  const full = `${tokens.norm(m.from)} ${tokens.norm(n)}`
  return m.entries.every((e) => e.value.kind === 'player' && !e.value.player.name.toLowerCase().includes(full) && !e.value.player.name.toLowerCase().endsWith(' ' + tokens.norm(n)))
}

/** "One Anfield source", "Two Villa players": counts before a club word, not names. */
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'another', 'every', 'each', 'both', 'several', 'any', 'former', 'ex'])
/** Last words of club names the knowledge base may not list ("Rotherham United", "Wigan Athletic"). */
const CLUB_SUFFIXES = new Set(['united', 'city', 'town', 'county', 'athletic', 'rovers', 'wanderers', 'albion', 'argyle', 'orient', 'alexandra', 'hotspur', 'rangers', 'villa'])

/**
 * "Bryan Oviedo", "Rotherham United’s Jamie Lindsay", "Wigan Athletic striker Will Grigg": a
 * one-word club alias right after a capitalised word of no known name belongs to a longer name,
 * a person's or a club's the knowledge base does not list, not to Real Oviedo, Manchester United
 * or Athletic Club. A club-name ending ("United") keeps both words from being read as a person;
 * a person's surname is left to discovery. A capitalised word before the pair ("Premier League
 * Arsenal") keeps the match, and so does a first word the article also writes alone ("Ziyech PSG
 * deal off" over "Ziyech is upset").
 */
function dropPrefixedClubWords<M extends { from: number; to: number; entries: { value: KbRef }[] }>(tokens: TokenTable, text: string, covered: Uint8Array, matches: M[]): M[] {
  let prevEnd = -1
  let out: M[] | undefined
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    const k = m.from - 1
    const prefixed = m.to - m.from === 1 && k >= 0 && k >= prevEnd && isNamePart(tokens, k) && !isLowerCompound(text, tokens, k)
      && oneSpaceAfter(tokens, text, k)
      && !(k > 0 && tokens.isCap(k - 1) && tokens.isWord(k - 1) && tokens.start[k] === tokens.end[k - 1] + 1)
      && !COUNT_WORDS.has(tokens.norm(k))
      && m.entries.every((e) => e.value.kind === 'club' && (e.value.via !== 'metonym' || !nameWordAfter(tokens, m.to)))
      && !(!CLUB_SUFFIXES.has(tokens.norm(m.from)) && aloneElsewhere(tokens, k, tokens.norm(m.from)))
    prevEnd = m.to
    if (!prefixed) { out?.push(m); continue }
    out ??= matches.slice(0, i)
    if (CLUB_SUFFIXES.has(tokens.norm(m.from))) covered.fill(1, k, m.to)
  }
  return out ?? matches
}

/**
 * "Ziyech PSG deal collapsed …" above "… Ziyech is upset": the capitalised word at `k` is written
 * elsewhere in the article without the club word after it, so it is a name of its own (a
 * headline's surname beside a club), not the first half of a longer name.
 * Speed: read only for the rare one-word club alias after an unknown capitalised word.
 */
function aloneElsewhere(tokens: TokenTable, k: number, clubWord: string): boolean {
  const w = tokens.norm(k)
  for (let j = 0; j < tokens.length; j++) {
    if (j !== k && tokens.isCap(j) && tokens.norm(j) === w && (j + 1 >= tokens.length || tokens.norm(j + 1) !== clubWord)) return true
  }
  return false
}

/** Words after a club's name that make a team or group of it, not a man's surname: "Chelsea Women", "Milan Futuro". */
const CLUB_TEAM_WORDS = new Set(['women', 'ladies', 'femeni', 'femenino', 'feminine', 'futuro', 'legends', 'academy', 'youth', 'reserves', 'primavera', 'juniors', 'ultras', 'supporters', 'tv', 'echo', 'live', 'gen'])

/**
 * "Milan Skriniar has agreed to join PSG … Skriniar refused": a one-word club alias right before
 * a capitalised word that the article also writes alone is a man's first name ("Milan",
 * "Chelsea", "Everton"), not the club: the pair is a person's name, left to discovery. A
 * capitalised word after the pair (a Title Case heading, "Milan Target Eyes Move") keeps the club.
 */
function dropClubFirstNames<M extends { from: number; to: number; entries: { value: KbRef }[] }>(tokens: TokenTable, text: string, matches: M[]): M[] {
  let out: M[] | undefined
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    const n = m.to
    const firstName = m.to - m.from === 1 && n + 1 < tokens.length && matches[i + 1]?.from !== n
      && isNamePart(tokens, n) && oneSpaceAfter(tokens, text, m.from) && !CLUB_TEAM_WORDS.has(tokens.norm(n))
      && !(tokens.isCap(n + 1) && tokens.isWord(n + 1))
      && m.entries.every((e) => e.value.kind === 'club')
      && (ROLE_BEFORE_NAME.has(tokens.normAt(m.from - 1)) || capitalisedElsewhere(tokens, n, tokens.norm(m.from)))
    if (!firstName) { out?.push(m); continue }
    out ??= matches.slice(0, i)
  }
  return out ?? matches
}

/** Roles before a person's full name: "centre-back Milan Skriniar", "agent Chelsea Marwood". */
const ROLE_BEFORE_NAME = new Set([...POSITIONS, ...NON_PLAYER_CUES])

/**
 * Whether a capitalised word follows at `k`: a one-word metonym inside a longer capitalised run
 * ("Arsenal Star Eyes Madrid Move") is a heading's word, while a two-word run ("Joe Carrington has
 * joined") is a person named like a training ground.
 */
function nameWordAfter(tokens: TokenTable, k: number): boolean {
  return k < tokens.length && tokens.isCap(k) && tokens.isWord(k)
}

/** A capitalised word that can be a first name: not a role or non-name word. */
function isNamePart(tokens: TokenTable, k: number): boolean {
  if ((tokens.flags[k] & (TOKEN_WORD | TOKEN_CAP)) !== (TOKEN_WORD | TOKEN_CAP)) return false
  const w = tokens.norm(k)
  return w.length > 1 && !NOT_NAME_WORDS.has(w) && !PLAYER_CUES.has(w) && !NON_PLAYER_CUES.has(w) && !ROLE_NOUNS[w]
}

/** Capitalised words after a city that make an event or a place of it: "the Paris Olympics", "the Madrid Open", "Milan Fashion Week". */
const CITY_EVENT_WORDS = new Set(['olympics', 'olympic', 'games', 'paralympics', 'marathon', 'masters', 'open', 'fashion', 'motor', 'airport', 'agreement', 'accord', 'metro', 'police', 'court', 'prosecutors'])

/** "the Paris Olympics": a one-word club alias (a city) before an event's word names the event, not the club. */
function isCityEvent(tokens: TokenTable, m: { from: number; to: number; entries: { value: KbRef }[] }): boolean {
  return m.to - m.from === 1 && m.to < tokens.length && tokens.isCap(m.to) && CITY_EVENT_WORDS.has(tokens.norm(m.to))
    && m.entries.every((e) => e.value.kind === 'club' && (e.value.via === 'metonym' || e.value.via === 'short'))
}

/** Words after "United" that make a country or body of it ("the United States"), not a club. */
const UNITED_COUNTRY_NEXT = new Set(['states', 'kingdom', 'arab', 'nations'])

/** "the United States", "the United Arab Emirates": the bare club word "United" opening a country's name. */
function isCountryWord(tokens: TokenTable, m: { from: number; to: number }): boolean {
  return m.to - m.from === 1 && m.to < tokens.length && tokens.isCap(m.to) && UNITED_COUNTRY_NEXT.has(tokens.norm(m.to)) && tokens.norm(m.from) === 'united'
}

/** "Sporting director Richard Hughes": a job title, not the club Sporting. */
function isJobTitle(tokens: TokenTable, m: { from: number; to: number }): boolean {
  return m.to - m.from === 1 && tokens.norm(m.from) === 'sporting' && /^(?:director|directors|chief|department)$/.test(tokens.normAt(m.to))
}

/** Per club id, the matches naming exactly one club. Speed: counted in place, no arrays per match. */
function countUnambiguousClubs(matches: { entries: { value: KbRef }[] }[]): Map<string, number> {
  const scores = new Map<string, number>()
  for (const m of matches) {
    let club: ClubEntry | undefined
    let clubs = 0
    for (const e of m.entries) {
      if (e.value.kind === 'club') { club = e.value.club; clubs++ }
    }
    if (clubs === 1) scores.set(club!.id, (scores.get(club!.id) ?? 0) + 1)
  }
  return scores
}

/** Whether the refs name more than one entity (`new Set(refs.map(refKey)).size > 1`). Speed: no keys built for the usual single ref. */
function isAmbiguous(refs: KbRef[]): boolean {
  if (refs.length < 2) return false
  const first = refKey(refs[0])
  for (let k = 1; k < refs.length; k++) if (refKey(refs[k]) !== first) return true
  return false
}

/** Last words of club names that several clubs share ("Norwich City", "Leeds United"), and first words ("Inter"): alone, they name the club the article names in full. */
const SHARED_CLUB_WORDS = new Set(['city', 'united', 'town', 'county', 'athletic', 'albion', 'rovers', 'wanderers', 'inter'])

/**
 * "Stoke City … City have opened talks": a bare shared club word ("City", "United", "Inter") is
 * one of the clubs of that word the article names in full ("Stoke City", "Man Utd"; with none,
 * those the knowledge base lets the bare word stand for named in any form, "Leeds": "West Ham"
 * does not take "United" from a "Manchester United" named once), chosen by context: how often the
 * article names each (any unambiguous form: "the Magpies" counts for Newcastle United), how many
 * of the article's other clubs play in its league ("Inter" among MLS clubs is Inter Miami), and
 * a point for the one named last before it. A passing "X United" (a player's old club) thus does
 * not take over the bare word from the club the article is about. The knowledge base's owners
 * of the word not named so are weighed by league alone; with no context at all the match is
 * left to the knowledge base. Rewrites such matches in place to that club and returns
 * them (resolved from context); undefined when none.
 */
function resolveSharedClubWords(tokens: TokenTable, matches: { from: number; to: number; entries: GazetteerEntry<KbRef>[] }[]): Set<object> | undefined {
  let out: Set<object> | undefined
  let counts: Map<ClubEntry, number> | undefined
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    if (m.to - m.from !== 1 || !SHARED_CLUB_WORDS.has(tokens.norm(m.from)) || !m.entries.every((e) => e.value.kind === 'club')) continue
    const word = tokens.norm(m.from)
    counts ??= countNamedClubs(tokens, matches)
    const owners = new Set<ClubEntry>()
    for (const e of m.entries) if (e.value.kind === 'club') owners.add(e.value.club)
    // Candidates: the clubs of the word named in full ("Newcastle United", "Man Utd"); with
    // none, the word's owners named in any form ("Leeds").
    const cands = new Map<ClubEntry, number>()
    let last: ClubEntry | undefined
    for (let pass = 0; pass < 2 && cands.size === 0; pass++) {
      for (let j = 0; j < matches.length; j++) {
        if (isBareSharedWord(tokens, matches[j])) continue
        const club = pass === 0 ? fullNameWith(tokens, matches[j], word) : soleClub(matches[j])
        if (!club || (pass === 1 && !owners.has(club))) continue
        cands.set(club, counts.get(club) ?? 0)
        if (j < i) last = club
      }
    }
    // The word's other owners, not named so: their league alone speaks for them.
    for (const c of owners) if (!cands.has(c)) cands.set(c, 0)
    let club: ClubEntry | undefined
    let best = 0
    for (const [c, n] of cands) {
      const score = n + leagueSupport(c, cands, counts) + (c === last ? 1 : 0)
      if (score > best) { club = c; best = score }
    }
    if (!club) continue
    const entry = m.entries[0]
    m.entries = [{ ...entry, value: { kind: 'club', via: 'short', club } }]
    ;(out ??= new Set()).add(m)
  }
  return out
}

/** Per club, the matches that name it and no other club, bare shared words ("United") aside. */
function countNamedClubs(tokens: TokenTable, matches: { from: number; to: number; entries: { value: KbRef }[] }[]): Map<ClubEntry, number> {
  const counts = new Map<ClubEntry, number>()
  for (const m of matches) {
    const club = isBareSharedWord(tokens, m) ? undefined : soleClub(m)
    if (club) counts.set(club, (counts.get(club) ?? 0) + 1)
  }
  return counts
}

/** A match of one shared club word alone ("United"): evidence for no club. */
function isBareSharedWord(tokens: TokenTable, m: { from: number; to: number }): boolean {
  return m.to - m.from === 1 && SHARED_CLUB_WORDS.has(tokens.norm(m.from))
}

/** The one club a match names, if every entry names it. */
function soleClub(m: { entries: { value: KbRef }[] }): ClubEntry | undefined {
  let club: ClubEntry | undefined
  for (const e of m.entries) {
    if (e.value.kind !== 'club' || (club && club.id !== e.value.club.id)) return undefined
    club = e.value.club
  }
  return club
}

/** How many of the article's other named clubs (not candidates of the word) play in `c`'s league. */
function leagueSupport(c: ClubEntry, cands: Map<ClubEntry, number>, counts: Map<ClubEntry, number>): number {
  let n = 0
  for (const other of counts.keys()) if (!cands.has(other) && other.league === c.league) n++
  return n
}

/** The one club a match of two or more words names when one of its words is `word` ("Stoke City", "Man City" for "city"; "Man Utd" for "united"). */
function fullNameWith(tokens: TokenTable, m: { from: number; to: number; entries: { value: KbRef }[] }, word: string): ClubEntry | undefined {
  if (m.to - m.from < 2) return undefined
  let club: ClubEntry | undefined
  for (const e of m.entries) {
    if (e.value.kind !== 'club' || (club && club.id !== e.value.club.id)) return undefined
    club = e.value.club
  }
  if (!club) return undefined
  for (let k = m.from; k < m.to; k++) if (tokens.norm(k) === word || (word === 'united' && tokens.norm(k) === 'utd')) return club
  return undefined
}

/** `lastSeen`: per club id, where its last unambiguous mention so far starts. `inContext`: the club was read from the article's other names. */
function addKbMention(ents: ArticleEntities, text: string, m: { start: number; end: number; entries: { value: KbRef }[] }, clubScores: Map<string, number>, idx: KbIndex, lastSeen: Map<string, number>, inContext = false): void {
  const refs = m.entries.map((e) => e.value)
  const surface = text.slice(m.start, m.end)
  const ref = pickRef(refs, clubScores, lastSeen)
  const ambiguous = inContext || isAmbiguous(refs)
  if (!ambiguous && ref.kind === 'club') lastSeen.set(ref.club.id, m.start)
  const confidence = ambiguous ? 0.7 : 0.95
  const rule = ambiguous ? 'entity/kb-alias-in-context@1' : 'entity/kb-alias@1'
  if (ref.kind === 'club') {
    ents.clubs.set(ref.club.name, ref.club)
    ents.clubCounts.set(ref.club.name, (ents.clubCounts.get(ref.club.name) ?? 0) + 1)
    pushMention(ents, { start: m.start, end: m.end, surface, kind: 'club', name: ref.club.name, entityId: `club:${ref.club.id}` as EntityId, rule, confidence })
  } else if (ref.kind === 'player') {
    const p = ref.player
    // "Cunha" in a 2025-01 article: the knowledge base's later club is not yet his.
    const club = p.clubSince && ents.date && ents.date < p.clubSince ? undefined : p.club
    notePlayer(ents, p.name, m.start, true, { club, clubSince: club ? p.clubSince : undefined, position: p.position, nationality: p.nationality, dateOfBirth: p.dateOfBirth })
    pushMention(ents, { start: m.start, end: m.end, surface, kind: 'player', name: p.name, entityId: `player:${p.id}` as EntityId, rule, confidence })
  } else if (ref.kind === 'person') {
    ents.people.add(ref.person.name)
    const club = ents.personClubs?.has(ref.person.name) ? undefined : clubOfPersonOn(ref.person, ents.date, idx)
    if (club) (ents.personClubs ??= new Map()).set(ref.person.name, club)
    pushMention(ents, { start: m.start, end: m.end, surface, kind: 'person', name: ref.person.name, entityId: `person:${ref.person.id}` as EntityId, rule, confidence })
  } else if (ref.kind === 'journalist') {
    pushMention(ents, { start: m.start, end: m.end, surface, kind: 'journalist', name: ref.journalist.name, entityId: `journalist:${ref.journalist.id}` as EntityId, rule, confidence })
  } else {
    pushMention(ents, { start: m.start, end: m.end, surface, kind: 'outlet', name: ref.outlet.name, entityId: `outlet:${ref.outlet.id}` as EntityId, rule, confidence })
  }
}

function refKey(r: KbRef): string {
  if (r.kind === 'club') return 'c' + r.club.id
  if (r.kind === 'player') return 'p' + r.player.id
  if (r.kind === 'journalist') return 'j' + r.journalist.id
  if (r.kind === 'person') return 'h' + r.person.id
  return 'o' + r.outlet.id
}

/**
 * Ambiguous alias: people first (a name beats a club nickname), then the club named most often,
 * and of clubs named as often the one named last before it ("the Merseysiders" after "Everton").
 */
function pickRef(refs: KbRef[], clubScores: Map<string, number>, lastSeen: Map<string, number>): KbRef {
  if (refs.length === 1) return refs[0]
  const person = refs.find((r) => r.kind === 'player' || r.kind === 'journalist' || r.kind === 'person')
  if (person) return person
  let best = refs[0]
  let bestScore = -1
  let bestSeen = -1
  for (const r of refs) {
    const s = r.kind === 'club' ? clubScores.get(r.club.id) ?? 0 : -1
    const seen = r.kind === 'club' ? lastSeen.get(r.club.id) ?? -1 : -1
    if (s > bestScore || (s === bestScore && seen > bestSeen)) { best = r; bestScore = s; bestSeen = seen }
  }
  return best
}

/** Words of club names that name no club on their own: "United", "City", "Real". */
const GENERIC_CLUB_WORDS = new Set(['united', 'city', 'town', 'county', 'club', 'real', 'athletic', 'athletico', 'sporting', 'football', 'calcio', 'sport', 'sports', 'olympique', 'racing', 'association', 'deportivo', 'royal', 'saint', 'north', 'south', 'east', 'west', 'new', 'young', 'inter', 'internacional', 'atletico'])

/**
 * "Blackburn Rovers … Rovers have confirmed": once the article names a club in full, a word of
 * its name standing alone ("Rovers", "Forest") is that club, unless another club named in the
 * article shares the word or the word is generic ("United"). Knowledge-base short names cover
 * the common cases; this covers the rest, and clubs named by a word of their name only here.
 */
function linkClubWords(ents: ArticleEntities, text: string, covered: Uint8Array): void {
  if (ents.clubs.size === 0) return
  const byWord = new Map<string, ClubEntry | null>()
  for (const club of ents.clubs.values()) {
    for (const w of nameWordsOf(club)) {
      const prev = byWord.get(w)
      byWord.set(w, prev === undefined || prev?.id === club.id ? club : null)
    }
  }
  const toks = ents.tokens
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !toks.isCap(i) || !toks.isWord(i)) continue
    const club = byWord.get(toks.norm(i))
    if (!club) continue
    // Part of a longer name ("Forest Green", "Rovers Chairman Smith"): not this club.
    if (isCapWordNext(toks, covered, i - 1) || isCapWordNext(toks, covered, i + 1)) continue
    // "on Wednesday", "Wednesday night": the day, not Sheffield Wednesday.
    if (WEEKDAYS.has(toks.norm(i)) && (DAY_BEFORE.has(toks.normAt(i - 1)) || DAY_AFTER.has(toks.normAt(i + 1)))) continue
    covered[i] = 1
    const start = toks.start[i]
    const end = toks.end[i]
    ents.clubCounts.set(club.name, (ents.clubCounts.get(club.name) ?? 0) + 1)
    pushMention(ents, { start, end, surface: text.slice(start, end), kind: 'club', name: club.name, entityId: `club:${club.id}` as EntityId, rule: 'entity/club-name-word@1', confidence: 0.75 })
  }
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const DAY_BEFORE = new Set(['on', 'last', 'this', 'next', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'of', 'every', 'each', 'late', 'early'])
const DAY_AFTER = new Set(['night', 'morning', 'afternoon', 'evening', "'s", '’s', 'lunchtime'])

/** Speed: a club's distinctive name words, read once per club (the same clubs recur in every article). */
const CLUB_NAME_WORDS = new WeakMap<ClubEntry, string[]>()

/** The words of a club's name that may stand for it alone: capitalised, four letters or more, not generic. */
function nameWordsOf(club: ClubEntry): string[] {
  let words = CLUB_NAME_WORDS.get(club)
  if (!words) {
    words = tokenize(club.name).filter((t) => t.word && t.cap && t.norm.length >= 4 && !GENERIC_CLUB_WORDS.has(t.norm)).map((t) => t.norm)
    CLUB_NAME_WORDS.set(club, words)
  }
  return words
}

/** An uncovered capitalised word at `k`, on the same line as its neighbour. */
function isCapWordNext(toks: TokenTable, covered: Uint8Array, k: number): boolean {
  return k >= 0 && k < toks.length && !covered[k] && toks.isCap(k) && toks.isWord(k) && !NOT_NAME_WORDS.has(toks.norm(k))
}

const NO_INFO: { club?: string; position?: string; nationality?: string; dateOfBirth?: string } = Object.freeze({})

/**
 * The player already in the article whom `name` shortens or lengthens: same last word, and one
 * first name (three letters or more) beginning the other ("Nico" / "Nicolas", "Alex" /
 * "Alexander"). Undefined when none, or when two would fit.
 */
function sameManAs(ents: ArticleEntities, name: string): string | undefined {
  // Speed: the two words are found by offsets; another name is split only once its last word is the same.
  const space = name.indexOf(' ')
  if (space < 0 || name.indexOf(' ', space + 1) >= 0 || ents.players.has(name)) return undefined
  const first = name.slice(0, space)
  const lastLength = name.length - space - 1
  const tail = name.slice(space)
  let found: string | undefined
  for (const other of ents.players.keys()) {
    const os = other.length - lastLength - 1
    if (os < 0 || other.charCodeAt(os) !== 32 || !other.endsWith(tail) || other.indexOf(' ') !== os) continue
    const otherFirst = other.slice(0, os)
    if (otherFirst === first) continue
    const [a, b] = first.length < otherFirst.length ? [first, otherFirst] : [otherFirst, first]
    if (a.length < 3 || !b.startsWith(a)) continue
    if (found) return undefined
    found = other
  }
  return found
}

/** The rule of a name read as a known player's, misspelt by one letter (see `misspeltKnownPlayer`). */
export const NEAR_SPELLING_RULE = 'entity/near-spelling@1'
/** The shortest surname a one-letter slip is read in: shorter ones differ by a letter too often ("Silva", "Silvo"). */
const NEAR_SPELLING_MIN = 5

/**
 * The known player a discovered two-word name misspells: the same first name, a surname one
 * letter away (one letter changed, added or dropped: "Enzo Fernandes" for "Enzo Fernandez"), and
 * his knowledge-base club named in the article (the club he is linked with). Conservative: only
 * when exactly one known player fits, his surname has NEAR_SPELLING_MIN letters or more, and the
 * name is no known player's or person's itself (the gazetteer would have matched it).
 */
function misspeltKnownPlayer(ents: ArticleEntities, idx: KbIndex, name: string): PlayerEntry | undefined {
  const key = nameKey(name)
  const space = key.indexOf(' ')
  if (space < 0 || key.indexOf(' ', space + 1) >= 0) return undefined
  const list = idx.playersByFirst.get(key.slice(0, space))
  if (!list) return undefined
  const rest = key.slice(space + 1)
  let found: PlayerEntry | undefined
  for (const x of list) {
    if (x.rest.length < NEAR_SPELLING_MIN || x.rest.indexOf(' ') >= 0 || !oneLetterApart(rest, x.rest)) continue
    const club = kbClubName(idx, x.player.club)
    if (!club || !ents.clubCounts.has(club)) continue
    if (found && found !== x.player) return undefined
    found = x.player
  }
  return found
}

/** The canonical name of a knowledge-base club given by id or name. */
function kbClubName(idx: KbIndex, club: string | undefined): string | undefined {
  if (!club) return undefined
  return idx.clubsById.get(club)?.name ?? idx.clubsByKey.get(nameKey(club))?.name
}

/** `a` and `b` differ by exactly one letter changed, added or dropped. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  const [s, l] = a.length <= b.length ? [a, b] : [b, a]
  let i = 0
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++
  // Same length: the rest after one changed letter; else the rest after one added letter.
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1)
}

export function notePlayer(ents: ArticleEntities, name: string, start: number, known: boolean, info: { club?: string; clubSince?: string; position?: string; nationality?: string; dateOfBirth?: string }): PlayerInfo {
  let p = ents.players.get(name)
  if (!p) {
    p = { name, id: `player:${slugify(name)}` as EntityId, count: 0, firstStart: start, known, ...info }
    ents.players.set(name, p)
  }
  p.count++
  return p
}

function pushMention(ents: ArticleEntities, m: Mention): void {
  ents.mentions.push(m)
}

/** Short name → the one person it may stand for (null: more than one). `id`: the entity id, built on the alias's first link. */
type AliasMap = Map<string, { name: string; kind: 'player' | 'person'; id?: EntityId } | null>

/** Adds the short names of `name` to `alias` (a module function: tsx names each closure made per call). */
function registerShortNames(alias: AliasMap, pairFirsts: Set<string>, name: string, kind: 'player' | 'person'): void {
  const { keys, pairFirst } = shortNameKeys(name)
  if (pairFirst !== undefined) pairFirsts.add(pairFirst)
  for (const k of keys) addAlias(alias, k, name, kind)
}

/** Adds a one-word player name found in the text ("Olise") as its own short name. */
function registerMononym(alias: AliasMap, name: string): void {
  addAlias(alias, foldText(name), name, 'player')
}

/** `key` names `name`, unless it already names someone else: then it names no one (null). */
function addAlias(alias: AliasMap, key: string, name: string, kind: 'player' | 'person'): void {
  const prev = alias.get(key)
  alias.set(key, prev === undefined || prev?.name === name ? { name, kind } : null)
}

/** Registers first and last names of every multi-word person, then links lone occurrences. */
function linkShortNames(ents: ArticleEntities, text: string, covered: Uint8Array): void {
  const alias: AliasMap = new Map()
  // Speed: first words of the two-word keys ("van dijk"): only after one of them is a pair key built and looked up.
  const pairFirsts = new Set<string>()
  for (const p of ents.players.values()) {
    registerShortNames(alias, pairFirsts, p.name, 'player')
    // "winger Olise … Olise is expected to …": a one-word name found in the text is his wherever it recurs.
    if (!p.known && !p.name.includes(' ')) registerMononym(alias, p.name)
  }
  for (const n of ents.people) registerShortNames(alias, pairFirsts, n, 'person')
  const toks = ents.tokens
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !toks.isCap(i) || !toks.isWord(i)) continue
    const norm = toks.norm(i)
    const two = i + 1 < toks.length && !covered[i + 1] && pairFirsts.has(norm) ? alias.get(norm + ' ' + toks.norm(i + 1)) : undefined
    const hit = two ?? alias.get(norm)
    if (!hit) continue
    const to = two ? i + 2 : i + 1
    covered.fill(1, i, to)
    const start = toks.start[i]
    const end = toks.end[to - 1]
    if (hit.kind === 'player') notePlayer(ents, hit.name, start, false, NO_INFO)
    pushMention(ents, { start, end, surface: text.slice(start, end), kind: hit.kind, name: hit.name, entityId: (hit.id ??= `${hit.kind}:${slugify(hit.name)}` as EntityId), rule: 'entity/short-name@1', confidence: 0.8 })
  }
}

interface ShortNameKeys {
  /** First word, last word, and for "Virgil van Dijk" the pair "van dijk"; none for one-word names. */
  keys: string[]
  /** First word of the pair key. */
  pairFirst?: string
}

// Speed: the same names recur across articles; their keys are remembered (dropped whole past a bound).
const SHORT_KEYS_LIMIT = 20_000
const shortKeysCache = new Map<string, ShortNameKeys>()

/** The words a lone mention of `name` may use. Callers must not change the result. */
export function shortNameKeys(name: string): ShortNameKeys {
  let hit = shortKeysCache.get(name)
  if (hit === undefined) {
    const parts = tokenize(name).filter((t) => t.word && t.norm !== "'s")
    hit = { keys: [] }
    if (parts.length >= 2) {
      hit.keys.push(parts[0].norm, parts[parts.length - 1].norm)
      if (parts.length >= 3 && !parts[parts.length - 2].cap) {
        hit.keys.push(parts[parts.length - 2].norm + ' ' + parts[parts.length - 1].norm)
        hit.pairFirst = parts[parts.length - 2].norm
      }
    }
    if (shortKeysCache.size >= SHORT_KEYS_LIMIT) shortKeysCache.clear()
    shortKeysCache.set(name, hit)
  }
  return hit
}

/** How far back (in characters) a sentence-opening "He" looks for the player it stands for. */
const PRONOUN_REACH = 400

/**
 * "… former Chelsea man Ike Ugbo … He is back fit … He swapped Chelsea for Genk": each sentence
 * opening with "He" or "His" goes on about the player named last before it, and counts for him
 * when the article's player is chosen (an aside naming another player once is not followed up).
 */
function pronounCredits(tokens: TokenTable, mentions: Mention[]): Map<string, number> {
  const credits = new Map<string, number>()
  const players = mentions.filter((m) => m.kind === 'player' && m.name).sort((a, b) => a.start - b.start)
  if (players.length < 2) return credits
  let p = -1
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens.isCap(k)) continue
    const w = tokens.norm(k)
    if (w !== 'he' && w !== 'his') continue
    const prev = tokens.normAt(k - 1)
    if (k > 0 && prev !== '.' && prev !== '!' && prev !== '?' && prev !== '"' && prev !== '”') continue
    const at = tokens.start[k]
    while (p + 1 < players.length && players[p + 1].end <= at) p++
    if (p >= 0 && at - players[p].end <= PRONOUN_REACH) credits.set(players[p].name!, (credits.get(players[p].name!) ?? 0) + 1)
  }
  return credits
}

/** The player the article is about: most mentions, a bonus for appearing in its opening, and the sentences "He" opens after him. */
function pickFocal(ents: ArticleEntities, length: number, credits: Map<string, number>): string | undefined {
  let best: PlayerInfo | undefined
  let bestScore = -1
  const opening = Math.min(400, length * 0.15)
  for (const p of ents.players.values()) {
    const score = p.count + (p.firstStart < opening ? 3 : 0) + (credits.get(p.name) ?? 0)
    if (score > bestScore || (score === bestScore && best && p.firstStart < best.firstStart)) { best = p; bestScore = score }
  }
  return best?.name
}

/**
 * The club a knowledge-base person works for on `date` (YYYY-MM-DD): the spell holding it; with
 * no date, the spell still running. Undefined between jobs, at national teams, or for pundits.
 * @example clubOfPersonOn(amorim, '2024-06-01', idx)?.name // 'Sporting CP'
 */
export function clubOfPersonOn(person: PersonEntry, date: string | null | undefined, idx: KbIndex): ClubEntry | undefined {
  if (!person.clubs) return undefined
  for (const spell of person.clubs) {
    const on = date ? (!spell.from || spell.from <= date) && (!spell.until || date < spell.until) : !spell.until
    if (on) return idx.clubsById.get(spell.club) ?? idx.clubsByKey.get(nameKey(spell.club))
  }
  return undefined
}

/** Nouns after a manager's possessive that stand for his club: "Dyche's side", "Slot's wish-list". */
const CLUB_OF_MANAGER = /^['’]s\s+(?:(?:new|young|injury-hit|struggling|rejuvenated)\s+)?(?:side|team|men|squad|charges|outfit|wish-?list|radar|shortlist|targets?|list|troops|boys)\b/

/** Nouns after a possessive that only a manager's name takes (no player's): "Sean Dyche's side". */
const MANAGER_ONLY_POSSESSION = /^['’]s\s+(?:(?:new|young|injury-hit|struggling|rejuvenated)\s+)?(?:side|men|charges|troops|outfit)\b/

/**
 * "Sean Dyche … Dyche's side have tabled a bid": a name found in the text as a player but written
 * anywhere with a manager's possessive is a manager; all its mentions become a person's.
 */
function demoteManagers(ents: ArticleEntities, text: string): void {
  let managers: Set<string> | undefined
  for (const m of ents.mentions) {
    if (m.kind !== 'player' || !m.name || ents.players.get(m.name)?.known) continue
    if (text.charCodeAt(m.end) !== 39 && text.charCodeAt(m.end) !== 0x2019) continue
    if (MANAGER_ONLY_POSSESSION.test(text.slice(m.end, m.end + 30))) (managers ??= new Set()).add(m.name)
  }
  if (!managers) return
  for (const name of managers) {
    ents.players.delete(name)
    ents.people.add(name)
  }
  for (let i = 0; i < ents.mentions.length; i++) {
    const m = ents.mentions[i]
    if (m.kind === 'player' && managers.has(m.name!)) ents.mentions[i] = { ...m, kind: 'person', entityId: `person:${slugify(m.name!)}` as EntityId, rule: 'entity/manager-possessive@1' }
  }
}

/** Role words after a club that make the person named next its official: "Everton manager Sean Dyche". */
const CLUB_ROLE = /^\s+(?:(?:first-team|interim|caretaker|new)\s+)?(?:manager|boss|head coach|coach|sporting director|director of football|technical director|chairman|president|owner|chief executive|ceo)\s+$/i

/**
 * "Everton manager Sean Dyche", "Wrexham boss Phil Parkinson": the club the article itself gives
 * a person beats the knowledge base's spell (a former or acting job, a person it does not know).
 * "former" and "then" jobs are the past: they give no club.
 */
function clubsOfPeopleInText(ents: ArticleEntities, text: string): void {
  const ms = ents.mentions
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]
    const c = ms[i - 1]
    if (m.kind !== 'person' || c.kind !== 'club' || !m.name || !c.name || m.start - c.end > 40) continue
    const between = text.slice(c.end, m.start)
    if (!CLUB_ROLE.test(between) || /\b(?:former|ex)[\s-]+$/i.test(text.slice(Math.max(0, c.start - 8), c.start))) continue
    const club = ents.clubs.get(c.name)
    if (club) (ents.personClubs ??= new Map()).set(m.name, club)
    // "close to appointing Inter coach Simone Inzaghi": the club only says whose coach he is; no party to a move.
    if (PERSON_OBJECT_VERB.test(text.slice(Math.max(0, c.start - 16), c.start))) ms[i - 1] = { ...c, rule: CLUB_OF_PERSON_RULE }
  }
}

/** The rule of a club mention that only names a person's employer, the object of a hiring ("appointing Inter coach Simone Inzaghi"). */
export const CLUB_OF_PERSON_RULE = 'entity/club-of-person@1'

/** Verbs whose object is a manager or official, before "Inter coach Simone Inzaghi". */
const PERSON_OBJECT_VERB = /\b(?:appoint|appointing|appointed|hire|hiring|hired|replace|replacing|replaced|sack|sacking|sacked|poach|poaching|poached|name|naming|named|unveil|unveiling|unveiled)\s+$/i

/** Words after a manager's name that make him the subject acting for his club: "Slot wants", "Arteta is keen". */
const ACTING_AFTER = /^\s+(?:(?:is|was|has|had|are|remains|would|could|will|also|still|now|reportedly|personally|really|is\s+also|is\s+still)\s+)*(?:wants?|wanted|keen|eager|desperate|interested|hoping|hopes|hoped|looking|plans?|planning|pushing|targeting|targets|eyeing|eyes|considering|monitoring|tracking|watching|scouting|admires?|rates|likes?|love|identified|earmarked|demanded|demands|requested|set\s+to|ready\s+to|prepared\s+to|determined|a\s+(?:big\s+|huge\s+|massive\s+)?(?:fan|admirer))\b/i

/**
 * "Amorim's side", "Slot wants a new centre-back", "With Arteta keen on Isak": a manager or
 * official named for his club stands for it. His mention becomes the club's (a possessive takes
 * its noun too); a name saying or telling something stays the person, the speaker of a quote.
 */
function managersForClubs(ents: ArticleEntities, text: string): void {
  const clubs = ents.personClubs!
  for (let i = 0; i < ents.mentions.length; i++) {
    const m = ents.mentions[i]
    if (m.kind !== 'person' || !m.name) continue
    const club = clubs.get(m.name)
    if (!club) continue
    const after = text.slice(m.end, m.end + 60)
    const possessive = CLUB_OF_MANAGER.exec(after)
    if (!possessive && !ACTING_AFTER.test(after)) continue
    // A club mention right before the name ("Liverpool boss Arne Slot wants") already names it:
    // the person stays, and the club is not counted twice.
    const prev = ents.mentions[i - 1]
    if (prev?.kind === 'club' && prev.name === club.name && CLUB_ROLE.test(text.slice(prev.end, m.start))) continue
    const end = possessive ? m.end + possessive[0].length : m.end
    ents.clubs.set(club.name, club)
    ents.clubCounts.set(club.name, (ents.clubCounts.get(club.name) ?? 0) + 1)
    ents.mentions[i] = { start: m.start, end, surface: text.slice(m.start, end), kind: 'club', name: club.name, entityId: `club:${club.id}` as EntityId, rule: 'entity/manager-club@1', confidence: 0.7 }
  }
}
