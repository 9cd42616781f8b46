/**
 * Second look at undated articles (SPEC §4.5): once their sagas hold dated articles, their
 * date is estimated again from their own cues plus those dates (a "two months before the
 * January window" article needs a year from somewhere), and their claims are re-dated.
 */
import type { Analysis, Article } from '../domain/types.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { resolveDate } from '../pipeline/run.ts'
import { extractMany } from './analyse.ts'
import { extractInJobs, type ExtractPool } from './extract-pool.ts'
import type { Store } from '../storage/store.ts'
import { sagaSlug } from '../pipeline/cluster/saga-key.ts'

/**
 * Dates of each player's dated (not estimated) claims, by player slug. Pass the same map to successive calls
 * of one run: each player's claims are then read once, not once per undated article.
 */
export type KnownDates = Map<string, PackedDates>

/**
 * One player's distinct claim dates, packed. Memory: the map holds every player of a run's
 * undated articles until the run's end, so a date is kept as a day number (4 bytes) rather than
 * a string in an array (about 40 bytes); a string that is not a plain `YYYY-MM-DD` is kept as is,
 * so unpacking gives back exactly the strings read.
 */
export interface PackedDates {
  /** Days since 1970-01-01 of the plain `YYYY-MM-DD` dates, ascending. */
  days: Int32Array
  /** Every other string, verbatim. */
  other: string[]
}

const DAY_MS = 86_400_000
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The day number of a plain `YYYY-MM-DD` date that formats back to itself, else undefined. */
function dayOf(date: string): number | undefined {
  if (!PLAIN_DATE.test(date)) return undefined
  const ms = Date.parse(`${date}T00:00:00Z`)
  return Number.isFinite(ms) && dateOfDay(ms / DAY_MS) === date ? ms / DAY_MS : undefined
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * @example unpackDates(packDates(['2025-01-02', '2024-12-31'])) // ['2024-12-31', '2025-01-02']
 */
export function packDates(dates: Iterable<string>): PackedDates {
  const days = new Set<number>()
  const other = new Set<string>()
  for (const d of dates) {
    const day = dayOf(d)
    if (day === undefined) other.add(d)
    else days.add(day)
  }
  return { days: Int32Array.from(days).sort(), other: [...other] }
}

/** The distinct dates packed, plain dates ascending first. */
export function unpackDates(packed: PackedDates | undefined): string[] {
  if (!packed) return []
  const out: string[] = []
  for (const day of packed.days) out.push(dateOfDay(day))
  return packed.other.length ? out.concat(packed.other) : out
}

/**
 * Re-estimates the given undated articles; returns the players whose claims changed date.
 * @example await reestimateUndated(store, undatedArticles, kb) // ['Trent Alexander-Arnold']
 */
export async function reestimateUndated(store: Store, articles: Article[], kb: KnowledgeBase, known: KnownDates = new Map(), pool?: ExtractPool): Promise<string[]> {
  const touched = new Set<string>()
  const todo: { article: Article; before: Analysis; players: string[] }[] = []
  for (const article of articles) {
    if (article.published) continue
    const before = await store.getAnalysis(article.id)
    const players = [...new Set((before?.claims ?? []).filter((c) => !c.historical).map((c) => c.player))]
    if (before && players.length) todo.push({ article, before, players })
  }
  await loadKnownDates(store, [...new Set(todo.flatMap((t) => t.players))], known)
  const redo: { article: Article; dates: string[] }[] = []
  for (const { article, before, players } of todo) {
    const dates = movedDateAnchors(article, before, (slug) => unpackDates(known.get(slug)))
    if (!dates) continue
    redo.push({ article, dates })
    for (const p of players) touched.add(p)
  }
  if (!redo.length) return []
  const articlesToRedo = redo.map((r) => r.article)
  const dates = redo.map((r) => r.dates)
  const done = pool ? await extractInJobs(pool, articlesToRedo, dates) : extractMany(articlesToRedo, { kb }, dates)
  // An article the pipeline now fails on keeps its earlier analysis.
  const changed = done.filter((d): d is Analysis => !('error' in d))
  if (changed.length) await store.putAnalyses(changed)
  return [...touched]
}

/**
 * The dates an undated article is estimated again from, when they move its date: the dated claims'
 * dates of the players of its own (non-historical) claims, sorted; undefined when there are none or
 * the date stays. Pure: `mercato ingest` and `mercato eval` re-date with it alike.
 * @example movedDateAnchors(article, analysis, (slug) => datesBySlug.get(slug) ?? []) // ['2025-01-14']
 */
export function movedDateAnchors(article: Article, before: Analysis, datesOf: (playerSlug: string) => readonly string[]): string[] | undefined {
  // An undated article's own claims carry estimated dates, so they never anchor themselves.
  const players = new Set(before.claims.filter((c) => !c.historical).map((c) => sagaSlug(c.player)))
  const dates = [...new Set([...players].flatMap((p) => datesOf(p)))].sort()
  if (!dates.length) return undefined
  // Speed: the date alone first (the stored cleaned text is what processArticle would clean);
  // the whole article is processed again only when its date moves.
  return resolveDate(article, before.cleaned.text, dates).date === before.date.date ? undefined : dates
}

/** Reads the dated claim dates of the players not yet in `known`, in one query. */
async function loadKnownDates(store: Store, players: string[], known: KnownDates): Promise<void> {
  const missing = players.filter((p) => !known.has(sagaSlug(p)))
  if (!missing.length) return
  const byPlayer = new Map<string, Set<string>>(missing.map((p) => [sagaSlug(p), new Set()]))
  for (const { player, date } of await store.listClaimDates(missing)) if (date) byPlayer.get(sagaSlug(player))?.add(date)
  for (const [p, dates] of byPlayer) known.set(p, packDates(dates))
}
