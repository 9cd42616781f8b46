/**
 * Dev tool, not part of the suite: a deterministic dump of what an ingest run left in a SQLite
 * store, to show that a change to the run (its end, re-dating, rebuild chunks) altered no result.
 * One JSON line per saga (detail, likelihood history, outcome, summary fields), by id, then one
 * per analysis, by article id; times of writing are left out.
 *   PROFILE_DB=/tmp/before.db node --import tsx bench/profile-ingest.ts 20000 1
 *   node --import tsx bench/snapshot-store.ts /tmp/before.db /tmp/before.jsonl
 *   … change, same again with after …
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 * `bench/snapshot-sagas.ts` fingerprints saga building alone, without the store or re-dating.
 */
import { createWriteStream } from 'node:fs'
import { openSqliteStore } from '../src/storage/open-store.ts'

const [dbPath, outPath] = [process.argv[2], process.argv[3] ?? 'store.jsonl']
if (!dbPath) throw new Error('usage: snapshot-store.ts DB [OUT]')
const store = await openSqliteStore(dbPath)
const out = createWriteStream(outPath)
/** Waits for the stream to drain when its buffer is full: a large store never sits in memory. */
const write = (line: string) => (out.write(line + '\n') ? undefined : new Promise<void>((r) => out.once('drain', () => r())))

const PAGE = 1000
const summaries = []
for (let offset = 0; ; offset += PAGE) {
  const { items } = await store.listSagas({ limit: PAGE, offset })
  summaries.push(...items)
  if (items.length < PAGE) break
}
summaries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
for (const s of summaries) {
  const stored = await store.getSaga(s.id)
  await write(JSON.stringify({ summary: s, ...stored }))
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
out.end()
await store.close()
console.error(`${summaries.length} sagas, ${ids.length} analyses → ${outPath}`)
