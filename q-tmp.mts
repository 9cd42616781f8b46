import { readFileSync, readdirSync } from 'node:fs'
import { cleanArticle } from './src/pipeline/clean/index.ts'
import { splitSentences, findQuotes } from './src/pipeline/segment/index.ts'
const only = process.argv[2]
for (const f of readdirSync('/work/shared/seeds')) {
  if (only && !f.startsWith(only)) continue
  const raw = readFileSync('/work/shared/seeds/' + f, 'utf8')
  const c = cleanArticle(raw.replace(/^\s?date \S+ /, ''))
  const s = splitSentences(c)
  const q = findQuotes(c, s)
  console.log('==', f, s.length, 'sentences')
  if (process.env.S) for (const x of s) console.log('  S|', c.text.slice(x.start, x.end).slice(0, 120))
  for (const x of q) console.log('  Q|', c.text.slice(x.start, x.end).slice(0, 60).replace(/\n/g, '⏎'), '…', x.rule, '=>', x.speaker ? `${x.speaker.name} [${x.speaker.kind}] via=${x.speaker.via} ${x.speaker.rule} ${x.speaker.confidence}` : '-')
}
