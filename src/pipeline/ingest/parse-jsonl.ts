/** JSON Lines reader: one article object per line; a broken line becomes one Reject (SPEC §3). */
import type { RawArticle, Reject } from '../../domain/types.ts'
import { INPUT_MESSAGES, describeType } from '../../messages.ts'
import { parseHtml } from './parse-html.ts'
import type { InputItem } from './types.ts'

const STRING_FIELDS = ['id', 'url', 'title', 'outlet', 'author', 'published', 'text', 'html'] as const
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Parses JSON Lines content. Blank lines are skipped; each other line yields an article or a
 * reject with its 1-based line number, in order. Never throws.
 * @example parseJsonl('{"text":"Hi"}\n{oops', 'a.jsonl').map((i) => i.kind) // ['article', 'reject']
 */
export function parseJsonl(content: string, source: string): InputItem[] {
  const out: InputItem[] = []
  const lines = String(content).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '')
    if (line.trim() === '') continue
    out.push(toJsonlItem(line, source, i + 1))
  }
  return out
}

/**
 * Turns one JSONL line into an article or a reject.
 * @example toJsonlItem('[1]', 'a.jsonl', 3).kind // 'reject'
 */
export function toJsonlItem(line: string, source: string, lineNo: number): InputItem {
  const reject = (reason: string): InputItem => ({ kind: 'reject', reject: toReject(source, lineNo, reason) })
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    return reject(INPUT_MESSAGES.jsonSyntax(oneLine((e as Error).message)))
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return reject(INPUT_MESSAGES.jsonNotObject(describeType(value)))
  }
  const obj = value as Record<string, unknown>
  for (const f of STRING_FIELDS) {
    if (obj[f] !== undefined && obj[f] !== null && typeof obj[f] !== 'string') {
      return reject(INPUT_MESSAGES.jsonBadField(f, describeType(obj[f])))
    }
  }
  const published = str(obj.published)
  if (published && !ISO_DATE.test(published)) return reject(INPUT_MESSAGES.jsonBadDate(published))
  const raw = toRaw(obj, source, lineNo)
  return raw ? { kind: 'article', raw } : reject(INPUT_MESSAGES.jsonNoText)
}

function toRaw(obj: Record<string, unknown>, source: string, line: number): RawArticle | undefined {
  const html = str(obj.html)
  const fromHtml = html && !str(obj.text) ? parseHtml(html, source)?.raw : undefined
  const text = str(obj.text) ?? fromHtml?.text
  if (!text || text.trim() === '') return undefined
  const raw: RawArticle = { source, line, format: html && !str(obj.text) ? 'html' : 'jsonl', text }
  const fields = {
    externalId: str(obj.id),
    url: str(obj.url) ?? fromHtml?.url,
    title: str(obj.title) ?? fromHtml?.title,
    outlet: str(obj.outlet) ?? fromHtml?.outlet,
    author: str(obj.author) ?? fromHtml?.author,
    published: str(obj.published) ?? fromHtml?.published,
  }
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (raw as unknown as Record<string, string>)[k] = v
  return raw
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

function toReject(source: string, line: number, reason: string): Reject {
  return { source, line, stage: 'parse', reason }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 160)
}
