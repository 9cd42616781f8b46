/**
 * Helpers of pass 40 that read sentence structure around a cue: which club is the other party
 * of a move (not the holder, not a club that merely owns another player, not the club a
 * player came from), which player a transitive cue takes as its object, and who rejected.
 */
import type { ClaimType, Mention } from '../../../../domain/types.ts'
import { clauseAt, type Candidate, type ClaimContext, type SentenceView } from '../candidate.ts'
import { CLUB_OF_PERSON_RULE } from '../../entities/find-mentions.ts'
import { firstAtOrAfter } from '../../../segment/speakers.ts'

export { firstAtOrAfter }

/** Nouns after which "from <Club>" names the suitor: "an offer from Al-Hilal". */
const SUITOR_FROM = /\b(?:interest|offers?|bids?|approach(?:es)?|enquir(?:y|ies)|proposals?|advances|overtures|contact|calls?|attention)\s+from\s*$/
/** An offer word, then (within the clause) "from" right before the club that sent it. */
const OFFER_FROM = /\b(?:bids?|offers?|approach(?:es)?|proposals?|enquir(?:y|ies))\b[^.;:!?]{0,50}\bfrom\s+(?:the\s+)?$/
/** Claims an offer's sender is party to (an offer accepted is an agreement with its sender). */
const OFFER_TYPES_FROM = new Set<ClaimType>(['bid', 'bid_rejected', 'approach', 'agreement'])
/** "<Club>'s <Player>", "<Club> midfielder <Player>": the club holds that player. */
const OWNS_ROLE = '(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|wing-back|wing back|centre back|center-back|center back|full back|right back|left back|centre-forward|center-forward|frontman|full-back|star|captain|playmaker|attacker|youngster|talisman|teenager|wonderkid|ace|duo|pair|trio)'
/** A descriptor word, never a preposition: "a bid from West Ham for star striker Dembélé" is no West Ham striker. */
const DESCRIPTOR_WORD = String.raw`(?!(?:for|to|from|with|of|by|in|at|on|over)\b)[\w-]+`
/**
 * A possessive, or a role noun after at most two descriptors: not any two words, or "Chelsea have
 * added Brennan Johnson" would read as Chelsea's player.
 */
const OWNS_NEXT = new RegExp(`^\\s*(?:(?:'s|’s)\\s*(?:[\\w-]+\\s+){0,2}?(?:${OWNS_ROLE}\\s*)?|(?:${DESCRIPTOR_WORD}\\s+){0,2}?${OWNS_ROLE}\\s*)$`, 'i')

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
/**
 * Words that put a completed move in the past: "as a teenager", "two years ago", "since joining";
 * and a loan he is serving ("is currently on loan with Cardiff", "X, on loan at Dortmund,", "his loan spell at Burton",
 * "spending the season on loan at Plymouth", "He spent a season on loan with Hull City").
 */
const PAST_MARKERS = /\b(?:as an? (?:teenager|youngster|schoolboy|\d+-year-old|(?:\w+-)?year-old)|from (?:\S+ )?academy|\w+ (?:years?|summers?|seasons?|windows?) ago|last (?:summer|season|year|january)|since (?:joining|arriving|his (?:arrival|move|switch))|(?:has|have) (?:been|spent|played)\b[^.;]*\bsince\b|(?:(?:is|are|was|were|been) |, |\b(?:currently|presently) )(?:currently |presently |still |now )?on (?:a )?(?:\S+ )?loan (?:at|with)\b|(?:his|her|their) (?:\S+ )?loan (?:spell |stint )?(?:at|with)\b|\b(?:during|throughout) (?:a|an|the|his|her) (?:\S+ )?loan (?:spell |stint )?(?:at|with)\b|\b(?:spend(?:s|ing)?|spent) (?:\S+ ){0,3}?on (?:a )?(?:\S+ )?loan (?:at|with)\b)/

/**
 * True when a completed move in the sentence happened before the article's news: it names an
 * earlier year ("in January 2020"), or says "as a teenager", "two years ago", "since joining", or
 * "in the summer" when the article is written before the next one.
 * @example isPastMove(view, '2025-05-28') // true for "having moved from Cologne as a teenager"
 */
export function isPastMove(view: SentenceView, date: string | null | undefined, at?: number): boolean {
  const text = at === undefined ? view.folded : conjunctAt(view, at)
  if (PAST_MARKERS.test(text)) return true
  const year = date ? Number(date.slice(0, 4)) : NaN
  if (!Number.isFinite(year)) return false
  const month = date ? Number(date.slice(5, 7)) : NaN
  // "moved to Molineux in the summer", read between January and May: last summer.
  if (month <= 5 && /\b(?:in|during|over) the summer\b(?! (?:of )?(?:19|20)\d\d)/.test(text)) return true
  for (const m of text.matchAll(/\bin (?:the )?(?:(?:mid|early|late)[- ])?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?! (?:19|20)\d\d)/g)) {
    if (MONTHS.indexOf(m[1]) + 1 < month) return true
  }
  // "On August 9, Olmo announced his move", read in December: a day of an earlier month.
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    if (MONTHS.indexOf(m[1] ?? m[2]) + 1 < month) return true
  }
  return namesEarlierYear(text, year)
}

