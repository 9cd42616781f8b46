import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ruleMask } from './resolve-time.js'
import { TIME_RULES } from './rules/index.js'

/** The plain definition `ruleMask` must equal: a rule is in when `includes` finds one of its keys. */
function maskByIncludes(lower: string): number {
  let mask = 0
  TIME_RULES.forEach((r, i) => { if (r.keys.some((k) => lower.includes(k))) mask |= 1 << i })
  return mask
}

const keys = [...new Set(TIME_RULES.flatMap((r) => r.keys))]

describe('ruleMask', () => {
  it.each([
    '', 'a', 'summe', 'summer', 'the summer', 'mid-season', 'september', 'sept', 'sep', 'end  of', 'end of',
    'this', 'this ', 'this\nmonth', '2019', '1920', '20', 'chicago', 'sometimes', 'mayor', 'from no', 'from now',
    'ñjanuary', 'január', 'winter\u00a0window', 'the 2024-25 campaign', 'yesterday', 'yesterda', 'lastly', 'pastime',
  ])('agrees with includes on %j', (s) => {
    expect(ruleMask(s)).toBe(maskByIncludes(s))
  })

  it('agrees with includes on random mixes of keys and noise', () => {
    const piece = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys).map((k) => k.slice(0, -1)), fc.string({ maxLength: 4 }))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('')
        expect(ruleMask(s)).toBe(maskByIncludes(s))
      }),
      { numRuns: 2000 },
    )
  })
})
