/**
 * Pass 10: find cue phrases in each sentence. Cues are tried in lexicon order and an earlier
 * cue owns its span: "rejected the approach" is a bid_rejected, never also an approach.
 *
 * Speed (issue 8): a keyword prefilter. Every cue lists words one of which occurs in any text
 * it matches (`Cue.keywords`); the words of each sentence are looked up once in a
 * keyword → cues trie, and a cue's pattern runs only on the sentences holding one of its
 * keywords. Most (cue, sentence) pairs never reach the regex engine.
 */
import type { Candidate, SentenceView } from '../candidate.ts'
import { CharTrie } from '../char-trie.ts'
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
/** Speed: the sentence's words are walked through a trie of the keywords, never sliced out and hashed. */
const KEYWORDS = new CharTrie([...BY_KEYWORD.keys()])
/** Cues listing keyword i of `KEYWORDS`. */
const CUES_OF = [...BY_KEYWORD.values()]

/**
 * @example findCues(views).map(c => c.type) // ['bid_rejected', 'interest']
 */
export function findCues(views: SentenceView[]): Candidate[] {
  const found: Candidate[] = []
  const wanted = new Uint8Array(CUES.length)
  // Each sentence on its own: by sentence, then cue order, then position, as claims are ordered.
  for (const view of views) {
    wanted.fill(0)
    markWanted(view.folded, wanted)
    const taken: [number, number][] = []
    for (let order = 0; order < CUES.length; order++) {
      if (wanted[order]) matchCue(view, CUES[order], taken, found)
    }
  }
  return found
}

/** Runs one cue over one sentence; an earlier cue's span blocks overlapping matches. */
function matchCue(view: SentenceView, cue: Candidate['cue'], taken: [number, number][], found: Candidate[]): void {
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
    found.push(newCandidate(view, cue, start, end, cue.type, cue.stance ?? 'affirmed'))
    if (cue.also) found.push(newCandidate(view, cue, start, end, cue.also.type, cue.also.stance))
  }
}

/** Flags the cues having a keyword among the words (runs of `\w`: [A-Za-z0-9_], as the patterns' `\b` sees words) of `s`. */
function markWanted(s: string, wanted: Uint8Array): void {
  for (const i of ALWAYS) wanted[i] = 1
  const n = s.length
  for (let i = 0; i < n;) {
    if (!isWordChar(s.charCodeAt(i))) { i++; continue }
    // A word starts at i: walk it through the trie; once no keyword continues it, just skip to its end.
    let node = CharTrie.ROOT
    let j = i
    for (; j < n; j++) {
      const c = s.charCodeAt(j)
      if (!isWordChar(c)) break
      node = KEYWORDS.step(node, c)
      if (node < 0) { j++; while (j < n && isWordChar(s.charCodeAt(j))) j++; break }
    }
    const words = node < 0 ? undefined : KEYWORDS.wordsAt(node)
    if (words) for (const w of words) for (const k of CUES_OF[w]) wanted[k] = 1
    i = j + 1 // s[j] is not a word character (or j = n)
  }
}

/** `\w` as the patterns see it: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}

function newCandidate(view: SentenceView, cue: Candidate['cue'], start: number, end: number, type: Candidate['type'], stance: Candidate['stance']): Candidate {
  return {
    view, cue, cueStart: start, cueEnd: end, type, stance, modality: 'reported', confidence: cue.confidence,
    why: [`“${view.folded.slice(start - view.sentence.start, end - view.sentence.start).trim()}” signals ${type.replace('_', ' ')} (${cue.id})`],
    fromClub: null, toClub: null, window: null, fee: null, attributedTo: [], historical: false,
    // Speed: every optional field present from the start, so all candidates share one shape and
    // the passes' `{ ...c, … }` copies stay on V8's fast path.
    player: undefined, playerHint: undefined, counterpartHint: undefined, dropped: undefined,
  }
}