/** "in 2019", "in the summer of 2019", "since 2020": `text` dates something in a year before `year`. */
function namesEarlierYear(text: string, year: number): boolean {
  // "Kirby's 2015 move": a year before the move's noun too.
  for (const m of text.matchAll(/\b(?:(?:in|of|during|since) (?:(?:the )?(?:summer|winter|spring|autumn|january|february|march|april|may|june|july|august|september|october|november|december) (?:of )?)?((?:19|20)\d\d)\b(?!\s*[-/]\d)|((?:19|20)\d\d) (?:[\w-]+ )?(?:move|switch|transfer|signing|arrival|departure|exit)\b)/g)) {
    if (Number(m[1] ?? m[2]) < year) return true
  }
  return false
}

/**
 * A move the cue's conjunct dates in a year before the article's ("before permanently heading to
 * San Siro in 2019", read in 2022): done long ago, whatever its verb. Only the year counts: a month
 * earlier in the article's year may date an agreement still to take effect.
 */
export function isPastYearMove(view: SentenceView, date: string | null | undefined, at: number): boolean {
  const year = date ? Number(date.slice(0, 4)) : NaN
  return Number.isFinite(year) && /(?:19|20)\d\d/.test(view.folded) && namesEarlierYear(conjunctAt(view, at), year)
}

/** A day of a month with no year: "on August 9", "on 9 August", "on the 9th of August". */
const DAY_OF_MONTH = new RegExp(String.raw`\bon (?:the )?(?:(${MONTHS.join('|')}) \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(${MONTHS.join('|')}))\b(?!,? (?:19|20)\d\d)`, 'g')

/**
 * Verbs whose object the club right after them is ("make Bayern bleed", "forced Spurs into a
 * sale"): that club does not act in the clause. Shared by pass 40 and the article facts.
 */
export const OBJECT_VERBS = 'make|makes|made|making|let|lets|letting|force|forces|forced|forcing|help|helps|helped|helping|urge|urges|urged|urging|warn|warns|warned|warning|beat|beats|beating'

/** How far after a cue an aside is looked for. */
const ASIDE_REACH = 300
const ASIDE_OPENER = /\s[-–—]\s|\(/
const ASIDE_CLOSER = { dash: /\s[-–—](?:\s|$)|[,.;]/, bracket: /\)/ }

/**
 * The first aside opened within reach after `at` (" - " or "("), as [from, to): to its closing
 * dash or bracket, else `end`; [Infinity, Infinity] when none. A name or fee inside it ("- Neymar's
 * €222m move to PSG in 2017 -") is an example, not the cue's. Speed: one bounded read per cue.
 */
export function asideAfter(text: string, at: number, end: number): [number, number] {
  const open = ASIDE_OPENER.exec(text.slice(at, Math.min(end, at + ASIDE_REACH)))
  if (!open) return [Infinity, Infinity]
  const from = at + open.index + open[0].length
  const close = (open[0] === '(' ? ASIDE_CLOSER.bracket : ASIDE_CLOSER.dash).exec(text.slice(from, end))
  return [from, close ? from + close.index : end]
}

/** "and" (or ", while they") opening a second predicate of the clause's subject: "… for A and are close to …". */
const NEXT_PREDICATE = /,? (?:and|while they|and they) (?:(?:also|then|now|still|are|is|have|has|had|were|was|will|would|could|remain|look|hope|want|expect)\b)/g

/**
 * Absolute [start, end) of the conjunct of the cue's clause holding `at`: the clause cut where
 * "and" opens a second predicate of the same subject ("have signed A and are in talks over B").
 * @example conjunctSpan(view, cueStart) // the span "are close to agreeing a fee for B"
 */
export function conjunctSpan(view: SentenceView, at: number): [number, number] {
  let [start, end] = clauseAt(view, at)
  for (const cut of predicateCuts(view, start, end)) {
    if (cut <= at) start = cut
    else { end = cut; break }
  }
  return [start, end]
}

/** Speed: each clause's predicate cuts, read once per sentence view and clause (several claims and passes ask). */
const CUTS = new WeakMap<SentenceView, Map<number, number[]>>()

/** Absolute offsets where NEXT_PREDICATE matches in the clause [start, end) of `view`, in order. */
function predicateCuts(view: SentenceView, start: number, end: number): number[] {
  let byClause = CUTS.get(view)
  if (!byClause) CUTS.set(view, (byClause = new Map()))
  let cuts = byClause.get(start)
  if (cuts) return cuts
  cuts = []
  const off = view.sentence.start
  const s = view.folded.slice(start - off, end - off)
  NEXT_PREDICATE.lastIndex = 0
  for (let m = NEXT_PREDICATE.exec(s); m; m = NEXT_PREDICATE.exec(s)) cuts.push(start + m.index)
  byClause.set(start, cuts)
  return cuts
}

/** Opens a relative or reduced clause set off by a comma: ", who joined Chelsea in 2020,", ", signed by Lazio in 2022,". */
const RELATIVE_OPEN = /, (?:who|whose|whom|having|signed|bought|recruited|acquired|brought in|snapped up) /g

/**
 * Absolute [start, end) of the relative clauses of a sentence that do not hold `at`: from ", who"
 * to the next comma (or the sentence's end). Their times date what they tell, not the main clause:
 * "Silva, who joined Chelsea in October 2020, is wanted by Fulham".
 * @example relativeSpansAround(view, cueStart) // [[start of ", who joined …", its closing comma]]
 */
export function relativeSpansAround(view: SentenceView, at: number): [number, number][] {
  const out: [number, number][] = []
  const { folded, sentence } = view
  RELATIVE_OPEN.lastIndex = 0
  for (let m = RELATIVE_OPEN.exec(folded); m; m = RELATIVE_OPEN.exec(folded)) {
    const close = folded.indexOf(',', m.index + m[0].length)
    const end = close < 0 ? folded.length : close
    const span: [number, number] = [sentence.start + m.index, sentence.start + end]
    if (at < span[0] || at >= span[1]) out.push(span)
  }
  return out
}

