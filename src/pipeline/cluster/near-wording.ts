/**
 * Reprints reworded by a few words (rule `report/near-wording@1`): "rejected" for "turned down",
 * a name with or without its accents, an opening clause added or dropped. Five-word shingles
 * (`report/minhash@1`) lose five of them to one changed word; word pairs lose two, so this rule
 * measures the Jaccard similarity of the sentences' word-pair sets, exactly.
 *
 * Looser wording needs stricter facts: two claims fold only when they share kind (type and
 * stance), player, clubs (a club read in one only does not conflict), window, fee, named source
 * and the numbers and ordinals of their sentences ("a second bid", "five years"), and were made
 * within a few days of each other (a different event on another date stays apart).
 *
 * Two claims with the same facts and numbers fold whatever their wording when they are one
 * article's (`report/same-article@1`) or one public event confirmed by two outlets within a day
 * (`report/event@1`, `sameEvent`).
 *
 * Speed: claims arrive in date order; each meets at most MAX_NEAR_CANDIDATES earlier claims of
 * its kind inside the date window, newest first, and looks at most MAX_NEAR_STEPS back, so the
 * work is linear in the block. Wordings are computed lazily, once per claim that meets another
 * one with the same facts.
 */
import type { SagaClaim } from '../../domain/saga.ts'
import { daysBetween } from './order.ts'
import { hash32, normaliseEvidence } from './shingles.ts'
import { sagaSlug } from './saga-key.ts'

/** Least Jaccard similarity of word-pair sets for two claims to be one report. */
export const MIN_NEAR_JACCARD = 0.5
/** Days apart two reworded carriers of one report may be. */
export const NEAR_REPRINT_DAYS = 3
/** Extra days allowed when either claim's date is an estimate. */
export const NEAR_ESTIMATE_SLACK_DAYS = 7
/** Earlier claims of its kind a claim meets at most. */
const MAX_NEAR_CANDIDATES = 16
/** Earlier claims of its kind a claim looks at at most, met or skipped (already one report, too far apart). */
const MAX_NEAR_STEPS = 96

/** Letters that Unicode decomposition leaves whole (Ødegaard, Łukasz, Đoković, Mæhle, Strauß). */
const LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' }
const LETTER_RE = /[øłđðþæœßı]/g

/** Number words and ordinals: a sentence that differs in one of them tells another fact or event. */
const COUNT_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred',
  'half', 'double', 'second', 'third', 'fourth', 'fifth', 'improved', 'revised',
])

/** "the two clubs", "both sides": the deal's parties counted, no fact of the event. */
const PARTIES = new Set(['clubs', 'sides', 'parties', 'teams'])

interface Wording {
  /** Sorted, distinct hashes of the sentence's word pairs (its one word when it has one). */
  pairs: Int32Array
  /** Digit runs, number words and ordinals of the sentence, sorted. */
  counts: string
  /** Number words and ordinals only ("second", "five"), sorted. */
  countWords: string
}

/**
 * Words of a sentence with case, accents, apostrophes and punctuation folded away.
 * @example wordsOf('Ødegaard’s “fresh” deal!') // ['odegaards', 'fresh', 'deal']
 */
export function wordsOf(sentence: string): string[] {
  const text = normaliseEvidence(sentence).replace(LETTER_RE, (c) => LETTERS[c])
  return text ? text.split(' ') : []
}

/**
 * Word-pair hashes and counted words of a sentence.
 * @example wordingOf('Chelsea turned down a second bid').counts // 'second'
 */
