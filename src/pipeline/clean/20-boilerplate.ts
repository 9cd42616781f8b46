/**
 * Pass 20: label blocks (SPEC §4.1). Nothing is dropped; each block gets a label and the id
 * of the rule that chose it. Rules run in order; the first that fires wins.
 */
import type { BlockLabel } from '../../domain/types.ts'
import {
  ADVERT, BYLINE_BY, BYLINE_POSSESSIVE, NEWSLETTER, PHOTO_AGENCIES, POLL, READ_MORE_OPENERS,
  RELATED_HEADING, SOCIAL_PROMPT,
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
const END_PUNCT = /[.,;:…]["”’)\]]*$/
const SHORT = 200

/** Rules keyed on cue words: they win over list context. */
const CUE_RULES: Rule[] = [
  { id: 'clean/advert@1', label: 'advert', test: (t) => t.length < 80 && ADVERT.some((r) => r.test(t)) },
  { id: 'clean/photo-credit@1', label: 'photo_credit', test: isPhotoCredit },
  { id: 'clean/photo-caption@1', label: 'photo_credit', test: isAgencyCaption },
  { id: 'clean/read-more@1', label: 'read_more', test: (t) => t.length < 300 && READ_MORE.test(t) },
  { id: 'clean/more-on@1', label: 'read_more', test: (t) => t.length < 120 && /^more (?:on|about) \p{Lu}/iu.test(t) && !END_PUNCT.test(t) },
  { id: 'clean/poll@1', label: 'poll', test: (t) => t.length < SHORT && POLL.some((r) => r.test(t)) },
  { id: 'clean/social-prompt@1', label: 'social_prompt', test: (t) => t.length < SHORT && SOCIAL_PROMPT.some((r) => r.test(t)) },
  { id: 'clean/newsletter@1', label: 'newsletter', test: (t) => t.length < 300 && NEWSLETTER.some((r) => r.test(t)) },
  { id: 'clean/related-heading@1', label: 'related_heading', test: (t) => t.length < 70 && RELATED_HEADING.some((r) => r.test(t)) },
]

/** Rules keyed on a block's shape: tried after list context. */
const SHAPE_RULES: Rule[] = [
  { id: 'clean/byline@1', label: 'byline', test: (t) => t.length < 100 && (BYLINE_BY.test(t) || BYLINE_POSSESSIVE.test(t)) },
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
  return out
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
  if (/^(?:[►▶→➡⮕]|\p{Extended_Pictographic})/u.test(text) && isHeadlineLine(text)) {
    return { text, label: 'related_headline', rule: 'clean/arrow-headline@1' }
  }
  for (const rule of SHAPE_RULES) if (rule.test(text)) return { text, label: rule.label, rule: rule.id }
  return { text, label: 'body', rule: 'clean/body@1' }
}

function isHeadlineLine(t: string): boolean {
  if (t.length > SHORT) return false
  return BULLET.test(t) || (!/[.…]["”’)]*$/.test(t) && /^[\p{Lu}\d“"‘']/u.test(t))
}

function isPhotoCredit(t: string): boolean {
  if (t.length > SHORT) return false
  return /^\(?\s*(?:photos?|pictures?|pics?|images?|credit|photograph)\s*(?:by\b|:|credits?\b|©)/i.test(t) || /^\(?©/.test(t)
}

/** A short caption naming an agency after a separator: "Salah celebrates (AFP via Getty Images)". */
function isAgencyCaption(t: string): boolean {
  if (t.length > SHORT || !AGENCY.test(t)) return false
  return new RegExp(`(?:[/|(©]|\\bvia|\\bcredit:?|\\bphoto:?)\\s*${AGENCY.source}`, 'i').test(t) || new RegExp(`${AGENCY.source}\\)?$`).test(t)
}

/** A short title-like line: no sentence punctuation at its end, one sentence at most. */
function isHeading(t: string): boolean {
  if (t.length > 120 || END_PUNCT.test(t) || t.endsWith('!')) return false
  if (!/^[\p{Lu}\d“"‘']/u.test(t)) return false
  const words = t.split(' ').length
  if (words > 16 || /[.!?]\s+\p{Lu}/u.test(t)) return false
  return !t.endsWith('?') || words <= 12
}
