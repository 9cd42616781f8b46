/**
 * Cleaning (SPEC §4.1): ordered passes, each in its numbered file. The table of contents:
 * 10 decode → 15 split blocks → 20 label boilerplate → 30 normalise and assemble.
 */
import type { CleanedArticle } from '../../domain/types.ts'
import { decodeText } from './10-decode.ts'
import { splitBlocks } from './15-split-blocks.ts'
import { labelBlocks } from './20-boilerplate.ts'
import { assembleCollapsed } from './30-normalize.ts'

/**
 * Cleans raw article text into labelled blocks. Pure, idempotent on `text`, never throws.
 * @example cleanArticle('(Photo by A B/Getty Images)\n\nReal are close.').blocks.map((b) => b.label) // ['photo_credit', 'body']
 */
export function cleanArticle(rawText: string): CleanedArticle {
  const decoded = decodeText(typeof rawText === 'string' ? rawText : '')
  // splitBlocks collapses white space, so assembling need not again.
  return assembleCollapsed(labelBlocks(splitBlocks(decoded)))
}

export { decodeText } from './10-decode.ts'
export { splitBlocks } from './15-split-blocks.ts'
export { labelBlock, labelBlocks, type LabelledBlock } from './20-boilerplate.ts'
export { toCleanedArticle } from './30-normalize.ts'
