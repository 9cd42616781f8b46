/**
 * Pass 30: normalise and assemble. Whitespace inside each block is collapsed; blocks are joined
 * by one blank line; block offsets are computed over the final text, so blocks tile it in order.
 */
import type { CleanedArticle } from '../../domain/types.ts'
import type { LabelledBlock } from './20-boilerplate.ts'
import { collapse } from './15-split-blocks.ts'

const SEPARATOR = '\n\n'

/**
 * Builds the cleaned article from labelled blocks.
 * @example toCleanedArticle([{ text: 'A', label: 'body', rule: 'clean/body@1' }]).text // 'A'
 */
export function toCleanedArticle(blocks: readonly LabelledBlock[]): CleanedArticle {
  return assemble(blocks, collapse)
}

/**
 * `toCleanedArticle` for blocks whose text is already collapsed, as `splitBlocks` makes it.
 * @example assembleCollapsed([{ text: 'A', label: 'body', rule: 'clean/body@1' }]).text // 'A'
 */
export function assembleCollapsed(blocks: readonly LabelledBlock[]): CleanedArticle {
  // Speed: skips re-checking every block's white space, already done line by line.
  return assemble(blocks, (text) => text)
}

function assemble(blocks: readonly LabelledBlock[], normalize: (text: string) => string): CleanedArticle {
  const parts: string[] = []
  const out: CleanedArticle['blocks'] = []
  let offset = 0
  for (const b of blocks) {
    const text = normalize(b.text)
    if (text === '') continue
    if (parts.length > 0) offset += SEPARATOR.length
    out.push({ start: offset, end: offset + text.length, label: b.label, rule: b.rule })
    parts.push(text)
    offset += text.length
  }
  return { text: parts.join(SEPARATOR), blocks: out }
}
