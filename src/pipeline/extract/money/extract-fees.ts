/**
 * Fees, wages, release clauses and valuations in text (SPEC §4.4). Pass 1 (`scan-amounts.ts`)
 * finds raw amounts; this pass joins "X plus Y add-ons", reads the words around each amount to
 * type it, and adds free transfers (amount 0). Valuations and asking prices are recognised but
 * typed `valuation`, and release clauses `clause`, so the claim extractor can ignore them
 * (SPEC §5: valuations and asking prices are not claims).
 *
 * Hand-written on purpose: a handful of anchored regexes per sentence, no NLP library needed.
 */
import type { Fee } from '../../../domain/types.js'
import { altOf, MONEY_LEXICON } from './lexicon.js'
import { scanAmounts, type RawAmount } from './scan-amounts.js'

/** `difference`: a gap between two figures ("€10m more of the fee up front", "£25m below their valuation"), no fee. */
export type FeeKind = 'fee' | 'wage' | 'clause' | 'valuation' | 'difference'

/** A money mention: offsets into the text, the fee, and what kind of money it is. */
export interface FeeMention {
  start: number
  end: number
  fee: Fee
  kind: FeeKind
  rule: string
  confidence: number
}

/** Options: currency given to a free transfer when the span names none (gold: EUR). */
export interface FeeOptions {
  defaultCurrency?: string
}

const L = MONEY_LEXICON
const ADDON_JOIN = /^\s*(?:,\s*)?(?:plus|\+|and|with)\s+(?:a\s+further\s+|another\s+|up\s+to\s+|potentially\s+|an\s+extra\s+)?$/i
/** The add-on words after the second amount, past a converted figure in brackets: "£7.5m ($10.3m) in add-ons". */
const ADDON_TAIL = new RegExp(`^\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:in\\s+)?(?:${altOf(L.addOnWords)})\\b`, 'i')
const PLUS_SUFFIX = /^(?:-|\s)?plus\b(?!\s*(?:£|€|\$|\d|add|bonus|tax))/i
const WAGE_SUFFIX = new RegExp(`^(?:-|\\s)?(?:${altOf(L.wageCues)})\\b`, 'i')
const CLAUSE_SUFFIX = /^\s*(?:early[-\s])?(?:release|buy-?out|exit|termination|escape|relegation)[-\s]+(?:clause|fee)\b/i
const VALUE_SUFFIX = new RegExp(`^(?:${altOf(L.valuationAfter)})\\b`, 'i')
const CLAUSE_BEFORE = new RegExp(`(?:${altOf(L.clauseCues)})\\s+(?:of|is|set\\s+at|at|worth|stands\\s+at|valued\\s+at|[,:–-])?\\s*(?:around\\s+|about\\s+|just\\s+)?$`, 'i')
const VALUE_BEFORE = new RegExp(`\\b(?:${altOf(L.valuationBefore)})\\s+(?:at\\s+least\\s+|around\\s+|about\\s+|more\\s+than\\s+|over\\s+|in\\s+excess\\s+of\\s+|upwards\\s+of\\s+|in\\s+the\\s+region\\s+of\\s+|close\\s+to\\s+|closer\\s+to\\s+|nearer\\s+(?:to\\s+)?)?$`, 'i')
const WAGE_BEFORE = /\b(?:wages?\s+of|salary\s+of|earn(?:s|ing)?|pay(?:ing)?\s+him|pay\s+packet\s+of|a\s+wage\s+of)\s+(?:around\s+|about\s+|up\s+to\s+)?$/i
const APPROX_BEFORE = new RegExp(`\\b(${altOf(L.approxCues)})\\s+$`, 'i')
const UPTO_BEFORE = new RegExp(`\\b(${altOf(L.upToCues)})\\s+$`, 'i')
const FREE_RE = new RegExp(`\\b(${altOf(L.freeCues)})\\b(?![-\\s]+(?:kick|header|role|rein|hand))`, 'gi')

