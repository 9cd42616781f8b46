/**
 * Shapes of the transfer-rule data in `data/rules/` (SPEC §7) and of the engine's answers.
 * Data lives apart from code: these types are the contract between the JSON files and the engine.
 */

export type WindowKind = 'summer' | 'winter' | 'exceptional'

/** One registration period of one country. Dates are inclusive `YYYY-MM-DD`. */
export interface TransferWindow {
  /** Derived: `england-2025-winter`, `spain-2025-exceptional`. */
  id: string
  country: string
  league: string
  /** `2024-25`: the season the window serves. */
  season: string
  kind: WindowKind
  opens: string
  closes: string
  source: string
  /** Not (yet) confirmed by an announcement. */
  provisional: boolean
  note?: string
}

/** A rule parameter: months, flags, or a mode such as `restricted`. */
export type RuleParam = number | boolean | string | null

/** A country's override of a rule's parameters, with the document that sets it. */
export interface RuleVariation {
  params: Record<string, RuleParam>
  source: string
  /** Short citation used in sentences; defaults to `source`. */
  cite: string
  note?: string
}

/** One rule, in Mercato's own words, with the document and article it comes from. */
export interface TransferRule {
  /** `rules/fifa-rstp-18.3@1` */
  id: string
  title: string
  text: string
  /** Full document and article: `FIFA Regulations on the Status and Transfer of Players (RSTP), art. 18 para. 3`. */
  source: string
  /** Short citation used in sentences: `FIFA RSTP art. 18.3`; defaults to `source`. */
  cite: string
  params: Record<string, RuleParam>
  /** Keyed by country name (`England`). */
  variations: Record<string, RuleVariation>
}

/** Windows and rules, validated and ready for the pure engine. */
export interface RuleBook {
  windows: TransferWindow[]
  rules: TransferRule[]
}

/** Overrides for `mergeVariations`: rule id → country → parameter → value. */
export type VariationOverrides = Record<string, Record<string, Record<string, RuleParam>>>

export type RuleQuestion = 'talks' | 'pre_contract' | 'fee_transfer' | 'registration' | 'free_agent'

export interface RuleAnswer {
  question: RuleQuestion
  possible: boolean | 'unknown'
  /** What must also hold: "Liverpool's written consent". */
  conditions: string[]
  /** Human sentences citing rule ids and sources. */
  why: string[]
  /** Ids of the rules used. */
  rules: string[]
}

export interface ClubRef {
  name: string
  country: string
}

export interface RulesInput {
  player: string
  fromClub?: ClubRef
  toClub: ClubRef
  /** YYYY-MM-DD */
  date: string
  /** YYYY-MM-DD: last day of the current contract. */
  contractExpires?: string
  /** Where the expiry came from: "article 3f2a… (The Athletic)", "imported players CSV". */
  contractSource?: string
}

export interface RulesExplanation {
  player: string
  fromClub?: ClubRef
  toClub: ClubRef
  date: string
  contractExpires?: string
  answers: RuleAnswer[]
  notes: string[]
}
