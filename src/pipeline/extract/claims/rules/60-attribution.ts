/**
 * Pass 60: who says so (SPEC §5 `attributedTo`, innermost first). In order: the speaker of the
 * quote the cue sits in; a source named in the sentence's frame ("according to X", "X reports
 * that", "told X", "from the likes of X, Y and Z"); anonymous sourcing ("sources say",
 * "reportedly", "is understood"); a back-reference ("the report", "the article") to the last
 * named source; the outlet reporting in its own name, for the lead paragraph.
 */
import type { Mention } from '../../../../domain/types.ts'
import { clauseAt, revise, type Candidate, type ClaimContext, type SentenceView } from '../candidate.ts'
import { firstAtOrAfter } from './counterpart.ts'
import { nameKey } from '../../entities/gazetteer.ts'
import { indexKnowledgeBase } from '../../entities/kb-index.ts'
import { OUTLET_NAME_WORDS } from '../../entities/lexicon.ts'
import { SPOKESPERSON_NOUNS } from '../../../segment/speaker-lexicon.ts'

const VERBS = String.raw`(?:has |have |had )?(?:(?:also|just|now|later|then|since|previously|recently|already|earlier|first|exclusively|originally) )?(?:reports?|reported|claims?|claimed|revealed|reveals?|says|said|understands?|confirmed|confirms|insists?|insisted|states?|stated|explains?|explained|adds|added|writes|wrote|emphasi[sz]ed|indicated?|indicates|suggests?|suggested|noted|notes|believes|learned|learnt|informed|tweeted|posted|been told|is told|can reveal|can confirm|went on to add|provided the update|broke the news|understand|report|say|is reporting|are reporting|has learned|has learnt|denied|denies|dismissed|dismisses|refuted|refutes|rubbished|rubbishes|played down|plays down)\b`
const SOURCE_BEFORE_VERB = new RegExp(String.raw`^[\s,’'‘]*(?:\([^)]*\)\s*)?(?:,[^,]{0,40},\s*)?(?:(?:sources|insiders)\s+(?:close to the (?:club|player)\s+)?)?${VERBS}`)
const ACCORDING = /\b(?:according to|per|via|reports from|reports? by|report from|from the likes of|as reported by|reported by|told|(?<!\b(?:after|before|following|since|having|when|upon|on)\s)(?:speaking (?:exclusively )?to|spoke (?:exclusively )?to)|writing (?:in|for)|in an article (?:for|in|co-authored by)|in an? (?:exclusive )?(?:interview|conversation|chat) (?:with|for|on))\s*$/
/**
 * A reporting verb set after the claim, before its source: "…, says Marca", "…, reports Sky Sports' Plettenberg",
 * "… reports Calciomercato." (no comma), "…, reports Guardian contributor Fabrizio Romano" (a role between).
 */
const VERB_BEFORE_SOURCE = new RegExp(String.raw`(?:,|\s)\s*(?:also\s+)?(?:says|said|reports|reported|claims|claimed|writes|wrote|adds|added|explains|explained|reveals|revealed|insists|insisted|understands)\s+(?:the\s+)?(?:(?:[a-z’'.-]+\s+){0,3}?(?:reporter|journalist|correspondent|contributor|writer|editor|insider|expert|columnist|guru)\s+)?$`)
/** Capitalised words running on from a name: " Web" in "Calciomercato Web". */
const LONGER_NAME = /^(?:\s\p{Lu}[\p{L}.&-]*){1,2}(?=\s)/u

/** A journalist as the subject of his clause, then what he says: "Romano congratulated Spurs on the signing, saying he is set to join". */
const JOURNALIST_SAYING = /^[^.;!?]{0,120}?,\s*(?:saying|adding|claiming|explaining|revealing|insisting|stating|reporting)\b/

/** A journalist's role between his outlet and his name: "reporter", "chief football correspondent". */
const JOURNALIST_ROLE = String.raw`(?:\s+[a-z][a-z-]*){0,2}\s+(?:reporter|journalist|correspondent|contributor|writer|editor|insider|expert|presenter|pundit|columnist|guru)`
/** Between an outlet and its journalist: a possessive, a role or both ("Sky Sport Germany's Florian Plettenberg", "Sky Sports Deutschland reporter Florian Plettenberg"). */
const OUTLET_TO_PERSON = new RegExp(String.raw`^(?:['’]s?\s+|['’]s?${JOURNALIST_ROLE}\s+|${JOURNALIST_ROLE}\s+)$`)
/** After a source closing its sentence: at most a possessive or a role and a name ("’s Florian Plettenberg"), then the end. */
const CLOSES_SENTENCE = new RegExp(String.raw`^(?:(?:['’]s?|['’]s?${JOURNALIST_ROLE}|${JOURNALIST_ROLE})(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})?\s*[.!]?\s*["”’]?\s*$`, 'u')
/** The same pattern up to eight words before the source: "according to Parkhead manager Brendan Rodgers". */
const ACCORDING_NEAR = new RegExp(ACCORDING.source.replace(/\\s\*\$$/, '') + String.raw`\s+(?:[\w’'.-]+,?\s+){0,8}$`)
/** Words before "reports" that name no outlet: "Earlier reports had spoken of a bid", "Conflicting reports". */
const REPORTS_ADJECTIVES = 'Earlier|Previous|Prior|Recent|Latest|Initial|Separate|Other|Further|Conflicting|Fresh|New|Multiple|Several|Some|Many|Numerous|Various|Widespread|Unconfirmed|Subsequent|Later|Similar|Local|Media|Press'
const PLACE_LIST = ['England', 'Spain', 'Italy', 'Germany', 'France', 'Portugal', 'Brazil', 'Argentina', 'Netherlands', 'Holland', 'Scotland', 'Wales', 'Ireland', 'Turkey', 'Belgium', 'Greece', 'Saudi', 'Saudi Arabia', 'Mexico', 'America', 'Europe', 'Spanish', 'Italian', 'German', 'French', 'Portuguese', 'Brazilian', 'Argentine', 'Dutch', 'Turkish', 'Belgian', 'Greek', 'English', 'Scottish', 'British']
/** The places above as folded words, for the anonymous patterns ("claims from england"). */
const PLACE_WORDS = PLACE_LIST.map((p) => p.toLowerCase()).join('|')
/**
 * Unnamed reports and voices. Besides the fixed phrases: an adverb inside the hedge ("it was
 * initially reported", "are also said to"), reports or claims from a country ("claims from England"),
 * rumours that there have been ("There had been rumours that …"), and reports as the subject of a
 * reporting verb ("Reports earlier this afternoon had claimed that …").
 */
