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
import { openSqliteStore } from '../src/storage/open-store.ts'
import { writeStoreSnapshot } from './snapshot-store-lib.ts'

const [dbPath, outPath] = [process.argv[2], process.argv[3] ?? 'store.jsonl']
if (!dbPath) throw new Error('usage: snapshot-store.ts DB [OUT]')
const store = await openSqliteStore(dbPath)
const { sagas, analyses } = await writeStoreSnapshot(store, outPath)
await store.close()
console.error(`${sagas} sagas, ${analyses} analyses → ${outPath}`)
