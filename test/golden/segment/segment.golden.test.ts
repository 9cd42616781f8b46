import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'vitest'
import { cleanArticle } from '../../../src/pipeline/clean/index.ts'
import { findQuotes, splitSentences } from '../../../src/pipeline/segment/index.ts'
import { checkGolden, listSlugs, readInput } from '../clean/golden.ts'

const DIR = dirname(fileURLToPath(import.meta.url))

describe('golden: segment', () => {
  it.each(listSlugs(DIR))('%s', (slug) => {
    const c = cleanArticle(readInput(DIR, slug))
    const sentences = splitSentences(c)
    const quotes = findQuotes(c, sentences)
    checkGolden(DIR, slug, {
      sentences: sentences.map((s) => c.text.slice(s.start, s.end)),
      quotes: quotes.map((q) => ({
        text: c.text.slice(q.start, q.end),
        rule: q.rule,
        speaker: q.speaker ? { name: q.speaker.name, kind: q.speaker.kind, via: q.speaker.via, rule: q.speaker.rule } : undefined,
      })),
    })
  })
})
