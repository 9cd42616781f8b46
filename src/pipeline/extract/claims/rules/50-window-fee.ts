/**
 * Pass 50: the window a claim is about and the fee attached to it. The time expressions of the
 * claim's own conjunct win (negated ones, "not the January window", and a report's own time,
 * "reported last week", are skipped); then the sentence's, save a time gone by for a claim told in
 * the present; otherwise the window the article date falls in or leads to (for a pre-contract or a
 * free agent's pursuit, the summer ahead; for an offer told in the past just after deadline day,
 * the window just closed). Past signings and renewals take no window from the date. Fees attach
 * to bid, agreement, signing and rejection claims, to talks only when the fee sizes the deal they
 * are about, and never from valuations, wages or release clauses.
 */
import type { ClaimType } from '../../../../domain/types.ts'
import { extractFees } from '../../money/extract-fees.ts'
import { windowForSentence, type SentenceWindow, type TimeMention } from '../../time/resolve-time.ts'
import { TIME_RULES } from '../../time/rules/index.ts'
import { addDays, daysBetween } from '../../time/iso-date.ts'
import { DEFAULT_WINDOW_CALENDAR, justClosedWindow, parseWindowId, upcomingWindow, windowId, windowOf, windowSpan, type WindowCalendar } from '../../time/windows.ts'
import { CharTrie } from '../char-trie.ts'
import { asideAfter, conjunctSpan, firstAtOrAfter, relativeSpansAround } from './counterpart.ts'
import { clauseAt, revise, type Candidate, type ClaimContext, type SentenceView } from '../candidate.ts'

const FEE_TYPES = new Set<ClaimType>(['bid', 'bid_rejected', 'agreement', 'signed', 'medical', 'personal_terms'])
const NO_WINDOW = new Set<ClaimType>(['extension_offer', 'extension_signed'])
/** Claims of a deal done or undone: read just after a window closes, they belong to it. */
const DONE_TYPES = new Set<ClaimType>(['signed', 'medical', 'agreement', 'personal_terms', 'collapsed'])

/**
 * Every time rule's keys. A time rule runs only on a span holding one of its keys (`TimeRule.keys`),
 * so a span holding none has no time expression and no window.
 */
const TIME_KEYS = [...new Set(TIME_RULES.flatMap((r) => r.keys))]
/** Speed: one walk from each offset of a sentence finds every key starting there. */
const TIME_KEY_TRIE = new CharTrie(TIME_KEYS)
/**
 * Speed: 1 for the (ASCII) char pairs some key opens with (`c0 << 7 | c1`); every key has two or
 * more ASCII chars, so a walk starts only where one of these pairs is.
 */
const KEY_OPENINGS = new Uint8Array(128 * 128)
for (const k of TIME_KEYS) {
  if (k.length < 2 || /[^\x00-\x7f]/.test(k)) throw new Error(`time key ${JSON.stringify(k)}: expected two or more ASCII chars`)
  KEY_OPENINGS[(k.charCodeAt(0) << 7) | k.charCodeAt(1)] = 1
}

/** What pass 50 has read of one sentence, shared by the claims it holds. */
interface SentenceTimes {
  /** Absolute [start, end) of each time-rule key occurrence; undefined when they could not be placed. */
  keys: [number, number][] | undefined
  /** Time expressions per span, keyed by `spanKey`; null when the span holds no time-rule key. */
  times: Map<number, SentenceWindow | null>
  /** Window per span (no mention skipped), keyed by `spanKey`. */
  windows: Map<number, string | null>
  fees?: ReturnType<typeof extractFees>
  /** The clause of each cue in the sentence, once each. */
  cueClauses: [number, number][]
  /** Each fee-taking claim of the sentence: its cue's start and the move it is about. */
  feeCues?: { at: number; move: string }[]
  /** Every cue's span and move, fee-taking or not: a fee inside another claim's cue is that claim's words. */
  cueSpans: { start: number; end: number; move: string }[]
}

/**
 * @example attachWindowAndFee(candidates, ctx)[0].window // '2025-january'
 */
export function attachWindowAndFee(cands: Candidate[], ctx: ClaimContext): Candidate[] {
  // Speed: time and fee readings are cached per sentence for this call, not per claim.
  const bySentence = new Map<SentenceView, SentenceTimes>()
  for (const c of cands) {
    if (c.dropped) continue
    let st = bySentence.get(c.view)
    if (!st) bySentence.set(c.view, (st = { keys: keyOccurrences(ctx.text, c.view), times: new Map(), windows: new Map(), cueClauses: [], cueSpans: [] }))
    const clause = clauseAt(c.view, c.cueStart)
    if (!st.cueClauses.some(([a]) => a === clause[0])) st.cueClauses.push(clause)
    if (FEE_TYPES.has(c.type)) (st.feeCues ??= []).push({ at: c.cueStart, move: moveKey(c) })
    st.cueSpans.push({ start: c.cueStart, end: c.cueEnd, move: moveKey(c) })
  }
  const out = cands.map((c) => {
    if (c.dropped) return c
    const st = bySentence.get(c.view)!
    const cal = calendarOf(c, ctx)
    const [picked, note, dated, own, yearsAgo] = pickWindow(c, ctx, st, cal)
    // "moved to Molineux in the summer", read in January: a past move's window is behind the article
    // (one read from a date, "in May", already is where the date puts it).
    const window = isPastMove(c) && !dated ? pastWindow(picked, ctx.date, cal) : picked
    let fee = FEE_TYPES.has(c.type) ? pickFee(c, ctx, st) : OBJECT_FEE_TYPES.has(c.type) ? objectFee(c, ctx, st) : c.fee
    // (A past move told beside the news, "spent last season on loan there", is not the deal priced next.)
    if (!fee && NEXT_FEE_TYPES.has(c.type) && !isPastMove(c)) fee = feeStatedNext(c, ctx, bySentence) ?? fee
    // "signed a pre-contract with Bayern in January 2014", read in 2024: a past move, not news.
    if (yearsAgo) return c.historical ? revise(c, { window: picked, fee }) : revise(c, { window: picked, fee, historical: true, why: [...c.why, note!] })
    const past = !c.historical && window !== null && isLongPast(window, ctx.date)
    if (past) return revise(c, { window, fee, historical: true, why: [...c.why, `the ${window.replace('-', ' ')} window is years before the article: a past move`] })
    // "On August 9, Olmo announced his move to Barcelona", read in December: a completed move of a
    // window that closed over a month before the article is told in passing, not news.
    if (!c.historical && c.type === 'signed' && c.stance === 'affirmed' && window !== null && ctx.date && closedLongBefore(window, ctx.date)) {
      return revise(c, { window, fee, historical: true, why: [...c.why, `the ${window.replace('-', ' ')} window closed over a month before the article: a past move`] })
    }
    // "the £25m fee agreed last summer", read in January: a step of a deal its own words date in a
    // window closed over a month before the article is that deal's story, not news.
    if (!c.historical && own && OWN_DATED_PAST_TYPES.has(c.type) && c.stance === 'affirmed' && window !== null && ctx.date && closedLongBefore(window, ctx.date)) {
      return revise(c, { window, fee, historical: true, why: [...c.why, `dated by its own words in the ${window.replace('-', ' ')} window, closed over a month before the article: a past step`] })
    }
    if (window !== picked) return revise(c, { window, fee, why: [...c.why, `a past move: the ${picked!.replace('-', ' ')} window is still ahead of the article, so the one a year before`] })
    const national = cal === DEFAULT_WINDOW_CALENDAR ? undefined : nationalNote(c, window, cal)
    if (note || national) return revise(c, { window, fee, why: [...c.why, ...(note ? [note] : []), ...(national ? [national] : [])] })
    return window === c.window && fee === c.fee ? c : revise(c, { window, fee })
  })
  return shareDealFee(out)
}

