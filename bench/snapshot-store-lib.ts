/**
 * A deterministic dump of what an ingest left in a store (bench/snapshot-store.ts, bench/pg-cpu.ts):
 * one JSON line per saga (detail, likelihood history, outcome, summary fields), by id, then one
 * per analysis, by article id; times of writing are left out.
 */
import { createWriteStream } from 'node:fs'
import type { Store } from '../src/storage/store.ts'

export interface SnapshotOptions {
  /**
   * Write each claim id a saga cites as `<article id>#<rank among its article's claims>`: claim
   * ids follow the order analyses were written in, which several workers do not fix.
   */
  claimRanks?: boolean
}

/** Writes the snapshot of `store` to `outPath`; returns how many sagas and analyses it holds. */
export async function writeStoreSnapshot(store: Store, outPath: string, opts: SnapshotOptions = {}): Promise<{ sagas: number; analyses: number }> {
  const out = createWriteStream(outPath)
  /** Waits for the stream to drain when its buffer is full: a large store never sits in memory. */
  const write = (line: string) => (out.write(line + '\n') ? undefined : new Promise<void>((r) => out.once('drain', () => r())))
  const PAGE = 1000
  const ranks = opts.claimRanks ? await claimRanks(store) : undefined
  const replacer = ranks ? (key: string, value: unknown) => (key === 'claimId' && typeof value === 'number' ? ranks.get(value) ?? `?${value}` : value) : undefined
  const summaries = []
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await store.listSagas({ limit: PAGE, offset })
    summaries.push(...items)
    if (items.length < PAGE) break
  }
  summaries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const s of summaries) {
    const stored = await store.getSaga(s.id)
    await write(JSON.stringify({ summary: s, ...stored }, replacer))
  }
  const ids = []
  for (let after: number | undefined; ;) {
    const page = await store.listArticles({ after, limit: PAGE })
    ids.push(...page.articles.map((a) => a.id))
    if (page.next === undefined) break
    after = page.next
  }
  ids.sort()
  for (const id of ids) await write(JSON.stringify({ article: id, analysis: await store.getAnalysis(id) ?? null }))
  await new Promise<void>((resolve) => out.end(resolve))
  return { sagas: summaries.length, analyses: ids.length }
}

/** Claim id → `<article id>#<rank>`, ranks counted in id order within each article. */
async function claimRanks(store: Store): Promise<Map<number, string>> {
  const out = new Map<number, string>()
  const seen = new Map<string, number>()
  for (let after: number | undefined; ;) {
    const page = await store.listClaims({ after, limit: 10_000 })
    for (const c of page) {
      const k = seen.get(c.articleId) ?? 0
      seen.set(c.articleId, k + 1)
      out.set(c.id, `${c.articleId}#${k}`)
    }
    if (page.length < 10_000) break
    after = page[page.length - 1].id
  }
  return out
}
