/** Segmentation: sentences, quotes and speakers (SPEC §4.2). */
export { splitSentences } from './sentences.ts'
export { findQuotes, toSentencesWithQuotes, type FindQuotesOptions } from './quotes.ts'
export { findQuoteSpans, type QuoteSpan, type QuoteKind } from './quote-marks.ts'
