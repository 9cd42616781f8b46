/**
 * Pass 20: label blocks (SPEC §4.1). Nothing is dropped; each block gets a label and the id
 * of the rule that chose it. Rules run in order; the first that fires wins.
 */
import type { BlockLabel } from '../../domain/types.ts'
import {
  ADVERT, ADVERT_OPENERS, BYLINE_BY, BYLINE_POSSESSIVE, NEWSLETTER, NEWSLETTER_OPENERS, NEWSLETTER_WORD,
  PHOTO_AGENCIES, POLL, POLL_ENDINGS, POLL_OPENERS, READ_MORE_OPENERS, RELATED_HEADING, RELATED_HEADING_OPENERS,
  SOCIAL_PROMPT, SOCIAL_PROMPT_OPENERS,
} from './lexicon.ts'

export interface LabelledBlock {
  text: string
  label: BlockLabel
  rule: string
}

interface Rule {
  id: string
  label: BlockLabel
  test: (text: string) => boolean
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const AGENCY = new RegExp(`(?:${PHOTO_AGENCIES.map(escape).join('|')})`)
const READ_MORE = new RegExp(`^(?:${READ_MORE_OPENERS.map(escape).join('|')})(?:\\s*[:–—|>»-]|$)`, 'i')
const BULLET = /^(?:[•·▪►▶→➡⮕>*]|[-–—](?=\s)|\p{Extended_Pictographic})/u
const AGENCY_AFTER_MARK = new RegExp(`(?:[/|(©]|\\bvia|\\bcredit:?|\\bphoto:?)\\s*${AGENCY.source}`, 'i')
const AGENCY_AT_END = new RegExp(`${AGENCY.source}\\)?$`)
/**
 * A wire story's dateline, "TURIN, July 4 (Reuters) - Juventus have …": the agency in brackets
 * after a short place (and date), then a dash and the story. The block is the lead, not a caption.
 */
const WIRE_DATELINE = new RegExp(`^[^()]{0,60}\\((?:${AGENCY.source}|AP|PA)\\)\\s*[-–—]\\s*\\S`)
const SHORT = 200
const READ_MORE_LETTERS = READ_MORE_OPENERS.map((w) => w[0].toLowerCase()).join('')

// Speed: every cue rule runs on every block, and nearly all fail. Most patterns are anchored at
// the start, so each is guarded by the letters it can start with (`mayOpenWith`), or by the last
// character for patterns anchored at the end. The guards only skip tests that could not match.

/** Rules keyed on cue words: they win over list context. */
const CUE_RULES: Rule[] = [
  { id: 'clean/advert@1', label: 'advert', test: (t) => t.length < 80 && mayOpenWith(t, ADVERT_OPENERS) && ADVERT.some((r) => r.test(t)) },
  { id: 'clean/photo-credit@1', label: 'photo_credit', test: isPhotoCredit },
  { id: 'clean/photo-caption@1', label: 'photo_credit', test: isAgencyCaption },
  { id: 'clean/read-more@1', label: 'read_more', test: (t) => t.length < 300 && mayOpenWith(t, READ_MORE_LETTERS) && READ_MORE.test(t) },
  { id: 'clean/more-on@1', label: 'read_more', test: (t) => t.length < 120 && mayOpenWith(t, 'm') && /^more (?:on|about) \p{Lu}/iu.test(t) && !endsWithPunct(t) },
  { id: 'clean/poll@1', label: 'poll', test: (t) => t.length < SHORT && (mayOpenWith(t, POLL_OPENERS) || mayEndWith(t, POLL_ENDINGS)) && POLL.some((r) => r.test(t)) },
  { id: 'clean/social-prompt@1', label: 'social_prompt', test: (t) => t.length < SHORT && mayOpenWith(t, SOCIAL_PROMPT_OPENERS) && SOCIAL_PROMPT.some((r) => r.test(t)) },
  { id: 'clean/newsletter@1', label: 'newsletter', test: (t) => t.length < 300 && (mayOpenWith(t, NEWSLETTER_OPENERS) || NEWSLETTER_WORD.test(t)) && NEWSLETTER.some((r) => r.test(t)) },
  { id: 'clean/related-heading@1', label: 'related_heading', test: (t) => t.length < 70 && mayOpenWith(t, RELATED_HEADING_OPENERS) && RELATED_HEADING.some((r) => r.test(t)) },
]

/**
 * False only when the first character is printable ASCII and, compared without case, none of
 * `openers`: then no pattern anchored at the start with one of those letters can match.
 * (Case-insensitive patterns match no other character for an ASCII letter, even with /iu,
 * except ſ and K, which are not ASCII and so always pass.)
 * @example mayOpenWith('Advertisement', 'asp') // true
 */
export function mayOpenWith(t: string, openers: string): boolean {
  const c = t.charCodeAt(0)
  if (!(c > 32 && c < 127)) return true
  return openers.includes(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c))
}

