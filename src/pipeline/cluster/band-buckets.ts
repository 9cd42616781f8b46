/**
 * LSH buckets of one block's sketches, in flat typed arrays. A bucket is (kind, band, the band's
 * values) and keeps up to `maxLeaders` claims in the order they joined; its first leader is the
 * claim that made it, and its sketch stands for the band's values.
 *
 * Speed: a block of n sketched claims makes up to 16n buckets, nearly all with a single leader;
 * an open-addressing table over typed arrays finds or makes each one without a Map entry, a
 * bucket object or a leaders array per bucket (which dominated report folding, GC included).
 * The arrays of small blocks are reused from one block to the next.
 */
import { hasSameSlots, LSH_BANDS, MINHASH_SIZE } from './shingles.ts'

const ROWS = MINHASH_SIZE / LSH_BANDS
const NONE = -1
/** Blocks up to this many (claim, band) steps reuse one set of arrays; larger ones get their own. */
const POOLED_STEPS = 1 << 16

interface Arrays {
  /** Open-addressing slots: bucket index + 1, or 0 when empty. */
  table: Int32Array
  /** Per bucket: kind × LSH_BANDS + band, its first leader entry, its last one, its leader count. */
  kindBand: Int32Array
  head: Int32Array
  tail: Int32Array
  count: Uint8Array
  /** Leader entries, chained per bucket in joining order: the claim, and the next entry. */
  entryClaim: Int32Array
  entryNext: Int32Array
  /** Per claim: the claim it was last compared for, and whether it was similar to that claim. */
  checkedFor: Int32Array
  similar: Uint8Array
}

function arraysFor(steps: number, claims: number): Arrays {
  let size = 16
  while (size < steps * 2) size *= 2
  return {
    table: new Int32Array(size), kindBand: new Int32Array(steps), head: new Int32Array(steps), tail: new Int32Array(steps),
    count: new Uint8Array(steps), entryClaim: new Int32Array(steps), entryNext: new Int32Array(steps),
    checkedFor: new Int32Array(claims), similar: new Uint8Array(claims),
  }
}

let pool: Arrays = arraysFor(1 << 10, 1 << 6)

/** Arrays for a block, cleared where they are read before being written. */
function arrays(steps: number, claims: number): { a: Arrays; tableSize: number } {
  let size = 16
  while (size < steps * 2) size *= 2
  if (steps > POOLED_STEPS || claims > POOLED_STEPS) return { a: arraysFor(steps, claims), tableSize: size }
  // Safe to share: a block is folded synchronously, start to end, before the next one begins.
  if (pool.kindBand.length < steps || pool.checkedFor.length < claims) pool = arraysFor(Math.max(steps, pool.kindBand.length), Math.max(claims, pool.checkedFor.length))
  pool.table.fill(0, 0, size)
  pool.checkedFor.fill(-1, 0, claims)
  return { a: pool, tableSize: size }
}

export class BandBuckets {
  private readonly a: Arrays
  private readonly mask: number
  private buckets = 0
  private entries = 0

  /**
   * @param slots the block's sketches, claim i's at `i * MINHASH_SIZE`
   * @param claims the number of claims in the block
   * @param steps the most (claim, band) steps the block takes: sketched claims × LSH_BANDS
   * @param need equal slots for two sketches to be similar (`sameSlotsNeeded`)
   * @param accept a further test two similar claims must pass (facts that do not conflict)
   */
  constructor(
    private readonly slots: Uint32Array,
    claims: number,
    steps: number,
    private readonly need: number,
    private readonly maxLeaders: number,
    private readonly accept: (i: number, j: number) => boolean = () => true,
  ) {
    const { a, tableSize } = arrays(steps, claims)
    this.a = a
    this.mask = tableSize - 1
  }

  /**
   * One (claim, band) step: the first leader of claim i's bucket for `band` whose sketch is
   * similar to claim i's, or -1, in which case claim i joins the bucket as a leader (when it
   * has room) or makes it.
   * @example buckets.join(kind, band, i) // 3: claim i reprints claim 3
   */
  join(kind: number, band: number, i: number): number {
    const { table, kindBand, head, count, entryClaim, entryNext } = this.a
    const kb = kind * LSH_BANDS + band
    let pos = this.bandHash(kb, band, i) & this.mask
    for (let slot = table[pos]; slot !== 0; slot = table[pos]) {
      const b = slot - 1
      if (kindBand[b] === kb && this.sameBand(entryClaim[head[b]], i, band)) {
        for (let e = head[b]; e !== NONE; e = entryNext[e]) if (this.isSimilar(i, entryClaim[e])) return entryClaim[e]
        if (count[b] < this.maxLeaders) this.addLeader(b, i)
        return NONE
      }
      pos = (pos + 1) & this.mask
    }
    const b = this.buckets++
    table[pos] = b + 1
    kindBand[b] = kb
    head[b] = NONE
    count[b] = 0
    this.addLeader(b, i)
    return NONE
  }

  /** Whether the sketches of claims i and j are similar. Speed: claim i meets the same leader in several of its buckets; compare the two sketches once. */
  private isSimilar(i: number, j: number): boolean {
    const { checkedFor, similar } = this.a
    if (checkedFor[j] !== i) {
      checkedFor[j] = i
      similar[j] = hasSameSlots(this.slots, i * MINHASH_SIZE, this.slots, j * MINHASH_SIZE, this.need) && this.accept(i, j) ? 1 : 0
    }
    return similar[j] === 1
  }

  private addLeader(b: number, i: number): void {
    const { head, tail, count, entryClaim, entryNext } = this.a
    const e = this.entries++
    entryClaim[e] = i
    entryNext[e] = NONE
    if (head[b] === NONE) head[b] = e
    else entryNext[tail[b]] = e
    tail[b] = e
    count[b]++
  }

  /** A hash of a band's kind, number and values; any hash would do, buckets compare the values. */
  private bandHash(kb: number, band: number, i: number): number {
    const at = i * MINHASH_SIZE + band * ROWS
    let h = Math.imul(kb + 1, 0x9e3779b1)
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ this.slots[at + r], 0x85ebca6b) ^ (h >>> 13)
    return h ^ (h >>> 16)
  }

  private sameBand(i: number, j: number, band: number): boolean {
    const a = i * MINHASH_SIZE + band * ROWS
    const b = j * MINHASH_SIZE + band * ROWS
    for (let r = 0; r < ROWS; r++) if (this.slots[a + r] !== this.slots[b + r]) return false
    return true
  }
}
