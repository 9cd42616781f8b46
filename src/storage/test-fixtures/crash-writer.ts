/**
 * Child process for crash.test.ts: `node --import tsx crash-writer.ts <db> <count>`.
 * Opens the SQLite store, prints `ready`, then stores synthetic articles up to count-1, each
 * in its own transaction, and prints `done <stored>`. Meant to be SIGKILLed at any moment.
 * It resumes a little before the stored count, so every run writes and re-puts a few
 * articles that are already there (they must come back 'unchanged').
 */
import { openSqliteStore } from '../open-store.ts'
import { syntheticArticle } from './synthetic.ts'

const [path, countArg] = process.argv.slice(2)
const count = Number(countArg)
const store = await openSqliteStore(path)
const start = Math.max(0, (await store.countArticles()) - 10)
process.stdout.write('ready\n')
for (let i = start; i < count; i++) await store.putArticle(syntheticArticle(i))
process.stdout.write(`done ${await store.countArticles()}\n`)
await store.close()
