/**
 * Pass 10: find cue phrases in each sentence. Cues are tried in lexicon order and an earlier
 * cue owns its span: "rejected the approach" is a bid_rejected, never also an approach.
 *
 * Speed (issue 8): a keyword prefilter. Every cue lists words one of which occurs in any text
 * it matches (`Cue.keywords`); the words of each sentence are looked up once in a
 * keyword → cues table, and a cue's pattern runs only on the sentences holding one of its
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
 * Speed: the keywords in an open-addressing table hashed by char codes. A sentence's words are
 * hashed while they are scanned and looked up once each, never sliced out; most words hit an
 * empty slot at once. Each keyword lists the cues it wants, flattened in KEYWORD_CUES.
 */
const HASH_SEED = 0x811c9dc5 | 0
const HASH_PRIME = 0x01000193
const KEYWORD_LIST = [...BY_KEYWORD.keys()]
const SLOTS = 1 << Math.ceil(Math.log2(KEYWORD_LIST.length * 4 + 1))
const SLOT_MASK = SLOTS - 1
/** Keyword index per slot, -1 when empty. */
const KEYWORD_SLOTS = new Int32Array(SLOTS).fill(-1)
/** The cues of keyword k are KEYWORD_CUES[CUES_FROM[k] .. CUES_FROM[k + 1]). */
const CUES_FROM = new Int32Array(KEYWORD_LIST.length + 1)
const KEYWORD_CUES = Int32Array.from([...BY_KEYWORD.values()].flat())
KEYWORD_LIST.forEach((k, i) => {
  CUES_FROM[i + 1] = CUES_FROM[i] + BY_KEYWORD.get(k)!.length
  let slot = hashWord(k, 0, k.length) & SLOT_MASK
  while (KEYWORD_SLOTS[slot] >= 0) slot = (slot + 1) & SLOT_MASK
  KEYWORD_SLOTS[slot] = i
})

/** FNV-1a over the char codes of `s[from, to)`: the hash markWanted takes along its scan. */
function hashWord(s: string, from: number, to: number): number {
  let h = HASH_SEED
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME)
  return h
}

/**
 * @example findCues(views).map(c => c.type) // ['bid_rejected', 'interest']
 */
export function findCues(views: SentenceView[], text?: string): Candidate[] {
  const found: Candidate[] = []
  const wanted = new Uint8Array(CUES.length)
  // Each sentence on its own: by sentence, then cue order, then position, as claims are ordered.
  for (const view of views) {
    wanted.fill(0)
    markWanted(view.folded, wanted)
    const taken: [number, number][] = []
    const asides = text === undefined ? [] : [...quotedAsides(text, view), ...commaAsides(view)]
    const skipped = asides.length ? blank(view.folded, asides, view.sentence.start) : undefined
    for (let order = 0; order < CUES.length; order++) {
      if (!wanted[order]) continue
      matchCue(view, CUES[order], taken, found, view.folded)
      if (skipped) matchCue(view, CUES[order], taken, found, skipped, asides)
    }
  }
  return found
}

/**
 * A short quoted aside between two words of a clause: 'Bologna turned down "without thinking" an
 * €8m offer', 'rejected ‘out of hand’ a bid'. Up to four words, opened after a space and closed
 * before one, with more words after it (a quote ending the sentence is speech, not an aside).
 */
