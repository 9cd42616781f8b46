/**
 * HTML reader: main text through readability (on linkedom), falling back to the body text with
 * chrome removed; metadata from the head (SPEC §3). Malformed HTML degrades, never throws.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { RawArticle } from '../../domain/types.ts'
import { extractHtmlMeta } from './html-meta.ts'
import { nodeToText, wrapDocument, type TextNodeLike } from './html-to-text.ts'

/** Which step of the extraction chain produced the text. */
export type HtmlMethod = 'readability' | 'body-fallback'

export interface HtmlResult {
  raw: RawArticle
  method: HtmlMethod
}

const CHROME_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON'])
/** Readability output shorter than this is distrusted (it kept a caption, not the article). */
const MIN_READABLE_CHARS = 80

/**
 * Parses an HTML page into an article. Returns undefined when no readable text is found.
 * @example parseHtml('<html><body><p>Real are close.</p></body></html>', 'a.html')?.method // 'body-fallback'
 */
export function parseHtml(html: string, source: string): HtmlResult | undefined {
  if (typeof html !== 'string' || html.trim() === '') return undefined
  const doc = safeDocument(html)
  if (!doc) return undefined
  const meta = extractHtmlMeta(doc as never)
  const readable = extractReadable(html)
  const method: HtmlMethod = readable.length >= MIN_READABLE_CHARS ? 'readability' : 'body-fallback'
  const text = method === 'readability' ? readable : extractBodyText(doc)
  if (text.trim() === '') return undefined
  return { raw: { source, format: 'html', text, ...meta }, method }
}

function safeDocument(html: string): Document | undefined {
  try {
    return parseHTML(wrapDocument(html)).document as unknown as Document
  } catch {
    return undefined
  }
}

/** Runs readability on its own copy of the document (it mutates the DOM it reads). */
function extractReadable(html: string): string {
  try {
    const doc = parseHTML(wrapDocument(html)).document
    const result = new Readability(doc as never).parse()
    if (!result?.content) return ''
    const content = parseHTML(wrapDocument(result.content)).document.body
    return content ? nodeToText(content as unknown as TextNodeLike) : ''
  } catch {
    return ''
  }
}

function extractBodyText(doc: Document): string {
  try {
    const body = doc.body as unknown as TextNodeLike | null
    return body ? nodeToText(body, CHROME_TAGS) : ''
  } catch {
    return ''
  }
}
