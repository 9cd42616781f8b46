/**
 * Pass 10: find cue phrases in each sentence. Cues are tried in lexicon order and an earlier
 * cue owns its span: "rejected the approach" is a bid_rejected, never also an approach.
 *
 * Speed (issue 8): a keyword prefilter. Every cue lists words one of which occurs in any text
 * it matches (`Cue.keywords`); the words of each sentence are looked up once in a
 * keyword → cues index, and a cue's pattern runs only on the sentences holding one of its
 * keywords. Most (cue, sentence) pairs never reach the regex engine.
 */
import type { Candidate, SentenceView } from '../candidate.ts'
import { CUES } from '../cues.ts'

/** Keyword → indices (in `CUES`) of the cues listing it. */
const BY_KEYWORD = new Map<string, number[]>()
/** Cues without keywords (never in the lexicon; kept safe): run on every sentence. */
const ALWAYS: number[] = []
CUES.forEach((cue, i) => {
  if (!cue.keywords?.length) ALWAYS.push(i)
  for (const k of cue.keywords ?? []) {
    const list = BY_KEYWORD.get(k)
    if (!list) BY_KEYWORD.set(k, [i])
    else if (list.at(-1) !== i) list.push(i)
  }
})

/**
 * @example findCues(views).map(c => c.type) // ['bid_rejected', 'interest']
 */
export function findCues(views: SentenceView[]): Candidate[] {
  if (!views.length) return []
  const wanted = cuesPerView(views)
  const taken = views.map((): [number, number][] => [])
  const found: { view: number; order: number; c: Candidate }[] = []
  for (let order = 0; order < CUES.length; order++) {
    const cue = CUES[order]
    for (let vi = 0; vi < views.length; vi++) {
      if (wanted[vi * CUES.length + order]) matchCue(views[vi], vi, cue, order, taken[vi], found)
    }
  }
  // Same order as a per-sentence scan: by sentence, then cue order, then position.
  found.sort((a, b) => a.view - b.view || a.order - b.order || a.c.cueStart - b.c.cueStart)
  return found.map((f) => f.c)
}

/** Runs one cue over one sentence; an earlier cue's span blocks overlapping matches. */
function matchCue(view: SentenceView, vi: number, cue: Candidate['cue'], order: number, taken: [number, number][], found: { view: number; order: number; c: Candidate }[]): void {
  const re = cue.re
  const folded = view.folded
  re.lastIndex = 0
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0].length === 0) { re.lastIndex++; continue }
    const start = view.sentence.start + m.index
    const end = start + m[0].length
    if (taken.some(([a, b]) => start < b && end > a)) continue
    taken.push([start, end])
    if (cue.block) continue
    found.push({ view: vi, order, c: newCandidate(view, cue, start, end, cue.type, cue.stance ?? 'affirmed') })
    if (cue.also) found.push({ view: vi, order, c: newCandidate(view, cue, start, end, cue.also.type, cue.also.stance) })
  }
}

/** Flags [view * CUES.length + cue]: the cue has a keyword among the sentence's words. */
function cuesPerView(views: SentenceView[]): Uint8Array {
  const n = CUES.length
  const wanted = new Uint8Array(views.length * n)
  views.forEach((v, vi) => {
    const base = vi * n
    for (const i of ALWAYS) wanted[base + i] = 1
    forEachWord(v.folded, (w) => {
      const cues = BY_KEYWORD.get(w)
      if (cues) for (const i of cues) wanted[base + i] = 1
    })
  })
  return wanted
}

/** Calls `f` with every run of `\w` characters ([A-Za-z0-9_], as the patterns' `\b` sees words). */
function forEachWord(s: string, f: (w: string) => void): void {
  let from = -1
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0
    const w = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
    if (w) { if (from < 0) from = i }
    else if (from >= 0) { f(s.slice(from, i)); from = -1 }
  }
}

function newCandidate(view: SentenceView, cue: Candidate['cue'], start: number, end: number, type: Candidate['type'], stance: Candidate['stance']): Candidate {
  return {
    view, cue, cueStart: start, cueEnd: end, type, stance, modality: 'reported', confidence: cue.confidence,
    why: [`“${view.folded.slice(start - view.sentence.start, end - view.sentence.start).trim()}” signals ${type.replace('_', ' ')} (${cue.id})`],
    fromClub: null, toClub: null, window: null, fee: null, attributedTo: [], historical: false,
  }
}
