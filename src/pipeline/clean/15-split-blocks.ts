/**
 * Pass 15: split into blocks. Paragraphs are separated by blank lines; inside a paragraph,
 * list lines and heading-like lines start their own block, and hard-wrapped lines are joined.
 */

const BULLET = /^(?:[•·▪►▶→➡⮕>*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\p{Extended_Pictographic})/u
const TERMINAL = /[.!?:;…"”’)\]]$/

/**
 * Splits decoded text into trimmed single-line blocks with whitespace runs collapsed.
 * @example splitBlocks('Title\n\nOne\ntwo.\n• a\n• b') // ['Title', 'One two.', '• a', '• b']
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = []
  for (const para of text.split(/\n[ \t]*\n/)) {
    let current = ''
    let prev = ''
    for (const rawLine of para.split('\n')) {
      const line = collapse(rawLine)
      if (line === '') continue
      if (current !== '' && startsNewBlock(prev, line)) {
        blocks.push(current)
        current = ''
      }
      current = current === '' ? line : `${current} ${line}`
      prev = line
    }
    if (current !== '') blocks.push(current)
  }
  return blocks
}

/** A line starts a new block after a finished line, and for list items. */
function startsNewBlock(prev: string, line: string): boolean {
  if (BULLET.test(line) || BULLET.test(prev)) return true
  if (TERMINAL.test(prev)) return true
  // A short capitalised line with no end punctuation over a capitalised line is a heading.
  return prev.split(' ').length <= 8 && /^\p{Lu}/u.test(prev) && /^[\p{Lu}“"‘']/u.test(line)
}

/**
 * Collapses whitespace runs to one space and trims.
 * @example collapse('  a \t b ') // 'a b'
 */
export function collapse(line: string): string {
  return line.replace(/\s+/g, ' ').trim()
}
