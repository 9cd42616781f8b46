/**
 * The one canonical order of claims and timeline entries: date (undated last), article id,
 * evidence start and end, then type, stance and store id, so every output is independent of
 * input order.
 */
import type { ArticleId, ClaimType, Stance } from '../../domain/types.ts'

export interface Orderable {
  date: string | null
  type: ClaimType
  stance: Stance
  evidence: { articleId: ArticleId; start: number; end: number }
  id?: number
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Compares two dates, undated last.
 * @example compareDates('2025-01-01', null) // -1
 */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return cmpStr(a, b)
}

/**
 * Canonical comparator: (date, article id, evidence start, evidence end, type, stance, id).
 * @example claims.slice().sort(compareClaims)
 */
export function compareClaims(a: Orderable, b: Orderable): number {
  return (
    compareDates(a.date, b.date) ||
    cmpStr(a.evidence.articleId, b.evidence.articleId) ||
    a.evidence.start - b.evidence.start ||
    a.evidence.end - b.evidence.end ||
    cmpStr(a.type, b.type) ||
    cmpStr(a.stance, b.stance) ||
    (a.id ?? 0) - (b.id ?? 0)
  )
}

/**
 * Whole days from `a` to `b` (YYYY-MM-DD).
 * @example daysBetween('2025-01-01', '2025-01-04') // 3
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayTime(b) - dayTime(a)) / 86_400_000)
}

/** Date.parse of a day at midnight UTC. Speed: a bounded memo (the same few dates recur in every block). */
function dayTime(d: string): number {
  let t = dayTimes.get(d)
  if (t === undefined) {
    if (dayTimes.size >= 10_000) dayTimes.clear()
    dayTimes.set(d, (t = Date.parse(`${d.slice(0, 10)}T00:00:00Z`)))
  }
  return t
}

const dayTimes = new Map<string, number>()