const ANONYMOUS = new RegExp(String.raw`\b(?:(?:${REPORTS_ADJECTIVES.toLowerCase()}) reports?|sources?(?: close to| at| in| around| inside| within| near)?|according to (?:a |(?:media|press|local|recent|several|some|multiple) )?reports?|reportedly|(?:is|are|was|were) (?:(?:also|now|still|widely|not) )?(?:said|reported) to|it is understood|is understood to|are understood to|it is claimed|it (?:is|was|has been|had been) (?:(?:initially|originally|previously|widely|also|now|first|further) )?(?:reported|claimed|suggested|thought|believed)|insiders?|people close to|those close to|(?:media|press|newspaper) reports?|reports? (?:in|from) the (?:[a-z]+ )?(?:press|media|papers)|(?<!the )(?:reports|claims|rumours|suggestions) (?:in|from|out of) (?:${PLACE_WORDS})|there (?:has|have|had) been (?:(?:some|many|several|persistent|strong) )?(?:rumours|reports|suggestions|claims|whispers)|amid(?:st)? (?:claims|reports|rumours|speculation|suggestions))\b`)
/** Reports opening the sentence as the subject of a reporting verb: "Reports earlier this morning had claimed that …". */
const REPORTS_OPEN = /^\W*(?:\d{1,4}\W+)?(?:(?:earlier|recent|latest|some|several|other|fresh|new) )?reports(?: [a-z]+){0,3} (?:have |had )?(?:claimed|suggested|indicated|stated|claim|suggest|indicate|state)\b/
/** Unnamed reports or voices anywhere in a (folded) sentence. */
function anonymousIn(folded: string): boolean {
  return ANONYMOUS.test(folded) || REPORTS_OPEN.test(folded)
}
/**
 * A subject said by unnamed voices to do something: "Newcastle are thought to have held talks",
 * "there is believed to be interest", "Tottenham are not believed to be chasing a deal"; or linked
 * by them with a club: "Napoli have also been credited with interest", "he continues to be linked
 * with a move". It covers its own clause from the start of its conjunct ("Madrid made enquiries,
 * although they are thought to …" leaves the enquiry unattributed).
 */
const HEDGED_SUBJECT = /\b(?:is|are|was|were|been|be)\s+(?:(?:also|now|still|widely|not|heavily|strongly|repeatedly|previously|already|long|both|all)\s+)*(?:(?:thought|believed|reported|said)\s+to|(?:linked|credited)\s+with)\b/g
/** Quick test before the clause is read: a hedge word is in the sentence. */
const HEDGE_WORDS = /\b(?:(?:thought|believed|reported|said) to|(?:linked|credited) with)\b/
/** Where a conjunct starts: a comma, "and", "but", "while", "although", "whereas", or a subordinate clause ("as", "after", "who" …). */
const CONJUNCT = /(?:,|\band\b|\bbut\b|\bwhile\b|\balthough\b|\bthough\b|\bwhereas\b|\bas\b|\bafter\b|\bbecause\b|\bsince\b|\bwhen\b|\bwho\b|\bwhich\b)/g
const CLUB_SOURCE = /\ba club source\b/
/**
 * After a club's name: its official's role, in any case ("Liverpool owner Tom Werner", "Bayern CEO
 * Karl-Heinz Rummenigge", "Roma General Manager …"), then his name (CLUB_OFFICIAL_NAME).
 */
const CLUB_OFFICIAL = /^\s+(?:(?:co-|vice-|honorary\s+|executive\s+|general\s+|managing\s+|technical\s+|sporting\s+|sports\s+|football\s+|chief\s+)*(?:owner|chairman|chairwoman|president|boss|manager|head coach|coach|director(?:\s+of\s+(?:football|sport))?|chief executive(?:\s+officer)?|ceo|cfo|executive|supremo|board member|administrator)|chief)\s+/i
/** The official's name after his role: one to three capitalised words. */
const CLUB_OFFICIAL_NAME = /^((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/u
/** A speaker that is reports, not a source: "reports in Italy", "media reports". */
const UNNAMED_REPORTS = /^(?:(?:media|press|local|recent|several|some|multiple)\s+)?reports?\b/i
/**
 * "according to reports in Italy", "reports in the Spanish press": a country or its people name no
 * source. (The lexicon's NATIONAL_TEAMS would also turn away "USA", which the generated corpus
 * credits as an outlet; kept to this list so outputs stay as they are.)
 */
const PLACE_NAMES = new Set(PLACE_LIST)
const BACKREF = /\b(?:the (?:article|report|outlet|newspaper|paper|journalist|columnist|reporter|italian journalist|spanish outlet|spanish journalist|transfer guru|insider|publication)|the (?:italian|spanish|german|french|english|british|portuguese|dutch|turkish|brazilian|argentine|saudi|local|national) (?:paper|newspaper|outlet|daily|publication|tabloid|broadsheet)|in his update|he added|he went on)\b/

/** A sentence opened by a pronoun and a reporter's verb: "He states that the Blues …", "She adds that …". */
const HE_REPORTS = /^[\s\-–—•*]*(?:he|she) (?:also |further )?(?:states|stated|writes|wrote|reports|reported|claims|claimed|explains|explained|notes|noted|understands|insists|insisted|believes|adds|added|reveals|revealed)\b/

/**
 * @example attribute(candidates, ctx)[0].attributedTo // ['Fabrizio Romano', 'The Daily Briefing']
 */
export function attribute(cands: Candidate[], ctx: ClaimContext): Candidate[] {
  const framed = new Set<Candidate>()
  return creditLeads(attributeEach(cands, ctx, framed), framed, ctx)
}

/** A chain led by a journalist or an outlet the knowledge base knows: a reporter's account. */
function isReporter(chain: readonly string[], ctx: ClaimContext): boolean {
  if (chain.length === 0) return false
  // Speed: an article's chains name the same few sources; each name is keyed once per knowledge base.
  let known = REPORTERS.get(ctx.kb)
  if (!known) REPORTERS.set(ctx.kb, (known = new Map()))
  let is = known.get(chain[0])
  if (is === undefined) {
    const idx = indexKnowledgeBase(ctx.kb)
    const key = nameKey(chain[0])
    known.set(chain[0], (is = idx.journalistsByKey.has(key) || idx.outletsByKey.has(key)))
  }
  return is
}
const REPORTERS = new WeakMap<ClaimContext['kb'], Map<string, boolean>>()

/**
 * Lead, then source: "Real Madrid consider him their top target for next year. … Transfer expert
 * Fabrizio Romano has confirmed that the Spanish giants consider him a top target." A claim an
 * opening paragraph states in the article's own words is the reporter's when a later sentence
 * frames the same claim (player, type, stance, club) as a journalist's or an outlet's report
 * ("X has confirmed that", "according to Y"); a quote or a club's or player's word does not.
 */
function creditLeads(cands: Candidate[], framed: ReadonlySet<Candidate>, ctx: ClaimContext): Candidate[] {
  const later = new Map<string, string[]>()
  const out = cands.slice()
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]
    if (c.dropped || !c.player) continue
    // Speed: most claims are neither a reporter's frame nor a lead a later one could credit.
    const reporter = framed.has(c) && isReporter(c.attributedTo, ctx)
    if (!reporter && (later.size === 0 || c.attributedTo.length > 0 || c.view.paragraph >= FIRST_PARAGRAPHS)) continue
    const key = `${c.player}|${c.type}|${c.stance}|${c.toClub ?? ''}`
    if (reporter) { later.set(key, c.attributedTo); continue }
    const chain = c.attributedTo.length === 0 ? later.get(key) : undefined
    if (chain && c.view.paragraph < FIRST_PARAGRAPHS) out[i] = revise(c, { attributedTo: chain, why: [...c.why, `the article leads with what it then credits to ${chain.join(', ')}`] })
  }
  return out
}

/** Leads are the article's opening paragraphs. */
const FIRST_PARAGRAPHS = 3

