/**
 * Finds the next match of a global regex for searches that move left to right (sentence
 * terminators, quote marks). Speed: a native regex search finds the next hit faster than a
 * charCodeAt loop over every character, and a hit past the block being scanned is kept for the
 * next blocks, so no stretch of text is searched twice.
 */
export class NextMatch {
  private from = 0
  private found = -1

  /** `pattern` must have the `g` flag; it is used from `lastIndex`, so it must not be shared across concurrent scans. */
  constructor(private readonly text: string, private readonly pattern: RegExp) {}

  /**
   * Offset of the first match at or after `from` (the text length when none).
   * @example new NextMatch('a. b.', /[.]/g).next(2) // 4
   */
  next(from: number): number {
    if (from < this.from || from > this.found) {
      this.pattern.lastIndex = from
      this.found = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : this.text.length
      this.from = from
    }
    return this.found
  }
}
