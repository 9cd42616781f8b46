/**
 * Dev tool, not part of the suite: writes the pipeline's full output (date, blocks, sentences,
 * quotes, mentions, claims, contracts, discoveries) for the example corpus, the seeds (when
 * ../shared is present) and a generated corpus, one JSON line per article. Diffing two runs
 * shows whether a speed change altered any result:
 *   node --import tsx bench/snapshot-extract.ts /tmp/before.jsonl
 *   … change …
 *   node --import tsx bench/snapshot-extract.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 */
import { createWriteStream, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { readInputs } from '../src/pipeline/ingest/read-inputs.ts'
import type { RawArticle } from '../src/domain/types.ts'
import { toArticle } from '../src/storage/identity.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../src/pipeline/run.ts'
import { corpusOfSize } from './sections/common.ts'

const outPath = process.argv[2] ?? 'snapshot.jsonl'
const mb = Number(process.argv[3] ?? 3)
const raws: RawArticle[] = []
for (const dir of [resolve('examples/articles'), resolve('../shared/seeds')]) {
  if (!existsSync(dir)) continue
  for await (const item of readInputs([dir], { maxBytes: 2 ** 24 })) if (item.kind === 'article') raws.push(item.raw)
}
raws.push(...corpusOfSize(mb, 7).articles)
const kb = loadKnowledgeBase()
const out = createWriteStream(outPath)
for (const raw of raws) {
  const a = processArticle(toArticle(raw), { kb })
  out.write(JSON.stringify({ id: a.articleId, date: a.date, blocks: a.cleaned.blocks, text: a.cleaned.text, sentences: a.sentences, quotes: a.quotes, mentions: a.mentions, claims: a.claims, contracts: a.contracts, discovered: a.discovered }) + '\n')
}
out.end()
console.log(`${raws.length} articles → ${outPath}`)