/**
 * The folded clause around an offset, cut again at ", and": "Last summer they signed A, and B
 * joined C on Monday"; relative clauses not holding the offset are blanked.
 */
function conjunctAt(view: SentenceView, at: number): string {
  const [cs, ce] = clauseAt(view, at)
  let s = view.folded.slice(cs - view.sentence.start, ce - view.sentence.start)
  for (const [a, b] of relativeSpansAround(view, at)) {
    const from = Math.max(a, cs) - cs
    const to = Math.min(b, ce) - cs
    if (from < to) s = s.slice(0, from) + ' '.repeat(to - from) + s.slice(to)
  }
  const rel = at - cs
  let start = 0
  let end = s.length
  for (const m of s.matchAll(/, and /g)) {
    if (m.index <= rel) start = m.index + 2
    else { end = m.index; break }
  }
  return s.slice(start, end)
}

/**
 * Mentions of a kind inside [start, end). Mentions are sorted by start, so a binary search
 * finds the first one: a long sentence with thousands of mentions stays linear overall.
 */
export function mentionsIn(ctx: ClaimContext, start: number, end: number, kind: Mention['kind']): Mention[] {
  const ms = ctx.entities.mentions
  const out: Mention[] = []
  for (let i = firstAtOrAfter(ms, start); i < ms.length && ms[i].start < end; i++) {
    const m = ms[i]
    if (m.kind === kind && m.end <= end && m.name && m.rule !== CLUB_OF_PERSON_RULE) out.push(m)
  }
  return out
}


/** Right after a transitive cue, a word announcing a list of players: "want both Mbeumo and Cunha", "signed the pair". */
const LIST_LEAD = /^\s+(?:both|either|all of|all three of|the pair of|the duo of|the trio of)\s+/i

/** The player named right after a transitive cue ("signed Dean Huijsen"), if any. */
export function objectPlayer(c: Candidate, ctx: ClaimContext, within: number): Mention | undefined {
  const ms = ctx.entities.mentions
  // "want both Mbeumo and Cunha": the word announcing the list stands between the verb and the first name.
  const lead = LIST_LEAD.exec(ctx.text.slice(c.cueEnd, c.cueEnd + 20))
  // A club opening the next sentence is not the cue's ("Murillo will leave. Everton …").
  const end = Math.min(c.cueEnd + within + (lead ? lead[0].length : 0), c.view.sentence.end)
  for (let i = firstAtOrAfter(ms, c.cueEnd); i < ms.length && ms[i].start <= end; i++) {
    if (ms[i].kind === 'player' && ms[i].name) return ms[i]
    // "want Fenerbahce midfielder İsmail Yüksek", "signed Brighton's 21-year-old Mitoma": the
    // player's club and a few descriptor words may stand between the verb and his name.
    if (ms[i].kind === 'club' && ms[i].name) return playerAfterClub(ctx, ms, i)
  }
  return undefined
}

/** A role noun standing before a listed player's name: "Porto defender Pereira", "Fulham's 18-year-old winger Sessegnon". */
const LIST_ROLE = '(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|center-back|full-back|wing-back|playmaker|attacker|star|captain|youngster|talisman|teenager|wonderkid|ace|prospect|international|loanee)'
/** A descriptor of a listed player ("18-year-old", "versatile", "£8m-rated", "Sweden"), never a preposition or a joiner. */
const LIST_DESC = String.raw`(?!(?:for|to|from|with|of|by|in|at|on|over|and|or|but|who|which|that|is|are|was|were|has|have|had|will|would|could|may|might)\b)[\w£€$.'’-]+`
/**
 * What opens the next name of a list of players: a comma, "and", "or", "as well as", "joined (on
 * a shortlist) by", "along with"; after an age set off by commas ("Bent, 30, or Berahino").
 */
const LIST_JOIN = String.raw`^\s*(?:,\s*\d{1,2}\s*)?(?:,|and|or|nor|&|as well as|, and|, or|,?\s*(?:along|together) with|,?\s*(?:(?:is|are|was|were|has been|have been)\s+)?joined\s+(?:[a-z]+\s+){0,4}?by)\s+`
/** After the joiner, words that qualify the next name: "and fellow academy graduate …", "and former Chelsea winger …". */
const LIST_QUALIFIER = String.raw`(?:(?:the|their|his|former|fellow|current|new|old|loan|promoted|relegated|young|veteran|experienced)\s+){0,3}(?:ex-\s*)?`
/** Between two listed players, no club: the joiner and perhaps a role ("and right-back Dalot", "and goalkeeper Alisson"). */
const LIST_GAP = new RegExp(`${LIST_JOIN}${LIST_QUALIFIER}(?:(?:${LIST_DESC}\\s+){0,2}?${LIST_ROLE}\\s+)?$`, 'i')
/** Before the club owning the next listed player: the joiner alone ("…, and Chelsea's Colwill", "and former Leeds winger …"). */
const LIST_GAP_HEAD = new RegExp(`${LIST_JOIN}${LIST_QUALIFIER}$`, 'i')
/** After the club owning the next listed player: its possessive, or a role ("Everton defender", "Brighton's", "Fulham's 18-year-old winger"). */
const LIST_GAP_TAIL = new RegExp(`^(?:['’]s\\s+(?:${LIST_DESC}\\s+){0,2}?|\\s+(?:${LIST_DESC}\\s+){0,2}?${LIST_ROLE}\\s+)$`, 'i')
/** Names the entity pass did not take for players, inside a list of them: ", Antony and" (case matters: names are capitalised). */
const LIST_UNKNOWN = /^\s*(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*){1,3}(?:,|,?\s+and|,?\s+or)\s+$/

