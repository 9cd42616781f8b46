/**
 * Folds claims that are one report carried by several articles (SPEC §2, §6). Call it on one
 * block (the claims of one saga): inside the block, candidates come from LSH buckets, identical
 * quotes and shared named sources, never from comparing every pair.
 *
 * Rules:
 * - `report/minhash@1`: same type and stance, estimated Jaccard of evidence 5-shingles ≥ 0.6,
 *   and no conflicting facts (two fees that differ, or two sentences with different numbers);
 * - `report/quote@1`: same type and stance, the same quoted passage (≥ 5 words);
 * - `report/near-wording@1`: the same facts (kind, clubs, window, fee, named source, numbers)
 *   within 3 days, and a Jaccard similarity of word pairs ≥ 0.5 (a reprint reworded by a few
 *   words; near-wording.ts);
 * - `report/same-article@1`: the same facts and numbers said twice in one article;
 * - `report/event@1`: the same facts and numbers, confirmed (a public statement) by two outlets
 *   within a day, whatever the wording (near-wording.ts, `sameEvent`);
 * - `report/named-source@1`: same type and stance, the same named original source, within
 *   3 days of the first claim of that run (reprints of one journalist's report);
 * - `report/origin@1`: the innermost named source of the longest attribution chain, otherwise
 *   the earliest carrier's outlet (ties by article id).
 */
import type { Carrier, Report, SagaClaim } from '../../domain/saga.ts'
import { compareClaims, compareDates, daysBetween } from './order.ts'
import { BandBuckets } from './band-buckets.ts'
import { LSH_BANDS, MINHASH_SIZE, quotedTextOf, sameSlotsNeeded, sketchEvidenceInto } from './shingles.ts'
import { sagaSlug } from './saga-key.ts'
import { digitsOf, factsConflict, foldByNearWording } from './near-wording.ts'

export const MIN_REPORT_JACCARD = 0.6
export const SOURCE_REPRINT_DAYS = 3
/** Extra days allowed when either claim's date is an estimate. */
export const ESTIMATE_SLACK_DAYS = 7
/** Leaders kept per LSH bucket: bounds the work when hundreds of reprints share a bucket. */
const MAX_BUCKET_LEADERS = 8
const ANONYMOUS = 'anonymous sources'
/** Equal sketch slots for an estimated Jaccard of at least MIN_REPORT_JACCARD. */
const SAME_SLOTS_NEEDED = sameSlotsNeeded(MINHASH_SIZE, MIN_REPORT_JACCARD)

export interface FoldedReport {
  report: Report
  /** The report's claims in canonical order; the first one is its representative. */
  claims: SagaClaim[]
}

/** Union-find over claim positions; the root of a set is its lowest position. */
export class UnionFind {
  private readonly parent: Int32Array
  constructor(n: number) {
    this.parent = new Int32Array(n)
    for (let i = 0; i < n; i++) this.parent[i] = i
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]]
      i = this.parent[i]
    }
    return i
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

/**
 * The named original source of an attribution chain: its innermost entry that is not
 * `anonymous sources`, or undefined for the article itself.
 * @example namedSourceOf(['Fabrizio Romano', 'CaughtOffside']) // 'Fabrizio Romano'
 */
export function namedSourceOf(chain: readonly string[]): string | undefined {
  for (const s of chain) {
    const name = s.trim()
    if (name && name.toLowerCase() !== ANONYMOUS) return name
  }
  return undefined
}

/**
 * The sketches of a block in one flat array (claim i's at `i * MINHASH_SIZE`), and which claims
 * have one. Speed: no typed array per claim.
 */
interface Sketches {
  slots: Uint32Array
  has: Uint8Array
}

/** Claim type and stance of each claim as a small number, and how many claims share each. */
function kindsOf(claims: readonly SagaClaim[]): { kind: Int32Array; count: number[] } {
  // Speed: nested maps, not a "type|stance" string per claim.
  const ids = new Map<string, Map<string, number>>()
  const kind = new Int32Array(claims.length)
  const count: number[] = []
  for (let i = 0; i < claims.length; i++) {
    const { type, stance } = claims[i]
    let byStance = ids.get(type)
    if (!byStance) ids.set(type, (byStance = new Map()))
    let k = byStance.get(stance)
    if (k === undefined) {
      byStance.set(stance, (k = count.length))
      count.push(0)
    }
    kind[i] = k
    count[k]++
  }
  return { kind, count }
}

