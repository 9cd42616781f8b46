/**
 * Pass 10: find cue phrases in each sentence. Cues are tried in lexicon order and an earlier
 * cue owns its span: "rejected the approach" is a bid_rejected, never also an approach.
 *
 * Speed: each cue's pattern runs once over the whole article (the claim-bearing sentences laid
 * out at their offsets, blanks between), not once per sentence; a match is then given to the
 * sentence it starts in and kept only if it ends there too. One regex call per cue per article
 * instead of one per cue per sentence.
 */
import type { Candidate, SentenceView } from '../candidate.ts'
import { CUES } from '../cues.ts'

/**
 * @example findCues(views).map(c => c.type) // ['bid_rejected', 'interest']
 */
export function findCues(views: SentenceView[]): Candidate[] {
  if (!views.length) return []
  const base = views[0].sentence.start
  const text = layOut(views, base)
  const taken = views.map((): [number, number][] => [])
  const found: { view: number; order: number; c: Candidate }[] = []
  CUES.forEach((cue, order) => {
    cue.re.lastIndex = 0
    for (const m of text.matchAll(cue.re)) {
      if (m[0].length === 0) continue
      const start = base + m.index
      const end = start + m[0].length
      const vi = viewAt(views, start)
      if (vi < 0 || end > views[vi].sentence.end) continue
      if (taken[vi].some(([a, b]) => start < b && end > a)) continue
      taken[vi].push([start, end])
      if (cue.block) continue
      const view = views[vi]
      found.push({ view: vi, order, c: newCandidate(view, cue, start, end, cue.type, cue.stance ?? 'affirmed') })
      if (cue.also) found.push({ view: vi, order, c: newCandidate(view, cue, start, end, cue.also.type, cue.also.stance) })
    }
  })
  // Same order as a per-sentence scan: by sentence, then cue order, then position.
  found.sort((a, b) => a.view - b.view || a.order - b.order || a.c.cueStart - b.c.cueStart)
  return found.map((f) => f.c)
}

/** The folded sentences at their offsets (relative to `base`), spaces elsewhere. */
function layOut(views: SentenceView[], base: number): string {
  let out = ''
  let at = base
  for (const v of views) {
    if (v.sentence.start > at) out += ' '.repeat(v.sentence.start - at)
    out += v.folded
    at = v.sentence.start + v.folded.length
  }
  return out
}

/** Index of the view whose sentence contains `at`, or -1 (views are sorted by start). */
function viewAt(views: SentenceView[], at: number): number {
  let lo = 0
  let hi = views.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = views[mid].sentence
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

function newCandidate(view: SentenceView, cue: Candidate['cue'], start: number, end: number, type: Candidate['type'], stance: Candidate['stance']): Candidate {
  return {
    view, cue, cueStart: start, cueEnd: end, type, stance, modality: 'reported', confidence: cue.confidence,
    why: [`“${view.folded.slice(start - view.sentence.start, end - view.sentence.start).trim()}” signals ${type.replace('_', ' ')} (${cue.id})`],
    fromClub: null, toClub: null, window: null, fee: null, attributedTo: [], historical: false,
  }
}