/** An answer to an offer named back with a definite article: "accepted the offer", "turned down the bid", "rejected their latest proposal". */
const OFFER_BACKREF = /\b(?:the|that|this|their|his|its)\s+(?:(?:latest|new|fresh|improved|revised|second|third|final|opening|initial)\s+)?(?:offer|bid|proposal)\b/
/** How many sentences back an offer named by "the offer" may be. */
const OFFER_REACH = 8

/**
 * The fee of the offer an acceptance or a rejection names back ("Roma bid €45m for Dybala. …
 * Juventus have accepted the offer."): the latest earlier bid of the same player and buyer, a few
 * sentences back, with a fee.
 */
function earlierOfferFee(cands: Candidate[], i: number): Candidate | undefined {
  const c = cands[i]
  if (c.dropped || c.fee || (c.type !== 'agreement' && c.type !== 'bid_rejected') || !c.player || !c.toClub) return undefined
  const off = c.view.sentence.start
  if (!OFFER_BACKREF.test(c.view.folded.slice(c.cueStart - off, c.cueEnd - off))) return undefined
  for (let j = i - 1; j >= 0; j--) {
    const d = cands[j]
    if (d.view.index < c.view.index - OFFER_REACH) break
    if (d.dropped || !d.fee || d.view === c.view) continue
    if ((d.type === 'bid' || d.type === 'bid_rejected') && d.player === c.player && d.toClub === c.toClub && d.stance === 'affirmed') return d
  }
  return undefined
}

function formatFee(f: NonNullable<Candidate['fee']>): string {
  return `${f.currency ?? ''} ${f.amount}`.trim()
}

/** Claims of a deal done whose fee the next sentence of the same deal may state. */
const DEAL_DONE_TYPES = new Set<ClaimType>(['signed', 'agreement'])
/** Steps of the same deal whose fee prices it: a medical, the signing, the agreement, personal terms. */
const SAME_DEAL_TYPES = new Set<ClaimType>(['signed', 'agreement', 'medical', 'personal_terms'])

/**
 * "Chelsea have completed the signing of Morata. He flew in for a medical to complete a deal which
 * could cost £70m.": the fee told with the next step of the same deal (same player and buyer, the
 * next sentence of the paragraph) is the signing's too. Speed: claims come in text order, so each
 * is compared with the few claims of the sentence after it.
 */
function shareDealFee(cands: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]
    const offer = earlierOfferFee(cands, i)
    if (offer) {
      ;(out ??= [...cands])[i] = revise(c, { fee: offer.fee, why: [...c.why, `“the offer” is the ${offer.type === 'bid' ? 'bid' : 'offer'} told before, of ${formatFee(offer.fee!)}`] })
      continue
    }
    if (c.dropped || c.fee || !DEAL_DONE_TYPES.has(c.type) || c.historical || !c.player || !c.toClub) continue
    for (let j = i + 1; j < cands.length; j++) {
      const d = cands[j]
      if (d.view.index > c.view.index + 1) break
      if (d.view.index !== c.view.index + 1 || d.dropped || !d.fee || d.view.paragraph !== c.view.paragraph) continue
      if (!SAME_DEAL_TYPES.has(d.type) || d.player !== c.player || d.toClub !== c.toClub || d.stance !== c.stance) continue
      ;(out ??= [...cands])[i] = revise(c, { fee: d.fee, why: [...c.why, `fee told with the ${d.type.replace('_', ' ')} of the same deal in the next sentence`] })
      break
    }
  }
  return out ?? cands
}

/**
 * A completed move the article tells as past ("moved to Molineux in the summer"): it happened in
 * a window behind the article. A past step of a pursuit ("had been linked with David earlier in the
 * year") is backstory of a move still to happen: its window is the move's, read as any other;
 * so is a recent move told as background ("have already signed Frimpong").
 */
function isPastMove(c: Candidate): boolean {
  return c.historical && c.type === 'signed' && !c.background
}

/** A past move's window: one opening after the article's date is the same season a year earlier. */
function pastWindow(window: string | null, date: string | null, cal: WindowCalendar): string | null {
  if (!window || !date) return window
  const open = windowSpan(window, cal)?.open
  const p = parseWindowId(window)
  return open && p && open > date ? windowId(p.year - 1, p.season) : window
}

/** Days after a window's close beyond which a completed move of it is no news. */
const DONE_NEWS_DAYS = 30

/** A window that closed more than DONE_NEWS_DAYS before the date. */
function closedLongBefore(window: string, date: string): boolean {
  const close = windowSpan(window)?.close
  return close !== undefined && close < date && daysBetween(close, date) > DONE_NEWS_DAYS
}

/** A window (`2014-january`) whose year is two or more before the article's. */
function isLongPast(window: string, date: string | null): boolean {
  if (!date) return false
  const wy = Number(window.slice(0, 4))
  const dy = Number(date.slice(0, 4))
  return Number.isFinite(wy) && Number.isFinite(dy) && wy <= dy - 2
}

/** Steps of a deal that, dated by their own clause in a window long closed, are history (`signed` is so on any date). */
const OWN_DATED_PAST_TYPES = new Set<ClaimType>(['agreement', 'personal_terms', 'medical', 'collapsed'])

/**
 * The claim's window, a why line when it is not read from the text or the plain date, whether it
 * is a past move's dated window, whether the claim's own clause names its time, and whether it is
 * dated years before the article.
 */