/** True when sketch `i` has no shingle (every slot still at its maximum). */
function isEmptySketch(slots: Uint32Array, i: number): boolean {
  for (let r = i * MINHASH_SIZE; r < (i + 1) * MINHASH_SIZE; r++) if (slots[r] !== 0xffffffff) return false
  return true
}

/** Blocks up to this many claims reuse one pair of sketch arrays; larger ones get their own. */
const POOLED_CLAIMS = 4096
let sketchPool: Sketches = { slots: new Uint32Array(64 * MINHASH_SIZE), has: new Uint8Array(64) }

/**
 * Sketch arrays for a block of n claims, `has` cleared (slots are read only where written).
 * Speed: safe to share, as a block is folded synchronously, start to end, before the next.
 */
function sketchArrays(n: number): Sketches {
  if (n > POOLED_CLAIMS) return { slots: new Uint32Array(n * MINHASH_SIZE), has: new Uint8Array(n) }
  if (sketchPool.has.length < n) sketchPool = { slots: new Uint32Array(n * 2 * MINHASH_SIZE), has: new Uint8Array(n * 2) }
  sketchPool.has.fill(0, 0, n)
  return sketchPool
}

/**
 * Sketches of the claims that can meet another one. Speed: buckets never mix kinds, so a claim
 * alone of its kind in the block can meet no other claim and is not sketched at all (a third of
 * the claims of a typical player); a sentence carried again (a reprint) copies its sketch.
 */
function sketchesOf(claims: readonly SagaClaim[], kind: Int32Array, count: readonly number[]): Sketches {
  const { slots, has } = sketchArrays(claims.length)
  const bySentence = new Map<string, number>()
  for (let i = 0; i < claims.length; i++) {
    if (count[kind[i]] < 2) continue
    const sentence = claims[i].evidence.sentence
    const same = bySentence.get(sentence)
    if (same === undefined) {
      bySentence.set(sentence, i)
      sketchEvidenceInto(sentence, slots, i * MINHASH_SIZE)
      has[i] = isEmptySketch(slots, i) ? 0 : 1
    } else {
      slots.copyWithin(i * MINHASH_SIZE, same * MINHASH_SIZE, (same + 1) * MINHASH_SIZE)
      has[i] = has[same]
    }
  }
  return { slots, has }
}

/**
 * Unions claims whose evidence is a near duplicate (`report/minhash@1`): each claim meets the
 * leaders of its LSH buckets (type, stance, band values), never every other claim. Exported
 * for its equivalence test.
 */
export function foldBySimilarity(claims: readonly SagaClaim[], uf: UnionFind): void {
  const { kind, count } = kindsOf(claims)
  if (!count.some((n) => n > 1)) return
  const { slots, has } = sketchesOf(claims, kind, count)
  let sketched = 0
  for (let i = 0; i < claims.length; i++) sketched += has[i]
  // Speed: digits are read only for the pairs whose sketches are similar.
  const digits: (string | undefined)[] = new Array(claims.length)
  const digitsAt = (i: number) => (digits[i] ??= digitsOf(claims[i].evidence.sentence))
  const accept = (i: number, j: number) => !factsConflict(claims[i], claims[j], digitsAt(i), digitsAt(j))
  const buckets = new BandBuckets(slots, claims.length, sketched * LSH_BANDS, SAME_SLOTS_NEEDED, MAX_BUCKET_LEADERS, accept)
  for (let i = 0; i < claims.length; i++) {
    if (!has[i]) continue
    for (let band = 0; band < LSH_BANDS; band++) {
      const match = buckets.join(kind[i], band, i)
      if (match >= 0) uf.union(i, match)
    }
  }
}