/** Same as `mayOpenWith`, for the last character (patterns anchored at the end). */
export function mayEndWith(t: string, closers: string): boolean {
  const c = t.charCodeAt(t.length - 1)
  if (!(c > 32 && c < 127)) return true
  return closers.includes(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c))
}

/** Rules keyed on a block's shape: tried after list context. */
const SHAPE_RULES: Rule[] = [
  { id: 'clean/move-entry@1', label: 'body', test: isMoveEntry },
  { id: 'clean/byline@1', label: 'byline', test: (t) => t.length < 100 && ((mayOpenWith(t, 'b') && BYLINE_BY.test(t)) || (mayEndWith(t, ':') && BYLINE_POSSESSIVE.test(t))) },
  { id: 'clean/heading@1', label: 'heading', test: isHeading },
]

/**
 * Labels blocks in order, using the previous label for related-headline lists.
 * @example labelBlocks(['(Photo by A B/Getty Images)', 'Real are close.'])[0].label // 'photo_credit'
 */
export function labelBlocks(blocks: readonly string[]): LabelledBlock[] {
  const out: LabelledBlock[] = []
  for (const text of blocks) {
    const prev = out.length > 0 ? out[out.length - 1].label : undefined
    out.push(labelBlock(text, prev))
  }
  return keyPoints(out)
}

/** Fewest title-like lines in a row that make a list of key points. */
const KEY_POINT_RUN = 3

/**
 * A live blog's key points: three or more title-like lines in a row, each a news sentence without
 * its full stop ("Manchester City seal £53m deal for Wolves midfielder Nunes", "Tottenham sign
 * Johnson from Forest"). They are the article's own reporting, not headings: body. The article's
 * title (the first block) stays a heading.
 */
function keyPoints(out: LabelledBlock[]): LabelledBlock[] {
  for (let i = 1; i < out.length; ) {
    // A run of unpunctuated news lines: title-like ones, and longer ones already read as body.
    let j = i
    while (j < out.length && isUnpunctuatedPoint(out[j])) j++
    if (j - i >= KEY_POINT_RUN) {
      for (let k = i; k < j; k++) if (out[k].label === 'heading') out[k] = { text: out[k].text, label: 'body', rule: 'clean/key-point@1' }
    }
    i = j > i ? j : i + 1
  }
  return out
}

