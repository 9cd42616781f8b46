/**
 * Shapes shared by the time scanners (relative time, contract facts, date estimates).
 */
import type { WindowCalendar, WindowSeason } from './windows.js'

export type TimeKind = 'window' | 'date' | 'range' | 'season-end' | 'relative'

/** One time expression found in text, resolved against the article date where possible. */
export interface TimeMention {
  start: number
  end: number
  kind: TimeKind
  /** `2025-january` / `2025-summer` when the expression names or implies a transfer window. */
  window?: string
  /** Window season even when the year cannot be resolved (no reference date). */
  season?: WindowSeason
  /** Best single day, `YYYY-MM-DD`. */
  date?: string
  /** Inclusive range, `YYYY-MM-DD`. */
  range?: [string, string]
  /** True when the text negates this time ("not the January window", "rather than in January"). */
  negated: boolean
  /** Leans to the past (`since March`, `last summer`, `in recent days`): historical context. */
  past?: boolean
  rule: string
  confidence: number
}

/** What a rule's resolver returns; the scanner adds offsets and negation. */
export type Resolved = Omit<TimeMention, 'start' | 'end' | 'negated' | 'rule'>

/** Context every rule resolver receives. `ref` is a valid `YYYY-MM-DD` or null. */
export interface RuleCtx {
  ref: string | null
  calendar: WindowCalendar
  /** Full text and the match start, for rules that look behind (tense). */
  text: string
  index: number
  /** Lower bound of the scan: look-behind must not cross it. */
  floor: number
}

/** One ordered time rule: a global regex and a resolver returning undefined to reject a match. */
export interface TimeRule {
  id: string
  /** Lower-case stems; the rule runs only on spans containing one (a cheap pre-filter). */
  keys: readonly string[]
  re: RegExp
  resolve: (m: RegExpExecArray, ctx: RuleCtx) => Resolved | undefined
}
