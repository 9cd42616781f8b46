/**
 * Small formatters and URL builders shared by the dashboard pages. Everything returned here is
 * plain text or a same-origin path; JSX escapes it on output.
 */
import type { DealKind } from '../domain/saga.ts'
import type { Stage } from '../domain/types.ts'

/** Human label of each stage (badges show text, never colour alone). */
export const STAGE_LABELS: Record<Stage, string> = {
  rumour: 'Rumour', interest: 'Interest', approach: 'Approach', talks: 'Talks', personal_terms: 'Personal terms',
  agreement: 'Agreement', medical: 'Medical', signed: 'Signed', collapsed: 'Collapsed', stays: 'Stays',
  extension_signed: 'Extension signed', negotiating: 'Negotiating',
}

/** Human label of each kind of deal (`saga/deal-kind@1`). */
export const DEAL_LABELS: Record<DealKind, string> = {
  loan: 'loan', 'loan-option': 'loan with an option to buy', 'loan-obligation': 'loan with an obligation to buy', permanent: 'permanent',
}

/**
 * A probability as a whole percentage, or an em dash when unknown.
 * @example pct(0.864) // '86%'
 */
export function pct(p: number | null | undefined): string {
  return p === null || p === undefined || Number.isNaN(p) ? '—' : `${Math.round(p * 100)}%`
}

/**
 * Words for a value that may be missing.
 * @example orDash(null) // '—'
 */
export function orDash(v: string | number | null | undefined): string {
  return v === null || v === undefined || v === '' ? '—' : String(v)
}

/**
 * Turns `snake_case` vocabulary into words.
 * @example words('bid_rejected') // 'bid rejected'
 */
export function words(s: string): string {
  return s.replace(/_/g, ' ')
}

/**
 * Returns the URL only when it is http(s): anything else (javascript:, data:) must be shown as
 * text, never used as a link (SPEC §14).
 * @example safeHref('javascript:alert(1)') // undefined
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined
  } catch {
    return undefined
  }
}

/** @example sagaHref('move:a:b') // '/sagas/move%3Aa%3Ab' */
export function sagaHref(id: string, query: Record<string, string | undefined> = {}): string {
  return `/sagas/${encodeURIComponent(id)}${toQuery(query)}`
}

/** Link to an article page, optionally to one evidence span (`#ev-<start>-<end>`). */
export function articleHref(id: string, evidence?: { start: number; end: number }): string {
  return `/articles/${encodeURIComponent(id)}${evidence ? `#${evidenceAnchor(evidence)}` : ''}`
}

/**
 * The anchor id of an evidence sentence on its article page. Keyed by offsets because the saga
 * knows a claim's evidence span, not its index in the article's analysis.
 * @example evidenceAnchor({ start: 3, end: 40 }) // 'ev-3-40'
 */
export function evidenceAnchor(e: { start: number; end: number }): string {
  return `ev-${e.start}-${e.end}`
}

/** @example playerHref('Trent Alexander-Arnold') // '/players/Trent%20Alexander-Arnold' */
export function playerHref(name: string): string {
  return `/players/${encodeURIComponent(name)}`
}

/** @example clubHref('Real Madrid') // '/clubs/Real%20Madrid' */
export function clubHref(name: string): string {
  return `/clubs/${encodeURIComponent(name)}`
}

/**
 * A query string from defined, non-empty values.
 * @example toQuery({ a: '1', b: undefined }) // '?a=1'
 */
export function toQuery(q: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v))
  const s = params.toString()
  return s ? `?${s}` : ''
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A day as `5 May 2025`.
 * @example longDate('2025-05-05') // '5 May 2025'
 */
export function longDate(day: string | null | undefined): string {
  if (!day) return 'undated'
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : day
}

/**
 * A month as `May 2025`, for chart axes.
 * @example monthLabel('2025-05-05') // 'May 2025'
 */
export function monthLabel(day: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(day)
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : day
}

/**
 * Days since 1970 of a `YYYY-MM-DD` day, for chart scales.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 86_400_000)
}

/**
 * A fee in words.
 * @example feeText({ amount: 8_000_000, currency: 'GBP' }) // '£8m'
 */
export function feeText(fee: { amount: number; currency: string } | null | undefined): string {
  if (!fee) return ''
  const sym: Record<string, string> = { EUR: '€', GBP: '£', USD: '$' }
  const m = fee.amount / 1_000_000
  const amount = m >= 1 ? `${Number(m.toFixed(1))}m` : String(fee.amount)
  return sym[fee.currency] ? `${sym[fee.currency]}${amount}` : `${amount} ${fee.currency}`
}
