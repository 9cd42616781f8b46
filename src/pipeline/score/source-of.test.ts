import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '../../domain/saga.ts'
import { sourceOf } from './stages.ts'

describe('sourceOf (loops and a character test)', () => {
  // The original, kept as the oracle.
  const ANONYMOUS = /^anonymous/i
  const oracle = (e: Pick<TimelineEntry, 'attributedTo' | 'carriers'>) =>
    e.attributedTo.find((s) => !ANONYMOUS.test(s)) ?? e.carriers.find((c) => c.outlet)?.outlet ?? 'unknown source'

  const name = fc.oneof(
    fc.constantFrom('anonymous sources', 'Anonymous', 'ANONYMOUS source', 'anonymou', 'anonymous', ' anonymous', 'ſanonymous', 'anonymouſ', 'Ânonymous', '', 'Fabrizio Romano', 'Marca'),
    fc.string({ maxLength: 12 }),
  )
  const entry = fc.record({
    attributedTo: fc.array(name, { maxLength: 4 }),
    carriers: fc.array(fc.record({ outlet: fc.option(name, { nil: undefined }) }), { maxLength: 3 }),
  })

  it('names the same source as find and /^anonymous/i (property)', () => {
    fc.assert(fc.property(entry, (e) => {
      expect(sourceOf(e as unknown as TimelineEntry)).toBe(oracle(e as unknown as TimelineEntry))
    }), { numRuns: 2000 })
  })
})
