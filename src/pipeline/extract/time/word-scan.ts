/**
 * Finding which of a fixed set of short ASCII words occur in a span, in one pass. The time and
 * contract scanners use it as their pre-filter: a rule runs only on spans holding one of its
 * words. Speed: one walk over the chars, looking up each pair of chars among the word openings,
 * instead of one `includes` (or one regex alternation) per word per span.
 */

interface Probe { codes: number[]; bits: number }

/** Words by their first two char codes (`c0 << 7 | c1`). */
export interface WordTable {
  byPair: (Probe[] | undefined)[]
  /** Speed: 1 where byPair has words. Most pairs open no word; this small table turns them away. */
  hasPair: Uint8Array
}

/** Builds the table; each word (2+ ASCII chars, lower case) carries the bits it sets. */
export function wordTable(words: Iterable<readonly [string, number]>): WordTable {
  const byPair: (Probe[] | undefined)[] = new Array(128 * 128)
  const hasPair = new Uint8Array(128 * 128)
  for (const [word, bits] of words) {
    const codes = Array.from({ length: word.length }, (_, k) => word.charCodeAt(k))
    if (codes.length < 2 || codes.some((c) => c >= 128 || (c >= 65 && c <= 90))) {
      throw new Error(`word scan: ${JSON.stringify(word)} must be 2+ lower-case ASCII characters`)
    }
    ;(byPair[(codes[0] << 7) | codes[1]] ??= []).push({ codes, bits })
    hasPair[(codes[0] << 7) | codes[1]] = 1
  }
  return { byPair, hasPair }
}

/** `A`–`Z` to lower case when `fold`; every other code unchanged (as `/i` without `u` compares). */
function at(s: string, i: number, fold: boolean): number {
  const c = s.charCodeAt(i)
  return fold && c >= 65 && c <= 90 ? c + 32 : c
}

/**
 * The OR of the bits of every word occurring in `s[start, end)`. With `foldAscii`, ASCII
 * letters match in either case (only those: the same as a regex with the `i` flag and no `u`).
 * @example scanWords(wordTable([['deal', 1], ['year', 2]]), 'A Deal', 0, 6, true) // 1
 */
export function scanWords(table: WordTable, s: string, start: number, end: number, foldAscii: boolean): number {
  const { byPair, hasPair } = table
  let found = 0
  let c1 = start < end ? at(s, start, foldAscii) : 0
  for (let i = start; i + 1 < end; i++) {
    const c0 = c1
    c1 = at(s, i + 1, foldAscii)
    if (c0 >= 128 || c1 >= 128 || hasPair[(c0 << 7) | c1] === 0) continue
    const probes = byPair[(c0 << 7) | c1]!
    for (let k = 0; k < probes.length; k++) {
      const p = probes[k]
      if ((found & p.bits) === p.bits) continue
      const codes = p.codes
      if (i + codes.length > end) continue
      let j = 2
      while (j < codes.length && at(s, i + j, foldAscii) === codes[j]) j++
      if (j === codes.length) found |= p.bits
    }
  }
  return found
}
