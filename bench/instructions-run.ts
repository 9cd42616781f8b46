/**
 * The loop `bench/instructions.sh` counts: builds a generated corpus of MB megabytes (argv[2],
 * default 3), then, unless argv[3] is "skip", runs processArticle over it twice. The script runs it
 * once with "skip" and once without and reports the difference.
 */
import { toArticle } from '../src/storage/identity.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../src/pipeline/run.ts'
import { corpusOfSize } from './sections/common.ts'

const { articles: raws } = corpusOfSize(Number(process.argv[2] ?? 3), 2025)
const articles = raws.map((r) => toArticle(r))
const kb = loadKnowledgeBase()
if (process.argv[3] !== 'skip') for (let rep = 0; rep < 2; rep++) for (const a of articles) processArticle(a, { kb })
