/**
 * The money lexicon (`data/lexicon/money.json`), typed, and the regex fragments built from it.
 * Data lives apart from code; tuning a cue list needs no code change.
 */
import raw from '../../../../data/lexicon/money.json' with { type: 'json' }

export interface MoneyLexicon {
  symbols: Record<string, string>
  codes: Record<string, string>
  words: Record<string, string>
  multipliers: Record<string, number>
  wageCues: string[]
  clauseCues: string[]
  valuationBefore: string[]
  valuationAfter: string[]
  approxCues: string[]
  upToCues: string[]
  addOnWords: string[]
  freeCues: string[]
}

/** The loaded, frozen money lexicon. */
export const MONEY_LEXICON: Readonly<MoneyLexicon> = Object.freeze(raw as MoneyLexicon)

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Alternation of literals, longest first, with spaces and hyphens matching either. */
export function altOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/(?:\\-|\s)+/g, '[-\\s]+'))
    .join('|')
}

/**
 * Multiplier for a unit word (`m` → 1e6, `bn` → 1e9, `k` → 1e3); 1 when absent or unknown.
 * @example multiplierOf('million') // 1000000
 */
export function multiplierOf(unit: string | undefined): number {
  if (!unit) return 1
  return MONEY_LEXICON.multipliers[unit.toLowerCase()] ?? 1
}

/**
 * ISO currency code for a symbol, code or word (`£` → GBP, `euros` → EUR); undefined when unknown.
 * @example currencyOf('€') // 'EUR'
 */
export function currencyOf(token: string): string | undefined {
  const t = token.toLowerCase().replace(/\s+/g, ' ').trim()
  return MONEY_LEXICON.symbols[t] ?? MONEY_LEXICON.codes[t] ?? MONEY_LEXICON.words[t]
}

/** Unit alternation for regexes: `million|millions|mil|mn|m|…`, longest first. */
export const MULT_ALT = altOf(Object.keys(MONEY_LEXICON.multipliers))
/** Currency word alternation: `pounds sterling|euros|…`. */
export const CURRENCY_WORD_ALT = altOf(Object.keys(MONEY_LEXICON.words))
