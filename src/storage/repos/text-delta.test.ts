import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeTextDelta, encodeTextDelta } from './text-delta.ts'

describe('text delta', () => {
  it('is 0 for equal texts and a few edits for whitespace changes', () => {
    expect(encodeTextDelta('same', 'same')).toBe(0)
    const raw = 'Getafe  rebuffed the offer. \n\n\nMore text follows here.'
    const cleaned = 'Getafe rebuffed the offer.\n\nMore text follows here.'
    const delta = encodeTextDelta(raw, cleaned)
    expect(Array.isArray(delta)).toBe(true)
    expect(JSON.stringify(delta).length).toBeLessThan(30)
    expect(decodeTextDelta(raw, delta)).toBe(cleaned)
  })
  it('falls back to the text itself when the texts are unrelated', () => {
    expect(encodeTextDelta('abcdefgh', 'zyxw')).toBe('zyxw')
    expect(decodeTextDelta('anything', 'zyxw')).toBe('zyxw')
  })
  it('property: decoding gives back the derived text exactly', () => {
    const edit = fc.tuple(fc.nat(500), fc.nat(8), fc.string({ maxLength: 6 }))
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(edit, { maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 50 }), (base, edits, other) => {
      let derived = base
      for (const [at, cut, put] of edits) derived = derived.slice(0, at % (derived.length + 1)) + put + derived.slice(at % (derived.length + 1) + cut)
      expect(decodeTextDelta(base, encodeTextDelta(base, derived))).toBe(derived)
      expect(decodeTextDelta(base, encodeTextDelta(base, other))).toBe(other)
    }), { numRuns: 500 })
  })
})
