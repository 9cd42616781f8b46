/**
 * Cues that date an undated article (SPEC §4.5). Each cue names a day of the year (`MM-DD`),
 * how far either side the truth may lie, and how much to trust it; the year is chosen later by
 * `estimate-date.ts` from the text's explicit years or the saga's known dates.
 */
import { COUNT_ALT, countValue, MONTH_ALT, monthNumber, TIME_LEXICON } from './lexicon.js'
import { daysInMonth } from './iso-date.js'

/** A point in the year with slack. `yearShift` moves it to the year before its anchor year. */
export interface Cue {
  rule: string
  /** Month and day of the point; `month` 1–12. */
  month: number
  day: number
  /** Days the article may lie before / after the point. */
  before: number
  after: number
  weight: number
  /** The phrase, for the reason sentence. */
  phrase: string
  /** Builds the reason sentence once the date is known. */
  explain: (date: string) => string
}

/** A lower bound: the article is on or after this month ("since December"). */
export interface Bound {
  rule: string
  month: number
  day: number
  phrase: string
}

const WINDOW_AWAY = new RegExp(
  `\\b(january|winter|mid-?season|summer)\\s+(?:transfer\\s+)?window\\b[^.!?]{0,40}?\\b(?:(?:around|about|roughly|approximately|just|only|some)\\s+)?(${COUNT_ALT})\\s+(days?|weeks?|months?)\\s+away\\b`,
  'i',
)
const AWAY_PHRASE = new RegExp(`(?:(?:around|about|roughly|approximately|just|only|some)\\s+)?(?:${COUNT_ALT})\\s+(?:days?|weeks?|months?)\\s+away$`, 'i')
const NOW_MONTH = new RegExp(`\\b(?:now\\s+(?:that\\s+)?(?:it['’]s|it\\s+is|we['’]re\\s+in|we\\s+are\\s+in)|it\\s+is\\s+now)\\s+(${MONTH_ALT})\\b`, 'i')
const MIDNIGHT = /\b(?:as\s+soon\s+as|when|once)\s+the\s+clock\s+strikes\s+midnight\b/i
const MIDNIGHT_CONTEXT = /\bjanuary\b|pre-?contract|new\s+year/i
const DEADLINE_DAY = /\b(?:it['’]s|it\s+is|on|this)\s+(?:transfer\s+)?deadline[-\s]day\b/i
const WINDOW_OPENED = /\b(?:the\s+)?(january|winter|summer|transfer)?\s*window\s+(?:has\s+)?(?:opened|opens|is\s+open(?:ed)?)\s+(today|yesterday|this\s+morning|on\s+\w+day)?/i
const NEW_YEAR = /\bnew\s+year['’]s\s+(eve|day)\b/i
const SINCE = new RegExp(`\\bsince\\s+(?:(early|mid|late)(?:[-\\s]+to[-\\s]+(?:early|mid|late))?[-\\s]+)?(${MONTH_ALT})\\b`, 'gi')

const W = TIME_LEXICON.windows

function md(s: string): { month: number; day: number } {
  return { month: Number(s.slice(0, 2)), day: Number(s.slice(3, 5)) }
}

function seasonDays(word: string | undefined) {
  return /summer/i.test(word ?? '') ? W.summer : W.january
}

/** Day of year N units before a `MM-DD` point (months counted as calendar months). */
function before(point: { month: number; day: number }, n: number, unit: string): { month: number; day: number } {
  const u = unit.toLowerCase().replace(/s$/, '')
  // A leap-neutral reference year; the real year is chosen later.
  const t = new Date(Date.UTC(2001, point.month - 1, point.day))
  if (u === 'month') t.setUTCMonth(t.getUTCMonth() - n)
  else t.setUTCDate(t.getUTCDate() - n * (u === 'week' ? 7 : 1))
  return { month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

function windowAway(text: string): Cue | undefined {
  const m = WINDOW_AWAY.exec(text)
  const n = m ? countValue(m[2]) : undefined
  if (!m || n === undefined) return undefined
  const open = md(seasonDays(m[1]).open)
  const p = before(open, n, m[3])
  const slack = /month/i.test(m[3]) ? 21 : /week/i.test(m[3]) ? 7 : 2
  const name = /summer/i.test(m[1]) ? 'summer' : 'January'
  const phrase = AWAY_PHRASE.exec(m[0])?.[0] ?? m[0]
  return {
    rule: 'estimate/window-away@1', ...p, before: slack, after: slack, weight: 3, phrase,
    explain: (d) => `‘${phrase}’ from the ${name} window puts it about ${d} (±${slack >= 21 ? '3 weeks' : `${slack} days`})`,
  }
}

function nowMonth(text: string): Cue | undefined {
  const m = NOW_MONTH.exec(text)
  const month = m ? monthNumber(m[1]) : undefined
  if (!m || !month) return undefined
  return {
    rule: 'estimate/now-month@1', month, day: 5, before: 4, after: daysInMonth(2001, month) - 5, weight: 3, phrase: m[0],
    explain: (d) => `‘${m[0]}’ places it in ${m[1]}, early in the month, about ${d}`,
  }
}

function midnight(text: string): Cue | undefined {
  const m = MIDNIGHT.exec(text)
  if (!m || !MIDNIGHT_CONTEXT.test(text)) return undefined
  return {
    rule: 'estimate/midnight@1', month: 12, day: 31, before: 4, after: 0, weight: 3, phrase: m[0],
    explain: (d) => `‘${m[0]}’ before January and a pre-contract means New Year's Eve: about ${d}`,
  }
}

function deadlineDay(text: string): Cue | undefined {
  const m = DEADLINE_DAY.exec(text)
  if (!m) return undefined
  const summer = (text.match(/\bsummer\b/gi) ?? []).length > (text.match(/\b(?:january|winter)\b/gi) ?? []).length
  const close = md(summer ? W.summer.close : W.january.close)
  return {
    rule: 'estimate/deadline-day@1', ...close, before: 3, after: 0, weight: 2, phrase: m[0],
    explain: (d) => `‘${m[0]}’ of the ${summer ? 'summer' : 'January'} window: about ${d}`,
  }
}

function windowOpened(text: string): Cue | undefined {
  const m = WINDOW_OPENED.exec(text)
  if (!m || (!m[2] && !m[1])) return undefined
  const open = md(seasonDays(m[1] ?? (/\bsummer\b/i.test(text) ? 'summer' : 'january')).open)
  const exact = /today|morning/i.test(m[2] ?? '')
  return {
    rule: 'estimate/window-opened@1', ...open, before: 0, after: exact ? 0 : 7, weight: 3, phrase: m[0].trim(),
    explain: (d) => `‘${m[0].trim()}’: the window opens about ${d}`,
  }
}

function newYear(text: string): Cue | undefined {
  const m = NEW_YEAR.exec(text)
  if (!m) return undefined
  const eve = /eve/i.test(m[1])
  return {
    rule: 'estimate/new-year@1', month: eve ? 12 : 1, day: eve ? 31 : 1, before: 1, after: 1, weight: 1, phrase: m[0],
    explain: (d) => `‘${m[0]}’ is mentioned: about ${d}`,
  }
}

/**
 * Every dating cue in the text, strongest first.
 * @example findDateCues('now that it’s January they can talk')[0].rule // 'estimate/now-month@1'
 */
export function findDateCues(text: string): Cue[] {
  const cues = [windowAway, nowMonth, midnight, windowOpened, deadlineDay, newYear].map((f) => f(text))
  return cues.filter((c): c is Cue => !!c).sort((a, b) => b.weight - a.weight)
}

/**
 * Lower bounds from "since <month>" phrases: the article is after that month began.
 * @example findDateBounds('an offer on the table since December')[0].month // 12
 */
export function findDateBounds(text: string): Bound[] {
  const out: Bound[] = []
  SINCE.lastIndex = 0
  for (let m = SINCE.exec(text); m; m = SINCE.exec(text)) {
    const month = monthNumber(m[2])
    if (!month || (m[2].toLowerCase() === 'may' && m[2] !== 'May')) continue
    const part = (m[1] ?? '').toLowerCase()
    out.push({ rule: 'estimate/since-month@1', month, day: part === 'mid' ? 11 : part === 'late' ? 21 : 1, phrase: m[0] })
  }
  return out
}
