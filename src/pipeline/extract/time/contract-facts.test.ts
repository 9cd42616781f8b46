import { describe, expect, it } from 'vitest'
import { extractContractFacts, type ContractFactMention } from './contract-facts.js'

type Fact = Pick<ContractFactMention, 'expires' | 'lengthYears' | 'atLeast' | 'relative'> & { surface: string }

interface Row {
  value: string
  ref: string | null
  expected: Fact[]
}

const rows: Row[] = [
  { value: 'his current terms are set to expire in the summer of 2025', ref: null, expected: [{ surface: 'terms are set to expire in the summer of 2025', expires: '2025-06-30' }] },
  { value: 'Out of contract at the end of the season, he is free to talk.', ref: '2024-12-31', expected: [{ surface: 'Out of contract at the end of the season', expires: '2025-06-30' }] },
  { value: 'Out of contract at the end of the season, he is free to talk.', ref: '2025-08-01', expected: [{ surface: 'Out of contract at the end of the season', expires: '2026-06-30' }] },
  { value: 'Out of contract at the end of the season, he is free to talk.', ref: null, expected: [{ surface: 'Out of contract at the end of the season', relative: 'season-end' }] },
  { value: 'his deal expires at the end of June', ref: '2025-03-25', expected: [{ surface: 'deal expires at the end of June', expires: '2025-06-30' }] },
  { value: 'with his current deal due to expire this summer', ref: '2025-03-25', expected: [{ surface: 'deal due to expire this summer', expires: '2025-06-30' }] },
  { value: 'He has entered the final year of his contract.', ref: '2024-11-05', expected: [{ surface: 'final year of his contract', expires: '2025-06-30' }] },
  { value: 'He has entered the final year of his contract.', ref: null, expected: [{ surface: 'final year of his contract', relative: 'final-year' }] },
  { value: 'His contract runs until 2027.', ref: null, expected: [{ surface: 'contract runs until 2027', expires: '2027-06-30' }] },
  { value: 'He has signed until 2029.', ref: '2025-01-01', expected: [{ surface: 'signed until 2029', expires: '2029-06-30' }] },
  { value: 'a long-term contract of at least four years', ref: null, expected: [{ surface: 'contract of at least four years', lengthYears: 4, atLeast: true }] },
  { value: 'The length of his contract would be ‘at least four years’.', ref: null, expected: [{ surface: 'contract would be ‘at least four years', lengthYears: 4, atLeast: true }] },
  { value: 'He agreed a five-year deal.', ref: null, expected: [{ surface: 'five-year deal', lengthYears: 5 }] },
  { value: 'a four-and-a-half-year contract', ref: null, expected: [{ surface: 'four-and-a-half-year contract', lengthYears: 4.5 }] },
  { value: 'a three-year deal until 2028', ref: null, expected: [{ surface: 'three-year deal until 2028', lengthYears: 3, expires: '2028-06-30' }] },
  { value: 'with 18 months left on his deal', ref: '2025-01-01', expected: [{ surface: '18 months left on his deal', expires: '2026-06-30' }] },
  { value: 'Salah is also out of contact in the summer', ref: '2025-01-01', expected: [{ surface: 'out of contact in the summer', expires: '2025-06-30' }] },
  { value: 'a deal to sign him in January', ref: '2025-01-01', expected: [] },
  // Terms a new deal replaced: named old, or an expiry still ahead told in the past tense.
  { value: 'His initial contract ran till 2027, but he has now signed until 2034.', ref: '2025-01-17', expected: [{ surface: 'signed until 2034', expires: '2034-06-30' }] },
  { value: 'His previous deal had a release clause in it until 2027.', ref: '2025-01-17', expected: [] },
  { value: 'His contract was due to expire in 2026.', ref: '2025-01-17', expected: [] },
  { value: 'His contract runs until 2027.', ref: '2025-01-17', expected: [{ surface: 'contract runs until 2027', expires: '2027-06-30' }] },
  { value: 'a package to tempt him for almost two years', ref: '2025-03-25', expected: [] },
  { value: '', ref: null, expected: [] },
  { value: '  \n ', ref: '2025-01-01', expected: [] },
  { value: 'Ñoño ğ ß: contract runs until 2027', ref: null, expected: [{ surface: 'contract runs until 2027', expires: '2027-06-30' }] },
  { value: 'contract ' + 'x'.repeat(20_000) + ' expires in 2026', ref: null, expected: [] },
  { value: '"><script>contract expires</script>', ref: '2025-01-01', expected: [] },
]

describe('extractContractFacts', () => {
  it.each(rows)('$value @ $ref', ({ value, ref, expected }) => {
    const got = extractContractFacts(value, 0, value.length, ref)
    expect(got.map((f) => value.slice(f.start, f.end))).toEqual(expected.map((e) => e.surface))
    got.forEach((f, i) => {
      const { surface: _surface, ...fields } = expected[i]
      expect({ expires: f.expires, lengthYears: f.lengthYears, atLeast: f.atLeast, relative: f.relative }).toEqual({
        expires: undefined,
        lengthYears: undefined,
        atLeast: undefined,
        relative: undefined,
        ...fields,
      })
      expect(f.rule).toMatch(/^contract\/[a-z-]+@\d+$/)
      expect(f.confidence).toBeGreaterThan(0)
      expect(f.confidence).toBeLessThanOrEqual(1)
    })
  })

  it('handles huge input', () => {
    const text = 'He signed a five-year deal. His contract runs until 2027. '.repeat(5_000)
    expect(extractContractFacts(text, 0, text.length, null)).toHaveLength(10_000)
  })

  it.each([null, undefined, 3])('returns [] for wrong type %s', (v) => {
    expect(extractContractFacts(v as unknown as string, 0, 5, null)).toEqual([])
  })
})