export function wordingOf(sentence: string): Wording {
  const words = wordsOf(sentence)
  // Speed: each word is hashed once; a pair's hash mixes its two words' hashes, no pair strings.
  const pairs = new Int32Array(words.length === 1 ? 1 : Math.max(words.length - 1, 0))
  let prev = 0
  const counts: string[] = []
  const countWords: string[] = []
  for (let w = 0; w < words.length; w++) {
    const word = words[w]
    const h = hash32(word)
    if (w > 0) pairs[w - 1] = Math.imul(prev ^ 0x5bd1e995, 0x9e3779b1) ^ h
    prev = h
    const c = word.charCodeAt(0)
    if (hasDigit(word)) for (const d of word.match(/\d+/g)!) counts.push(d.replace(/^0+(?=\d)/, ''))
    else if (c >= 97 && COUNT_WORDS.has(word) && !PARTIES.has(words[w + 1])) {
      counts.push(word)
      countWords.push(word)
    }
  }
  if (words.length === 1) pairs[0] = hash32(words[0])
  pairs.sort()
  let n = 0
  for (let i = 0; i < pairs.length; i++) if (i === 0 || pairs[i] !== pairs[i - 1]) pairs[n++] = pairs[i]
  return { pairs: pairs.subarray(0, n), counts: counts.sort().join(' '), countWords: countWords.sort().join(' ') }
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/**
 * Jaccard similarity of two sorted sets of distinct hashes.
 * @example pairJaccard(Int32Array.of(1, 2, 3), Int32Array.of(2, 3, 4)) // 0.5
 */
export function pairJaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  let i = 0
  let j = 0
  let same = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      same++
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return same / (a.length + b.length - same)
}

function namedSource(chain: readonly string[]): string {
  // Speed: most claims are the article's own (no chain) or name one source.
  if (chain.length === 0) return ''
  for (const s of chain) {
    const name = s.trim()
    if (name && name.toLowerCase() !== 'anonymous sources') return sagaSlug(name)
  }
  return ''
}

/** Names equal once case and accents are folded (Raúl Jiménez, Raul Jimenez). */
function sameName(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && sagaSlug(a) === sagaSlug(b))
}

/** Clubs equal as names, or one of them not read (the saga already names the counterpart). */
function sameClub(a: string | null, b: string | null): boolean {
  return a === null || b === null || sameName(a, b)
}

function sameFee(a: SagaClaim, b: SagaClaim): boolean {
  if (a.fee === null || b.fee === null) return a.fee === b.fee
  return a.fee.amount === b.fee.amount && a.fee.currency === b.fee.currency && (a.fee.addOns ?? 0) === (b.fee.addOns ?? 0)
}

/** The facts two reworded carriers of one report must share (all but the wording and the date). */
export function sameFacts(a: SagaClaim, b: SagaClaim): boolean {
  return (
    a.type === b.type &&
    a.stance === b.stance &&
    sameName(a.player, b.player) &&
    sameClub(a.fromClub, b.fromClub) &&
    sameClub(a.toClub, b.toClub) &&
    a.window === b.window &&
    a.historical === b.historical &&
    sameFee(a, b) &&
    namedSource(a.attributedTo) === namedSource(b.attributedTo)
  )
}

/** Days apart two carriers of one public event (`report/event@1`) may be. */
export const EVENT_DAYS = 1

/**
 * Whether two claims with the same facts are one report whatever their wording:
 * - `report/same-article@1`: one article saying it twice with the same modality ("The move has
 *   been called off. … The deal is off") is one report, not two;
 * - `report/event@1`: a public event stated as done by two outlets within a day ("Newcastle have
 *   confirmed that they put in a bid" / "… confirmed they have made a bid"): both confirmed, both
 *   naming the suitor, dated (no estimate): the statement they carry is the one origin. Two
 *   outlets each reporting it from their own sources ("reported") stay two reports: that is the
 *   independent corroboration SPEC §2 counts.
 * The caller has checked `sameFacts`; numbers and ordinals must agree too ("a second bid"), or,
 * when both state the one fee, the number words and ordinals ("£106.8m (€121m)" restates it).
 */
