/**
 * Splits an analysed article into renderable pieces: blocks (boilerplate labelled), evidence
 * sentences and mentions, each piece plain text. The page renders them through JSX, so article
 * text is always escaped; this module decides structure only.
 */
import type { Analysis, BlockLabel, Claim, Mention } from '../domain/types.ts'
import { evidenceAnchor } from './format.ts'

export type Inline = { kind: 'text'; text: string } | { kind: 'mention'; text: string; mention: Mention }

export interface EvidencePart {
  kind: 'evidence'
  /** Anchor id (`ev-<start>-<end>`) on the first piece of the span only. */
  id?: string
  /** Indexes into `analysis.claims` whose evidence this is. */
  claims: number[]
  children: Inline[]
}

export type Part = Inline | EvidencePart

export interface RenderBlock {
  label: BlockLabel
  boilerplate: boolean
  parts: Part[]
}

interface Span {
  start: number
  end: number
}
interface EvidenceSpan extends Span {
  claims: number[]
}

const CONTENT_LABELS: ReadonlySet<BlockLabel> = new Set(['body', 'heading'])

/**
 * Builds the render tree of an analysed article.
 * @example toRenderBlocks(analysis)[0].parts[0].kind // 'text' | 'mention' | 'evidence'
 */
export function toRenderBlocks(analysis: Pick<Analysis, 'cleaned' | 'mentions' | 'claims'>): RenderBlock[] {
  const { text } = analysis.cleaned
  const blocks = analysis.cleaned.blocks.length > 0 ? analysis.cleaned.blocks : [{ start: 0, end: text.length, label: 'body' as const, rule: '' }]
  const evidences = toEvidenceSpans(analysis.claims, text.length)
  const mentions = dropOverlaps([...analysis.mentions].filter((m) => isValidSpan(m, text.length)).sort(byStart))
  const anchored = new Set<string>()
  return blocks.map((b) => ({
    label: b.label,
    boilerplate: !CONTENT_LABELS.has(b.label),
    parts: splitBlock(text, b, evidences, mentions, anchored),
  }))
}

function splitBlock(text: string, block: Span, evidences: EvidenceSpan[], mentions: Mention[], anchored: Set<string>): Part[] {
  const parts: Part[] = []
  let pos = block.start
  for (const ev of evidences) {
    const start = Math.max(ev.start, block.start)
    const end = Math.min(ev.end, block.end)
    if (start >= end || start < pos) continue
    parts.push(...inlines(text, pos, start, mentions))
    const id = evidenceAnchor(ev)
    parts.push({ kind: 'evidence', id: anchored.has(id) ? undefined : id, claims: ev.claims, children: inlines(text, start, end, mentions) })
    anchored.add(id)
    pos = end
  }
  parts.push(...inlines(text, pos, block.end, mentions))
  return parts
}

function inlines(text: string, from: number, to: number, mentions: Mention[]): Inline[] {
  const out: Inline[] = []
  let pos = from
  for (const m of mentions) {
    const start = Math.max(m.start, from)
    const end = Math.min(m.end, to)
    if (start >= end || start < pos) continue
    if (start > pos) out.push({ kind: 'text', text: text.slice(pos, start) })
    out.push({ kind: 'mention', text: text.slice(start, end), mention: m })
    pos = end
  }
  if (to > pos) out.push({ kind: 'text', text: text.slice(pos, to) })
  return out
}

/** One span per distinct evidence sentence, listing every claim it carries; overlaps dropped. */
function toEvidenceSpans(claims: Claim[], length: number): EvidenceSpan[] {
  const byKey = new Map<string, EvidenceSpan>()
  claims.forEach((c, i) => {
    const { start, end } = c.evidence
    if (!isValidSpan({ start, end }, length)) return
    const key = `${start}-${end}`
    const span = byKey.get(key) ?? { start, end, claims: [] }
    span.claims.push(i)
    byKey.set(key, span)
  })
  return dropOverlaps([...byKey.values()].sort(byStart))
}

function dropOverlaps<T extends Span>(sorted: T[]): T[] {
  const out: T[] = []
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s)
  return out
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}

function isValidSpan(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end
}

/**
 * Splits a search snippet on its `«…»` match markers.
 * @example splitSnippet('a «b» c') // [{ text: 'a ', hit: false }, { text: 'b', hit: true }, { text: ' c', hit: false }]
 */
export function splitSnippet(snippet: string): { text: string; hit: boolean }[] {
  return snippet
    .split(/(«[^»]*»)/)
    .filter((s) => s !== '')
    .map((s) => (s.startsWith('«') && s.endsWith('»') ? { text: s.slice(1, -1), hit: true } : { text: s, hit: false }))
}