function pickWindow(c: Candidate, ctx: ClaimContext, st: SentenceTimes, cal: WindowCalendar): [string | null, string?, boolean?, boolean?, boolean?] {
  if (NO_WINDOW.has(c.type)) return [null]
  const [cs, ce] = timeScope(c)
  // "Silva, who joined Chelsea in October 2020, is wanted by Fulham": a relative clause's time
  // dates what it tells, not the claim of the clause around it.
  const relative = [...relativeSpansAround(c.view, c.cueStart), ...concessiveBefore(c), ...optionAfter(c)]
  const inClause = relative.length ? safe(() => claimWindow(ctx.text, cs, spanTimes(ctx, cal, c.view, st, cs, ce), relative)) ?? null : safeWindow(ctx, cal, c.view, st, cs, ce)
  if (inClause) return [inClause, undefined, undefined, true]
  // "left on loan for Villa in February", "who arrived two years ago", "spent last season on loan":
  // a move dated without a window word was registered in the window its date falls in or leads to.
  if (c.type === 'signed') {
    const dated = datedMoveWindow(cal, ctx.text, cs, c.cueStart, ctx.date, spanTimes(ctx, cal, c.view, st, cs, ce), relative)
    if (dated) return [...dated, true]
  }
  // "Stoke are weighing up a move for Okafor, and Tennant is their target for the summer": a time
  // in another cue's clause dates that cue, not this one.
  const [ks] = clauseAt(c.view, c.cueStart)
  const others = st.cueClauses.filter(([a]) => a !== ks)
  // "Brighton sold Caicedo last summer but Arsenal have made a bid for Ferguson": a time gone by,
  // told in another clause, does not date a claim its own clause tells in the present.
  const present = ctx.date !== null && PRESENT_TENSE.test(c.view.folded.slice(cs - c.view.sentence.start, c.cueEnd - c.view.sentence.start))
  const gone = present ? (m: TimeMention) => isGone(m, ctx.date!, cal) : undefined
  // "Sancho wants to join Chelsea, but the coming campaign will be decisive for him": a ", but"
  // clause with no claim of its own, saying nothing of a move, dates what it tells, not the claim.
  const contrast = contrastClauses(c, st)
  const inSentence = others.length || relative.length || gone || contrast.length
    ? safe(() => claimWindow(ctx.text, c.view.sentence.start, spanTimes(ctx, cal, c.view, st, c.view.sentence.start, c.view.sentence.end), [...others, ...relative, ...contrast], gone)) ?? null
    : safeWindow(ctx, cal, c.view, st, c.view.sentence.start, c.view.sentence.end)
  if (inSentence) return [inSentence]
  // "Janelt was close to joining Everton in the summer, but the move fell through": a clause told in
  // the past, with no time of its own, happened at the time gone by that another clause of the
  // sentence names (a time still ahead there dates that clause's claim only).
  // "…, with Arsenal showing interest at the time": "at the time" points to that same time gone by.
  const clauseText = c.view.folded.slice(cs - c.view.sentence.start, ce - c.view.sentence.start)
  if (ctx.date && !present && ((others.length && PAST_TENSE.test(clauseText)) || AT_THAT_TIME.test(clauseText))) {
    const date = ctx.date
    const gone = safe(() => claimWindow(ctx.text, c.view.sentence.start, spanTimes(ctx, cal, c.view, st, c.view.sentence.start, c.view.sentence.end), relative, (m) => !isGone(m, date, cal))) ?? null
    if (gone) return [gone, `told in the past, at the ${gone.replace('-', ' ')} window the sentence names`]
  }
  // "Shearer turned down United in 1996", read in 2025: a claim dated years before the article is
  // a past move; a bare year does not say which of its windows (SPEC §4.4), so none is given.
  if (ctx.date) {
    const y = longPastYear(ctx.text, ctx.date, cs, spanTimes(ctx, cal, c.view, st, cs, ce), relative) ?? longPastYear(ctx.text, ctx.date, c.view.sentence.start, spanTimes(ctx, cal, c.view, st, c.view.sentence.start, c.view.sentence.end), [...others, ...relative, ...contrast])
    if (y !== undefined) return [null, `dated ${y}, years before the article: a past move`, true, false, true]
  }
  // "7. Alan Shearer – Blackburn Rovers to Newcastle United." then "… joined for £15m in 1996": a
  // list entry with no time of its own is dated by the paragraphs told under it.
  if (ctx.date && c.cue.id === LIST_MOVE_CUE) {
    const under = entryBodyTime(c, ctx, cal)
    if (under) return [under.window, `the lines under the list entry date it ${under.window ? `to the ${under.window.replace('-', ' ')} window` : String(under.year)}, years before the article: a past move`, true, false, true]
  }
  if (!ctx.date || isPastMove(c)) return [null]
  // A free agent's pre-contract takes effect when his contract ends: the summer still ahead the
  // day after the article (on the window's last day, next year's).
  if (c.type === 'pre_contract') return [safe(() => upcomingWindow(addDays(ctx.date!, 1), 'summer', cal)) ?? null]
  // "West Ham withdrew", "got Ferguson on loan", read two days after deadline day: a deal done
  // or undone is the window just closed, not the next one.
  if (DONE_TYPES.has(c.type)) {
    const closed = closedWindow(ctx.date, cal)
    if (closed) return [closed, `the article is dated days after the ${closed.replace('-', ' ')} window closed: a deal of that window`]
  }
  // "West Ham offered to pay Chelsea …, but the deal collapsed", "reversed his decision to reject
  // Tottenham", "despite interest from Spurs, he ended up signing for Villa", read the day after
  // deadline day: a step told in the past tense was taken in the window just closed.
  // ("Sky reported last week that Liverpool had asked to be kept informed": a want told in reported
  // speech is past only by the report's tense, and may look ahead to the next window.)
  // ("Stan wanted to stay": a wish to stay looks past the window to the seasons ahead.)
  if (c.type !== 'stays' && !present && toldInPast(c, cs) && (OFFER_TYPES.has(c.type) || !REPORTED_THAT.test(c.view.folded.slice(0, c.cueStart - c.view.sentence.start)))) {
    const closed = closedWindow(ctx.date, cal)
    if (closed) return [closed, `told in the past tense days after the ${closed.replace('-', ' ')} window closed: a step of that window`]
  }
  const current = currentWindow(ctx.date, cal)
  // "Juventus are among the clubs most interested", in an article on a striker leaving Lille as a
  // free agent in the summer, read in January: the move he is pursued for is the summer's.
  if (current?.endsWith('january') && FREE_AGENT_TYPES.has(c.type) && (c.type !== 'stays' || c.stance === 'denied') && c.player && freeInSummer(ctx).has(c.player)) {
    const summer = current.replace('january', 'summer')
    return [summer, `his contract runs out at the end of the season: a free move in the ${summer.replace('-', ' ')} window`]
  }
  return [current]
}

/** ", but" (or "; but") opening a contrasting main clause. */
const BUT_CLAUSE = /[,;]\s+but\b/g
/** Words of a move or a window: a contrasting clause holding one still speaks of the move ("but a deal is unlikely before the summer"). */
const MOVE_WORDS = /\b(?:move|moves|deal|transfer|switch|sign|signing|join|joining|bid|offer|window|exit|departure|leave|leaving|sale|sell|loan|arrive|arrival|talks|negotiations)\b/

/**
 * Absolute [start, end) of each ", but …" clause of the sentence that holds no claim's cue and no
 * word of a move (MOVE_WORDS), the claim's own cue outside it.
 */
