import { describe, expect, it } from 'vitest'
import type { Claim, Mention } from '../domain/types.ts'
import { splitSnippet, toRenderBlocks } from './highlight.ts'

const text = 'Real Madrid want Trent. Liverpool say no.\n\nPhoto: Getty'
const blocks = [
  { start: 0, end: 41, label: 'body' as const, rule: 'r' },
  { start: 43, end: 55, label: 'photo_credit' as const, rule: 'r' },
]
const mention = (surface: string, kind: Mention['kind'] = 'club'): Mention => {
  const start = text.indexOf(surface)
  return { start, end: start + surface.length, surface, kind, rule: 'r', confidence: 1 }
}
const claim = (sentence: string): Claim => {
  const start = text.indexOf(sentence)
  return { type: 'interest', evidence: { articleId: 'a', start, end: start + sentence.length, sentence } } as unknown as Claim
}

describe('toRenderBlocks', () => {
  it('nests mentions inside evidence, keeps text whole and labels boilerplate', () => {
    const out = toRenderBlocks({ cleaned: { text, blocks }, mentions: [mention('Real Madrid'), mention('Liverpool'), mention('Trent', 'player')], claims: [claim('Real Madrid want Trent.'), claim('Real Madrid want Trent.')] })
    expect(out.map((b) => b.boilerplate)).toEqual([false, true])
    const first = out[0].parts[0]
    expect(first).toMatchObject({ kind: 'evidence', id: 'ev-0-23', claims: [0, 1] })
    const flat = out[0].parts.flatMap((p) => (p.kind === 'evidence' ? p.children : [p])).map((p) => p.text).join('')
    expect(flat).toBe(text.slice(0, 41))
  })

  it.each([
    ['out of range', { start: 50, end: 500 }],
    ['negative', { start: -1, end: 3 }],
    ['empty', { start: 4, end: 4 }],
  ])('ignores %s spans', (_name, span) => {
    const bad = { ...mention('Liverpool'), ...span }
    const out = toRenderBlocks({ cleaned: { text, blocks }, mentions: [bad], claims: [] })
    expect(out[0].parts).toEqual([{ kind: 'text', text: text.slice(0, 41) }])
  })

  it('drops overlapping mentions and treats a text with no blocks as one body block', () => {
    const a = mention('Real Madrid')
    const b = { ...mention('Madrid'), start: 5, end: 11 }
    const out = toRenderBlocks({ cleaned: { text: 'Real Madrid', blocks: [] }, mentions: [a, b], claims: [] })
    expect(out).toHaveLength(1)
    expect(out[0].parts).toHaveLength(1)
  })
})

describe('splitSnippet', () => {
  it.each([
    ['', []],
    ['plain', [{ text: 'plain', hit: false }]],
    ['a «b» c', [{ text: 'a ', hit: false }, { text: 'b', hit: true }, { text: ' c', hit: false }]],
    ['«<script>»', [{ text: '<script>', hit: true }]],
  ])('%j', (input, expected) => {
    expect(splitSnippet(input)).toEqual(expected)
  })
})
