/**
 * Dev tool, not part of the suite: a deterministic fingerprint of saga building and scoring.
 * Generates a corpus (seed 1), extracts every article, turns the claims into the SagaClaim
 * records the store would hand to `buildSagas` (ids ascending in insertion order, article
 * outlet/url/title attached), groups them by player as `refreshSagas` does, then builds and
 * scores each player's sagas and writes one JSON line per saga row. Diffing two runs shows
 * whether a speed change altered any result:
 *   node --import tsx bench/snapshot-sagas.ts /tmp/before.jsonl [ARTICLES]
 *   … change …
 *   node --import tsx bench/snapshot-sagas.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 * Timings of buildSagas and scoreSagas (claims per second, all players and the largest ones)
 * go to stderr, by wall clock and by process CPU time (steadier on a busy machine). Set
 * SNAPSHOT_REPEAT=N to time N rounds and keep the fastest.
 *
 * Not included: the re-estimate of undated articles' dates (services/reestimate-dates.ts);
 * it reads and writes the store, so it is not a pure step to replay here.
 */
import { createWriteStream } from 'node:fs'
import type { Saga, SagaClaim } from '../src/domain/saga.ts'
import type { Article } from '../src/domain/types.ts'
import { sagaSlug } from '../src/pipeline/cluster/saga-key.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../src/pipeline/run.ts'
import { buildSagas } from '../src/pipeline/timeline/build-saga.ts'
import { scoreSagas } from '../src/services/refresh-sagas.ts'
import type { SagaRowInput } from '../src/storage/store.ts'
import { toArticle } from '../src/storage/identity.ts'
import { generateCorpus } from './generate-corpus.ts'

const outPath = process.argv[2] ?? 'sagas.jsonl'
const articles = Number(process.argv[3] ?? 4000)
const repeat = Math.max(1, Number(process.env.SNAPSHOT_REPEAT ?? 1))
/** Players with at least this many claims count as "large" in the timings. */
const LARGE = 500

/** A claim as `listSagaClaims` reads it back: the claim's fields, then its article's metadata. */
function toSagaClaim(id: number, article: Article, c: SagaClaim | Omit<SagaClaim, 'id' | 'articleId'>): SagaClaim {
  return {
    id, articleId: article.id, player: c.player, playerId: c.playerId, fromClub: c.fromClub, toClub: c.toClub, type: c.type,
    stance: c.stance, modality: c.modality, window: c.window, fee: c.fee, attributedTo: c.attributedTo,
    evidence: { articleId: article.id, start: c.evidence.start, end: c.evidence.end, sentence: c.evidence.sentence },
    rule: c.rule, confidence: c.confidence, why: c.why, historical: c.historical, headline: c.headline,
    date: c.date, dateEstimated: c.dateEstimated, flags: c.flags, outlet: article.outlet, url: article.url, title: article.title,
  }
}

const kb = loadKnowledgeBase()
const claims: SagaClaim[] = []
const seen = new Set<string>()
for (const raw of generateCorpus({ articles, seed: 1 })) {
  const article = toArticle(raw)
  // The store keeps one copy of an article; a repeat adds no claims.
  if (seen.has(article.id)) continue
  seen.add(article.id)
  for (const c of processArticle(article, { kb }).claims) claims.push(toSagaClaim(claims.length + 1, article, c))
}

// Group by player slug as refresh-sagas counts them; each group is one player's rebuild.
const groups = new Map<string, SagaClaim[]>()
for (const c of claims) {
  const slug = sagaSlug(c.player)
  const g = groups.get(slug)
  if (g) g.push(c)
  else groups.set(slug, [c])
}
const ordered = [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

interface Timing {
  build: number
  score: number
  claims: number
  largeBuild: number
  largeScore: number
  largeClaims: number
  /** Process CPU time, ms. */
  cpuBuild: number
  cpuScore: number
  cpuLargeBuild: number
  cpuLargeScore: number
}

/** Process CPU time (user + system, all threads), ms. */
function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

function round(): { rows: SagaRowInput[][]; t: Timing } {
  const t: Timing = { build: 0, score: 0, claims: 0, largeBuild: 0, largeScore: 0, largeClaims: 0, cpuBuild: 0, cpuScore: 0, cpuLargeBuild: 0, cpuLargeScore: 0 }
  const rows: SagaRowInput[][] = []
  for (const [, group] of ordered) {
    const [t0, c0] = [performance.now(), cpuMs()]
    const sagas: Saga[] = buildSagas(group)
    const [t1, c1] = [performance.now(), cpuMs()]
    rows.push(scoreSagas(sagas, kb))
    const [t2, c2] = [performance.now(), cpuMs()]
    t.build += t1 - t0
    t.score += t2 - t1
    t.cpuBuild += c1 - c0
    t.cpuScore += c2 - c1
    t.claims += group.length
    if (group.length >= LARGE) {
      t.largeBuild += t1 - t0
      t.largeScore += t2 - t1
      t.cpuLargeBuild += c1 - c0
      t.cpuLargeScore += c2 - c1
      t.largeClaims += group.length
    }
  }
  return { rows, t }
}

let best: Timing | undefined
let rows: SagaRowInput[][] = []
for (let i = 0; i < repeat; i++) {
  const r = round()
  rows = r.rows
  if (!best || r.t.cpuBuild + r.t.cpuScore < best.cpuBuild + best.cpuScore) best = r.t
}

const out = createWriteStream(outPath)
let sagaCount = 0
for (const group of rows) {
  for (const row of group) {
    out.write(JSON.stringify(row) + '\n')
    sagaCount++
  }
}
out.end()

const perSec = (n: number, ms: number) => (ms > 0 ? Math.round(n / (ms / 1000)) : 0)
const t = best!
const largest = Math.max(...ordered.map(([, g]) => g.length))
console.error(`${articles} articles, ${claims.length} claims, ${groups.size} players (largest ${largest} claims), ${sagaCount} sagas → ${outPath}`)
console.error(`buildSagas: ${t.build.toFixed(0)} ms, ${perSec(t.claims, t.build)} claims/s; scoreSagas: ${t.score.toFixed(0)} ms, ${perSec(t.claims, t.score)} claims/s`)
console.error(`players ≥ ${LARGE} claims (${t.largeClaims} claims): buildSagas ${perSec(t.largeClaims, t.largeBuild)} claims/s, scoreSagas ${perSec(t.largeClaims, t.largeScore)} claims/s`)
console.error(`by CPU time: buildSagas ${perSec(t.claims, t.cpuBuild)} claims/s, scoreSagas ${perSec(t.claims, t.cpuScore)} claims/s; players ≥ ${LARGE}: buildSagas ${perSec(t.largeClaims, t.cpuLargeBuild)} claims/s, scoreSagas ${perSec(t.largeClaims, t.cpuLargeScore)} claims/s`)