function contrastClauses(c: Candidate, st: SentenceTimes): [number, number][] {
  const { folded, sentence } = c.view
  if (folded.indexOf(' but ') < 0) return []
  const out: [number, number][] = []
  BUT_CLAUSE.lastIndex = 0
  for (let m = BUT_CLAUSE.exec(folded); m; m = BUT_CLAUSE.exec(folded)) {
    const start = sentence.start + m.index
    const end = clauseAt(c.view, start + m[0].length)[1]
    if (c.cueStart >= start && c.cueStart < end) continue
    if (st.cueSpans.some((o) => o.start >= start && o.start < end)) continue
    if (MOVE_WORDS.test(folded.slice(m.index, end - sentence.start))) continue
    out.push([start, end])
  }
  return out
}

/**
 * Steps of a pursuit that, for a player out of contract at the season's end, look to the summer
 * (his leaving, too). An approach to his club or a deal read in January may be for January: "Real
 * Madrid approached Liverpool" is a bid to get him early.
 */
/** A clause pointing back to a time another clause names: "at the time", "back then". */
const AT_THAT_TIME = /\b(?:at the time|at that time|at that point|back then|by then)\b/

const FREE_AGENT_TYPES = new Set<ClaimType>(['interest', 'talks', 'personal_terms', 'stays'])
/** The article says he leaves for nothing: "as a free agent in the summer", "out of contract in June". */
const FREE_AGENT = /\b(?:as a free agent|on a free(?: transfer)?|out of contract (?:in June|at the end of (?:the|this) season|this summer|next summer|in the summer)|(?:contract|deal) (?:expires|runs out|ends) (?:in June|at the end of (?:the|this) season|this summer|in the summer))\b/gi

let freeCtx: ClaimContext | undefined
let freeAnswer = new Set<string>()

/**
 * The players the article says outright leave for nothing at the season's end. (A contract fact
 * is not enough: "a loan deal until the end of the season" ends a loan, not his contract.) The
 * phrase is about the player named last before it: "Norwich are open to selling Cantwell, as his
 * contract expires in the summer" frees Cantwell, not the article's other players. Speed: one
 * answer per article (per claim context, not per article id: two revisions share an id), kept for
 * its claims.
 */
function freeInSummer(ctx: ClaimContext): ReadonlySet<string> {
  if (freeCtx === ctx) return freeAnswer
  freeCtx = ctx
  freeAnswer = new Set()
  for (const m of ctx.text.matchAll(FREE_AGENT)) {
    const player = playerNamedBefore(ctx, m.index)
    if (player) freeAnswer.add(player)
  }
  return freeAnswer
}

/** The player of the last player mention starting before `at` (reading at most a few dozen mentions back). */
function playerNamedBefore(ctx: ClaimContext, at: number): string | undefined {
  const ms = ctx.entities.mentions
  for (let i = firstAtOrAfter(ms, at) - 1, n = 0; i >= 0 && n < 60; i--, n++) {
    if (ms[i].kind === 'player') return ms[i].name
  }
  return undefined
}

/**
 * The window calendar of the club that would register the player (the claim's destination): its
 * country's exact windows when the rules data has them (a Saudi club's 2023 summer window ran to
 * 7 September), else the approximate default calendar.
 */
function calendarOf(c: Candidate, ctx: ClaimContext): WindowCalendar {
  return (c.toClub && ctx.windowCalendar?.(c.toClub)) || DEFAULT_WINDOW_CALENDAR
}

/** "Al-Ittihad's 2023 summer window runs 2023-07-01 to 2023-09-07": said when the buyer's calendar moves the window's dates. */
function nationalNote(c: Candidate, window: string | null, cal: WindowCalendar): string | undefined {
  const own = window ? windowSpan(window, cal) : undefined
  const usual = window ? windowSpan(window) : undefined
  if (!own || !usual || (own.open === usual.open && own.close === usual.close)) return undefined
  return `${c.toClub} registers players in its own association's windows: its ${window!.replace('-', ' ')} window runs ${own.open} to ${own.close} (transfer rules data)`
}

/** Span caches hold one reading per calendar: a key is `spanKey * CALENDAR_SLOTS + calendarSlot`. */
const CALENDAR_SLOTS = 256
const calendarSlots = new Map<WindowCalendar, number>([[DEFAULT_WINDOW_CALENDAR, 0]])

function calendarSlot(cal: WindowCalendar): number {
  let slot = calendarSlots.get(cal)
  if (slot === undefined) {
    // A long-lived process meeting many rule books: start the numbering again rather than grow.
    if (calendarSlots.size >= CALENDAR_SLOTS) {
      calendarSlots.clear()
      calendarSlots.set(DEFAULT_WINDOW_CALENDAR, 0)
    }
    calendarSlots.set(cal, (slot = calendarSlots.size))
  }
  return slot
}

let lastDate: string | undefined
let lastCal: WindowCalendar | undefined
let lastWindow: string | null = null

/**
 * The window the article date falls in or leads to (null when it cannot be read). Speed: the
 * claims of an article share its date, so the last answer is kept (a closure per call cost more).
 */
function currentWindow(date: string, cal: WindowCalendar): string | null {
  if (date !== lastDate || cal !== lastCal) {
    lastWindow = safe(() => windowOf(date, cal)) ?? null
    lastDate = date
    lastCal = cal
  }
  return lastWindow
}

/** A number naming [start, end) within the sentence (both offsets lie in it). */
function spanKey(view: SentenceView, start: number, end: number): number {
  const { sentence } = view
  return (start - sentence.start) * (sentence.end - sentence.start + 1) + (end - sentence.start)
}

/**
 * The time expressions of `[start, end)` of the sentence (null when none can be read). Speed: read
 * once per span for the sentence's claims; a span holding no time-rule key has no time expression,
 * so the time rules need not be asked.
 */
function spanTimes(ctx: ClaimContext, cal: WindowCalendar, view: SentenceView, st: SentenceTimes, start: number, end: number): SentenceWindow | null {
  const key = spanKey(view, start, end) * CALENDAR_SLOTS + calendarSlot(cal)
  let r = st.times.get(key)
  if (r === undefined) {
    const keyed = !st.keys || st.keys.some(([a, b]) => a >= start && b <= end)
    r = keyed ? safe(() => windowForSentence(ctx.text, start, end, ctx.date, cal === DEFAULT_WINDOW_CALENDAR ? {} : { calendar: cal })) ?? null : null
    st.times.set(key, r)
  }
  return r
}

let closedDate: string | undefined
let closedCal: WindowCalendar | undefined
let closedId: string | undefined

/**
 * The window closed a few days before the article date, if any (`justClosedWindow`). Speed: kept
 * for the article's other claims, as `currentWindow`.
 */
function closedWindow(date: string, cal: WindowCalendar): string | undefined {
  if (date !== closedDate || cal !== closedCal) {
    closedId = safe(() => justClosedWindow(date, undefined, cal))
    closedDate = date
    closedCal = cal
  }
  return closedId
}

function safeWindow(ctx: ClaimContext, cal: WindowCalendar, view: SentenceView, st: SentenceTimes, start: number, end: number): string | null {
  const key = spanKey(view, start, end) * CALENDAR_SLOTS + calendarSlot(cal)
  let w = st.windows.get(key)
  if (w === undefined) {
    w = safe(() => claimWindow(ctx.text, start, spanTimes(ctx, cal, view, st, start, end))) ?? null
    st.windows.set(key, w)
  }
  return w
}

