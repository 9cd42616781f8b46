/**
 * Pass 1 of fee extraction: find raw money amounts ("£65m", "€60million", "$100 million",
 * "70 million euros", "EUR 60m", "60m €", "£50-60m", "£200,000") with their currency.
 * No typing here: whether an amount is a fee, a wage or a clause is decided by pass 2.
 */
import { CURRENCY_WORD_ALT, currencyOf, MULT_ALT, multiplierOf } from './lexicon.js'

/** One raw amount. `amount2` is the top of a range ("£50-60m"). */
export interface RawAmount {
  start: number
  end: number
  amount: number
  amount2?: number
  currency: string
  /** True when no unit word followed the digits ("£200,000"). */
  bare: boolean
  rule: string
}

const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)'
const UNIT = `(${MULT_ALT})`
// A unit must not run into a word: "£5 more" is five pounds, not five million.
const UNIT_END = '(?![a-z])'

interface Pattern {
  rule: string
  re: RegExp
  /** Group indexes: currency, number, range top, unit. */
  groups: { cur: number; num: number; num2?: number; unit: number }
}

const PATTERNS: readonly Pattern[] = [
  {
    rule: 'money/symbol-amount@1',
    re: new RegExp(`(US\\$|£|€|\\$)\\s?${NUM}(?:\\s?(?:-|–|to)\\s?(?:US\\$|£|€|\\$)?${NUM})?(?:\\s?${UNIT}${UNIT_END})?`, 'gi'),
    groups: { cur: 1, num: 2, num2: 3, unit: 4 },
  },
  {
    rule: 'money/code-amount@1',
    re: new RegExp(`\\b(EUR|GBP|USD)\\s?${NUM}(?:\\s?${UNIT}${UNIT_END})?`, 'g'),
    groups: { cur: 1, num: 2, unit: 3 },
  },
  {
    rule: 'money/amount-currency-word@1',
    // "70 million euros", and the compound adjective "a 25-million-pound bid".
    re: new RegExp(`(?<![\\d.,£€$])${NUM}(?:\\s|-)?(?:${UNIT}(?:\\s|-)?)?(${CURRENCY_WORD_ALT}|EUR|GBP|USD|€)(?![a-z])`, 'gi'),
    groups: { num: 1, unit: 2, cur: 3 },
  },
]

function toNumber(digits: string | undefined): number | undefined {
  if (!digits) return undefined
  const n = Number(digits.replace(/,/g, ''))
  return Number.isFinite(n) ? n : undefined
}

function fromMatch(p: Pattern, m: RegExpExecArray, base: number): RawAmount | undefined {
  const currency = currencyOf(m[p.groups.cur] ?? '')
  const n = toNumber(m[p.groups.num])
  if (!currency || n === undefined) return undefined
  const unit = m[p.groups.unit]
  const mult = multiplierOf(unit)
  const n2 = p.groups.num2 ? toNumber(m[p.groups.num2]) : undefined
  const amount = Math.round(n * mult)
  if (!Number.isSafeInteger(amount)) return undefined
  const out: RawAmount = { start: base + m.index, end: base + m.index + m[0].length, amount, currency, bare: !unit, rule: p.rule }
  if (n2 !== undefined && n2 > n) out.amount2 = Math.round(n2 * mult)
  return out
}

/**
 * Raw amounts in `text[start, end)`, leftmost-longest, non-overlapping, offsets absolute.
 * @example scanAmounts('a £65m bid', 0, 10) // [{ start: 2, end: 6, amount: 65000000, currency: 'GBP', … }]
 */
export function scanAmounts(text: string, start: number, end: number): RawAmount[] {
  const slice = text.slice(start, end)
  const found: RawAmount[] = []
  for (const p of PATTERNS) {
    p.re.lastIndex = 0
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      const a = fromMatch(p, m, start)
      if (a) found.push(a)
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: RawAmount[] = []
  for (const a of found) if (!kept.length || a.start >= kept[kept.length - 1].end) kept.push(a)
  return kept
}
