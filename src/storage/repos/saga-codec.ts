/**
 * The stored form of a saga's detail and likelihood history (migration 0210): one deflated
 * JSON document, `{ saga, history }`. Detail was half of a store's bytes as JSON (a 20,000-article
 * store: 275 MB of 654), and every rebuild rewrote it; deflated it is about a fifth.
 *
 * Left out, and restored exactly on read: a timeline entry's `carriers` when they are those of
 * the report it names (`reportId`), as `buildSagas` makes every entry; the key keeps its place
 * (with the number 0 in it), so a decoded saga prints like the stored one. Entries whose
 * carriers differ keep their own.
 *
 * Also left out when the writer says so: `related`, the ids of the player's other sagas, when
 * they are exactly the other sagas stored under the same `player_slug` (as `buildSagas` makes
 * them and `replaceSagas` stores them, all of a player's sagas at once). The key keeps its place
 * with the number 0 in it, and the reader passes the sibling ids it read from the saga table.
 * A list kept in every saga grows with the square of a player's sagas (~15% of packed bytes).
 * Rows packed with their list (before this) still read as they were.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Carrier, LikelihoodPoint, Report, Saga, TimelineEntry } from '../../domain/saga.ts'
import type { SagaId } from '../../domain/types.ts'

/** zlib level: the rows are rewritten at every rebuild, so speed counts more than the last percent. */
const LEVEL = 1
/** Stands for "the carriers of the entry's report" (carriers are always an array otherwise). */
const REPORT_CARRIERS = 0
/** Stands for "the player's other stored sagas" (related is always an array otherwise). */
const SIBLINGS = 0

/**
 * `relatedIsSiblings`: the saga's `related` is exactly the ids of the other sagas that will be
 * stored under its player slug, in {@link bySagaId} order, so the reader can derive it.
 * @example packSaga(saga, history) // Buffer, about a fifth of JSON.stringify(saga)
 */
export function packSaga(saga: Saga, history: readonly LikelihoodPoint[], relatedIsSiblings = false): Buffer {
  const reports = reportsById(saga.reports)
  let timeline: unknown[] | undefined
  for (let i = 0; i < saga.timeline.length; i++) {
    const e = saga.timeline[i]
    if (!sameCarriers(e.carriers, reports.get(e.reportId)?.carriers)) continue
    timeline ??= saga.timeline.slice()
    timeline[i] = { ...e, carriers: REPORT_CARRIERS }
  }
  let doc: Record<string, unknown> = timeline ? { ...saga, timeline } : saga
  if (relatedIsSiblings && 'related' in doc) doc = { ...doc, related: SIBLINGS }
  return deflateRawSync(JSON.stringify({ saga: doc, history }), { level: LEVEL })
}

/**
 * The saga and history a {@link packSaga} call stored. `siblings`: the ids of every saga stored
 * under the same player slug (this one's included or not, in any order); used only when the
 * pack left `related` to be derived.
 * @example const { saga, history } = unpackSaga(row.pack, ['move:a:b', 'renewal:a:c'])
 */
export function unpackSaga(packed: Uint8Array, siblings: readonly string[]): { saga: Saga; history: LikelihoodPoint[] } {
  const doc = JSON.parse(inflateRawSync(packed).toString('utf8')) as { saga: Saga; history: LikelihoodPoint[] }
  const reports = reportsById(doc.saga.reports)
  for (const e of doc.saga.timeline as (Omit<TimelineEntry, 'carriers'> & { carriers: Carrier[] | typeof REPORT_CARRIERS })[]) {
    if (e.carriers === REPORT_CARRIERS) e.carriers = reports.get(e.reportId)?.carriers ?? []
  }
  // Assigned in place, so the key keeps the place it had when packed.
  if ((doc.saga.related as unknown) === SIBLINGS) doc.saga.related = siblingsOf(doc.saga.id, siblings)
  return doc
}

/**
 * The order `buildSagas` lists a player's sagas in: by id, comparing UTF-16 code units (as JS
 * `<` does; a database's collation may differ, so readers sort here).
 * @example ['renewal:a:b', 'move:a:c'].sort(bySagaId) // ['move:a:c', 'renewal:a:b']
 */
export function bySagaId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The `related` list derived from a player's stored saga ids: every other one, in order.
 * @example siblingsOf('move:a:c', ['renewal:a:b', 'move:a:c']) // ['renewal:a:b']
 */
export function siblingsOf(id: string, siblings: readonly string[]): SagaId[] {
  // Speed: a page reads many sagas of one player; the repo hands their ids over sorted once.
  const sorted = siblings.every((s, i) => i === 0 || bySagaId(siblings[i - 1], s) < 0) ? siblings : [...new Set(siblings)].sort(bySagaId)
  return sorted.filter((s) => s !== id) as SagaId[]
}

/** The first report of each id (pack and unpack agree on which one when ids repeat). */
function reportsById(reports: readonly Report[]): Map<string, Report> {
  const out = new Map<string, Report>()
  for (const r of reports) if (!out.has(r.id)) out.set(r.id, r)
  return out
}

/** Same array, or equal as JSON (a saga read back, or built elsewhere, shares no arrays). */
function sameCarriers(a: readonly Carrier[], b: readonly Carrier[] | undefined): boolean {
  if (b === undefined || !Array.isArray(a)) return false
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