/** "a loan until the end of the season": the time a spell runs to, not the window of the move. */
const SPELL_END = /\b(?:until|till|through|up to)\s+$/i

/**
 * A new conjunct inside a clause: ", and …", "and now …", ", so …", ", confirming …". "Everton
 * signed McNeil last summer, and now Villa are interested in him": the time of one conjunct is not
 * the other's.
 */
const CONJUNCT_BREAK = /,\s+(?:and|so|yet|but)\s+|,\s+(?=(?:confirming|meaning|adding|saying|insisting|explaining|revealing|suggesting)\b)|\s+and\s+(?=(?:now|currently|this\s+time|these\s+days)\b)/g

/**
 * Absolute [start, end) of the span whose time expressions date the claim: its clause, cut at a new
 * conjunct (CONJUNCT_BREAK), and kept within the cue's own predicate (`conjunctSpan`).
 */
function timeScope(c: Candidate): [number, number] {
  let [start, end] = clauseAt(c.view, c.cueStart)
  const off = c.view.sentence.start
  const s = c.view.folded.slice(start - off, end - off)
  const base = start
  CONJUNCT_BREAK.lastIndex = 0
  for (let m = CONJUNCT_BREAK.exec(s); m; m = CONJUNCT_BREAK.exec(s)) {
    const cut = base + m.index
    if (cut <= c.cueStart) start = cut
    else { end = cut; break }
  }
  // "brought in Mainoo last month and are set to lose Baleba … in June": each predicate of the
  // clause's subject has its own time.
  const [js, je] = conjunctSpan(c.view, c.cueStart)
  return [Math.max(start, js), Math.min(end, je)]
}

/**
 * A concessive phrase opening the sentence before the cue: "Despite Mertens being out of contract
 * at the end of the season, Napoli are reluctant to let him leave this month". Its time dates what
 * it concedes (the contract), not the claim after it.
 */
const CONCESSIVE = /^\W*(?:despite|in spite of|although|though|even though|notwithstanding)\b[^,;:]*,/

function concessiveBefore(c: Candidate): [number, number][] {
  const m = CONCESSIVE.exec(c.view.folded)
  if (!m) return []
  const end = c.view.sentence.start + m[0].length
  return end <= c.cueStart ? [[c.view.sentence.start, end]] : []
}

/**
 * A loan's option or obligation to buy told after the cue: "joined on loan with an option to buy
 * next summer", "Bayern having an option to buy next year for €120m". Its time dates the option,
 * not the loan (a cue inside the option, "will trigger the option next summer", keeps its time).
 */
const OPTION_AFTER = /\b(?:with|and|have|has|had|having|holding|holds?|plus|including|includes?)\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:option|obligation)\b[^;]*/g

function optionAfter(c: Candidate): [number, number][] {
  const off = c.view.sentence.start
  const tail = c.view.folded.slice(c.cueEnd - off)
  if (tail.indexOf('option') < 0 && tail.indexOf('obligation') < 0) return []
  OPTION_AFTER.lastIndex = 0
  const m = OPTION_AFTER.exec(tail)
  return m ? [[c.cueEnd + m.index, c.cueEnd + m.index + m[0].length]] : []
}

