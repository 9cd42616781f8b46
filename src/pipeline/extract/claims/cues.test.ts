/**
 * The cue keyword promise (issue 8): pass 10 runs a cue's pattern only on sentences holding one
 * of its `keywords`, so no pattern may ever match a text lacking all of them. Checked on every
 * match over the examples, the golden fixtures, the seeds and a slice of the bench corpus.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../../bench/generate-corpus.ts'
import { hasSeeds, PROJECT_ROOT, SEEDS_DIR } from '../../../test-support/seeds.ts'
import { CUES } from './cues.ts'
import { c } from './cues/shared.ts'
import { foldSentence } from './sentence-view.ts'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })
}

function corpusLines(): string[] {
  const dirs = [join(PROJECT_ROOT, 'examples/articles'), join(PROJECT_ROOT, 'test/golden'), ...(hasSeeds() ? [SEEDS_DIR] : [])]
  const texts = dirs.flatMap((d) => filesUnder(d)).map((f) => readFileSync(f, 'utf8'))
  for (const a of generateCorpus({ articles: 600, seed: 2025 })) texts.push(a.text)
  return texts.flatMap((t) => t.split('\n')).map(foldSentence)
}

/**
 * Words (`\w+` runs) overlapping [start, end) of `s`, or in the stretch of its clause before
 * `start` that a look-behind may read (back to the last sentence or clause punctuation, 80
 * characters at most): "(?<=internal talks )about" is looked up by "internal".
 */
function wordsAround(s: string, start: number, end: number): string[] {
  const stop = Math.max(s.slice(0, start).search(/[.;:!?][^.;:!?]*$/), start - 80, 0)
  return [...s.matchAll(/\w+/g)].filter((m) => m.index < end && m.index + m[0].length > stop).map((m) => m[0])
}

describe('claim cues', () => {
  it('every cue lists lower-case keywords', () => {
    for (const cue of CUES) {
      expect(cue.keywords.length, cue.id).toBeGreaterThan(0)
      for (const k of cue.keywords) expect(k, cue.id).toMatch(/^[a-z0-9_]+$/)
    }
  })

  it('cues speak of whole words, in their look-arounds too', () => {
    const stay = c('t/stay', 'stays', String.raw`(?<!(?:contract|deal) )\bto stay\b`, 1, { keywords: ['stay'] })
    expect('it is ideal to stay'.match(stay.re)?.[0]).toBe('to stay')
    expect('the deal to stay'.match(stay.re)).toBeNull()
    const snub = c('t/snub', 'rejected_move', String.raw`\bsnubbed\b(?! (?:a|an|her))`, 1, { keywords: ['snubbed'] })
    expect('he snubbed atalanta'.match(snub.re)).not.toBeNull()
    expect('he snubbed hertha'.match(snub.re)).not.toBeNull()
    expect('he snubbed a move'.match(snub.re)).toBeNull()
    const deal = c('t/deal', 'agreement', String.raw`deal`, 1, { keywords: ['deal'] })
    expect('an ideal dealer'.match(deal.re)).toBeNull()
    const fee = c('t/fee', 'bid', String.raw`[£€$][\d.,]+m bid`, 1, { keywords: ['bid'] })
    expect('a €30m bid'.match(fee.re)?.[0]).toBe('€30m bid')
  })

  it('no cue pattern matches a text without one of its keywords', () => {
    const lines = corpusLines()
    const misses: string[] = []
    let matches = 0
    for (const cue of CUES) {
      const keys = new Set(cue.keywords)
      for (const line of lines) {
        for (const m of line.matchAll(cue.re)) {
          if (!m[0].length) continue
          matches++
          if (!wordsAround(line, m.index, m.index + m[0].length).some((w) => keys.has(w))) misses.push(`${cue.id}: “${m[0]}”`)
        }
      }
    }
    expect(matches).toBeGreaterThan(1000)
    expect(misses).toEqual([])
  }, 60_000)
})
