/**
 * HTML → plain text that keeps paragraphs: block elements become blank-line-separated blocks,
 * inline runs are joined and whitespace-collapsed. Built by walking the DOM (not `textContent`,
 * which glues paragraphs together).
 */
import { parseHTML } from 'linkedom'

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
])
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD'])

/** The slice of a DOM node this module reads (linkedom and the browser both fit). */
export interface TextNodeLike {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<TextNodeLike>
}

/**
 * Converts an HTML string (document or fragment) to paragraph-preserving text. Never throws.
 * @example htmlToText('<p>One &amp; two</p><p>Three</p>') // 'One & two\n\nThree'
 */
export function htmlToText(html: string): string {
  try {
    const { document } = parseHTML(wrapDocument(html))
    const root = document.body as unknown as TextNodeLike | null
    return root ? nodeToText(root) : ''
  } catch {
    return ''
  }
}

/**
 * Text of a DOM subtree with block boundaries as blank lines; list items get a `• ` marker.
 * @example nodeToText(document.body) // 'Heading\n\nFirst paragraph.'
 */
export function nodeToText(root: TextNodeLike, skip: ReadonlySet<string> = SKIP_TAGS): string {
  const blocks: string[] = []
  let current = ''
  let edge = false
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim()
    if (t !== '') blocks.push(t)
    current = ''
  }
  const walk = (node: TextNodeLike): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? ''
      current += edge && isGluedBoundary(current, t) ? ` ${t}` : t
      edge = false
      return
    }
    edge = true
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const tag = node.nodeName.toUpperCase()
    if (skip.has(tag)) return
    const block = BLOCK_TAGS.has(tag)
    if (block) flush()
    if (tag === 'LI') current += '• '
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i])
    if (block) flush()
    edge = true
  }
  walk(root)
  flush()
  return blocks.join('\n\n')
}

/**
 * Sibling elements whose texts would run together ("Simon Stone" + "Chief reporter" + "31
 * December") were separate boxes on the page: a lower-case letter then a capital, or a letter
 * then a digit, at an element edge gets a space.
 */
function isGluedBoundary(before: string, next: string): boolean {
  const a = before.charAt(before.length - 1)
  const b = next.charAt(0)
  return (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) || (/\p{L}/u.test(a) && /\d/.test(b))
}

/**
 * Wraps a fragment in a full document: linkedom needs `<html>` to build head and body.
 * @example wrapDocument('<p>x</p>') // '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>'
 */
export function wrapDocument(html: string): string {
  if (/<html[\s>]/i.test(html.slice(0, 4096))) return html
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
}
