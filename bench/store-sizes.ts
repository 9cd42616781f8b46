/**
 * Dev tool, not part of the suite: where a SQLite store's bytes go, per table and index (pages
 * in use, from SQLite's `dbstat` table) and per column of the big tables (sum of lengths), in
 * bytes per article. Opening the store migrates it, as any command would.
 *   PROFILE_DB=/tmp/a.db node --import tsx bench/profile-ingest.ts 20000 1
 *   node --import tsx bench/store-sizes.ts /tmp/a.db
 */
import { sql } from 'kysely'
import { openSqliteStore } from '../src/storage/open-store.ts'
import { sqlHandleOf } from '../src/storage/sql-store.ts'

const dbPath = process.argv[2]
if (!dbPath) throw new Error('usage: store-sizes.ts DB')
const store = await openSqliteStore(dbPath)
const db = sqlHandleOf(store)!.db
const n = await store.countArticles()
const perArticle = (bytes: number) => `${(bytes / Math.max(1, n)).toFixed(0).padStart(7)} B/article`
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1).padStart(8)} MB`

const { rows } = await sql<{ name: string; bytes: number; payload: number; unused: number }>`
  select name, sum(pgsize) as bytes, sum(payload) as payload, sum(unused) as unused from dbstat group by name order by bytes desc`.execute(db)
console.log(`${n} articles`)
let total = 0
for (const r of rows) {
  total += r.bytes
  if (r.bytes >= 100_000) console.log(`${r.name.padEnd(28)} ${mb(r.bytes)} ${perArticle(r.bytes)}   payload ${mb(r.payload)}, unused ${mb(r.unused)}`)
}
console.log(`${'all pages'.padEnd(28)} ${mb(total)} ${perArticle(total)}`)

for (const table of ['article', 'analysis', 'claim', 'saga']) {
  const cols = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name)
  const sums = cols.map((c) => sql`sum(coalesce(length(cast(${sql.ref(c)} as blob)), 0))`.as(c))
  const row = (await db.selectFrom(table as 'article').select(sums as never).executeTakeFirst()) as Record<string, number>
  console.log(`\n${table}: column bytes`)
  for (const c of cols.sort((a, b) => row[b] - row[a]).slice(0, 8)) console.log(`  ${c.padEnd(26)} ${mb(row[c])} ${perArticle(row[c])}`)
}
await store.close()
