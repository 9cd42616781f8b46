/** Pure dispatch from decoded content to the reader of its format. */
import type { InputFormat, Reject } from '../../domain/types.ts'
import { INPUT_MESSAGES } from '../../messages.ts'
import { parseFeed } from './parse-feed.ts'
import { parseHtml } from './parse-html.ts'
import { parseJsonl } from './parse-jsonl.ts'
import { invalidDateHeader, parseText } from './parse-text.ts'
import type { InputItem } from './types.ts'

/**
 * Parses decoded content of a known format into articles and rejects. Never throws.
 * @example parseInput('hello', 'text', 'a.txt')[0].kind // 'article'
 */
export function parseInput(content: string, format: InputFormat, source: string): InputItem[] {
  try {
    return dispatch(content, format, source)
  } catch (e) {
    // INFO: readers are written not to throw; this is the last guard so a batch never stops.
    return [toRejectItem({ source, stage: 'parse', reason: String((e as Error)?.message ?? e).split('\n')[0] })]
  }
}

function dispatch(content: string, format: InputFormat, source: string): InputItem[] {
  if (format === 'jsonl') {
    const items = parseJsonl(content, source)
    return items.length > 0 ? items : [toRejectItem({ source, stage: 'read', reason: INPUT_MESSAGES.empty })]
  }
  if (format === 'html') {
    const res = parseHtml(content, source)
    return [res ? { kind: 'article', raw: res.raw } : toRejectItem({ source, stage: 'parse', reason: INPUT_MESSAGES.htmlNoText })]
  }
  if (format === 'feed') return fromFeed(content, source)
  const badDate = invalidDateHeader(content)
  if (badDate) return [toRejectItem({ source, stage: 'parse', reason: INPUT_MESSAGES.textBadDate(badDate) })]
  const raw = parseText(content, source)
  return [raw ? { kind: 'article', raw } : toRejectItem({ source, stage: 'read', reason: INPUT_MESSAGES.empty })]
}

function fromFeed(content: string, source: string): InputItem[] {
  const { items, rejects } = parseFeed(content, source)
  const out: InputItem[] = rejects.map(toRejectItem)
  items.forEach((item, i) => {
    if (item.raw.text.trim() !== '') out.push({ kind: 'article', raw: item.raw })
    else out.push(toRejectItem({ source, stage: 'parse', reason: INPUT_MESSAGES.feedItemNoText(i + 1) }))
  })
  return out
}

/**
 * Wraps a Reject as an InputItem.
 * @example toRejectItem({ source: 'a', stage: 'read', reason: 'x' }).kind // 'reject'
 */
export function toRejectItem(reject: Reject): InputItem {
  return { kind: 'reject', reject }
}
