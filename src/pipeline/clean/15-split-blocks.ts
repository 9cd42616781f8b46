/**
 * Pass 15: split into blocks. Paragraphs are separated by blank lines; inside a paragraph,
 * list lines and heading-like lines start their own block, and hard-wrapped lines are joined.
 */

const BULLET = /^(?:[•·▪►▶→➡⮕>*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\p{Extended_Pictographic})/u

/**
 * Splits decoded text into trimmed single-line blocks with whitespace runs collapsed.
 * @example splitBlocks('Title\n\nOne\ntwo.\n• a\n• b') // ['Title', 'One two.', '• a', '• b']
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = []
  let current = ''
  let prev = ''
  // Speed: one pass over the lines instead of splitting on /\n[ \t]*\n/ and then on '\n'. A
  // paragraph break is a line of only spaces and tabs with a line end on both sides (the lines
  // a split would consume; where two such lines follow each other, the extra break is a no-op).
  for (let from = 0; ;) {
    const nl = text.indexOf('\n', from)
    const to = nl < 0 ? text.length : nl
    if (from > 0 && nl >= 0 && isBlankLine(text, from, to)) {
      if (current !== '') blocks.push(current)
      current = ''
    } else {
      const line = collapse(text.slice(from, to))
      if (line !== '') {
        if (current !== '' && startsNewBlock(prev, line, blocks.length === 0 && current === prev)) {
          blocks.push(current)
          current = ''
        }
        current = current === '' ? line : `${current} ${line}`
        prev = line
      }
    }
    if (nl < 0) break
    from = nl + 1
  }
  if (current !== '') blocks.push(current)
  return blocks
}

/** Only spaces and tabs in text[from, to). */
function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  return true
}

/**
 * A line starts a new block after a finished line, and for list items. `first`: `prev` is the
 * text's first line, alone in its block so far.
 */
function startsNewBlock(prev: string, line: string, first: boolean): boolean {
  if (BULLET.test(line) || BULLET.test(prev)) return true
  if (isTerminal(prev.charCodeAt(prev.length - 1))) return true
  // A short capitalised line with no end punctuation over a capitalised line is a heading; so is
  // a longer one in title case ("Transfer News: Done Deals, Newcastle Agree Deal To Sign …"), and
  // the text's first line up to headline length unless it breaks off at a comma ("Barcelona want
  // to activate buy-back clause to sign AC Milan winger"): the title, not a hard-wrapped paragraph.
  if (!/^[\p{Lu}“"‘']/u.test(line) || !/^\p{Lu}/u.test(prev)) return false
  const spaces = countSpaces(prev)
  return spaces <= 7 || isTitleCase(prev) || (first && spaces <= 20 && prev.charCodeAt(prev.length - 1) !== 44)
}

/**
 * Most words of four or more letters capitalised: a headline, not a hard-wrapped line of prose
 * (which may open with a few names but soon runs into lower-case words).
 */
function isTitleCase(line: string): boolean {
  let long = 0
  let capital = 0
  for (const w of line.split(' ')) {
    const word = w.replace(/^[^\p{L}]+/u, '')
    if (word.length < 4) continue
    long++
    if (/^\p{Lu}/u.test(word)) capital++
  }
  return long >= 4 && capital >= 0.8 * long
}

/** The last code unit of a finished line: /[.!?:;…"”’)\]]$/. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93
}

function countSpaces(s: string): number {
  let n = 0
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++
  return n
}

/**
 * Collapses whitespace runs to one space and trims.
 * @example collapse('  a \t b ') // 'a b'
 */
export function collapse(line: string): string {
  // Speed: nearly every line is already collapsed; checking is far cheaper than replacing.
  return isCollapsed(line) ? line : line.replace(/\s+/g, ' ').trim()
}

/** White space other than a space, or two spaces in a row. */
const TO_COLLAPSE = /[^\S ]| {2}/

/** True when `collapse` would return `s` unchanged: no edge space, no space but lone ' '. */
export function isCollapsed(s: string): boolean {
  // Speed: one native regex scan beats a charCodeAt loop here.
  return s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !TO_COLLAPSE.test(s)
}
