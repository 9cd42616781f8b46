/**
 * Quotes and their speakers (SPEC §4.2): quoted spans from the scanner, a speaker from the
 * rules in `speakers.ts`, and press-style continuation: a quote that follows an attributed
 * quote in the same or the next paragraph keeps that speaker.
 */
import type { CleanedArticle, Mention, Quote, Sentence, Speaker } from '../../domain/types.ts'
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts'
import { blockAt, createSpeakerContext, findSpeaker, type SpeakerContext } from './speakers.ts'

export interface FindQuotesOptions {
  /** Knowledge-base hook: true when a name is a known journalist. */
  isKnownJournalist?: (name: string) => boolean
  /**
   * The article's player and person mentions (resolved names), in text order: a quote closed by
   * "he said" with no speaker named near it is the subject of the sentence before.
   */
  people?: readonly Mention[]
}

/** Scare quotes shorter than this many words never inherit a speaker by continuation. */
const MIN_CONTINUATION_WORDS = 4

/** Right after a quote: a speech verb, or the statement or spokesman it comes from. */
const OWN_ATTRIBUTION = /^[\s,.:;!?'"’”-]{0,4}(?:said|says|added|adds|read|reads|stated|states|continued|explained|insisted|wrote|told|according to|(?:the|a|an) (?:club |official |joint )?(?:statement|spokesman|spokeswoman|spokesperson|source|insider))\b/i

/**
 * Finds quoted speech and its speaker. Pure; never throws.
 * @example findQuotes(cleaned, splitSentences(cleaned))[0].speaker?.name // 'Fabrizio Romano'
 */
export function findQuotes(cleaned: CleanedArticle, sentences: readonly Sentence[], opts: FindQuotesOptions = {}): Quote[] {
  if (cleaned.blocks.length === 0) return []
  const ctx = createSpeakerContext(cleaned, sentences, opts.isKnownJournalist, opts.people)
  const spans = findQuoteSpans(cleaned.text, cleaned.blocks)
  const quotes: Quote[] = []
  let prev: { span: QuoteSpan; speaker?: Speaker } | undefined
  for (const span of spans) {
    const speaker = findSpeaker(ctx, span) ?? continuedSpeaker(ctx, prev, span)
    const rule = `quote/${span.kind}${span.closed ? '' : '-unterminated'}@1`
    quotes.push(speaker ? { start: span.start, end: span.end, speaker, rule } : { start: span.start, end: span.end, rule })
    prev = { span, speaker }
  }
  return quotes
}

function continuedSpeaker(ctx: SpeakerContext, prev: { span: QuoteSpan; speaker?: Speaker } | undefined, span: QuoteSpan): Speaker | undefined {
  if (!prev?.speaker) return undefined
  if (span.kind === 'single' && ctx.text.slice(span.start, span.end).split(/\s+/).length < MIN_CONTINUATION_WORDS) return undefined
  const prevBlock = blockAt(ctx.blocks, prev.span.end - 1)
  const block = blockAt(ctx.blocks, span.start)
  const adjacent = block === prevBlock || (block === prevBlock + 1 && ctx.blocks[block].start === span.start)
  if (!adjacent) return undefined
  // '"…," said a statement on Chelsea's website': a quote with its own attribution, even one no
  // rule turns into a name, is not the previous speaker's.
  if (OWN_ATTRIBUTION.test(ctx.text.slice(span.end, span.end + 40))) return undefined
  return { ...prev.speaker, rule: 'speaker/continuation@1', confidence: Math.round(prev.speaker.confidence * 90) / 100 }
}

/**
 * Returns sentences with `quote` set to the quote that covers most of each sentence.
 * @example toSentencesWithQuotes(sentences, quotes).filter((s) => s.quote !== undefined)
 */
export function toSentencesWithQuotes(sentences: readonly Sentence[], quotes: readonly Quote[]): Sentence[] {
  let q = 0
  return sentences.map((s) => {
    while (q < quotes.length && quotes[q].end <= s.start) q++
    for (let k = q; k < quotes.length && quotes[k].start < s.end; k++) {
      const overlap = Math.min(s.end, quotes[k].end) - Math.max(s.start, quotes[k].start)
      if (overlap * 2 >= s.end - s.start) return { ...s, quote: k }
    }
    const { quote: _ignored, ...rest } = s
    return rest
  })
}