/** Attribution claim by claim; `framed` collects the claims a sentence's source frame credits (not a quote). */
function attributeEach(cands: Candidate[], ctx: ClaimContext, framed: Set<Candidate>): Candidate[] {
  const chains: Chains = new Map()
  let credits: Map<number, string[]> | undefined
  return cands.map((c) => {
    if (c.dropped) return c
    const q = ctx.quotes.find((q) => q.start <= c.cueStart && c.cueEnd <= q.end + 1 && q.speaker)
    if (q?.speaker) {
      // "According to reports in Italy, they are in ‘ongoing talks’": reports nobody is named for.
      const chain = speakerChain(q.speaker, ctx)
      return revise(c, { attributedTo: chain, why: [...c.why, `quoted from ${chain.join(' via ')}`] })
    }
    let chain = chainAt(chains, c.view, ctx, c.cueStart)
    const frame = chain
    if ((chain.length === 0 || chain[0] === 'anonymous sources') && BACKREF.test(c.view.folded)) {
      // "According to reports in France, …. The report suggests …": the report is those unnamed reports.
      const report = REPORT_BACKREF.test(c.view.folded)
      if (report && unnamedReportBefore(c.view, ctx, chains)) chain = ['anonymous sources']
      else {
        // "According to a report from Marca, …. L'Equipe claimed …. According to the report, …": the report introduced as one.
        const prev = (report ? introducedReport(c.view, ctx, chains) : undefined) ?? previousChain(c.view, ctx, chains)
        if (prev.length) chain = prev
      }
    }
    if (chain.length === 0 && HE_REPORTS.test(c.view.folded)) chain = reporterBefore(c.view, ctx, chains)
    // "… negotiations are now on over the fee. This was revealed by transfer expert Fabrizio Romano."
    if (chain.length === 0) chain = revealedAfter(c.view, ctx, chains)
    if (chain.length === 0 || chain[0] === 'anonymous sources') {
      // "… (Source: Sky Sports)" closing a round-up item credits the item's unattributed claims.
      const credit = (credits ??= blockCredits(ctx)).get(c.view.sentence.block)
      if (credit) chain = [...chain, ...credit.filter((x) => !chain.includes(x))]
    }
    if (chain.length === 0 && hedgedSubjectOver(c)) chain = ['anonymous sources']
    if (chain.length === 0 && c.view.paragraph === 0 && ctx.houseOutlet) chain = [ctx.houseOutlet]
    chain = withCamp(chain, c.player)
    if (!chain.length) return c
    const out = revise(c, { attributedTo: chain, why: [...c.why, `attributed to ${chain.join(', ')}`] })
    if (chain === frame || (frame.length && chain.join('|') === frame.join('|'))) framed.add(out)
    return out
  })
}

/** A sentence crediting the one before it: "This was revealed by …", "That news was first reported by …". */
const REVEALED_BY = /^\W*(?:this|that|the news|the (?:move|deal|update|story|development)|it) (?:news )?(?:was|has been|had been|is being) (?:first |initially |originally |also |exclusively )?(?:revealed|reported|confirmed|broken|claimed|disclosed|announced) (?:on \w+ )?by\b/

/** The sources of the next sentence when it credits this one (same paragraph or the next). */
function revealedAfter(v: SentenceView, ctx: ClaimContext, chains: Chains): string[] {
  const next = ctx.views[v.index + 1]
  if (!next || next.paragraph > v.paragraph + 1 || !REVEALED_BY.test(next.folded)) return []
  const groups = groupsOf(chains, next, ctx)
  if (groups.length && groups[0].chain.length && groups[0].chain[0] !== 'anonymous sources') return groups[0].chain
  // "revealed by football transfer expert, Fabrizio Romano, via X": the first source named after "by".
  const by = next.sentence.start + next.folded.indexOf(' by ')
  const first = sourcesIn(ctx, by, next.sentence.end)[0]
  return first?.name ? [first.name] : []
}

/** Whether a hedged subject ("are thought to") covers the cue: in its clause, from its conjunct's start. */
function hedgedSubjectOver(c: Candidate): boolean {
  const { folded, sentence } = c.view
  if (!HEDGE_WORDS.test(folded)) return false
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const clause = folded.slice(cs - sentence.start, ce - sentence.start)
  const at = c.cueStart - cs
  for (const m of clause.matchAll(HEDGED_SUBJECT)) {
    let from = 0
    for (const j of clause.slice(0, m.index).matchAll(CONJUNCT)) from = j.index + j[0].length
    if (at >= from) return true
  }
  return false
}

/** Right after a club's name: its official voice ("a Forest spokesperson", "the club statement"). */
const SPOKESPERSON = new RegExp(String.raw`^\s+(?:club\s+)?(?:${SPOKESPERSON_NOUNS})\b`)

/**
 * The chain a quote's speaker gives: reports are anonymous sources; a club's spokesperson is the
 * club; a club's ground ("a source at the City Ground") is a club source; "Sky Sport Germany's Florian Plettenberg" is the
 * journalist, then his outlet when the knowledge base knows it.
 */