/** The text of the same sentence just before `at` (stops at . ! ? and at the span floor). */
function lookBehind(text: string, floor: number, at: number, n = 50): string {
  const s = text.slice(Math.max(floor, at - n), at)
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('! '), s.lastIndexOf('? '))
  return cut >= 0 ? s.slice(cut + 2) : s
}

/** Join "€60m plus €12m (in) add-ons|taxes" into one mention with addOns and a note. */
function joinAddOns(text: string, raws: RawAmount[], limit: number): { main: RawAmount; addOn?: RawAmount; end: number }[] {
  const out: { main: RawAmount; addOn?: RawAmount; end: number }[] = []
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i]
    const b = raws[i + 1]
    if (b && b.currency === a.currency && ADDON_JOIN.test(text.slice(a.end, b.start))) {
      const tail = ADDON_TAIL.exec(text.slice(b.end, Math.min(limit, b.end + 40)))
      const joined = /^\s*(?:,\s*)?plus\b/i.test(text.slice(a.end, b.start)) || tail
      if (joined) {
        const end = b.end + (tail ? tail[0].length : 0)
        out.push({ main: a, addOn: b, end })
        i++
        // A converted figure inside the joined span ("£6m ($8.1m) in add-ons") is that figure again.
        while (raws[i + 1] && raws[i + 1].start < end) i++
        continue
      }
    }
    out.push({ main: a, end: a.end })
  }
  return out
}

interface Typing {
  kind: FeeKind
  end: number
  note?: string
  confidence: number
}

/** Decide the kind from the words after and before the amount; suffixes extend the span. */
/** After an amount, the words that make it a gap between figures: "more", "short of", "below what". */
const DIFFERENCE_SUFFIX = /^\s*(?:more|less|extra|short(?:\s+of)?|shy\s+of|below|above|higher|lower|adrift)\b/i

/** The same figure in other currencies, in brackets right after it: " (£5.7m/$7.1m)", " ($50m)". */
const CONVERSION = /^\s*\((?=[^()]{0,40}[£€$\d])[^()]{1,40}\)/

function typeAmount(text: string, floor: number, limit: number, a: RawAmount, end: number): Typing {
  // "€6.8 million (£5.7m/$7.1m) per season": the words that type the amount stand after its conversion.
  const conv = text.charCodeAt(end) === 40 || text.charCodeAt(end + 1) === 40 ? CONVERSION.exec(text.slice(end, Math.min(limit, end + 45))) : null
  if (conv) end += conv[0].length
  const after = text.slice(end, Math.min(limit, end + 40))
  const before = lookBehind(text, floor, a.start)
  let m: RegExpExecArray | null
  if ((m = WAGE_SUFFIX.exec(after))) return { kind: 'wage', end: end + m[0].length, note: m[0].replace(/^[-\s]+/, ''), confidence: 0.85 }
  if ((m = CLAUSE_SUFFIX.exec(after))) return { kind: 'clause', end: end + m[0].length, note: m[0].trim(), confidence: 0.85 }
  if ((m = DIFFERENCE_SUFFIX.exec(after))) return { kind: 'difference', end: end + m[0].length, note: m[0].trim(), confidence: 0.75 }
  if ((m = VALUE_SUFFIX.exec(after))) return { kind: 'valuation', end: end + m[0].length, note: m[0].replace(/^[-\s]+/, ''), confidence: 0.8 }
  if (CLAUSE_BEFORE.test(before)) return { kind: 'clause', end, note: 'release clause', confidence: 0.8 }
  if (WAGE_BEFORE.test(before)) return { kind: 'wage', end, confidence: 0.75 }
  if (VALUE_BEFORE.test(before)) return { kind: 'valuation', end, note: 'valuation', confidence: 0.75 }
  if ((m = PLUS_SUFFIX.exec(after))) return { kind: 'fee', end: end + m[0].length, note: 'plus', confidence: 0.8 }
  return { kind: 'fee', end: conv ? end - conv[0].length : end, confidence: a.bare && a.amount < 100_000 ? 0.4 : 0.8 }
}