function sameEvent(a: SagaClaim, b: SagaClaim, apart: number): boolean {
  // The same modality too: folded, the report shows its first claim's, and "could sign" must not hide "has agreed".
  if (a.articleId === b.articleId) return a.modality === b.modality
  return (
    apart <= EVENT_DAYS &&
    a.modality === 'confirmed' &&
    b.modality === 'confirmed' &&
    !a.dateEstimated &&
    !b.dateEstimated &&
    a.toClub !== null &&
    b.toClub !== null
  )
}

/** The digit runs of a sentence, sorted ('€45m over 5 years' → '45 5'). */
export function digitsOf(sentence: string): string {
  const runs = sentence.match(/\d+/g)
  return runs ? runs.map((d) => d.replace(/^0+(?=\d)/, '')).sort().join(' ') : ''
}

/**
 * Whether two claims state different facts whatever their wording: two fees that differ, or
 * two sentences that both give numbers and not the same ones. Keeps `report/minhash@1` from
 * folding a long sentence reprinted with another fee.
 * @example factsConflict(bidOf('€50m'), bidOf('€60m')) // true
 */
export function factsConflict(a: SagaClaim, b: SagaClaim, digitsA: string, digitsB: string): boolean {
  if (a.fee !== null && b.fee !== null && !sameFee(a, b)) return true
  return digitsA !== '' && digitsB !== '' && digitsA !== digitsB
}


/** Union-find over claim positions, as `UnionFind` in reports.ts. */
export interface Unions {
  find(i: number): number
  union(a: number, b: number): void
}

/**
 * Unions dated claims that are one report in slightly different words (`report/near-wording@1`).
 * `claims` must be in canonical order (date first, undated last).
 * @example foldByNearWording(sorted, uf) // 'Chelsea rejected …' and 'Chelsea turned down …' share a set
 */
export function foldByNearWording(claims: readonly SagaClaim[], uf: Unions): void {
  const wording: (Wording | undefined)[] = new Array(claims.length)
  const wordingAt = (i: number): Wording => (wording[i] ??= wordingOf(claims[i].evidence.sentence))
  /** Per kind, the dated claims seen so far, in date order. */
  const seen = new Map<string, number[]>()
  /** Per claim, its day counted from the block's first date. Speed: one date parse per claim. */
  const day = new Int32Array(claims.length)
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]
    if (c.date === null) break
    day[i] = daysBetween(claims[0].date!, c.date)
    const kind = `${c.type}|${c.stance}`
    let earlier = seen.get(kind)
    if (!earlier) seen.set(kind, (earlier = []))
    let met = 0
    const stop = Math.max(0, earlier.length - MAX_NEAR_STEPS)
    for (let e = earlier.length - 1; e >= stop && met < MAX_NEAR_CANDIDATES; e--) {
      const j = earlier[e]
      const apart = day[i] - day[j]
      if (apart > NEAR_REPRINT_DAYS + NEAR_ESTIMATE_SLACK_DAYS) break // dates only go back from here
      if (apart > NEAR_REPRINT_DAYS && !c.dateEstimated && !claims[j].dateEstimated) continue
      if (uf.find(i) === uf.find(j)) continue
      met++
      if (!sameFacts(claims[j], c)) continue
      const a = wordingAt(j)
      const b = wordingAt(i)
      // One fee stated by both (sameFacts checked it) may come with other digits ("£106.8m (€121m)").
      const sameCounts = a.counts === b.counts || (c.fee !== null && a.countWords === b.countWords)
      if (sameEvent(claims[j], c, apart) && sameCounts) {
        uf.union(i, j)
        continue
      }
      // Speed: sets of very different sizes cannot reach the threshold; no merge needed.
      const small = Math.min(a.pairs.length, b.pairs.length)
      if (small < MIN_NEAR_JACCARD * Math.max(a.pairs.length, b.pairs.length) || a.counts !== b.counts) continue
      if (pairJaccard(a.pairs, b.pairs) >= MIN_NEAR_JACCARD) uf.union(i, j)
    }
    earlier.push(i)
  }
}
