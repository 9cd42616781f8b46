/**
 * A small trie over character codes, flattened into typed arrays. Speed: the claim passes use it
 * to look words and key strings up while walking a sentence once, without slicing substrings out
 * and hashing them.
 */
export class CharTrie {
  /** Class (column) of each UTF-16 code unit, -1 when no word uses it. */
  private readonly classes = new Int16Array(65536).fill(-1)
  private readonly width: number
  /** Child of node n by class k at n * width + k; 0 when none (the root is never a child). */
  private readonly table: Int32Array
  /** Indices of the words ending at each node. */
  private readonly ends: (number[] | undefined)[]

  /** The trie of `words`; word i is reported as i. */
  constructor(words: readonly string[]) {
    let width = 0
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i)
        if (this.classes[c] < 0) this.classes[c] = width++
      }
    }
    this.width = Math.max(width, 1)
    const children: Map<number, number>[] = [new Map()]
    const ends: (number[] | undefined)[] = [undefined]
    words.forEach((w, wi) => {
      let node = 0
      for (let i = 0; i < w.length; i++) {
        const k = this.classes[w.charCodeAt(i)]
        let next = children[node].get(k)
        if (next === undefined) {
          next = children.length
          children.push(new Map())
          ends.push(undefined)
          children[node].set(k, next)
        }
        node = next
      }
      ;(ends[node] ??= []).push(wi)
    })
    this.table = new Int32Array(children.length * this.width)
    children.forEach((m, n) => { for (const [k, child] of m) this.table[n * this.width + k] = child })
    this.ends = ends
  }

  /** The root: the node before any character is read. */
  static readonly ROOT = 0

  /** The node after reading character code `c` at `node`, or -1 when no word continues so. */
  step(node: number, c: number): number {
    const k = this.classes[c]
    if (k === undefined || k < 0) return -1
    const next = this.table[node * this.width + k]
    return next === 0 ? -1 : next
  }

  /** Indices of the words ending exactly at `node`. */
  wordsAt(node: number): number[] | undefined {
    return node < 0 ? undefined : this.ends[node]
  }
}
