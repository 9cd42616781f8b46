import { describe, expect, it } from 'vitest'
import { CUES } from './cues.ts'
import { revise, type Candidate } from './candidate.ts'
import { findCues } from './rules/10-find-cues.ts'
import { foldSentence } from './sentence-view.ts'

// revise(c, patch) must be `{ ...c, ...patch }`: same fields, same values, same order.
function someCandidate(): Candidate {
  const raw = 'Chelsea made a bid for him.'
  const [c] = findCues([{ index: 0, sentence: { start: 0, end: raw.length, block: 0 }, folded: foldSentence(raw), clauseStarts: [], headline: false, paragraph: 0 }])
  return c
}

describe('revise', () => {
  const c = someCandidate()
  const patches: Partial<Candidate>[] = [
    {}, { dropped: 'x' }, { player: 'A', fromClub: 'B', toClub: null, why: ['w'] }, { playerHint: undefined, counterpartHint: 'C' },
    { type: 'signed', stance: 'denied', modality: 'confirmed', confidence: 0.5, window: '2025-summer', historical: true, attributedTo: ['R'] },
    { cue: CUES[1], cueStart: 3, cueEnd: 9, fee: { amount: 1, currency: 'EUR' } as Candidate['fee'] },
  ]
  it.each(patches)('%j', (patch) => {
    const want = { ...c, ...patch }
    const got = revise(c, patch)
    expect(Object.keys(got)).toEqual(Object.keys(want))
    expect(got).toStrictEqual(want)
    expect(got).not.toBe(c)
  })
  it('copies every field of a candidate', () => {
    expect(Object.keys(revise(c, {}))).toEqual(Object.keys(c))
  })
})
