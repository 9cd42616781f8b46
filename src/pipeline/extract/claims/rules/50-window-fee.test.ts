import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TIME_RULES } from '../../time/rules/index.ts'
import type { SentenceView } from '../candidate.ts'
import { keyOccurrences } from './50-window-fee.ts'

// keyOccurrences walks only from the char pairs keys open with; it must list every occurrence
// (as [start, end), by start then length) of every time-rule key in the lower-cased sentence.
const KEYS = [...new Set(TIME_RULES.flatMap((r) => r.keys))]

function reference(text: string, start: number, end: number): [number, number][] | undefined {
  const lower = text.slice(start, end).toLowerCase()
  if (lower.length !== end - start) return undefined
  const out: [number, number][] = []
  for (const k of KEYS) for (let p = lower.indexOf(k); p >= 0; p = lower.indexOf(k, p + 1)) out.push([start + p, start + p + k.length])
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1])
}

const viewOf = (start: number, end: number) => ({ sentence: { start, end, block: 0 } }) as SentenceView

describe('keyOccurrences', () => {
  it('lists what a search for every key finds', () => {
    const piece = fc.oneof(fc.constantFrom(...KEYS, ...KEYS.map((k) => k.toUpperCase()), ...KEYS.map((k) => k.slice(1)), ' ', 'İ', 'é', '2025', '£'), fc.string({ maxLength: 3 }))
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(5), (parts, pad) => {
      const s = 'x'.repeat(pad) + parts.join('')
      expect(keyOccurrences(s, viewOf(pad, s.length))).toEqual(reference(s, pad, s.length))
    }), { numRuns: 3000 })
  })
})