function isUnpunctuatedPoint(b: LabelledBlock): boolean {
  return (b.rule === 'clean/heading@1' || b.label === 'body') && !endsWithPunct(b.text) && !/[!?]["”’)]*$/.test(b.text) && isKeyPoint(b.text)
}

/** A sentence-like title: six words or more, some of them lower-case, no question. */
function isKeyPoint(t: string): boolean {
  return countSpaces(t) >= 5 && !t.endsWith('?') && /\s\p{Ll}{3,}\s/u.test(t)
}

/**
 * Labels one block given the label of the block before it.
 * @example labelBlock('➡️ Salah agrees new deal', 'related_heading').label // 'related_headline'
 */
export function labelBlock(text: string, prev?: BlockLabel): LabelledBlock {
  for (const rule of CUE_RULES) if (rule.test(text)) return { text, label: rule.label, rule: rule.id }
  const inList = prev === 'related_heading' || prev === 'related_headline'
  if (inList && isHeadlineLine(text)) return { text, label: 'related_headline', rule: 'clean/related-headline@1' }
  // INFO: arrow and emoji bullets mark links to other stories even without a list heading.
  // (Arrows and pictographs are all outside ASCII.)
  if (!(text.charCodeAt(0) < 128) && /^(?:[►▶→➡⮕]|\p{Extended_Pictographic})/u.test(text) && isHeadlineLine(text)) {
    return { text, label: 'related_headline', rule: 'clean/arrow-headline@1' }
  }
  for (const rule of SHAPE_RULES) if (rule.test(text)) return { text, label: rule.label, rule: rule.id }
  return { text, label: 'body', rule: 'clean/body@1' }
}

const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
/** A list entry of a move: "Julio Soler (Lanus to Bournemouth)", "7. Alan Shearer – Blackburn to Newcastle", "Keira Walsh – Manchester City to Barcelona, 2022". */
const MOVE_ENTRY = new RegExp(String.raw`^(?:\d{1,3}[.)]\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?(?:\s+[–—-]\s+|\s*\()\p{Lu}[^()\n]{1,40}?\s+to\s+\p{Lu}[^()\n]{1,40}?(?:\)|,\s*[^()\n]{1,30})?\.?$`, 'u')
/** A dated entry of a timeline: "July 2012: Van Persie joins Manchester United from Arsenal", "2019: Griezmann moves to Barcelona". */
const DATED_ENTRY = new RegExp(String.raw`^(?:\d{1,3}[.)]\s+)?(?:${MONTH_WORD}\s+)?(?:19|20)\d\d:\s+\p{Lu}[^\n]{0,120}\b(?:joins?|signs?|moves?|completes?|seals?|leaves?|returns?)\b`, 'u')

/**
 * A line of a list of moves or a timeline of them (SHORT at most): the article's reporting, not a
 * heading, however unpunctuated.
 */
function isMoveEntry(t: string): boolean {
  if (t.length > SHORT) return false
  // Speed: a dated entry holds its year's colon.
  const dated = t.indexOf(':') > 0
  return t.indexOf(' to ') > 0 ? MOVE_ENTRY.test(t) || (dated && DATED_ENTRY.test(t)) : dated && DATED_ENTRY.test(t)
}

function isHeadlineLine(t: string): boolean {
  if (t.length > SHORT) return false
  return BULLET.test(t) || (!/[.…]["”’)]*$/.test(t) && /^[\p{Lu}\d“"‘']/u.test(t))
}

function isPhotoCredit(t: string): boolean {
  if (t.length > SHORT) return false
  if (!mayOpenWith(t, '(pic')) return false
  return /^\(?\s*(?:photos?|pictures?|pics?|images?|credit|photograph)\s*(?:by\b|:|credits?\b|©)/i.test(t) || /^\(?©/.test(t)
}

/** A short caption naming an agency after a separator: "Salah celebrates (AFP via Getty Images)". */
function isAgencyCaption(t: string): boolean {
  if (t.length > SHORT || !AGENCY.test(t)) return false
  return (AGENCY_AFTER_MARK.test(t) || AGENCY_AT_END.test(t)) && !WIRE_DATELINE.test(t)
}

/** Sentence punctuation, then a closing bracketed aside at the block's end. */
const TRAILING_SOURCE = /[.!?…]["”’]?\s*\([^()]*\)$/

/** A short title-like line: no sentence punctuation at its end, one sentence at most. */
function isHeading(t: string): boolean {
  if (t.length > 120 || endsWithPunct(t) || t.endsWith('!')) return false
  if (!/^[\p{Lu}\d“"‘']/u.test(t)) return false
  // A finished sentence followed by a bracketed credit is prose: "… from Norwich. (Source: Sky)".
  if (t.endsWith(')') && TRAILING_SOURCE.test(t)) return false
  const words = countSpaces(t) + 1
  if (words > 16 || /[.!?]\s+\p{Lu}/u.test(t)) return false
  return !t.endsWith('?') || words <= 12
}

/**
 * Sentence punctuation, then only closing quotes and brackets, at the end: `/[.,;:…]["”’)\]]*$/`.
 * @example endsWithPunct('He said: “No.”') // true
 */
export function endsWithPunct(t: string): boolean {
  // Speed: a `$`-anchored class is tried at every position; this reads the end only.
  let end = t.length
  while (end > 0 && isCloser(t.charCodeAt(end - 1))) end--
  const c = t.charCodeAt(end - 1)
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026
}

function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93
}

/** `t.split(' ').length - 1` without the array. */
function countSpaces(t: string): number {
  let n = 0
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) n++
  return n
}
