/**
 * Time rules, pass 1: transfer windows and season words ("the January window", "next summer",
 * "this window", "mid-season", "deadline day"). Order in the array breaks ties between matches
 * of equal span.
 */
import { seasonEndYear, seasonWindow, type Lean } from '../calendar-helpers.js'
import type { Resolved, RuleCtx, TimeRule } from '../types.js'
import { isPastContext, pastVerbBefore } from './20-calendar.js'
import { justClosedWindow, previousWindow, windowId, windowOf, windowSpan, WINDOW_AFTERMATH_DAYS, type WindowSeason } from '../windows.js'
import { daysBetween } from '../iso-date.js'

const YEAR = '((?:19|20)\\d{2})'

function seasonOf(word: string): WindowSeason {
  return /summer/i.test(word) ? 'summer' : 'january'
}

function leanOf(word: string | undefined): Lean {
  const w = (word ?? '').toLowerCase()
  if (w === 'next') return 'next'
  if (w === 'last' || w === 'previous') return 'last'
  if (w === 'this' || w === 'current') return 'this'
  return 'future'
}

/** A window mention, with its span when resolved; unresolved (no ref) keeps the season only. */
function windowResolved(id: string | undefined, season: WindowSeason, confidence: number, ctx: RuleCtx, past = false): Resolved {
  if (!id) return { kind: 'window', season, confidence: confidence * 0.5 }
  const span = windowSpan(id, ctx.calendar)
  const out: Resolved = { kind: 'window', window: id, season, confidence }
  if (span) out.range = [span.open, span.close]
  if (past) out.past = true
  return out
}

/** Window of a season word read from ref: `this` summer is the ref year's; others lean. */
function leanWindow(ctx: RuleCtx, season: WindowSeason, lean: Lean): string | undefined {
  if (!ctx.ref) return undefined
  if (lean === 'this') {
    const y = Number(ctx.ref.slice(0, 4))
    // "this winter", "this January": the ref year's January until the season's end (read in
    // mid-February, the window just closed: 2025-02-14 → 2025-january, not next year's); from
    // June on, the coming one.
    return season === 'summer' ? windowId(y, season) : windowId(Number(ctx.ref.slice(5, 7)) <= 5 ? y : y + 1, 'january')
  }
  return seasonWindow(ctx.ref, season, lean, ctx.calendar)
}

const seasonYear: TimeRule = {
  id: 'time/window-season-year@1',
  keys: ['summer', 'january', 'winter', 'season'],
  re: new RegExp(
    `\\b(?:the\\s+)?(?:(summer|january|winter|mid-?season)\\s+(?:(?:transfer\\s+)?window\\s+)?(?:of\\s+)?${YEAR}|${YEAR}\\s+(summer|january|winter)(?:\\s+(?:transfer\\s+)?window)?|(summer|january|winter)\\s+(?:transfer\\s+)?(?:move|switch|transfer|deal|bid|offer|approach|exit|departure|loan|swoop)\\s+in\\s+${YEAR})\\b(?![-/–]\\d)`,
    'gi',
  ),
  resolve: (m, ctx) => {
    // "a summer move in 2024": the season word, then the year its move was in.
    const season = seasonOf(m[1] ?? m[4] ?? m[5])
    const year = Number(m[2] ?? m[3] ?? m[6])
    return windowResolved(windowId(year, season), season, 0.95, ctx)
  },
}

const namedWindow: TimeRule = {
  id: 'time/window-named@1',
  keys: ['window', 'market'],
  re: /\b(?:(the|next\s+year['’]s|this\s+year['’]s)\s+)?(?:(next|this|coming|upcoming|forthcoming|current|last|previous|immediate)\s+)?(january|winter|mid-?season|summer)\s+(?:transfer\s+)?(?:window|market)(?:\s+(next|this)\s+year)?\b/gi,
  resolve: (m, ctx) => {
    const season = seasonOf(m[3])
    const prefix = (m[1] ?? '').toLowerCase()
    const suffix = (m[4] ?? '').toLowerCase()
    const shift = prefix.startsWith('next') || suffix === 'next' ? 1 : prefix.startsWith('this') || suffix === 'this' ? 0 : -1
    if (shift >= 0) {
      const id = ctx.ref ? windowId(Number(ctx.ref.slice(0, 4)) + shift, season) : undefined
      return windowResolved(id, season, 0.9, ctx)
    }
    const lean = leanOf(m[2])
    // "They first tried to buy him during the January transfer window", read in August: the
    // January that has opened, not the next one.
    if (!m[2] && ctx.ref && (isPastContext(ctx) || pastVerbBefore(ctx))) return windowResolved(openedWindow(ctx, season), season, 0.9, ctx, true)
    return windowResolved(leanWindow(ctx, season, lean), season, 0.9, ctx, lean === 'last')
  },
}