function speakerChain(speaker: { name: string; via?: string; start?: number }, ctx: ClaimContext): string[] {
  if (UNNAMED_REPORTS.test(speaker.name)) return ['anonymous sources']
  const idx = indexKnowledgeBase(ctx.kb)
  const named = speaker.start === undefined ? undefined : mentionAt(ctx.entities.mentions, speaker.start)
  if (named?.kind === 'club' || idx.clubsByKey.has(nameKey(speaker.name)) || ctx.entities.clubs.has(speaker.name)) {
    // "said Liverpool owner Tom Werner": the club's official, by name.
    const after = named ? ctx.text.slice(named.end, named.end + 70) : ''
    // "a Forest spokesperson said": the club speaks, officially.
    if (named?.name && SPOKESPERSON.test(after)) return [named.name]
    const role = named ? CLUB_OFFICIAL.exec(after) : null
    const official = role ? CLUB_OFFICIAL_NAME.exec(after.slice(role[0].length)) : null
    return [official ? official[1].trim() : 'a club source']
  }
  const own = /^(.+?)['’]s\s+(\p{Lu}.*)$/u.exec(speaker.name)
  if (own) {
    const outlet = idx.outletsByKey.get(nameKey(own[1])) ?? idx.outletsByKey.get(nameKey(own[1].replace(/^\S+\s+/, '')))
    return [own[2], ...(outlet ? [outlet.name] : speaker.via ? [speaker.via] : [])]
  }
  // "told Greek media": a country's people are no outlet the words went through.
  return [speaker.name, ...(speaker.via && !PLACE_NAMES.has(speaker.via) ? [speaker.via] : [])]
}

/**
 * The mention starting at `at`, or the one holding it: a speaker read as "City Ground" lies inside
 * the club mention "the City Ground".
 */
function mentionAt(ms: readonly Mention[], at: number): Mention | undefined {
  const i = firstAtOrAfter(ms, at)
  if (ms[i]?.start === at) return ms[i]
  const before = ms[i - 1]
  return before && before.start < at && at < before.end ? before : undefined
}

/** Each sentence's attribution (its source groups, see `sentenceGroups`) by sentence index, read once per `attribute` call. */
type Chains = Map<number, SourceGroup[]>

/**
 * One source frame of a sentence: where it starts, the chain it gives, and whether it opens a
 * clause of its own ("X stated that …", "and according to X, …") rather than closing one ("…, X reports").
 */
interface SourceGroup {
  start: number
  chain: string[]
  opensClause?: boolean
  /** Where the frame's statement ends, when it does before the sentence: a player's own words stop at "as …", ", but …". */
  end?: number
}

function groupsOf(chains: Chains, v: SentenceView, ctx: ClaimContext): SourceGroup[] {
  let g = chains.get(v.index)
  if (!g) { g = sentenceGroups(v, ctx); chains.set(v.index, g) }
  return g
}

function chainOf(chains: Chains, v: SentenceView, ctx: ClaimContext): string[] {
  return groupsOf(chains, v, ctx)[0]?.chain ?? []
}

/**
 * The chain of the source frame governing the cue: with two frames ("According to Bild, …, while
 * Kicker reports that Arsenal are preparing an offer") the last one opened before the cue, or
 * the first when all come after it ("…, Bild reports").
 */
function chainAt(chains: Chains, v: SentenceView, ctx: ClaimContext, at: number): string[] {
  const groups = groupsOf(chains, v, ctx)
  const opened = groups.filter((g) => g.start <= at).pop()
  // "Sterling says he is unsure if he will stay, as talks have stalled": the talks are the article's.
  if (opened?.end !== undefined && at >= opened.end) return []
  if (opened) return opened.chain
  const first = groups[0]
  // "Furuhashi is set to join Rennes, and manager Rodgers stated that …": a frame opening a later
  // conjunct frames that conjunct only, not the claim before it.
  // Its own conjunct may still credit unnamed voices: "it was initially reported that a deal was close, but The Athletic state …".
  if (first?.opensClause && CONJUNCT_BOUNDARY.test(ctx.text.slice(at, first.start))) {
    return anonymousIn(v.folded.slice(0, first.start - v.sentence.start)) ? ['anonymous sources'] : []
  }
  return first?.chain ?? []
}

/**
 * "Speaking to Goal on Monday, Chelsea expert Sam Wells said …", "In an interview with Marca,
 * Ancelotti said …": the person the opening phrase is about spoke to that outlet; he joins its
 * frame (his name first, then the outlet).
 */
function spokeToPrevious(last: Mention | undefined, m: Mention, joined: string, folded: string, off: number): boolean {
  if (!last || last.kind !== 'outlet' || m.kind === 'outlet' || m.kind === 'club' || m.kind === 'player') return false
  if (!/^[^.;:,]{0,40},\s+(?:[a-z][\w'’-]*\s+){0,3}$/.test(joined)) return false
  // ("In an interview with Marca, Ancelotti said …", "Speaking exclusively to Goal, …": the same.)
  return /^\W*(?:(?:speaking|talking|writing)\s+(?:exclusively\s+)?(?:to|for|in|with)|in\s+an?\s+(?:exclusive\s+)?(?:interview|conversation|chat)\s+(?:with|for|on))\s+(?:the\s+)?$/.test(folded.slice(0, last.start - off))
}

/** Between a person and the outlet he spoke to: "spoke to", "has told", "was speaking to". */
const TELLER_TO_OUTLET = /^\s+(?:(?:has|have|had|was|also|then|recently|later)\s+)*(?:told|spoke\s+to|speaking\s+to)\s+$/i

/** "told" right before a name, or before his role: "has told Jose Mourinho", "told manager Niko Kovac". */
const TOLD_BEFORE = /\btold(?:\s+(?:the|his|her|their|club|head|sporting|new))*(?:\s+(?:manager|boss|coach|chairman|president|director|owner|agent|team-?mates?|captain))?\s*$/

/** Between a claim and a later source frame: a new conjunct opens ("…, and", "; ", "…, while"). */
const CONJUNCT_BOUNDARY = /,\s*(?:and|but|while|whereas|although|though)\b|;|\s(?:while|whereas|but)\s/i

function sourcesIn(ctx: ClaimContext, start: number, end: number): Mention[] {
  // Speed: mentions are sorted by start; only those starting in the span are read.
  const ms = ctx.entities.mentions
  const out: Mention[] = []
  for (let i = firstAtOrAfter(ms, start); i < ms.length && ms[i].start <= end; i++) {
    const m = ms[i]
    if (m.end > end) continue
    if (m.kind === 'journalist' || m.kind === 'outlet' || m.kind === 'person') out.push(m)
    // "Salah said after the win that he was 'far away' from agreeing new terms": a player speaking is cited too.
    // Named, not a role phrase: "a source close to the player said" is the source speaking.
    else if (m.kind === 'player' && isUpperAt(m.surface) && PLAYER_SAYS.test(ctx.text.slice(m.end, m.end + 60))) out.push(m)
  }
  return out
}

/**
 * A player as the subject of his own statement: "Salah said", "Saliba himself said earlier",
 * "Fernandes has admitted". Narrower than a journalist's verbs (no "reports", "understands"), and
 * no "said goodbye" or "said no to".
 */
const PLAYER_SAYS = /^\s+(?:himself\s+|herself\s+)?(?:(?:has|had|have)\s+)?(?:(?:also|now|since|previously|recently|already|publicly|repeatedly|again)\s+)?(?:said|says|insisted|insists|admitted|admits|explained|explains|stated|states|declared|spoken\s+publicly)\b(?!\s+(?:goodbye|farewell|no|yes|why|how)\b)/

/** Where a player's statement stops and the article's words go on: a clause of reason, contrast or time after it. */
const STATEMENT_END = /\s(?:as|while|whereas|because|since|although|though|amid|despite)\s|,\s*(?:and|but|with|after|before)\s|;|\s[–—-]\s/

/** The surface opens with a capital letter (a name, not "the player"). */
function isUpperAt(surface: string): boolean {
  const c = surface.charCodeAt(0)
  return c >= 65 && c <= 90
}

/** A relay in brackets right after a source: "According to Tuttosport (via Express)". */
const VIA_BRACKET = /^\s*\(\s*via\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s*\)/u

/**
 * The chain with the outlet relaying it ("(via Express)") when the text names one right after the
 * frame's last source and no mention stands for it (a one-word outlet name is matched only in some contexts).
 */
function withVia(chain: string[], last: Mention, ctx: ClaimContext): string[] {
  const m = VIA_BRACKET.exec(ctx.text.slice(last.end, last.end + 60))
  if (!m) return chain
  const idx = indexKnowledgeBase(ctx.kb)
  const known = idx.outletsByKey.get(nameKey(m[1])) ?? idx.outletsByKey.get(nameKey(m[1].replace(/^the\s+/i, '')))
  const name = known?.name ?? m[1]
  return chain.includes(name) || PLACE_NAMES.has(name) ? chain : [...chain, name]
}

/**
 * The source frames of a sentence, in order: each named source opens one, and sources listed
 * with it ("Sky Sports and The Athletic", "Romano of CaughtOffside") join it. With no named
 * source, one frame for the whole sentence (an unknown outlet, a club source, anonymous sources), or none.
 */
function sentenceGroups(v: SentenceView, ctx: ClaimContext): SourceGroup[] {
  const { sentence, folded } = v
  const groups: { start: number; ms: Mention[]; opensClause: boolean; end?: number }[] = []
  let last: Mention | undefined
  // "Sky Sport Germany's Florian Plettenberg reports": an outlet owning the source after it joins that source's frame.
  // (`owner` is the mention waiting for the next one's frame.)
  let owner: Mention | undefined
  const sources = sourcesIn(ctx, sentence.start, sentence.end)
  for (let k = 0; k < sources.length; k++) {
    let m = sources[k]
    // "Calciomercato Web has reported": a known outlet's name inside a longer one is that other outlet.
    const longer = m.kind === 'outlet' ? LONGER_NAME.exec(ctx.text.slice(m.end, Math.min(sentence.end, m.end + 40))) : null
    if (longer && SOURCE_BEFORE_VERB.test(folded.slice(m.end - sentence.start + longer[0].length, m.end - sentence.start + longer[0].length + 80))) {
      const end = m.end + longer[0].length
      m = { ...m, end, surface: ctx.text.slice(m.start, end), name: ctx.text.slice(m.start, end) }
    }
    const next = sources[k + 1]
    // "Matt Law of The Telegraph reports": a person before his outlet joins the outlet's frame the same way.
    const owned = m.kind !== 'outlet' && next?.kind === 'outlet' && /^\s*(?:of|at|for|from|,)\s*$/.test(ctx.text.slice(m.end, next.start))
    if (owned || (m.kind === 'outlet' && next && next.kind !== 'outlet' && OUTLET_TO_PERSON.test(ctx.text.slice(m.end, next.start)))) {
      // Opened by "according to" before the outlet, the frame is the outlet's and the person joins it below.
      if (!ACCORDING.test(folded.slice(Math.max(0, m.start - sentence.start - 60), m.start - sentence.start))) { owner = m; continue }
    }
    // The frame's words sit before the owning outlet: "…, reports Sky Sports Deutschland reporter Florian Plettenberg".
    const head = owner ?? m
    const before = folded.slice(Math.max(0, head.start - sentence.start - 60), head.start - sentence.start)
    const after = folded.slice(m.end - sentence.start, m.end - sentence.start + 80)
    const joined = last ? folded.slice(last.end - sentence.start, m.start - sentence.start) : ''
    // "Football Insider and journalist Pete O'Rourke": a role may introduce the second source of a list.
    const listed = last !== undefined && /^\s*(?:,|and|&)(?:\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:journalist|reporter|correspondent|writer|columnist|insider|expert|editor))?\s*$/.test(joined)
    const ofPrevious = last !== undefined && ((m.kind === 'outlet' && /^\s*(?:of|at|for|from|\(|,|\(\s*via|,?\s*via)\s*$/.test(joined)) || (last.kind === 'outlet' && m.kind !== 'outlet' && OUTLET_TO_PERSON.test(joined)))
    const byPrevious = (last !== undefined && /\bby\s*$/.test(before)) || spokeToPrevious(last, m, joined, folded, sentence.start)
    // "Fellaini has told Jose Mourinho he wants to leave": a person told is the one spoken to, no source.
    if (m.kind === 'person' && !listed && !ofPrevious && !byPrevious && TOLD_BEFORE.test(before)) { owner = undefined; continue }
    if (listed || ofPrevious || byPrevious) groups[groups.length - 1].ms.push(...(owner ? [m, owner] : [m]))
    else if (m.kind === 'player') {
      // Only as the subject of his own statement (sourcesIn checked the verb); it governs the words after it.
      const said = m.end + PLAYER_SAYS.exec(ctx.text.slice(m.end, m.end + 60))![0].length
      const boundary = STATEMENT_END.exec(folded.slice(said - sentence.start))
      groups.push({ start: head.start, ms: [m], opensClause: true, end: boundary ? said + boundary.index : undefined })
    } else if (ACCORDING.test(before) || SOURCE_BEFORE_VERB.test(after) || ACCORDING_NEAR.test(before) || (m.kind === 'journalist' && JOURNALIST_SAYING.test(after)) || (VERB_BEFORE_SOURCE.test(before) && CLOSES_SENTENCE.test(ctx.text.slice(m.end, Math.min(m.end + 80, sentence.end))))) {
      // The frame opens where its words start: "According to Bild", "Kicker reports".
      const opener = ACCORDING_NEAR.exec(before) ?? ACCORDING.exec(before)
      const verb = opener ? null : SOURCE_BEFORE_VERB.exec(after)
      // "… stated that he …", "… reports Arsenal have …": the frame governs the words after it.
      const opensClause = verb ? /^\s*(?:that\b|[a-z])/i.test(after.slice(verb[0].length)) : opener ? /^\s*,/.test(after) && /\b(?:and|but|while|whereas)\s+$/.test(before.slice(0, opener.index)) : false
      const start = opener ? head.start - before.length + opener.index : head.start
      // "Reuter spoke to Sky Germany and confirmed …": the person who told the outlet leads its frame.
      const teller = k > 0 && m.kind === 'outlet' ? sources[k - 1] : undefined
      const told = teller && teller.kind !== 'outlet' && TELLER_TO_OUTLET.test(ctx.text.slice(teller.end, head.start)) ? [teller] : []
      groups.push({ start: told.length ? told[0].start : start, ms: owner ? [...told, m, owner] : [...told, m], opensClause })
    } else { owner = undefined; continue }
    owner = undefined
    last = m
  }
  if (groups.length) return groups.map((g) => ({ start: g.start, chain: withVia(orderChain(g.ms), g.ms[g.ms.length - 1], ctx), opensClause: g.opensClause, end: g.end }))
  const text = ctx.text.slice(sentence.start, sentence.end)
  const unknown = unknownSource(text) ?? outletFirst(text, ctx)
  // "Mbeumo has told Tottenham he is not interested": a club told is no source.
  if (unknown && !isKnownEntity(unknown, ctx)) return [{ start: sentence.start, chain: [unknown] }]
  // "…, director of football Les Reed said.": a speaker closing the sentence, whom no mention names.
  const closer = closingSpeaker(text, ctx)
  if (closer) return [{ start: sentence.start, chain: [closer] }]
  // "Leverkusen say he is fully fit", "…, the club announced this afternoon": the club speaks for itself.
  const club = clubSpeaking(v, ctx)
  if (club) {
    // "Brentford say they know nothing of it, amid claims that he has agreed a switch": the claims are unnamed.
    const amid = AMID_CLAIMS.exec(folded)
    if (amid && sentence.start + amid.index > club.start) return [club, { start: sentence.start + amid.index, chain: ['anonymous sources'], opensClause: true }]
    return [{ ...club, chain: anonymousIn(folded) ? [...club.chain, 'anonymous sources'] : club.chain }]
  }
  if (CLUB_SOURCE.test(folded)) return [{ start: sentence.start, chain: ['a club source'] }]
  // "according to his agent", "his representatives have confirmed": the player's camp, unnamed.
  const camp = PLAYER_CAMP_FRAME.exec(folded) ?? PLAYER_CAMP_SUBJECT.exec(folded)
  if (camp) return [{ start: sentence.start, chain: [CAMP_MARK + (/^(?:camp|entourage)$/.test(camp[1]) ? 'camp' : 'agent')] }]
  // "Our sources say City have held talks", "…, we understand": the outlet's own sources, so the
  // outlet (or the article itself), unless other unnamed voices speak too ("Sources in Belgium claim …, we understand").
  const own = OWN_SOURCES.exec(folded)
  if (own && !anonymousIn(folded.slice(0, own.index) + folded.slice(own.index + own[0].length))) {
    return ctx.houseOutlet ? [{ start: sentence.start, chain: [ctx.houseOutlet] }] : []
  }
  if (anonymousIn(folded)) {
    // "Liverpool have opened talks with Van Dijk, and the club are understood to be ready to …": the
    // unnamed voices frame their own conjunct, not the claim before it.
    const from = conjunctStartOfAnonymous(folded)
    return [{ start: sentence.start + from, chain: ['anonymous sources'], opensClause: from > 0 }]
  }
  return []
}

/** The outlet's own sourcing, in the first person: "our sources", "we understand", "sources have told us". */
const OWN_SOURCES = /\b(?:our (?:sources|source|information|understanding)|sources (?:have )?(?:told|tell) us|(?:we|i) (?:understand|have been told|can reveal|can confirm|have learned|have learnt))\b/

/** `CONJUNCT_BOUNDARY`, to walk every new conjunct of a sentence. */
const CONJUNCT_START = new RegExp(CONJUNCT_BOUNDARY.source, 'gi')

/**
 * Where the conjunct holding the sentence's first unnamed voice starts (0 when it is the first
 * conjunct, or when the voice cannot be placed: reports opening the sentence).
 */
function conjunctStartOfAnonymous(folded: string): number {
  const m = ANONYMOUS.exec(folded)
  if (!m || REPORTS_OPEN.test(folded)) return 0
  let from = 0
  CONJUNCT_START.lastIndex = 0
  for (let b = CONJUNCT_START.exec(folded); b && b.index < m.index; b = CONJUNCT_START.exec(folded)) from = b.index + b[0].length
  return from
}

/**
 * A club as the subject of a statement verb: "Leverkusen say …", "Arsenal always insisted …",
 * "Forest, who would want £100m, insist that …", "…, the Serie A side said on Friday". Not a
 * hedge ("West Ham are said to") or a refusal ("Wolves said no to"), nor a club announcing or confirming a move ("announced the
 * signing"), nor a club's ground that sources stand near ("Sources close to the Emirates insist").
 */
const CLUB_SAYS = /^(?:,[^,.;]{1,100},)?\s+(?:(?:have|has|had|also|always|again|now|then|still|repeatedly|previously|publicly)\s+)*(?:say|says|said|insist|insists|insisted|maintain|maintains|maintained|stated|claim|claims|claimed)\b(?!\s+(?:to|no|yes)\b)/
/** Unnamed claims a statement answers: "amid claims that", "despite reports that". */
const AMID_CLAIMS = /\b(?:amid|amidst|despite|following|after)\s+(?:claims|reports|rumours|speculation|suggestions)\b/

/** Unnamed people near a club, not the club: "sources close to the", "insiders at". */
const NEAR_CLUB = /\b(?:sources?|insiders?|people|those|figures|officials)\s+(?:close\s+to|at|inside|within|around|near)\s+(?:the\s+)?$/
/**
 * "…, the club announced", "…, the Major League Soccer side said on Thursday": the club is the
 * sentence's subject, else the last one it names before (a descriptor the knowledge base resolves,
 * "the Italian club", is a mention of its own and speaks first).
 */
const THE_CLUB_SAYS = /,\s*the (?:[\w-]+\s+){0,3}?(?:club|side|outfit|champions)\s+(?:said|announced|confirmed|stated|revealed)\b/

/** The source frame of a club speaking in the sentence, if any. Speed: reads only the sentence's club mentions. */
function clubSpeaking(v: SentenceView, ctx: ClaimContext): SourceGroup | undefined {
  const { sentence, folded } = v
  const ms = ctx.entities.mentions
  const off = sentence.start
  const closing = THE_CLUB_SAYS.exec(folded)
  let last: Mention | undefined
  let lastNotLeft: Mention | undefined
  for (let i = firstAtOrAfter(ms, sentence.start); i < ms.length && ms[i].start < sentence.end; i++) {
    const m = ms[i]
    if (m.kind !== 'club' || !m.name) continue
    if (NEAR_CLUB.test(folded.slice(Math.max(0, m.start - off - 40), m.start - off))) continue
    const after = folded.slice(m.end - off, m.end - off + 140)
    const says = CLUB_SAYS.exec(after)
    if (!says && closing && m.start - off > closing.index) break
    if (says) {
      // "… he is not for sale, Juventus said" closes its sentence; "Leverkusen say he is fit" opens a clause.
      const closes = /,\s*$/.test(folded.slice(0, m.start - off)) && /^\s*(?:[.!]|on\b|in\b|this\b|last\b|earlier\b|at\b|$)/.test(after.slice(says[0].length))
      return { start: m.start, chain: [m.name], opensClause: !closes }
    }
    last = m
    // "has joined Juventus from Lille, the Italian club confirmed": the club he left announces nothing.
    if (!/\bfrom\s+(?:[\w-]+\s+){0,3}?$/.test(folded.slice(Math.max(0, m.start - off - 30), m.start - off))) lastNotLeft = m
  }
  if (!closing || !last?.name) return undefined
  // "Villa have completed the signing of Ribeiro from Valencia, the club announced": the club
  // opening the sentence as its subject announces, not the one he left.
  const first = ms[firstAtOrAfter(ms, sentence.start)]
  const opener = first && first.kind === 'club' && first.name && first.start < off + closing.index && /^\W*(?:the\s+)?$/.test(folded.slice(0, first.start - off)) && /^\s+(?:have|has|had|are|is|were|was|will|also|now|finally|today|completed|confirmed|announced|signed|sealed|secured)\b/.test(folded.slice(first.end - off)) ? first.name : undefined
  return { start: off + closing.index, chain: [opener ?? lastNotLeft?.name ?? last.name] }
}

/** The player's own camp after an attribution pattern: "according to his agent", "per the player's representatives". */
const PLAYER_CAMP_FRAME = /\b(?:according to|per|told by)\s+(?:his|her|the player's|the player’s)\s+(?:\S+\s+)?(agent|agents|representatives?|camp|entourage|advisers?|advisors?)\b/
/** The player's camp as the subject of a reporting verb: "his agent has confirmed", "his camp insist". */
const PLAYER_CAMP_SUBJECT = /\b(?:his|her|the player's|the player’s)\s+(agent|agents|representatives?|camp|entourage)\s+(?:has |have |had )?(?:also )?(?:said|says|told|confirmed|confirms|insists?|insisted|revealed|reveals|claimed|claims|stated|states|explained|admitted|admits|denied|denies)\b/
/**
 * Marks a chain entry naming the claim's player's camp ('agent' or 'camp'), unnamed: `attribute`
 * writes it as "<player>'s agent" once the claim's player is known.
 */
const CAMP_MARK = '\u0000camp:'

/** A chain with the player's unnamed camp written out for the claim's player. */
function withCamp(chain: string[], player: string | null | undefined): string[] {
  if (!chain.some((x) => x.startsWith(CAMP_MARK))) return chain
  return chain.map((x) => (x.startsWith(CAMP_MARK) ? `${player ?? 'the player'}'s ${x.slice(CAMP_MARK.length)}` : x))
}

/**
 * An outlet the knowledge base does not know, reporting in its own name at the head of a clause:
 * "Goal understands", "Calciomercato Weekly has learned that", "Transfer Daily can reveal".
 */
const OUTLET_FIRST = /(?:^|[,;:]\s+|\b(?:while|and|but|as)\s+)(?:(?:[A-Z][a-z]+\s+)?(?:news\s+|sports\s+)?(?:outlet|newspaper|publication|website|paper|daily|broadcaster|site)\s+)?((?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+(?:understands|has been told|have been told|has learned|has learnt|have learned|can reveal|can confirm|is reporting|reports|has reported|(?:reports?|claims?|says?|states?|suggests?) that|sources (?:say|said|claim|suggest|indicate))\b/
/** Words that open a clause but name no outlet: "He understands", "The club has been told". */
const NOT_OUTLET = new RegExp(String.raw`^(?:The|A|An|He|She|They|It|We|I|His|Her|Their|Our|Club|The club|The player|The \w+ club|This|That|Everyone|Nobody|Sources?|Reports?|${REPORTS_ADJECTIVES})$`)

function outletFirst(sentence: string, ctx: ClaimContext): string | undefined {
  const m = OUTLET_FIRST.exec(sentence)
  if (!m) return undefined
  const name = m[1].replace(/[’'.,]+$/, '').trim()
  if (NOT_OUTLET.test(name) || PLACE_NAMES.has(name) || name.length < 3) return undefined
  // A person the article names ("Arteta understands the frustration") is no outlet here.
  const at = ctx.entities.mentions.find((x) => x.surface === name)
  if (at && at.kind !== 'outlet' && at.kind !== 'journalist') return undefined
  // "Sky claims that …": a short form the knowledge base knows ("Sky" → Sky Sports).
  return indexKnowledgeBase(ctx.kb).outletsByKey.get(nameKey(name))?.name ?? name
}

/**
 * A speaker closing the sentence after a comma: an optional club and role, then a person's name
 * (two or three capitalised words) and a statement verb, with at most a short tail ("on Friday",
 * "the BBC"). "…, director of football Les Reed said.", "…, Newcastle boss Eddie Howe admitted on Friday."
 */
const CLOSING_SPEAKER = /,\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?:[a-z][a-z-]*\s+){1,4})?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:has\s+|had\s+)?(?:said|says|told\s+[^,.;"“”]{1,30}|added|adds|explained|insisted|confirmed|admitted|revealed|claimed|stated)\b[^,;"“”.!?]{0,30}[.!]?\s*$/u
/** Quick test before CLOSING_SPEAKER: a statement verb in the sentence's last words. */
const CLOSING_VERB = /\b(?:said|says|told|added|adds|explained|insisted|confirmed|admitted|revealed|claimed|stated)\b[^,;]{0,40}$/

function closingSpeaker(sentence: string, ctx: ClaimContext): string | undefined {
  if (!CLOSING_VERB.test(sentence)) return undefined
  const m = CLOSING_SPEAKER.exec(sentence)
  if (!m) return undefined
  const name = m[1]
  if (NOT_OUTLET.test(name.split(/\s+/)[0]) || PLACE_NAMES.has(name)) return undefined
  // A club's name with its kind ("Newcastle United said") is the club speaking, left to `clubSpeaking`;
  // a player's words are his camp's, not read here.
  if (ctx.entities.clubs.has(name) || ctx.entities.players.has(name)) return undefined
  const key = nameKey(name)
  const idx = indexKnowledgeBase(ctx.kb)
  if (idx.clubsByKey.has(key) || idx.playersByKey.has(key)) return undefined
  const person = ctx.entities.mentions.find((x) => x.surface === name && x.kind !== 'club' && x.kind !== 'player')
  return person?.name ?? (ctx.entities.mentions.some((x) => x.surface === name) ? undefined : name)
}

/** A name the article or the knowledge base knows as a club or a player. */
function isKnownEntity(name: string, ctx: ClaimContext): boolean {
  if (ctx.entities.clubs.has(name) || ctx.entities.players.has(name)) return true
  // "has told Jose Mourinho he wants to leave": a person the article names is no unknown outlet.
  if (ctx.entities.mentions.some((m) => m.kind === 'person' && (m.surface === name || m.name === name))) return true
  const idx = indexKnowledgeBase(ctx.kb)
  const key = nameKey(name)
  return idx.clubsByKey.has(key) || idx.playersByKey.has(key)
}

/**
 * A source the knowledge base does not know, named in an attribution pattern (SPEC §4.3):
 * "according to the newspaper Todofichajes", "reports from Tuttomercatoweb", "told Radio Marte".
 * The capitalised name after the pattern is taken as the source.
 */
const UNKNOWN_SOURCE = /\b(?:[Aa]ccording to|[Rr]eports? (?:from|in)|[Tt]old|[Ss]peaking to|[Pp]er|[Vv]ia)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:newspaper|outlet|paper|website|site|journalist|reporter|broadcaster|radio station|channel|daily|agency|publication|insider|portal)\s+)?((?:[A-Z][\w’'.&-]*|\d+)(?:\s+(?:[A-Z][\w’'.&-]*|(?:de|di|del|da)\b)){0,3})/

export function unknownSource(sentence: string): string | undefined {
  const m = UNKNOWN_SOURCE.exec(sentence)
  if (!m) return undefined
  // "told Swansea's owners he wants to leave": a possessive before a common noun names whom he told.
  if (/['’]s?$/.test(m[1]) && /^\s+\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) return undefined
  const name = m[1].replace(/[’'.,]+$/, '').trim()
  // A capitalised function word is no name ("according to The", "told Real"), nor a lone pronoun.
  return name.length >= 3 && !/^(?:The|A|An|He|She|They|His|Her|It|Him|Them|Real|Sources?|Reports?)$/.test(name) && !PLACE_NAMES.has(name) ? name : undefined
}

/** A bracketed source credit closing a block: "(Source: Telegraph Football)", "(via Sky Sports)". */
const CREDIT = /\(\s*(?:sources?\s*:|via\b|credit\s*:|h\/t\b)\s*([^()]{2,80}?)\s*\)\s*\.?$/i

/**
 * A round-up's credit on a line of its own after the item: "Full story: Mail on Sunday, external",
 * "Source: The Athletic". ("Read more: …" links another article, no source.)
 */
const CREDIT_LINE = /^\s*(?:full story|sources?|credit)\s*:\s+((?:the\s+)?[A-Z0-9][^():]{1,60}?)(?:\s*,\s*external)?\s*\.?\s*$/i

/**
 * An embedded post's signature closing the post: "— Fabrizio Romano (@FabrizioRomano) August 2, 2024".
 * It credits the post's text, the blocks before it back to the previous credit or heading.
 */
const TWEET_SIGNATURE = /(?:^|\n)\s*[—–-]\s*([^()\n—–]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$/

/** A credit line naming a publication or a person: one to five capitalised words. */
function lineCredit(text: string): RegExpExecArray | null {
  const m = CREDIT_LINE.exec(text)
  return m && LINE_NAME.test(m[1].trim()) ? m : null
}

/** A publication's or person's name on a credit line: "Mail on Sunday", "the Observer", "Sunday People". */
const LINE_NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|on|of|de|di|del|da|dello|della)){0,5}$/u

/**
 * Block index → the credit that covers it. Round-ups credit each item once, at its end: the
 * credit covers its own block and the body blocks before it, back to the item's heading or to
 * the previous credit.
 */
export function blockCredits(ctx: ClaimContext): Map<number, string[]> {
  const out = new Map<number, string[]>()
  let pending: number[] = []
  // A live blog's entry opened by its reporter's line ("Simon Jones, Mail Sport:") credits the entry's blocks.
  let lead: string[] | undefined
  ctx.blocks.forEach((b, i) => {
    const text = ctx.text.slice(b.start, b.end)
    if (b.label === 'heading') {
      // A credit line can read as a heading ("Full story: Sunday People, external"): it still closes its item.
      const line = pending.length ? lineCredit(text) : null
      if (line) for (const k of pending) out.set(k, creditChain(ctx, b.start + line.index, b.end, line[1]))
      pending = []
      lead = undefined
      return
    }
    const opened = leadCredit(ctx, b.start, b.end, text)
    if (opened) { lead = opened; pending = []; return }
    if (lead) { out.set(i, lead); return }
    pending.push(i)
    const credit = CREDIT.exec(text) ?? lineCredit(text)
    const post = credit ? null : TWEET_SIGNATURE.exec(text)
    const m = post ?? credit
    const chain = m ? creditChain(ctx, b.start + m.index, b.end, m[1]) : bareCredit(ctx, b.start, b.end, text)
    if (!chain) return
    // A post's signature credits the post alone: its own block, or the one block before a signature standing alone.
    if (post) pending = post.index === 0 || text.slice(0, post.index).trim() === '' ? pending.slice(-2) : [i]
    for (const k of pending) out.set(k, chain)
    pending = []
  })
  return out
}

/** A line naming only its sources, then a colon: "Simon Jones, Mail Sport:", "Sky Sports' Kaveh Solhekol:". */
const LEAD_LINE = /^[^:]{3,80}:$/

/** The chain a reporter's lead line gives, or undefined when the line is more than sources (or quotes a speaker). */
function leadCredit(ctx: ClaimContext, start: number, end: number, text: string): string[] | undefined {
  if (!LEAD_LINE.test(text.trim())) return undefined
  const ms = sourcesIn(ctx, start, end)
  if (!ms.some((m) => m.kind === 'journalist' || m.kind === 'outlet')) return undefined
  // Nothing but the sources, commas, possessives and "of"/"for"/"via" between them.
  let rest = text
  for (const m of [...ms].reverse()) rest = rest.slice(0, m.start - start) + rest.slice(m.end - start)
  return /^[\s,:'’s]*(?:(?:of|for|at|via|and|from|\(|\)|[-–—])[\s,:'’]*)*$/.test(rest) ? orderChain(ms) : undefined
}

function creditChain(ctx: ClaimContext, at: number, end: number, body: string): string[] {
  const named = orderChain(sourcesIn(ctx, at, end))
  if (named.length) return named
  // "the Observer": an outlet the text names only by a common word, found under its own name.
  const idx = indexKnowledgeBase(ctx.kb)
  const name = body.trim()
  const known = idx.outletsByKey.get(nameKey(name)) ?? idx.outletsByKey.get(nameKey(name.replace(/^the\s+/i, '')))
  return [known ? known.name : name]
}

/** A bracket closing a round-up item, with no "Source:" word: "(Mail)", "(Telegraph – subscription required)", "(O Jogo via Metro)". */
const BARE_CREDIT = /\(\s*([^()]{2,80}?)\s*\)\s*\.?$/
/** A picture's credit, not a report's: "(Getty Images)", "(PA Wire)", "(Photo: AFP)". */
const PICTURE_CREDIT = /\b(?:Getty|Images?|Photos?|Pictures?|PA|AFP|AP|Reuters|Imago|Shutterstock|Alamy|Action|Credit|Sportsfile|EPA|Camera)\b/i
/** What follows a credited name inside the bracket: "– subscription required", "- in Portuguese", "on Twitter". */
const CREDIT_TAIL = /\s+(?:[–—-]\s.*|on\s+(?:Twitter|X|Instagram|social media)\b.*|\(.*)$/i
/** A publication's or a person's name: one to five capitalised words ("Daily Mirror", "O Jogo", "Nicolo Schira"). */
const CREDIT_NAME = /^(?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|de|di|del|da|dello|della)){0,4}$/u

/**
 * The chain a bare bracketed credit gives (innermost first: "O Jogo via Metro" is [O Jogo, Metro]),
 * or undefined when the bracket names no source: a number, a club, a player or a place.
 */
function bareCredit(ctx: ClaimContext, start: number, end: number, text: string): string[] | undefined {
  const m = BARE_CREDIT.exec(text)
  if (!m || m.index === 0) return undefined
  const at = start + m.index
  const ms = sourcesIn(ctx, at, end)
  // A person named in the bracket is a source only when the bracket reads as a credit ("Nicolo Schira on Twitter").
  const parts = m[1].split(/\s*,?\s+via\s+|\s*,\s*via\s+/i).map((p) => p.replace(CREDIT_TAIL, '').trim())
  const chain: string[] = []
  for (const part of parts) {
    if (PICTURE_CREDIT.test(part)) return undefined
    const hit = ms.find((x) => ctx.text.slice(x.start, x.end) === part || x.surface === part)
    if (hit) { chain.push(hit.name!); continue }
    // "Watford Observer", "Lancashire Telegraph": a town's or club's name before a publication's word is the publication.
    const outletWord = OUTLET_NAME_WORDS.has(part.split(/\s+/).pop()!.toLowerCase())
    if (!CREDIT_NAME.test(part) || PLACE_NAMES.has(part) || isKnownEntity(part, ctx) || NOT_OUTLET.test(part) || (!outletWord && mentionOver(ctx, at, end, part))) return undefined
    chain.push(part)
  }
  return chain.length ? chain : undefined
}

/** Whether a club or player mention of the bracket spells `part` (a club named in brackets is no credit). */
function mentionOver(ctx: ClaimContext, start: number, end: number, part: string): boolean {
  const ms = ctx.entities.mentions
  for (let i = firstAtOrAfter(ms, start); i < ms.length && ms[i].start < end; i++) {
    if ((ms[i].kind === 'club' || ms[i].kind === 'player') && part.includes(ms[i].surface)) return true
  }
  return false
}

/** Journalists and people first, then outlets: innermost first. */
function orderChain(ms: Mention[]): string[] {
  const people = ms.filter((m) => m.kind !== 'outlet').map((m) => m.name!)
  const outlets = ms.filter((m) => m.kind === 'outlet').map((m) => m.name!)
  return [...new Set([...people, ...outlets])]
}

/** The previous sentence's chain when a named journalist or person opens it ("…, Fabrizio Romano reports."), else []. */
function reporterBefore(v: SentenceView, ctx: ClaimContext, chains: Chains): string[] {
  if (v.index === 0) return []
  const ch = chainOf(chains, ctx.views[v.index - 1], ctx)
  const first = ch[0]
  if (!first) return []
  return ctx.entities.mentions.some((m) => m.name === first && (m.kind === 'journalist' || m.kind === 'person')) ? ch : []
}

/** A back-reference to a report rather than to a person: "the report", "the claims". */
const REPORT_BACKREF = /\bthe (?:report|reports|claims?|article)\b/

/**
 * Whether the nearest earlier sentence with a source (within `previousChain`'s reach) credits
 * unnamed reports ("according to reports in France", "media reports"), not merely unnamed voices
 * ("it is understood").
 */
function unnamedReportBefore(v: SentenceView, ctx: ClaimContext, chains: Chains): boolean {
  for (let i = v.index - 1; i >= 0 && v.index - i <= 12; i--) {
    const ch = chainOf(chains, ctx.views[i], ctx)
    if (ch.length) return ch[0] === 'anonymous sources' && /\b(?:reports?|claims|rumours)\b/.test(ctx.views[i].folded)
  }
  return false
}

/** A sentence introducing a named report: "according to a report from Marca", "a report in Bild says", "according to reports from Football Insider". */
const REPORT_INTRO = /\b(?:a (?:new |fresh |recent |separate )?report|according to reports) (?:from|in|by)\b/

/** The named chain of the latest sentence (within `previousChain`'s reach) that introduced a report, if any. */
function introducedReport(v: SentenceView, ctx: ClaimContext, chains: Chains): string[] | undefined {
  for (let i = v.index - 1; i >= 0 && v.index - i <= 12; i--) {
    if (!REPORT_INTRO.test(ctx.views[i].folded)) continue
    const ch = chainOf(chains, ctx.views[i], ctx)
    if (ch.length && ch[0] !== 'anonymous sources') return ch
  }
  return undefined
}

function previousChain(v: SentenceView, ctx: ClaimContext, chains: Chains): string[] {
  for (let i = v.index - 1; i >= 0 && v.index - i <= 12; i--) {
    const ch = chainOf(chains, ctx.views[i], ctx)
    if (ch.length && ch[0] !== 'anonymous sources') return ch
  }
  return []
}