/** A player of a coordinated list, with the club the list names as his ("Everton's Branthwaite"), if any. */
export interface Listed { name: string; owner?: string }

/**
 * The coordinated list of players in `ms` (sorted, within a clause) holding `name`: "Rashford,
 * Sancho, Antony and Garnacho" (a name the entity pass missed does not break the list), "Everton's
 * Branthwaite and Chelsea's Colwill" (each with his club), "Bent, 30, or West Brom forward
 * Berahino". [] when `name` stands alone; a gap holding the `cue` joins no one.
 * @example playerList(ctx, players, 'Levi Colwill') // [{ name: 'Jarrad Branthwaite' }, { name: 'Levi Colwill', owner: 'Chelsea' }]
 */
export function playerList(ctx: ClaimContext, ms: readonly Mention[], name: string, cue?: Candidate): Listed[] {
  let chain: Listed[] = []
  for (let i = 0; i < ms.length; i++) {
    const owner = i > 0 && !cueJoins(ctx, cue, ms[i - 1], ms[i]) ? listJoin(ctx, ms[i - 1], ms[i]) : undefined
    if (owner === undefined) {
      if (chain.length > 1 && chain.some((x) => x.name === name)) break
      chain = []
    }
    chain.push({ name: ms[i].name!, owner: owner || undefined })
  }
  if (chain.length < 2 || !chain.some((x) => x.name === name)) return []
  const seen = new Set<string>()
  return chain.filter((x) => !seen.has(x.name) && seen.add(x.name))
}

/**
 * Where the list of players opening at `ms[i]` ends (the end of its last name): "Schade and
 * Lewis-Potter" after "want both". `ms` are player mentions, sorted.
 */
export function listEnd(ctx: ClaimContext, ms: readonly Mention[], i: number): number {
  let j = i
  while (j + 1 < ms.length && listJoin(ctx, ms[j], ms[j + 1]) !== undefined) j++
  return ms[j].end
}

/**
 * The last list of two or more players in [start, end) ("Koulibaly and Skriniar"), or undefined.
 * @example lastPlayerList(ctx, prev.sentence.start, prev.sentence.end) // [{ name: 'Kalidou Koulibaly' }, { name: 'Milan Skriniar' }]
 */
export function lastPlayerList(ctx: ClaimContext, start: number, end: number): Listed[] | undefined {
  const ms = mentionsIn(ctx, start, end, 'player')
  let last: Listed[] | undefined
  let chain: Listed[] = []
  for (let i = 0; i < ms.length; i++) {
    const owner = i > 0 ? listJoin(ctx, ms[i - 1], ms[i]) : undefined
    if (owner === undefined) chain = []
    if (!chain.some((x) => x.name === ms[i].name)) chain.push({ name: ms[i].name!, owner: owner || undefined })
    if (chain.length > 1) last = chain
  }
  return last
}

/**
 * The cue stands between two names as their verb: "Trippier is joined by Adams", read as a
 * signing, lists no one. A list noun inside "joined … by" ("joined on a shortlist by") is no verb.
 */
function cueJoins(ctx: ClaimContext, cue: Candidate | undefined, a: Mention, b: Mention): boolean {
  if (!cue || cue.cueEnd <= a.end || cue.cueStart >= b.start) return false
  const j = ctx.text.slice(a.end, b.start).search(/\bjoined\b/i)
  return j < 0 || cue.cueStart < a.end + j + 6
}

/** How `b` joins the list after `a`: undefined when it does not, '' with no club of his, else the club named as his. */
function listJoin(ctx: ClaimContext, a: Mention, b: Mention): string | undefined {
  if (b.start - a.end > 80) return undefined
  const clubs = mentionsIn(ctx, a.end, b.start, 'club')
  if (!clubs.length) {
    const gap = ctx.text.slice(a.end, b.start)
    return LIST_GAP.test(gap) || LIST_UNKNOWN.test(gap) ? '' : undefined
  }
  if (clubs.length > 1) return undefined
  const m = clubs[0]
  const head = ctx.text.slice(a.end, m.start)
  // "deals for Koulibaly from Chelsea and goalkeeper Bounou from Sevilla": each name with the club
  // he comes from; the club after "from" is the earlier name's, not the next one's.
  // (", and Mbeumo is seen as …" opens a new clause: no list.)
  if (/^\s+from\s+(?:the\s+)?$/i.test(head) && /^\s+(?:and|as well as)\s/i.test(ctx.text.slice(m.end, b.start)) && LIST_GAP.test(ctx.text.slice(m.end, b.start))) return comesFrom(ctx, b) ?? ''
  if (!LIST_GAP_HEAD.test(head) || !LIST_GAP_TAIL.test(ctx.text.slice(m.end, b.start))) return undefined
  // "and former Everton winger McNeil": a club he left is no club of his.
  return /\b(?:former|old|ex-)\s*$/i.test(head) ? '' : m.name!
}

/** The club named right after a player as the one he comes from: "Bounou from Sevilla". */
function comesFrom(ctx: ClaimContext, b: Mention): string | undefined {
  const m = mentionsIn(ctx, b.end, b.end + 30, 'club')[0]
  return m && /^\s+from\s+(?:the\s+)?$/i.test(ctx.text.slice(b.end, m.start)) ? m.name : undefined
}