/** The window of a season that opened last on or before the reference date (this year's, once open). */
function openedWindow(ctx: RuleCtx, season: WindowSeason): string {
  const y = Number(ctx.ref!.slice(0, 4))
  return windowId(ctx.ref! >= ctx.calendar(y, season).open ? y : y - 1, season)
}

const bareWindow: TimeRule = {
  id: 'time/window-current@1',
  keys: ['window'],
  re: /\b(this|the\s+current|current|the)\s+(?:transfer\s+)?window\b/gi,
  resolve: (m, ctx) => {
    const strong = !/^the$/i.test(m[1])
    const id = ctx.ref ? windowOf(ctx.ref, ctx.calendar) : undefined
    const season = id ? (id.endsWith('summer') ? 'summer' : 'january') : undefined
    const out: Resolved = { kind: 'window', confidence: strong ? 0.85 : 0.5 }
    if (!id || !season) return { ...out, confidence: out.confidence * 0.5 }
    return windowResolved(id, season, out.confidence, ctx)
  },
}

const summerWord: TimeRule = {
  id: 'time/summer@1',
  keys: ['summer'],
  re: /\b(?:(earlier\s+in\s+the|earlier\s+this|next|this|last|previous|coming|upcoming|the)\s+)?summer\b/gi,
  resolve: (m, ctx) => {
    const word = (m[1] ?? '').toLowerCase()
    // "interested earlier in the summer", read in October: the summer just gone.
    if (word.startsWith('earlier') && ctx.ref) {
      const y = Number(ctx.ref.slice(0, 4))
      return windowResolved(windowId(Number(ctx.ref.slice(5, 7)) >= 6 ? y : y - 1, 'summer'), 'summer', 0.85, ctx, true)
    }
    const lean = leanOf(word)
    const conf = word === '' ? 0.55 : word === 'the' ? 0.75 : 0.9
    // "joined Villa from Everton in the summer", read in January: the summer that has begun, not the
    // next; so too an act told in the past tense ("the bid they rejected in the summer").
    if ((word === 'the' || word === '') && ctx.ref && (isPastContext(ctx) || (word === 'the' && pastActBefore(ctx)))) {
      const y = Number(ctx.ref.slice(0, 4))
      return windowResolved(windowId(ctx.ref >= ctx.calendar(y, 'summer').open ? y : y - 1, 'summer'), 'summer', conf, ctx, true)
    }
    return windowResolved(leanWindow(ctx, 'summer', lean), 'summer', conf, ctx, lean === 'last')
  },
}

/** A plan made in the past for a time still ahead: "ruled out a move in the summer", "agreed to go in the summer". */
const PLANNED = /\b(?:ruled|decided|agreed|planned|promised|vowed|pledged|chose|opted|targeted|earmarked|identified|set)\b/i

/**
 * "the bid they rejected from Burnley in the summer", "failed with a bid during the summer": an act
 * told in the past tense right before "in/during the summer" (not a plan made for it).
 */
function pastActBefore(ctx: RuleCtx): boolean {
  if (!/\b(?:in|during|over|throughout)\s+$/i.test(ctx.text.slice(Math.max(ctx.floor, ctx.index - 10), ctx.index))) return false
  return pastVerbBefore(ctx) && !PLANNED.test(ctx.text.slice(Math.max(ctx.floor, ctx.index - 80), ctx.index))
}

const winterWord: TimeRule = {
  id: 'time/winter@1',
  keys: ['winter'],
  re: /\b(?:(next|this|last|the)\s+)?winter\b/gi,
  resolve: (m, ctx) => {
    const word = (m[1] ?? '').toLowerCase()
    // "tested Liverpool's resolve with an approach over the winter", read in May: the January gone,
    // as "in the summer" after a past act is the summer gone.
    if ((word === 'the' || word === '') && ctx.ref && (isPastContext(ctx) || (word === 'the' && pastActBefore(ctx)))) {
      return windowResolved(openedWindow(ctx, 'january'), 'january', 0.6, ctx, true)
    }
    const lean = leanOf(m[1])
    return windowResolved(leanWindow(ctx, 'january', lean), 'january', 0.6, ctx, lean === 'last')
  },
}

