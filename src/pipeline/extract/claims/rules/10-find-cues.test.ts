import { describe, expect, it } from 'vitest'
import type { Candidate, SentenceView } from '../candidate.ts'
import { CUES } from '../cues.ts'
import { foldSentence } from '../sentence-view.ts'
import { findCues } from './10-find-cues.ts'

function view(raw: string): SentenceView {
  return { index: 0, sentence: { start: 0, end: raw.length, block: 0 }, folded: foldSentence(raw), clauseStarts: [], headline: false, paragraph: 0 }
}

/** Pass 10 without the keyword scan: a cue runs when one of its keywords is a `\w+` word of the sentence. */
function oracle(v: SentenceView): [string, number, number][] {
  const words = new Set(v.folded.match(/\w+/g) ?? [])
  const taken: [number, number][] = []
  const out: [string, number, number][] = []
  for (const cue of CUES) {
    if (!cue.keywords.some((k) => words.has(k))) continue
    for (const m of v.folded.matchAll(cue.re)) {
      if (!m[0].length) continue
      const [s, e] = [m.index, m.index + m[0].length]
      if (taken.some(([a, b]) => s < b && e > a)) continue
      taken.push([s, e])
      if (!cue.block) out.push([cue.id, s, e])
    }
  }
  return out
}

const found = (cs: Candidate[]) => [...new Map(cs.map((c) => [`${c.cue.id}|${c.cueStart}`, [c.cue.id, c.cueStart, c.cueEnd] as [string, number, number]])).values()]

describe('findCues keyword scan', () => {
  const sentences = [
    'Chelsea made a bid for him.',
    'bid', // keyword alone: at the start and the end
    'Rejected bid.',
    'They outbid everyone, bidding high: bid_ and bid2 are no words.', // keyword inside or before other word characters
    'BID ACCEPTED', // folded to lower case
    'Arsenal are interested in the café’s owner and his bid.', // non-ASCII letters end a word
    'Talks… “negotiations”—interest in him!',
    '', // empty
    '   ',
    'under consideration, keeping tabs on him, high on their list',
  ]
  it('finds cues in these sentences at all', () => {
    expect(sentences.flatMap((s) => oracle(view(s))).length).toBeGreaterThan(5)
  })
  for (const s of sentences) {
    it(`matches the unfiltered pass on “${s}”`, () => {
      const v = view(s)
      expect(found(findCues([v]))).toEqual(oracle(v))
    })
  }
})

describe('findCues keyword scan on random text', () => {
  it('matches the unfiltered pass on mixes of keywords, near misses and noise', async () => {
    const fc = (await import('fast-check')).default
    const keywords = [...new Set(CUES.flatMap((c) => c.keywords))]
    const piece = fc.oneof(
      fc.constantFrom(...keywords, ...keywords.map((k) => k.slice(1)), ...keywords.map((k) => `${k}s`), ...keywords.map((k) => k.toUpperCase())),
      fc.constantFrom(' ', ' ', ', ', '. ', '-', '_', '’', 'é', 'the ', 'a ', 'his ', 'to ', '£40m '),
      fc.string({ maxLength: 3 }),
    )
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const v = view(parts.join(''))
      expect(found(findCues([v]))).toEqual(oracle(v))
    }), { numRuns: 3000 })
  })
})