/** Notes from words before the amount: "in the region of" → approximately, "up to" → up to. */
function prefixNote(text: string, floor: number, at: number): string | undefined {
  const before = lookBehind(text, floor, at, 30)
  const up = UPTO_BEFORE.exec(before)
  if (up) return up[1].toLowerCase()
  const approx = APPROX_BEFORE.exec(before)
  return approx ? approx[1].toLowerCase().replace(/\s+/g, ' ') : undefined
}

function buildFee(text: string, floor: number, limit: number, g: { main: RawAmount; addOn?: RawAmount; end: number }): FeeMention {
  const t = typeAmount(text, floor, limit, g.main, g.end)
  const fee: Fee = { amount: g.main.amount, currency: g.main.currency }
  const notes = [prefixNote(text, floor, g.main.start), t.note]
  if (g.addOn) {
    fee.addOns = g.addOn.amount
    notes.push(text.slice(g.main.end, g.end).trim().replace(/^,\s*/, ''))
  }
  if (g.main.amount2 !== undefined) notes.push(`range up to ${g.main.amount2}`)
  const note = notes.filter(Boolean).join('; ')
  if (note) fee.note = note
  const rule = g.addOn ? 'money/fee-add-ons@1' : t.kind === 'fee' ? g.main.rule : `money/${t.kind}@1`
  return { start: g.main.start, end: Math.max(g.end, t.end), fee, kind: t.kind, rule, confidence: t.confidence }
}

function freeTransfers(text: string, s: number, e: number, currency: string): FeeMention[] {
  const out: FeeMention[] = []
  const slice = text.slice(s, e)
  FREE_RE.lastIndex = 0
  for (let m = FREE_RE.exec(slice); m; m = FREE_RE.exec(slice)) {
    const bosman = /bosman/i.test(m[1])
    const note = bosman ? 'Bosman/free transfer' : 'free transfer'
    const start = s + m.index
    out.push({ start, end: start + m[0].length, fee: { amount: 0, currency, note }, kind: 'fee', rule: 'money/free-transfer@1', confidence: bosman ? 0.85 : 0.8 })
  }
  return out
}

/**
 * Money mentions in `text[start, end)`: amounts in units (65_000_000), ISO currency codes, add-ons,
 * and a `kind` so that wages, release clauses and valuations can be told from fees. Free transfers
 * ("free transfer", "on a free", "Bosman") are fees of 0. Never throws; offsets are absolute.
 * @example
 * extractFees('Real offered €60m plus €12m in add-ons.')
 * // [{ start: 13, end: 38, kind: 'fee', fee: { amount: 60000000, currency: 'EUR', addOns: 12000000, note: 'plus €12m in add-ons' }, … }]
 */
export function extractFees(text: string, start = 0, end?: number, options: FeeOptions = {}): FeeMention[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const s = Number.isFinite(start) ? Math.min(Math.max(Math.trunc(start), 0), text.length) : 0
  const e = end !== undefined && Number.isFinite(end) ? Math.min(Math.max(Math.trunc(end), s), text.length) : text.length
  if (!/[£€$\d]|free|bosman/i.test(text.slice(s, e))) return []
  const raws = scanAmounts(text, s, e)
  const fees = joinAddOns(text, raws, e).map((g) => buildFee(text, s, e, g))
  // A converted figure inside a typed span ("€6.8m (£5.7m) per season") is that wage, clause or valuation again.
  for (let i = 1, outer = fees[0]; i < fees.length; i++) {
    if (outer.kind !== 'fee' && fees[i].kind === 'fee' && fees[i].start < outer.end) fees[i] = { ...fees[i], kind: outer.kind, rule: outer.rule, fee: { ...fees[i].fee, note: outer.fee.note } }
    else outer = fees[i]
  }
  const currency = options.defaultCurrency ?? fees[0]?.fee.currency ?? 'EUR'
  const all = [...fees, ...freeTransfers(text, s, e, currency)]
  return all.filter((m) => m.end <= e && m.start < m.end).sort((a, b) => a.start - b.start)
}