/** A clause told in the present, present perfect or future: "are interested", "have made a bid", "now want". */
const PRESENT_TENSE = /\b(?:now|currently|still|is|are|am|has|have|will|remain|remains|want|wants)\b|['’](?:re|ve|ll)\b/

/** A clause told in the past tense: "offered", "made a bid", "had a bid rejected", "were keen". */
const PAST_TENSE = /\b(?:had|was|were|did|made|offered|tried|sent|lodged|submitted|tabled|launched|rejected|turned|knocked|walked|pulled|approached|enquired|held|failed|attempted|fell|collapsed|broke|stalled)\b/

/**
 * The claim is told in the past tense: its clause up to the cue holds a past verb ("made a bid",
 * "reversed his decision to reject"); a clause with no verb of its own ("despite interest from
 * Spurs, …") takes the tense of its sentence, when that is past and nothing in it is present.
 */
function toldInPast(c: Candidate, cs: number): boolean {
  const off = c.view.sentence.start
  const span = c.view.folded.slice(cs - off, c.cueEnd - off)
  if (PAST_TENSE.test(span) || PAST_VERB.test(span)) return true
  if (!VERBLESS.test(span)) return false
  const all = c.view.folded
  return !PRESENT_TENSE.test(all) && !FUTURE.test(all) && (PAST_TENSE.test(all) || PAST_VERB.test(all))
}

/** Offers, made or turned down: told in the past just after a window closes, they were made in it, even in reported speech. */
const OFFER_TYPES = new Set<ClaimType>(['bid', 'bid_rejected'])
/** A reporting verb and "that" before the cue: what follows is in reported speech. */
const REPORTED_THAT = /\b(?:reported|reports|said|says|claimed|claims|revealed|reveals|understood|told|learned|learnt|believed|suggested|suggests|wrote|added|stated|insisted|explained|confirmed)\b[^.;:!?]*\bthat\s/

/** A phrase with no verb of its own opening the span: "despite interest from", "amid talks with". */
const VERBLESS = /^\W*(?:(?:and|but)\s+)?(?:despite|in spite of|amid|after|following|with)\s+(?:[\w'’-]+\s+){0,3}?(?:interest|talks|approach|bid|offer|enquiry|links?)\b/
/**
 * A finite verb in the past: a regular "-ed" form or a common irregular one, not after a form of
 * "be", "get", an auxiliary or "to" (a passive, an adjective or an infinitive: "are interested",
 * "is expected", "to be completed").
 */
const PAST_VERB = /\b(?<!\b(?:is|are|be|been|being|am|get|gets|getting|will|would|could|should|might|may|must|to|have|has)\s)(?!(?:interested|linked|related|expected|rated|tipped|determined|committed|based|valued|scheduled|planned|priced|poised|set|need|needed|used|concerned|involved|reported|believed|understood|thought|said|claimed|red|bed|speed|need|proceed|exceed|succeed|feed|united|hundred|breed|seed)\b)(?:[a-z]{3,}ed|made|held|sent|took|met|paid|sold|bought|told|struck|won|lost|left|began|came|went|saw|gave|brought|fell|broke|cost|spent|chose|ended)\b/

/** Words that put a sentence ahead of the article. */
const FUTURE = /\b(?:will|would|could|might|may|set to|expected to|going to|plans? to|hopes? to|next)\b/

/** A time gone by at the article's date: leaning to the past, or a window already closed. */
function isGone(m: TimeMention, date: string, cal: WindowCalendar): boolean {
  if (m.past) return true
  const close = m.window ? windowSpan(m.window, cal)?.close : undefined
  return close !== undefined && close < date
}

/**
 * A time right after a reporting verb dates the report, not the move: "Sky reported last week that
 * Liverpool had asked to be kept informed", "told Kicker at the weekend".
 */
const REPORT_TIME = /\b(?:reported|said|told|revealed|claimed|confirmed|announced|wrote|posted|insisted|explained|added|stated|suggested|learned|learnt)\s+(?:[A-Z][\w'’-]*\s+)?(?:(?:on|at|in|over|during|earlier|late|early)\s+)?$/

/**
 * The window of the span from `start` whose time expressions `r` holds: its most confident time
 * expression, skipping negated ones, a spell's end and those `drop` names.
 */
function claimWindow(text: string, start: number, r: SentenceWindow | null, skip: readonly [number, number][] = [], drop?: (m: TimeMention) => boolean): string | null {
  if (!r?.window) return null
  let best: (typeof r.mentions)[number] | undefined
  for (const m of r.mentions) {
    if (!m.window || m.negated || SPELL_END.test(text.slice(Math.max(start, m.start - 12), m.start))) continue
    if (REPORT_TIME.test(text.slice(Math.max(start, m.start - 30), m.start))) continue
    if (skip.some(([a, b]) => m.start >= a && m.end <= b)) continue
    if (drop?.(m)) continue
    if (!best || m.confidence > best.confidence) best = m
  }
  return best?.window ?? null
}

const LIST_MOVE_CUE = 'claim/list-move@1'
/** A timeline's next entry: "July 2012: …", "2019: …". */
const DATED_ENTRY_START = /^\W*(?:\d{1,3}[.)]\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d:/
/** How many sentences under a list entry may date it. */
const ENTRY_BODY_SENTENCES = 4

/**
 * The time, years before the article, that the first sentences under a list entry name (up to the
 * next entry): a window ("in the summer of 2012") or a calendar year ("in 1996").
 */
function entryBodyTime(c: Candidate, ctx: ClaimContext, cal: WindowCalendar): { window: string | null; year: number } | undefined {
  const date = ctx.date!
  for (let i = c.view.index + 1; i < ctx.views.length && i <= c.view.index + ENTRY_BODY_SENTENCES; i++) {
    const v = ctx.views[i]
    c.cue.re.lastIndex = 0
    if (c.cue.re.test(v.folded) || DATED_ENTRY_START.test(v.folded)) break
    const r = safe(() => windowForSentence(ctx.text, v.sentence.start, v.sentence.end, date, cal === DEFAULT_WINDOW_CALENDAR ? {} : { calendar: cal })) ?? null
    const w = r?.mentions.find((m) => m.window && !m.negated && isLongPast(m.window, date))
    if (w) return { window: w.window!, year: Number(w.window!.slice(0, 4)) }
    const y = longPastYear(ctx.text, date, v.sentence.start, r, [])
    if (y !== undefined) return { window: null, year: y }
  }
  return undefined
}

/** Time rules naming a calendar date, month or year. */
const CALENDAR_RULES = new Set(['time/target-year@1', 'time/year@1', 'time/month@1', 'time/day-month@1', 'time/month-part@1', 'time/year-edge@1'])

/**
 * The year of a time expression of the span, other than a window, that lies two or more years
 * before the article's ("in 1996", "back in March 2012"), skipping negated ones, a spell's end, a
 * report's own time and the spans in `skip`.
 */
function longPastYear(text: string, date: string, start: number, r: SentenceWindow | null, skip: readonly [number, number][]): number | undefined {
  if (!r) return undefined
  const dy = Number(date.slice(0, 4))
  for (const m of r.mentions) {
    // A calendar year named ("in 1996", "July 2012"), not a span counted back ("eighteen months ago").
    if (m.window || m.negated || m.kind === 'relative' || !CALENDAR_RULES.has(m.rule) || !(m.range || m.date)) continue
    const y = Number((m.range?.[1] ?? m.date)!.slice(0, 4))
    if (!(y <= dy - 2)) continue
    if (SPELL_END.test(text.slice(Math.max(start, m.start - 12), m.start)) || REPORT_TIME.test(text.slice(Math.max(start, m.start - 30), m.start))) continue
    if (skip.some(([a, b]) => m.start >= a && m.end <= b)) continue
    // "the 2021-22 season", "since 2019": a spell's time, not the act's.
    if (m.rule === 'time/season-span@1' || m.rule === 'time/since-month@1' || /\bsince\s+$/i.test(text.slice(Math.max(start, m.start - 8), m.start))) continue
    return y
  }
  return undefined
}

/** A spell's verb right before its season: "spent", "spent the second half of", "was on loan for". */
const SPELL_BEFORE = /\b(?:spent|spending|played|on\s+loan)\s+(?:(?:all|much|most|part)\s+of\s+|the\s+(?:first|second|latter)\s+half\s+of\s+|for\s+)?$/i

/** A spell's noun, then its season: "a loan spell at Everton in the", "his stint there during the". */
const SPELL_IN = /\b(?:spell|stint|loan)\b[^.;:!?]{0,40}?\b(?:in|during|for)\s+(?:the\s+)?$/i

/** How long a dated span may run and still date a move: a month (a year, "in 2017", does not say which window). */
const DATED_SPAN_DAYS = 62

/**
 * The window a signing's own time dates it to, when that time names no window: the day it points
 * at ("two years ago", "in February" → its 1st, "last season" → the season's start) is in a window
 * or before the next one, where the move was registered ("in May" → the summer's). A span longer
 * than a month, save a season, names no day.
 */
function datedMoveWindow(cal: WindowCalendar, text: string, start: number, cue: number, date: string | null, r: SentenceWindow | null, skip: readonly [number, number][]): [string, string] | undefined {
  if (!r) return undefined
  let best: { day: string; confidence: number } | undefined
  for (const m of r.mentions) {
    if (m.window || m.negated || SPELL_END.test(text.slice(Math.max(start, m.start - 12), m.start))) continue
    if (REPORT_TIME.test(text.slice(Math.max(start, m.start - 30), m.start))) continue
    if (skip.some(([a, b]) => m.start >= a && m.end <= b)) continue
    // "five years later" counts from another time of the text; "in December before his loan spell"
    // dates what came before the move told after it ("left on loan in February after …" is the move's).
    const after = text.slice(m.end, m.end + 16)
    if (/^\s+later\b/i.test(after) || /\blater$/i.test(text.slice(m.start, m.end))) continue
    if (m.end <= cue && /^[\s,]+(?:before|after|ahead\s+of|prior\s+to)\b/i.test(after)) continue
    // A season dates a spell begun at its start ("spent last season on loan at Getafe"), not an act
    // done at any time in it ("spent £90m last season on …").
    // So does a named season after a spell's noun ("a loan spell at Everton in the 2013-14 season").
    const before = text.slice(Math.max(start, m.start - 40), m.start)
    const spell = SPELL_BEFORE.test(before) || /^\s+on\s+loan\b/i.test(after)
    const season = (m.rule === 'time/season-relative@1' && spell) || (m.rule === 'time/season-span@1' && (spell || SPELL_IN.test(before)))
    if (m.rule === 'time/season-relative@1' && !season) continue
    // "the second half of last season": its January.
    const half = season && m.range && /\b(?:second|latter)\s+half\s+of\s+$/i.test(text.slice(Math.max(start, m.start - 20), m.start))
    const day = half ? `${m.range![1].slice(0, 4)}-01-15` : (m.kind === 'relative' || m.kind === 'date') && m.date ? m.date : m.range && (season || daysBetween(m.range[0], m.range[1]) <= DATED_SPAN_DAYS) ? m.range[0] : undefined
    // A date still ahead ("expected to complete his move next week") leaves the window to the article's date.
    if (day && date && day > date) continue
    if (day && (!best || m.confidence > best.confidence)) best = { day, confidence: m.confidence }
  }
  const w = best ? safe(() => windowOf(best!.day, cal)) : undefined
  return w ? [w, `the move is dated ${best!.day.slice(0, 7)}: the ${w.replace('-', ' ')} window`] : undefined
}

/**
 * Where the time-rule keys occur in the sentence, as the time rules would see them in any span
 * of it (lower-cased). Undefined when lower-casing changes the sentence's length, since offsets
 * would no longer line up (every span is then read in full).
 */
export function keyOccurrences(text: string, view: SentenceView): [number, number][] | undefined {
  const { start, end } = view.sentence
  const lower = text.slice(start, end).toLowerCase()
  if (lower.length !== end - start) return undefined
  const out: [number, number][] = []
  for (let i = 0; i + 1 < lower.length; i++) {
    const c0 = lower.charCodeAt(i)
    const c1 = lower.charCodeAt(i + 1)
    if (c0 >= 128 || c1 >= 128 || KEY_OPENINGS[(c0 << 7) | c1] === 0) continue
    for (let j = i, node = CharTrie.ROOT; j < lower.length && (node = TIME_KEY_TRIE.step(node, lower.charCodeAt(j))) >= 0; j++) {
      if (TIME_KEY_TRIE.wordsAt(node)) out.push([start + i, start + j + 1])
    }
  }
  return out
}

/**
 * Which step of which move a claim reports: its player, destination and type, an agreement and
 * the signing it leads to counting as one ("announced the signing … after agreeing a fee that
 * could rise to £116m"); a medical or a bid is a step of its own.
 */
function moveKey(c: Candidate): string {
  return `${c.type === 'agreement' ? 'signed' : c.type}|${c.player ?? ''}|${c.toClub ?? ''}`
}

/** Claims of a deal whose fee the next sentence may state on its own ("… have agreed a deal. The fee is €40m."). */
const NEXT_FEE_TYPES = new Set<ClaimType>(['bid', 'bid_rejected', 'agreement', 'signed'])
/** A sentence stating a deal's fee, with no claim of its own: "Understand fee is €40m plus €5m add-ons", "The deal is worth £30m", "A figure of around €20m". */
const FEE_STATEMENT = /^\W*(?:(?:a|the)\s+(?:total\s+|final\s+)?(?:figure|sum|price|fee)\s+of\s+(?:(?:around|about|roughly|some|up\s+to|in\s+the\s+region\s+of)\s+)*[£€$\d]|(?:(?:understand|it is understood|it's understood|it['’]s understood)\s+(?:that\s+)?)?(?:the\s+)?(?:(?:transfer|total|agreed|initial|reported)\s+)?(?:fee|deal|package|move|transfer|agreement)\s+(?:is|was|will be|would be)\s+(?:(?:understood|believed|said|set|thought|expected|reported)\s+to\s+be\s+)?(?:worth\s+)?(?:a\s+|an\s+|around\s+|about\s+|up\s+to\s+|in\s+the\s+region\s+of\s+)*[£€$\d])/

/**
 * The fee the sentence right after the claim's states for the deal, when that sentence makes no
 * claim of its own ("Arsenal and Bologna have reached an agreement. Understand fee is €40m plus
 * €5m add-ons."). Speed: one regex test on the next sentence; its fees are read only on a match.
 */
function feeStatedNext(c: Candidate, ctx: ClaimContext, bySentence: Map<SentenceView, SentenceTimes>) {
  const next = ctx.views[c.view.index + 1]
  if (!next || bySentence.has(next) || !FEE_STATEMENT.test(next.folded)) return undefined
  const fees = safe(() => extractFees(ctx.text, next.sentence.start, next.sentence.end)) ?? []
  return fees.find((f) => f.kind === 'fee')?.fee
}

/** Claims that take a fee only when it sizes the deal they are about: "close in on £62.5m Cunha deal". */
const OBJECT_FEE_TYPES = new Set<ClaimType>(['talks'])
/** Between a talks cue and its deal's fee: "closing in on a", "in talks with Wolves over a", "negotiating a". */
const TO_OBJECT_FEE = /^\s*(?:(?:with|to)\s+(?:[^\s,;.]+\s+){1,3}?)?(?:(?:over|on|about|for|regarding|of)\s+)?(?:(?:a|an|the|their|his|its|possible|potential|proposed|fresh|new)\s+)*$/
/** After that fee, the deal it sizes: "£62.5m Cunha deal", "€50m-plus-add-ons move". */
const OBJECT_FEE_NOUN = /^[\s-]*(?:[\w'’-]+\s+){0,2}?(?:deal|fee|move|transfer|switch|package|signing|agreement)\b/

/**
 * Between a talks cue and a fee, the deal priced by it in the cue's own clause: "close to joining
 * Everton in a deal worth £30m", "closing in on Diaz for a fee of €60m", "nearing a move to Roma for €25m".
 */
const DEAL_PRICED = /^(?:\s*[^\s,;.]+){0,5}?\s+(?:(?:in|on)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:deal|move|transfer|switch|package|agreement)\s+(?:worth|valued\s+at|of)|for\s+(?:a\s+(?:fee|sum|price)\s+of|a\s+(?:reported|fee)|a|an)?)\s+(?:(?:around|about|roughly|approximately|up\s+to|in\s+the\s+region\s+of|an\s+initial|a\s+reported|reported)\s+)*$/

/**
 * The fee of the deal a talks claim is about, when it stands in the cue's object ("closing in on a
 * £62.5m deal"); a fee elsewhere in the sentence sizes another claim or a valuation.
 */
function objectFee(c: Candidate, ctx: ClaimContext, st: SentenceTimes) {
  const fees = (st.fees ??= safe(() => extractFees(ctx.text, c.view.sentence.start, c.view.sentence.end)) ?? [])
  const off = c.view.sentence.start
  const [, ce] = clauseAt(c.view, c.cueStart)
  const f = fees.find((f) => {
    if (f.kind !== 'fee' || f.start < c.cueEnd) return false
    const between = c.view.folded.slice(c.cueEnd - off, f.start - off)
    return (TO_OBJECT_FEE.test(between) && OBJECT_FEE_NOUN.test(c.view.folded.slice(f.end - off))) || (f.start < ce && DEAL_PRICED.test(between))
  })
  return f?.fee ?? c.fee
}

/** A determiner right before a fee: the phrase it opens is described by what follows ("the £105m Arsenal paid"). */
const FEE_DETERMINER = /\b(?:a|an|the|their|his|its|that|this)\s*$/

/**
 * The fee-taking cue a fee belongs to: the last one starting before it ("signed Godfrey for
 * £20m while Arsenal loaned …"), else the first after it ("a £45m bid"); a fee opened by a
 * determiner goes to a cue just after it ("the £105m Arsenal paid West Ham for Rice").
 */
function feeOwner(cues: readonly { at: number }[], at: number, before: string): number | undefined {
  let last: number | undefined
  let next: number | undefined
  for (const { at: o } of cues) {
    if (o <= at) { if (last === undefined || o > last) last = o }
    else if (next === undefined || o < next) next = o
  }
  if (next !== undefined && next - at <= 30 && FEE_DETERMINER.test(before)) return next
  return last ?? next
}

/**
 * The fee nearest the cue, among the sentence's fees that belong to it (feeOwner): "agreed a fee
 * of €45m, Boniface flew in for his medical" gives the fee to the agreement only, and "signed
 * Godfrey for £20m while Arsenal have loaned Guendouzi" to Godfrey's signing only.
 */
function pickFee(c: Candidate, ctx: ClaimContext, st: SentenceTimes) {
  const fees = (st.fees ??= safe(() => extractFees(ctx.text, c.view.sentence.start, c.view.sentence.end)) ?? [])
  const cues = st.feeCues ?? []
  // "spent £250m on A, B and C": a sum spent on several players is no one's fee.
  if (c.cue.id === 'claim/spent-on@1' && spentOnSeveral(c, ctx)) return c.fee
  const [cs0, ce0] = clauseAt(c.view, c.cueStart)
  const off0 = c.view.sentence.start
  // "… increase their offer, breaking the world record - Neymar's €222m move to PSG -": a fee in
  // an aside opened after the cue prices the aside's example.
  const [asideFrom, asideTo] = fees.some((f) => f.start > c.cueEnd) ? asideAfter(ctx.text, c.cueEnd, c.view.sentence.end) : [Infinity, Infinity]
  // "a bid for the Belgium international, who is expected to cost around £25m": a fee in a
  // relative clause about the player is his price, not what an offer puts on the table.
  const relative = OFFER_NOT_PRICE.has(c.type) && fees.length ? relativeSpansAround(c.view, c.cueStart) : []
  const usable = fees.filter((f) => {
    if (relative.some(([a, b]) => f.start >= a && f.start < b)) return false
    // "With Jota having joined Porto, Wolves have spent £90m this summer": a sum spent, told in
    // another clause, is a club's outlay, not the fee of this claim's move.
    if ((f.start < cs0 || f.start >= ce0 || /[,;:–—]/.test(c.view.folded.slice(Math.min(f.end, c.cueEnd) - off0, Math.max(f.start, c.cueStart) - off0))) && c.cue.id !== 'claim/spent-on@1' && SPENT_BEFORE.test(c.view.folded.slice(Math.max(0, f.start - off0 - 40), f.start - off0))) return false
    if (f.start >= asideFrom && f.start < asideTo) return false
    // "paid his £50m release clause": the clause paid is the fee.
    if (f.kind !== 'fee' && !(f.kind === 'clause' && c.cue.id === 'claim/clause-paid@1')) return false
    // "signed Semenyo from Bournemouth and are expected to lose Silva on a free": "on a free" is
    // the words of the other claim's cue, not a fee of this one.
    if (st.cueSpans.some((o) => o.start !== c.cueStart && o.start <= f.start && f.start < o.end && o.move !== moveKey(c))) return false
    // "signed Elliott from Liverpool and could lose Rogers on a free": a fee in another predicate
    // of the clause is that predicate's.
    // ("are lining up a bid for him and are ready to pay €15m": the same bid told twice keeps it.)
    if (f.start >= c.cueEnd && inLaterPredicate(c, f.start) && !st.cueSpans.some((o) => o.start > c.cueStart && o.start <= f.start && o.move === moveKey(c))) return false
    // A fee belongs to the claim its cue reports: "signed a contract with Ruiz, who arrived from
    // Betis on a free transfer" is one signing named twice.
    const owner = feeOwner(cues, f.start, c.view.folded.slice(Math.max(0, f.start - c.view.sentence.start - 8), f.start - c.view.sentence.start))
    return owner === c.cueStart || cues.some((o) => o.at === owner && o.move === moveKey(c))
  })
  if (!usable.length) return c.fee
  // "Watford spent a club record, reported to be £25m, on Sarr and Leicester bought Praet for a
  // reported £18m": the price the cue's own clause names after it ("for …", "worth …") wins over a
  // nearer fee told before the cue.
  const [, ce] = clauseAt(c.view, c.cueStart)
  const off = c.view.sentence.start
  const priced = usable.filter((f) => f.start >= c.cueEnd && f.start < ce && PRICE_INTRO.test(c.view.folded.slice(Math.max(c.cueEnd, f.start - 40) - off, f.start - off)))
  const pool = priced.length ? priced : usable
  const nearest = pool.reduce((a, b) => (Math.abs(b.start - c.cueStart) < Math.abs(a.start - c.cueStart) ? b : a))
  return nearest.fee
}

/** Offers whose amount is never read from a relative clause about the player (his price, not the offer's). */
const OFFER_NOT_PRICE = new Set<ClaimType>(['bid', 'bid_rejected', 'approach', 'interest'])

/** A spending verb right before an amount: "have spent more than", "splashed out around", "an outlay of". */
const SPENT_BEFORE = /\b(?:spent|spend|spending|splashed(?:\s+out)?|splashing(?:\s+out)?|shelled\s+out|forked\s+out|outlay\s+of|invested)\s+(?:(?:more\s+than|over|around|about|almost|nearly|close\s+to|in\s+excess\s+of|upwards\s+of|a\s+combined|a\s+total\s+of|some|roughly)\s+)*$/

/** Words that make an amount the price of the act before it: "for a reported", "in a deal worth", "for a fee of". */
const PRICE_INTRO = /\b(?:for|worth|at)\s+(?:(?:a|an|the|around|about|roughly|approximately|reported|reportedly|initial|fee|of|up|to|in|region)\s+)*$/

/** `at` lies past the cue's predicate, in another "and …" predicate of its clause (not merely past a clause break). */
function inLaterPredicate(c: Candidate, at: number): boolean {
  const [, je] = conjunctSpan(c.view, c.cueStart)
  return je < clauseAt(c.view, c.cueStart)[1] && at >= je
}

/** The object of a spending cue is a list: another player is named right after the first. */
function spentOnSeveral(c: Candidate, ctx: ClaimContext): boolean {
  const [, ce] = clauseAt(c.view, c.cueStart)
  const ms = ctx.entities.mentions.filter((m) => m.kind === 'player' && m.start >= c.cueEnd && m.end <= ce)
  return ms.length > 1 && /^\s*(?:,|and|&)\s*$/.test(ctx.text.slice(ms[0].end, ms[1].start))
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch {
    return undefined
  }
}
