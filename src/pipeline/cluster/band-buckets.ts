/**
 * LSH buckets of one block's sketches, in flat typed arrays. A bucket is (kind, band, the band's
 * values) and keeps up to `maxLeaders` claims in the order they joined; its first leader is the
 * claim that made it, and its sketch stands for the band's values.
 *
 * Speed: a block of n sketched claims makes up to 16n buckets, nearly all with a single leader;
 * an open-addressing table over typed arrays finds or makes each one without a Map entry, a
 * bucket object or a leaders array per bucket (which dominated report folding, GC included).
 */
import { LSH_BANDS, MINHASH_SIZE } from './shingles.ts'

const ROWS = MINHASH_SIZE / LSH_BANDS
const NONE = -1

export class BandBuckets {
  /** Open-addressing slots: bucket index + 1, or 0 when empty. */
  private readonly table: Int32Array
  private readonly mask: number
  /** Per bucket: kind × LSH_BANDS + band, its first leader entry, its last one, its leader count. */
  private readonly kindBand: Int32Array
  private readonly head: Int32Array
  private readonly tail: Int32Array
  private readonly count: Uint8Array
  /** Leader entries, chained per bucket in joining order: the claim, and the next entry. */
  private readonly entryClaim: Int32Array
  private readonly entryNext: Int32Array
  private buckets = 0
  private entries = 0

  /**
   * @param slots the block's sketches, claim i's at `i * MINHASH_SIZE`
   * @param capacity the most (claim, band) steps the block takes: sketched claims × LSH_BANDS
   */
  constructor(private readonly slots: Uint32Array, capacity: number, private readonly maxLeaders: number) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.table = new Int32Array(size)
    this.mask = size - 1
    this.kindBand = new Int32Array(capacity)
    this.head = new Int32Array(capacity)
    this.tail = new Int32Array(capacity)
    this.count = new Uint8Array(capacity)
    this.entryClaim = new Int32Array(capacity)
    this.entryNext = new Int32Array(capacity)
  }

  /**
   * One (claim, band) step: the first leader of claim i's bucket for `band` that `similar`
   * accepts, or -1, in which case claim i joins the bucket as a leader (when it has room) or
   * makes it.
   * @example buckets.join(kind, band, i, (j) => similarSketches(i, j))
   */
  join(kind: number, band: number, i: number, similar: (j: number) => boolean): number {
    const kb = kind * LSH_BANDS + band
    let pos = this.bandHash(kb, band, i) & this.mask
    for (let slot = this.table[pos]; slot !== 0; slot = this.table[pos]) {
      const b = slot - 1
      if (this.kindBand[b] === kb && this.sameBand(this.entryClaim[this.head[b]], i, band)) {
        for (let e = this.head[b]; e !== NONE; e = this.entryNext[e]) if (similar(this.entryClaim[e])) return this.entryClaim[e]
        if (this.count[b] < this.maxLeaders) this.addLeader(b, i)
        return NONE
      }
      pos = (pos + 1) & this.mask
    }
    const b = this.buckets++
    this.table[pos] = b + 1
    this.kindBand[b] = kb
    this.head[b] = NONE
    this.addLeader(b, i)
    return NONE
  }

  private addLeader(b: number, i: number): void {
    const e = this.entries++
    this.entryClaim[e] = i
    this.entryNext[e] = NONE
    if (this.head[b] === NONE) this.head[b] = e
    else this.entryNext[this.tail[b]] = e
    this.tail[b] = e
    this.count[b]++
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
