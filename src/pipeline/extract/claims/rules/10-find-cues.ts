/**
 * Pass 10: find cue phrases in each sentence. Cues are tried in lexicon order and an earlier
 * cue owns its span: "rejected the approach" is a bid_rejected, never also an approach.
 */
import type { Candidate, SentenceView } from '../candidate.ts'
import { CUES } from '../cues.ts'

/**
 * @example findCues(views).map(c => c.type) // ['bid_rejected', 'interest']
 */
export function findCues(views: SentenceView[]): Candidate[] {
  const out: Candidate[] = []
  for (const view of views) {
    const taken: [number, number][] = []
    for (const cue of CUES) {
      cue.re.lastIndex = 0
      for (const m of view.folded.matchAll(cue.re)) {
        const start = view.sentence.start + m.index
        const end = start + m[0].length
        if (m[0].length === 0 || taken.some(([a, b]) => start < b && end > a)) continue
        taken.push([start, end])
        if (cue.block) continue
        out.push(newCandidate(view, cue, start, end, cue.type, cue.stance ?? 'affirmed'))
        if (cue.also) out.push(newCandidate(view, cue, start, end, cue.also.type, cue.also.stance))
      }
    }
  }
  return out
}

function newCandidate(view: SentenceView, cue: Candidate['cue'], start: number, end: number, type: Candidate['type'], stance: Candidate['stance']): Candidate {
  return {
    view, cue, cueStart: start, cueEnd: end, type, stance, modality: 'reported', confidence: cue.confidence,
    why: [`“${view.folded.slice(start - view.sentence.start, end - view.sentence.start).trim()}” signals ${type.replace('_', ' ')} (${cue.id})`],
    fromClub: null, toClub: null, window: null, fee: null, attributedTo: [], historical: false,
  }
}