/** Lower-case descriptor words after a club, up to a name: "'s", "midfielder", "21-year-old". */
const DESCRIPTORS = /^(?:['’]s)?(?: [a-z0-9][a-z0-9-]*){0,3} $/

function playerAfterClub(ctx: ClaimContext, ms: Mention[], club: number): Mention | undefined {
  const next = ms[club + 1]
  if (!next || next.kind !== 'player' || !next.name || next.start - ms[club].end > 40) return undefined
  return DESCRIPTORS.test(ctx.text.slice(ms[club].end, next.start)) ? next : undefined
}

/** A club named right after the cue ("joined Aston Villa"), if any. */
export function clubAfter(c: Candidate, ctx: ClaimContext, within: number): Mention | undefined {
  const ms = ctx.entities.mentions
  // A club opening the next sentence is not the cue's ("Murillo will leave. Everton …").
  const end = Math.min(c.cueEnd + within, c.view.sentence.end)
  for (let i = firstAtOrAfter(ms, c.cueEnd); i < ms.length && ms[i].start <= end; i++) {
    if (ms[i].kind === 'club' && ms[i].name) return ms[i]
  }
  return undefined
}

/** Travel words right before a place: "travelling to", "flew into", "landed in", "his medical in". */
const TRAVEL_TO = /\b(?:travel(?:s|led|ling|ed|ing)?|fl(?:y|ies|ying|ew|own)|head(?:s|ed|ing)?|land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|jet(?:s|ted|ting)?)\s+(?:back\s+)?(?:to|in|into)\s*$|\b(?:medical|tests|checks|examinations?)\s+in\s*$/

/** How far from the cue a club may stand and still be its counterpart (keeps long sentences linear). */
const COUNTERPART_REACH = 300

/** Right before a club: it is one he played for before ("former Leeds", "ex-Chelsea", "his old club Burnley", "formerly of Ajax"). */
const FORMER_BEFORE = /(?:\b(?:former|one-time|erstwhile|previous)\s+(?:(?:loan\s+)?(?:club|side|team|employers?)\s+)?|\b(?:his|her|their)\s+old\s+(?:club|side|team)\s+|\bex-\s*|\b(?:formerly|previously|once)\s+(?:of|with|at)\s+)(?:the\s+)?$/
/** A word FORMER_BEFORE needs: without one in the sentence, no club in it is a former one. */
const MAY_NAME_FORMER = /\b(?:former|one-time|erstwhile|previous|old|ex-|formerly|previously|once)/
/** What joins two former clubs: "former Leeds and Everton forward", "ex-Chelsea, Inter and Roma striker". */
const FORMER_JOIN = /^\s*(?:,|and|&|, and)\s*$/
/** After a (chain of) former club(s): a role noun or a name, so the clubs describe a man ("former Leeds and Everton forward Bamford"). */
const DESCRIBES_MAN = /^\s*(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:defender|midfielder|striker|forward|winger|goalkeeper|keeper|right-back|left-back|centre-back|wing-back|wing back|centre back|center-back|center back|full back|right back|left back|centre-forward|center-forward|frontman|full-back|star|captain|playmaker|attacker|man|player|boss|manager|youngster|academy graduate|loanee|skipper|legend|icon|hero|graduate)\b/

/** The clubs a sentence names as former ones: `all` (never the holder), `described` (a descriptor of a man, never a party). */
export interface FormerClubs { all: Set<string>; described: Set<string> }

const FORMER_BY_VIEW = new WeakMap<SentenceView, FormerClubs>()

/**
 * Clubs the sentence names as ones a man played for before: "former Leeds and Everton forward
 * Patrick Bamford" (both, and both describe him), "a return to his former club Leeds" (Leeds, a
 * former club that may still be his next one). Read once per sentence.
 * @example formerClubs(ctx, view).all // Set { 'Leeds United', 'Everton' }
 */
export function formerClubs(ctx: ClaimContext, view: SentenceView): FormerClubs {
  let found = FORMER_BY_VIEW.get(view)
  if (found) return found
  found = { all: new Set(), described: new Set() }
  // Speed: most sentences hold none of FORMER_BEFORE's words, so no club in them is a former one.
  if (!MAY_NAME_FORMER.test(view.folded)) {
    FORMER_BY_VIEW.set(view, found)
    return found
  }
  const ms = mentionsIn(ctx, view.sentence.start, view.sentence.end, 'club')
  let chain: Mention[] = []
  for (let i = 0; i <= ms.length; i++) {
    const m = ms[i]
    const joined = m && chain.length && FORMER_JOIN.test(ctx.text.slice(chain[chain.length - 1].end, m.start).toLowerCase())
    if (m && joined) { chain.push(m); continue }
    if (chain.length) {
      const last = chain[chain.length - 1]
      // "Mertens, formerly of Napoli and Galatasaray,": an apposition always describes the man.
      const describes = DESCRIBES_MAN.test(ctx.text.slice(last.end, last.end + 40).toLowerCase()) || /\b(?:formerly|previously|once)\s+(?:of|with|at)\s+(?:the\s+)?$/.test(foldedBefore(view.folded, view.sentence.start, chain[0], 30))
      for (const x of chain) {
        found.all.add(x.name!)
        if (describes) found.described.add(x.name!)
      }
      chain = []
    }
    if (m && FORMER_BEFORE.test(foldedBefore(view.folded, view.sentence.start, m, 40))) chain = [m]
  }
  FORMER_BY_VIEW.set(view, found)
  return found
}

/** Right after a cue ending in "from", "by", "with": clubs it does not name ("from a lot of clubs", "by several sides"). */
const UNNAMED_AFTER = /^\s*(?:(?:from|by|with)\s+)?(?:a lot of|lots of|plenty of|several|a number of|a host of|many|numerous|various|a handful of|a clutch of|a raft of|a string of|a few|\d+|two|three|four|five|six|seven|eight|nine|ten|other)\s+(?:[\w'-]+\s+){0,4}?(?:clubs|sides|teams|suitors)\b|^\s*(?:(?:from|by|with)\s+)?the\s+(?:[\w-]+\s+){0,2}elite\b/

/** Countries, leagues and regions a move can be told to, standing for a club left unnamed, with the clubs they cover. */
const PLACE_CLUBS: Record<string, { countries?: string[]; leagues?: string[] }> = {
  'saudi arabia': { countries: ['Saudi Arabia'] }, 'saudi pro league': { countries: ['Saudi Arabia'] }, saudi: { countries: ['Saudi Arabia'] },
  'middle east': { countries: ['Saudi Arabia', 'Qatar', 'United Arab Emirates'] }, gulf: { countries: ['Saudi Arabia', 'Qatar', 'United Arab Emirates'] },
  qatar: { countries: ['Qatar'] }, uae: { countries: ['United Arab Emirates'] }, turkey: { countries: ['Turkey'] },
  mls: { leagues: ['MLS'] }, 'united states': { countries: ['USA'] }, usa: { countries: ['USA'] }, us: { countries: ['USA'] }, america: { countries: ['USA'] },
  'premier league': { leagues: ['Premier League'] }, 'serie a': { leagues: ['Serie A'] }, 'la liga': { leagues: ['La Liga'] },
  bundesliga: { leagues: ['Bundesliga'] }, 'ligue 1': { leagues: ['Ligue 1'] }, eredivisie: { leagues: ['Eredivisie'] }, championship: { leagues: ['Championship'] },
  england: { countries: ['England'] }, spain: { countries: ['Spain'] }, italy: { countries: ['Italy'] }, germany: { countries: ['Germany'] },
  france: { countries: ['France', 'Monaco'] }, portugal: { countries: ['Portugal'] }, scotland: { countries: ['Scotland'] }, brazil: { countries: ['Brazil'] },
  argentina: { countries: ['Argentina'] }, mexico: { countries: ['Mexico'] }, china: {}, japan: {}, abroad: {}, overseas: {},
}
/** The place names, longest first, as a regex alternation. */
export const PLACES = Object.keys(PLACE_CLUBS).sort((a, b) => b.length - a.length).join('|')
/** A place, not a place word describing a man ("contenders for the Portugal international"). */
const PLACE = String.raw`(?:the\s+)?(${PLACES})\b(?![\w-]*\s+(?:international|star|striker|winger|defender|midfielder|forward|goalkeeper|keeper|captain|player|youngster|teenager|full-back|right-back|left-back|centre-back|playmaker|attacker|talent|prospect|side|club|outfit|giants|champions|team|manager|coach|boss)\b)`
/** Right after a cue, "to"/"for" and a place instead of a club ("rejected a move to Saudi Arabia"). */
const TO_PLACE_AFTER = new RegExp(String.raw`^\s*(?:to|for)\s+${PLACE}`)
/** Right after a cue ending in "to"/"for" itself, a place ("is leaving for Saudi Arabia", "set to move to the MLS"). */
const PLACE_AFTER = new RegExp(String.raw`^\s*${PLACE}`)
/** A cue that ends in "to" or "for" itself ("is leaving for", "set to move to"). */
const ENDS_TO_FOR = /\b(?:to|for)\s*$/

/**
 * For a cue followed by a place ("a move to the Premier League", "is leaving for Saudi Arabia"),
 * the club it stands for: the article's suitor when it plays there ("… to the Premier League" in
 * an article about West Ham's bid), else null; undefined when no place follows the cue.
 */
export function placeCounterpart(c: Candidate, ctx: ClaimContext, holder: string | null): string | null | undefined {
  const at = c.cueEnd - c.view.sentence.start
  const { folded } = c.view
  const after = folded.slice(at, at + 40)
  const place = ENDS_TO_FOR.test(folded.slice(c.cueStart - c.view.sentence.start, at)) ? PLACE_AFTER.exec(after) : TO_PLACE_AFTER.exec(after)
  if (!place) return undefined
  const club = ctx.suitor && ctx.suitor !== holder ? ctx.entities.clubs.get(ctx.suitor) : undefined
  const covers = PLACE_CLUBS[place[1]]
  return club && covers && (covers.countries?.includes(club.country) || covers.leagues?.includes(club.league)) ? club.name : null
}

/** The club that is the other party of the move, or null. */
export function pickCounterpart(c: Candidate, ctx: ClaimContext, holder: string | null): string | null {
  const { sentence, folded } = c.view
  const from = Math.max(sentence.start, c.cueStart - COUNTERPART_REACH)
  const to = Math.min(sentence.end, c.cueEnd + COUNTERPART_REACH)
  const clubs = mentionsIn(ctx, from, to, 'club').filter((m) => m.name !== holder)
  // "has attracted interest from a lot of clubs across Europe": the cue's own clubs go unnamed.
  // "is leaving for Saudi Arabia and Fati has joined Monaco": a place, not the next clause's club.
  const after = folded.slice(c.cueEnd - sentence.start, c.cueEnd - sentence.start + 60)
  if (UNNAMED_AFTER.test(after)) return null
  const place = placeCounterpart(c, ctx, holder)
  if (place !== undefined) return place
  const suitorFrom = clubs.find((m) => SUITOR_FROM.test(foldedBefore(folded, sentence.start, m, 30)) && m.start >= c.cueStart && m.start - c.cueEnd <= 40)
  if (suitorFrom) return suitorFrom.name!
  // "a formal bid for the striker, believed to be from Brighton": the offer's sender, further on.
  if (OFFER_TYPES_FROM.has(c.type)) {
    const sender = clubs.find((m) => m.start >= c.cueStart && m.start - c.cueEnd <= 80 && OFFER_FROM.test(foldedBefore(folded, sentence.start, m, 70)))
    if (sender) return sender.name!
  }
  // "travelling to Birmingham for his medical": a city the player travels to is a place. When the
  // article has a suitor and names the city's namesake club nowhere else, the suitor is the
  // counterpart. ("arrived in Barcelona", in an article about Barcelona, stays Barcelona.)
  const travelled = ctx.suitor && ctx.suitor !== holder
    ? (m: Mention) => (ctx.entities.clubCounts.get(m.name!) ?? 0) <= 1 && TRAVEL_TO.test(foldedBefore(folded, sentence.start, m, 30))
    : undefined
  // "former Leeds and Everton forward Bamford": clubs describing a man are no party to his move.
  const former = formerClubs(ctx, c.view).described
  const usable = clubs.filter((m) => {
    const before = foldedBefore(folded, sentence.start, m, 30)
    return !/\bfrom\s*$/.test(before) && !CONDITION_SUBJECT.test(before) && !HIS_CLUB_BEFORE.test(before) && !MATCH_OPPONENT.test(before) && !former.has(m.name!) && !ownsAnotherPlayer(m, ctx, c) && !describesHim(m, ctx, c.view) && !holdsPlayers(m, ctx.text) && !travelled?.(m)
  })
  if (!usable.length) return c.cue.objectPlayer && ctx.suitor !== holder ? ctx.suitor ?? null : null
  // "X, on loan at Dortmund, is wanted by Fulham": a cue naming its club right after it means that club.
  const named = c.cue.clubAfter ? clubAfter(c, ctx, c.cue.clubAfter) : undefined
  if (named && usable.includes(named)) return named.name!
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  // "they signed Ferrer from Getafe": the signing club is the subject, before the verb.
  if (c.cue.objectPlayer) {
    const subject = usable.filter((m) => m.end <= c.cueStart && m.start >= cs).pop()
    return subject?.name ?? (ctx.suitor && ctx.suitor !== holder ? ctx.suitor : null)
  }
  return usable.reduce((a, b) => (counterpartRank(b, c, cs, ce) < counterpartRank(a, c, cs, ce) ? b : a)).name!
}

/**
 * Up to `reach` folded chars before a mention, in a sentence starting at `sentenceStart`.
 * Speed: a module function, not a closure per call (tsx names every closure it creates).
 */
export function foldedBefore(folded: string, sentenceStart: number, m: Mention, reach: number): string {
  return folded.slice(Math.max(0, m.start - sentenceStart - reach), m.start - sentenceStart)
}

/** "named on the bench in their win at QPR", "the 2-0 defeat to Wolves": an opponent on the pitch, not a party to a move. */
const MATCH_OPPONENT = /\b(?:(?:to|will|would|and) face|facing|faces|faced)\s+(?:the\s+)?$|\b(?:win|wins|won|victory|defeat|defeats|draw|drew|game|match|clash|fixture|tie|trip)\s+(?:\S+\s+)?(?:at|against|over|to|with|versus|vs\.?|v)\s+(?:the\s+)?$|\b(?:scored|scores|scoring|score|netted|struck|starred|impressed|played|playing|debut|goals?|brace|hat-trick|assists?|performance|display)\s+(?:\S+\s+){0,3}?against\s+(?:the\s+)?$/

/** The subject of a condition after the cue: "could test Brentford's resolve if United are slow to act" is no bid of United's. */
const CONDITION_SUBJECT = /\b(?:if|unless|should)\s+(?:the\s+)?$/

/** A cue ending in a preposition or a joining verb waits for its club: "a switch to", "talks with", "agreed to join". */
const OPEN_END = /\b(?:to|with|at|join|joining)$/

/**
 * Distance to the cue, clubs outside the clause [cs, ce) last. A club after an open-ended cue
 * counts from its end: "the Benfica loanee has agreed a switch to Old Trafford" names its destination right
 * after the long cue, nearer than the club before it.
 */
function counterpartRank(m: Mention, c: Candidate, cs: number, ce: number): number {
  const d = m.start >= c.cueEnd && OPEN_END.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start)) ? (m.start - c.cueEnd) * 1.2 : dist(m, c.cueStart)
  return d + (m.start >= cs && m.end <= ce ? 0 : 1000)
}

/** Right before a club: it is named as his ("his club AS Monaco", "his current side Lille", "his employers Ajax"). */
export const HIS_CLUB_BEFORE = /\b(?:his|her)\s+(?:current\s+|parent\s+|present\s+)?(?:club|side|team|employers?)\s*,?\s+(?:the\s+)?$/

/** After "the <Club>": a role noun standing for the man himself ("the Benfica loanee", "the Leverkusen star"). */
const HIS_ROLE_AFTER = /^\s+(?:[\w-]+\s+)?(?:loanee|star|man|defender|midfielder|striker|forward|winger|goalkeeper|keeper|captain|skipper|playmaker|attacker|talisman|ace|youngster|academy graduate|full-back|centre-back|wing-back|wing back|centre back|center-back|center back|full back|right back|left back|centre-forward|center-forward|frontman|left-back|right-back|number nine|no 10)\b(?!\s+[A-Z])/

/**
 * "amid suggestions that the Benfica loanee has agreed a switch to Old Trafford": a club in a
 * definite role phrase with no name after describes the player himself: his club, not a party.
 * @example describesHim(benficaMention, ctx, view) // true
 */
export function describesHim(club: Mention, ctx: ClaimContext, view: SentenceView): boolean {
  if (!/\bthe\s+$/.test(foldedBefore(view.folded, view.sentence.start, club, 6)) && !/^the\s/i.test(ctx.text.slice(club.start, club.end))) return false
  return HIS_ROLE_AFTER.test(ctx.text.slice(club.end, club.end + 40))
}

/** After a club: a plural noun of its own men ("players", "stars", "outcasts", "'s youngsters"). */
const PLAYERS_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:players|stars|outcasts|youngsters|loanees|squad\s+members|defenders|midfielders|forwards|strikers|wingers|academy\s+graduates|quartet|contingent)\b/i

/**
 * "Five Manchester United players linked with a move away", "several Tottenham stars could leave":
 * a club named with its own men is the club they would leave, not a party bidding for them.
 */
export function holdsPlayers(club: Mention, text: string): boolean {
  return PLAYERS_AFTER.test(text.slice(club.end, club.end + 40))
}

/** "Stuttgart's Nick Woltemade", "Real Sociedad midfielder Zubimendi": a possessor, not a party. */
function ownsAnotherPlayer(club: Mention, ctx: ClaimContext, c: Candidate): boolean {
  const ms = ctx.entities.mentions
  let next: Mention | undefined
  let clubBetween = false
  for (let i = firstAtOrAfter(ms, club.end); i < ms.length; i++) {
    if (ms[i].kind !== 'club') { next = ms[i]; break }
    clubBetween = true
  }
  // "offered to Lazio is Olympiacos striker Manolas": the nearer club owns him.
  if (!next || clubBetween || next.kind !== 'player' || next.start - club.end > 30) return false
  if (next.start <= c.cueEnd && next.end >= c.cueStart) return false
  return OWNS_NEXT.test(ctx.text.slice(club.end, next.start))
}

export function dist(m: Mention, at: number): number {
  return m.end <= at ? at - m.end : m.start >= at ? (m.start - at) * 1.2 : 0
}

/** "rebuffed by the player himself", "rebuffed by Bruno": the player said no. */
export function rejectedByPlayer(c: Candidate, ctx: ClaimContext, player: string): boolean {
  const after = c.view.folded.slice(c.cueEnd - c.view.sentence.start, c.cueEnd - c.view.sentence.start + 30)
  if (/^\s*by (?:the player|him|the (?:\S+ )?(?:midfielder|defender|striker|forward|winger|star|captain))\b/.test(after)) return true
  // "rejected by the Austrian club", "turned down by Salzburg": the club said no.
  if (BY_CLUB.test(after) || clubAfterBy(c, ctx, 12)) return false
  // "it was turned down by Almeria": a cue ending in "by", the club right after it.
  if (/\bby$/.test(c.view.folded.slice(c.cueStart - c.view.sentence.start, c.cueEnd - c.view.sentence.start)) && clubAfter(c, ctx, 4)) return false
  const p = mentionsIn(ctx, c.cueEnd, c.cueEnd + 30, 'player')[0]
  if (p?.name === player && /^\s*by\s*$/.test(ctx.text.slice(c.cueEnd, p.start))) return true
  // The clause's subject is the player, not a club: "Fernandes has turned down a huge offer".
  const [cs] = clauseAt(c.view, c.cueStart)
  const near = Math.max(cs, c.cueStart - COUNTERPART_REACH)
  const subj = [...mentionsIn(ctx, near, c.cueStart, 'player'), ...mentionsIn(ctx, near, c.cueStart, 'club')].sort((a, b) => a.start - b.start).pop()
  if (subj?.kind !== 'player' || subj.name !== player) return false
  // "Okafor revealed that his club had knocked back a bid", "According to Okafor, the Magpies had
  // a bid rejected": the player speaks or is cited; the rejecting subject comes after him.
  const between = c.view.folded.slice(subj.end - c.view.sentence.start, c.cueStart - c.view.sentence.start)
  return !NOT_HIS_ACT.test(between) && !/\baccording to\s+(?:\S+\s+){0,4}$/.test(c.view.folded.slice(Math.max(0, subj.start - c.view.sentence.start - 40), subj.start - c.view.sentence.start))
}

/** The club named right after the cue as the object of "by" ("rejected by Southampton"), within `within` chars. */
export function clubAfterBy(c: Candidate, ctx: ClaimContext, within: number): Mention | undefined {
  const m = clubAfter(c, ctx, within)
  return m && /^\s*by\s+$/.test(ctx.text.slice(c.cueEnd, m.start)) ? m : undefined
}

/** Right after a rejection: "by" and a club noun ("by the Austrian club", "by his employers"). */
const BY_CLUB = /^\s*(?:for (?:him|the player)\s+)?by\s+(?:the|his|their|its)\s+(?:[\w-]+\s+){0,4}?(?:club|side|team|outfit|champions|giants|hierarchy|board|employers|owners|management|bosses)\b/
/** Between a player and a rejection: a reporting verb, "that", or a club standing in as subject. */
const NOT_HIS_ACT = /\b(?:revealed|reveals|said|says|admitted|admits|claimed|claims|explained|explains|insisted|insists|confirmed|confirms|told|disclosed|that)\b|\b(?:his|the)\s+(?:current\s+|parent\s+)?(?:club|employers|side|owners|board|hierarchy)\b|\bthey\b|\b(?:has|have|had)\s+(?:(?:now|already|reportedly|also|since|seen)\s+)*had\b/
