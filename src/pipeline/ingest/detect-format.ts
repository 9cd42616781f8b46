/** Input format detection by extension, then by content (SPEC §3). */
import type { InputFormat } from '../../domain/types.ts'

const BY_EXTENSION: Record<string, InputFormat | undefined> = Object.setPrototypeOf({
  txt: 'text',
  text: 'text',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  'json-feed': 'feed',
  jsonfeed: 'feed',
}, null)

const SNIFF_CHARS = 2048

/**
 * Detects the format of an input from its path (extension wins) and, when the extension says
 * nothing (or the input is stdin `-`), from the first characters of its content.
 * @example detectFormat('a/b.jsonl') // 'jsonl'
 * @example detectFormat('-', '<rss version="2.0">') // 'feed'
 */
export function detectFormat(path: string, content = ''): InputFormat {
  const ext = extensionOf(path)
  const known = BY_EXTENSION[ext]
  if (known) return known
  return detectFormatFromContent(content)
}

/**
 * Detects a format from content alone; plain text when nothing else fits.
 * @example detectFormatFromContent('{"text":"x"}\n{"text":"y"}') // 'jsonl'
 */
export function detectFormatFromContent(content: string): InputFormat {
  const head = content.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '').trimStart()
  const lower = head.toLowerCase()
  if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(lower)) return 'feed'
  if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(lower)) return 'feed'
  if (lower.startsWith('<!doctype html') || /^<(html|head|body)[\s>]/.test(lower)) return 'html'
  if (head.startsWith('{') && looksLikeJsonLines(head)) return 'jsonl'
  return 'text'
}

function looksLikeJsonLines(head: string): boolean {
  const lines = head.split('\n').filter((l) => l.trim() !== '')
  return lines.every((l, i) => l.trimStart().startsWith('{') || i === lines.length - 1)
}

function extensionOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}
