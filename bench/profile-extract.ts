/** Ad-hoc: node --cpu-prof profile of processArticle over the generated corpus (not part of the suite). */
import { toArticle } from '../src/storage/identity.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../src/pipeline/run.ts'
import { corpusOfSize } from './sections/common.ts'

const mb = Number(process.argv[2] ?? 5)
const { articles: raws } = corpusOfSize(mb, 2025)
const articles = raws.map((r) => toArticle(r))
const kb = loadKnowledgeBase()
for (const a of articles.slice(0, 200)) processArticle(a, { kb })
const t0 = performance.now()
let claims = 0
for (const a of articles) claims += processArticle(a, { kb }).claims.length
const s = (performance.now() - t0) / 1000
const bytes = raws.reduce((n, r) => n + Buffer.byteLength(r.text), 0)
console.log(`${articles.length} articles, ${claims} claims, ${(bytes / 1e6 / s).toFixed(2)} MB/s`)
