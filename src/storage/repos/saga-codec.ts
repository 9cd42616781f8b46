/**
 * The stored form of a saga's detail and likelihood history (migration 0210): one deflated
 * JSON document, `{ saga, history }`. Detail was half of a store's bytes as JSON (a 20,000-article
 * store: 275 MB of 654), and every rebuild rewrote it; deflated it is about a fifth.
 *
 * Left out, and restored exactly on read: a timeline entry's `carriers` when they are those of
 * the report it names (`reportId`), as `buildSagas` makes every entry; the key keeps its place
 * (with the number 0 in it), so a decoded saga prints like the stored one. Entries whose
 * carriers differ keep their own.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Carrier, LikelihoodPoint, Report, Saga, TimelineEntry } from '../../domain/saga.ts'

/** zlib level: the rows are rewritten at every rebuild, so speed counts more than the last percent. */
const LEVEL = 1
/** Stands for "the carriers of the entry's report" (carriers are always an array otherwise). */
const REPORT_CARRIERS = 0

/**
 * @example packSaga(saga, history) // Buffer, about a fifth of JSON.stringify(saga)
 */
export function packSaga(saga: Saga, history: readonly LikelihoodPoint[]): Buffer {
  const reports = reportsById(saga.reports)
  let timeline: unknown[] | undefined
  for (let i = 0; i < saga.timeline.length; i++) {
    const e = saga.timeline[i]
    if (!sameCarriers(e.carriers, reports.get(e.reportId)?.carriers)) continue
    timeline ??= saga.timeline.slice()
    timeline[i] = { ...e, carriers: REPORT_CARRIERS }
  }
  const doc = timeline ? { ...saga, timeline } : saga
  return deflateRawSync(JSON.stringify({ saga: doc, history }), { level: LEVEL })
}

/**
 * The saga and history a {@link packSaga} call stored.
 * @example const { saga, history } = unpackSaga(row.pack)
 */
export function unpackSaga(packed: Uint8Array): { saga: Saga; history: LikelihoodPoint[] } {
  const doc = JSON.parse(inflateRawSync(packed).toString('utf8')) as { saga: Saga; history: LikelihoodPoint[] }
  const reports = reportsById(doc.saga.reports)
  for (const e of doc.saga.timeline as (Omit<TimelineEntry, 'carriers'> & { carriers: Carrier[] | typeof REPORT_CARRIERS })[]) {
    if (e.carriers === REPORT_CARRIERS) e.carriers = reports.get(e.reportId)?.carriers ?? []
  }
  return doc
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