const QUOTED_ASIDE = /(?<=\s)["“‘'](?=[^\s"“”‘’'])([^"“”‘’'\n]{1,40}?)(?<=[^\s"“”‘’'])["”’'](?=\s+[^\s.,;:!?])/g

/** Absolute [start, end) spans of the sentence's quoted asides (quote marks included), at most four words each. */
function quotedAsides(text: string, view: SentenceView): [number, number][] {
  const raw = text.slice(view.sentence.start, view.sentence.end)
  if (!/["“‘']/.test(raw)) return []
  const out: [number, number][] = []
  QUOTED_ASIDE.lastIndex = 0
  for (let m = QUOTED_ASIDE.exec(raw); m; m = QUOTED_ASIDE.exec(raw)) {
    if (m[1].trim().split(/\s+/).length <= 4) out.push([view.sentence.start + m.index, view.sentence.start + m.index + m[0].length])
  }
  return out
}

/**
 * A short aside set off by commas inside a clause: "is not, for now, for sale", "have, according to
 * sources, rejected". Up to three words, a word before its first comma and after its second, and no
 * conjunction opening it (", and", ", but" join clauses, they are no asides).
 */
const COMMA_ASIDE = /(?<=[a-z]),( (?!(?:and|but|or|while|who|which|whose|when|as|so|with|after|before|if|although|though|because|since|where|whereas)\b)[a-z'-]+(?: [a-z'-]+){0,2}),(?= [a-z])/g

/** Absolute [start, end) of the sentence's comma asides (both commas included). */
function commaAsides(view: SentenceView): [number, number][] {
  if (view.folded.indexOf(',') < 0) return []
  const out: [number, number][] = []
  COMMA_ASIDE.lastIndex = 0
  for (let m = COMMA_ASIDE.exec(view.folded); m; m = COMMA_ASIDE.exec(view.folded)) out.push([view.sentence.start + m.index, view.sentence.start + m.index + m[0].length])
  return out
}

/** `folded` with the asides turned to spaces (same length: cue patterns read a run of spaces as one). */
function blank(folded: string, asides: [number, number][], offset: number): string {
  let out = folded
  for (const [a, b] of asides) out = out.slice(0, a - offset) + ' '.repeat(b - a) + out.slice(b - offset)
  return out
}

/**
 * Runs one cue over one sentence; an earlier cue's span blocks overlapping matches. Over the text
 * with its quoted asides skipped (`asides` given), only matches that reach across an aside count:
 * the others were found over the sentence itself.
 */
function matchCue(view: SentenceView, cue: Candidate['cue'], taken: [number, number][], found: Candidate[], folded: string, asides?: [number, number][]): void {
  const re = cue.re
  re.lastIndex = 0
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0].length === 0) { re.lastIndex++; continue }
    const start = view.sentence.start + m.index
    const end = start + m[0].length
    if (asides && !asides.some(([a, b]) => start < a && b < end)) continue
    if (taken.some(([a, b]) => start < b && end > a)) continue
    taken.push([start, end])
    if (cue.block) continue
    const c = newCandidate(view, cue, start, end, cue.type, cue.stance ?? 'affirmed')
    if (asides) c.why = [...c.why, 'an aside inside the cue skipped']
    found.push(c)
    if (cue.also) found.push(newCandidate(view, cue, start, end, cue.also.type, cue.also.stance))
  }
}

/** Flags the cues having a keyword among the words (runs of `\w`: [A-Za-z0-9_], as the patterns' `\b` sees words) of `s`. */
function markWanted(s: string, wanted: Uint8Array): void {
  for (const i of ALWAYS) wanted[i] = 1
  const n = s.length
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i)
    if (!isWordChar(c)) continue
    // A word starts at i: hash it to its end, then look it up once.
    const from = i
    let h = HASH_SEED
    do {
      h = Math.imul(h ^ c, HASH_PRIME)
      c = ++i < n ? s.charCodeAt(i) : -1
    } while (isWordChar(c))
    for (let slot = h & SLOT_MASK, k = KEYWORD_SLOTS[slot]; k >= 0; slot = (slot + 1) & SLOT_MASK, k = KEYWORD_SLOTS[slot]) {
      if (!isKeywordAt(KEYWORD_LIST[k], s, from, i)) continue
      for (let q = CUES_FROM[k]; q < CUES_FROM[k + 1]; q++) wanted[KEYWORD_CUES[q]] = 1
      break
    }
    // s[i] is not a word character (or i = n): the loop's i++ steps over it.
  }
}

/** `s.slice(from, to) === word`, without the slice. */
function isKeywordAt(word: string, s: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== s.charCodeAt(from + k)) return false
  return true
}

/** `\w` as the patterns see it: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}

function newCandidate(view: SentenceView, cue: Candidate['cue'], start: number, end: number, type: Candidate['type'], stance: Candidate['stance']): Candidate {
  return {
    view, cue, cueStart: start, cueEnd: end, type, stance, modality: 'reported', confidence: cue.confidence,
    why: [`“${view.folded.slice(start - view.sentence.start, end - view.sentence.start).trim()}” signals ${type.replace('_', ' ')} (${cue.id})`],
    fromClub: null, toClub: null, window: null, fee: null, attributedTo: [], historical: false, background: false,
    // Speed: every optional field present from the start, so all candidates share one shape and
    // the passes' `revise(c, { … })` copies stay on V8's fast path.
    player: undefined, playerHint: undefined, counterpartHint: undefined, dropped: undefined,
  }
}