const midSeason: TimeRule = {
  id: 'time/mid-season@1',
  keys: ['season', 'campaign'],
  re: /\b(?:(?:halfway|half-way|midway)\s+through\s+(?:the|this)\s+(?:season|campaign)|in\s+the\s+middle\s+of\s+the\s+(?:season|campaign)|mid-?season)\b/gi,
  resolve: (_m, ctx) => {
    const id = ctx.ref ? windowId(seasonEndYear(ctx.ref), 'january') : undefined
    return windowResolved(id, 'january', 0.55, ctx)
  },
}

/** The window open on the date, if any (between two windows, none). */
function openWindow(ref: string, ctx: RuleCtx): string | undefined {
  const id = windowOf(ref, ctx.calendar)
  const span = windowSpan(id, ctx.calendar)
  return span && span.open <= ref ? id : undefined
}

/** A present perfect in the clause: "has completed", "have finally signed", "has been loaned". */
const RECENT_PERFECT = /\b(?:has|have)\s+(?:(?:now|finally|just|also|already|officially)\s+)?(?:been\s+)?(?:[a-z]{2,}ed|made|done|sold|bought|left|won|brought|sealed)\b[^.;!?]*$/i

/** A window's deadline day as a time mention: the window, its season and its close. */
function deadlineOf(id: string, ctx: RuleCtx, confidence: number): Resolved {
  return { kind: 'date', window: id, season: id.endsWith('summer') ? 'summer' : 'january', date: windowSpan(id, ctx.calendar)?.close, confidence }
}

const deadline: TimeRule = {
  id: 'time/deadline@1',
  keys: ['deadline'],
  re: /\b(?:(?:the|by|before|ahead\s+of|after)\s+)?(?:the\s+)?(?:(january|summer|winter)\s+)?(?:transfer\s+)?deadline(?:[-\s](day))?\b/gi,
  resolve: (m, ctx) => {
    const conf = m[2] ? 0.85 : 0.55
    const season = m[1] ? seasonOf(m[1]) : undefined
    let id: string | undefined
    // "loaned him to Wednesday on deadline day", read in March: the deadline just gone. But "had
    // offers before the deadline", read in July, is the open window's deadline still ahead: a time
    // up to a deadline reaches no further back than the window it closes.
    const upTo = /^(?:by|before|ahead)\b/i.test(m[0])
    const open = ctx.ref && upTo ? openWindow(ctx.ref, ctx) : undefined
    if (open && (!season || open.endsWith(season))) {
      return deadlineOf(open, ctx, conf)
    }
    const past = !!ctx.ref && isPastContext(ctx)
    // "Lukaku has completed his move on deadline day", read while a window is open: a present
    // perfect tells of the deadline just reached, this window's (England's closed early in 2018 and 2019).
    if (past && m[2] && RECENT_PERFECT.test(ctx.text.slice(Math.max(ctx.floor, ctx.index - 200), ctx.index))) {
      const now = openWindow(ctx.ref!, ctx)
      if (now && (!season || now.endsWith(season))) return deadlineOf(now, ctx, conf)
    }
    // "had been agreed before Tuesday's deadline", read the day after England's January deadline
    // while the calendar's window (the latest league's) is still open: the deadline is this window's.
    if (past && ctx.ref) {
      const now = openWindow(ctx.ref, ctx)
      const close = now ? windowSpan(now, ctx.calendar)?.close : undefined
      if (now && close && (!season || now.endsWith(season)) && Math.abs(daysBetween(close, ctx.ref)) <= WINDOW_AFTERMATH_DAYS) {
        return deadlineOf(now, ctx, conf)
      }
    }
    // "Elsewhere on deadline day, …", read two days after it: the deadline just gone.
    if (ctx.ref) id = season ? seasonWindow(ctx.ref, season, past ? 'last' : 'future', ctx.calendar) : past ? previousWindow(ctx.ref, ctx.calendar) : justClosedWindow(ctx.ref, undefined, ctx.calendar) ?? windowOf(ctx.ref, ctx.calendar)
    if (!id) return { kind: 'date', season, confidence: conf * 0.5 }
    return deadlineOf(id, ctx, conf)
  },
}

/** Pass 1 rules, in tie-break order. */
export const WINDOW_RULES: readonly TimeRule[] = [seasonYear, namedWindow, bareWindow, summerWord, winterWord, midSeason, deadline]