function foldByQuote(claims: readonly SagaClaim[], uf: UnionFind): void {
  const first = new Map<string, number>()
  claims.forEach((c, i) => {
    const q = quotedTextOf(c.evidence.sentence)
    if (!q) return
    const k = `${c.type}|${c.stance}|${q}`
    const j = first.get(k)
    if (j === undefined) first.set(k, i)
    else uf.union(i, j)
  })
}

function foldByNamedSource(claims: SagaClaim[], uf: UnionFind): void {
  const anchor = new Map<string, number>()
  claims.forEach((c, i) => {
    const src = namedSourceOf(c.attributedTo)
    if (!src || c.date === null) return
    const k = `${c.type}|${c.stance}|${c.window ?? ''}|${sagaSlug(src)}`
    const j = anchor.get(k)
    // INFO: an estimated date is only good to a week or so (seeds 001 and 003 carry the same
    // Romano line five days apart, both undated), so estimates widen the reprint window.
    const slack = c.dateEstimated || (j !== undefined && claims[j].dateEstimated) ? ESTIMATE_SLACK_DAYS : 0
    if (j !== undefined && daysBetween(claims[j].date!, c.date) <= SOURCE_REPRINT_DAYS + slack) uf.union(i, j)
    else anchor.set(k, i)
  })
}

function toCarrier(c: SagaClaim): Carrier {
  const carrier: Carrier = { articleId: c.articleId, claimId: c.id, date: c.date, dateEstimated: c.dateEstimated }
  if (c.outlet !== undefined) carrier.outlet = c.outlet
  if (c.url !== undefined) carrier.url = c.url
  return carrier
}

function carriersOf(claims: SagaClaim[]): Carrier[] {
  if (claims.length === 1) return [toCarrier(claims[0])]
  const seen = new Set<string>()
  const out: Carrier[] = []
  for (const c of claims) {
    if (seen.has(c.articleId)) continue
    seen.add(c.articleId)
    out.push(toCarrier(c))
  }
  return out.sort((a, b) => compareDates(a.date, b.date) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0))
}

function originOf(claims: SagaClaim[], carriers: Carrier[]): Pick<Report, 'origin' | 'originRule'> {
  let best: { src: string; len: number } | undefined
  for (const c of claims) {
    const src = namedSourceOf(c.attributedTo)
    if (src && (!best || c.attributedTo.length > best.len)) best = { src, len: c.attributedTo.length }
  }
  if (best) return { origin: best.src, originRule: 'named-source' }
  const first = carriers[0]
  return { origin: first.outlet ?? `article ${first.articleId}`, originRule: 'earliest-carrier' }
}

function toReport(claims: SagaClaim[]): Report {
  const head = claims[0]
  const carriers = carriersOf(claims)
  const dated = carriers.find((c) => c.date !== null)
  return {
    id: `report:${head.articleId}:${head.evidence.start}:${head.type}:${head.stance}`,
    ...originOf(claims, carriers),
    firstDate: dated?.date ?? null,
    carriers,
  }
}

/**
 * Folds the claims of one block into reports, deterministic whatever the input order.
 * @example buildReports(threeReprintsOfOneQuote) // [{ report: { origin: 'Fabrizio Romano', carriers: [3 items] }, claims: [3 claims] }]
 */
export function buildReports(claims: readonly SagaClaim[]): FoldedReport[] {
  // Speed: a lone claim is its own report (most sagas have a few claims; their past, often none).
  if (claims.length <= 1) return claims.map((c) => ({ report: toReport([c]), claims: [c] }))
  const sorted = claims.slice().sort(compareClaims)
  const uf = new UnionFind(sorted.length)
  foldBySimilarity(sorted, uf)
  foldByQuote(sorted, uf)
  foldByNearWording(sorted, uf)
  foldByNamedSource(sorted, uf)
  // A set's root is its lowest position, so groups come out in order of their first claim.
  const groups: SagaClaim[][] = []
  const groupOf = new Int32Array(sorted.length)
  for (let i = 0; i < sorted.length; i++) {
    const root = uf.find(i)
    if (root === i) groupOf[i] = groups.push([sorted[i]]) - 1
    else groups[groupOf[root]].push(sorted[i])
  }
  return groups.map((g) => ({ report: toReport(g), claims: g }))
}
