import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractFees, type FeeKind } from './extract-fees.js'

interface Row {
  value: string
  expected: { surface: string; kind: FeeKind; amount: number; currency: string; addOns?: number; note?: RegExp }[]
}

const rows: Row[] = [
  { value: 'Liverpool offered £65m for him.', expected: [{ surface: '£65m', kind: 'fee', amount: 65_000_000, currency: 'GBP' }] },
  { value: 'a bid of £65 million', expected: [{ surface: '£65 million', kind: 'fee', amount: 65_000_000, currency: 'GBP' }] },
  {
    value: 'They agreed €60million plus €12m taxes.',
    expected: [{ surface: '€60million plus €12m taxes', kind: 'fee', amount: 60_000_000, currency: 'EUR', addOns: 12_000_000, note: /taxes/ }],
  },
  {
    value: 'a deal of €60m plus €12m in add-ons',
    expected: [{ surface: '€60m plus €12m in add-ons', kind: 'fee', amount: 60_000_000, currency: 'EUR', addOns: 12_000_000, note: /add-ons/ }],
  },
  {
    value: 'an initial £48 million, plus a further £6 million ($8.1 million) in add-ons',
    expected: [{ surface: '£48 million, plus a further £6 million ($8.1 million) in add-ons', kind: 'fee', amount: 48_000_000, currency: 'GBP', addOns: 6_000_000, note: /^plus a further/ }],
  },
  { value: 'a $100 million move', expected: [{ surface: '$100 million', kind: 'fee', amount: 100_000_000, currency: 'USD' }] },
  {
    value: 'a fee in the region of 40 million euros',
    expected: [{ surface: '40 million euros', kind: 'fee', amount: 40_000_000, currency: 'EUR', note: /region/ }],
  },
  { value: 'he cost £55.5m last year', expected: [{ surface: '£55.5m', kind: 'fee', amount: 55_500_000, currency: 'GBP' }] },
  { value: 'his €1m release clause', expected: [{ surface: '€1m release clause', kind: 'clause', amount: 1_000_000, currency: 'EUR' }] },
  { value: 'a release clause of €1bn', expected: [{ surface: '€1bn', kind: 'clause', amount: 1_000_000_000, currency: 'EUR' }] },
  { value: 'a £40m-plus deal', expected: [{ surface: '£40m-plus', kind: 'fee', amount: 40_000_000, currency: 'GBP', note: /plus/ }] },
  { value: 'a deal worth up to £70m', expected: [{ surface: '£70m', kind: 'fee', amount: 70_000_000, currency: 'GBP', note: /up to/ }] },
  { value: 'paid 70 million euros', expected: [{ surface: '70 million euros', kind: 'fee', amount: 70_000_000, currency: 'EUR' }] },
  { value: 'on £200,000-a-week', expected: [{ surface: '£200,000-a-week', kind: 'wage', amount: 200_000, currency: 'GBP' }] },
  { value: 'earning £300k per week', expected: [{ surface: '£300k per week', kind: 'wage', amount: 300_000, currency: 'GBP' }] },
  // A payment per appearance or per game is no transfer fee: 'offered to pay Chelsea £50,000 every time he did not play'.
  { value: 'pay them £50,000 every time he did not play', expected: [{ surface: '£50,000 every time', kind: 'wage', amount: 50_000, currency: 'GBP' }] },
  { value: 'a bonus of £20k per appearance', expected: [{ surface: '£20k per appearance', kind: 'wage', amount: 20_000, currency: 'GBP' }] },
  { value: 'he is valued at £80m', expected: [{ surface: '£80m', kind: 'valuation', amount: 80_000_000, currency: 'GBP' }] },
  { value: 'an asking price of €100m', expected: [{ surface: '€100m', kind: 'valuation', amount: 100_000_000, currency: 'EUR' }] },
  { value: 'he is priced at £50m', expected: [{ surface: '£50m', kind: 'valuation', amount: 50_000_000, currency: 'GBP' }] },
  { value: 'the £80m-rated star', expected: [{ surface: '£80m-rated', kind: 'valuation', amount: 80_000_000, currency: 'GBP' }] },
  { value: 'he leaves on a free transfer', expected: [{ surface: 'on a free transfer', kind: 'fee', amount: 0, currency: 'EUR', note: /free/ }] },
  { value: 'He will leave on a free.', expected: [{ surface: 'on a free', kind: 'fee', amount: 0, currency: 'EUR' }] },
  { value: 'his own Bosman move', expected: [{ surface: 'Bosman', kind: 'fee', amount: 0, currency: 'EUR', note: /Bosman/ }] },
  { value: 'EUR 45m', expected: [{ surface: 'EUR 45m', kind: 'fee', amount: 45_000_000, currency: 'EUR' }] },
  { value: 'a fee of £50-60m', expected: [{ surface: '£50-60m', kind: 'fee', amount: 50_000_000, currency: 'GBP', note: /60000000/ }] },
  { value: 'committing to pay €10m more of the fee up front', expected: [{ surface: '€10m more', kind: 'difference', amount: 10_000_000, currency: 'EUR' }] },
  { value: 'still around £25m short of what Spurs want', expected: [{ surface: '£25m short of', kind: 'difference', amount: 25_000_000, currency: 'GBP' }] },
  { value: 'he scored a free-kick', expected: [] },
  { value: 'it ended 2-1 in 2025', expected: [] },
  { value: '', expected: [] },
  { value: '   \n\t  ', expected: [] },
  { value: 'Ñoño pagó €30m por ğüß', expected: [{ surface: '€30m', kind: 'fee', amount: 30_000_000, currency: 'EUR' }] },
  { value: '<script>alert("£1m")</script>', expected: [{ surface: '£1m', kind: 'fee', amount: 1_000_000, currency: 'GBP' }] },
  { value: '£'.repeat(5000), expected: [] },
  { value: '£9999999999999999999999999999m', expected: [] },
]

describe('extractFees', () => {
  it.each(rows)('$value', ({ value, expected }) => {
    const got = extractFees(value)
    expect(got.map((m) => value.slice(m.start, m.end))).toEqual(expected.map((e) => e.surface))
    got.forEach((m, i) => {
      const e = expected[i]
      expect(m.kind).toBe(e.kind)
      expect(m.fee.amount).toBe(e.amount)
      expect(m.fee.currency).toBe(e.currency)
      if (e.addOns !== undefined) expect(m.fee.addOns).toBe(e.addOns)
      if (e.note) expect(m.fee.note).toMatch(e.note)
      expect(m.rule).toMatch(/^money\/[a-z-]+@\d+$/)
      expect(m.confidence).toBeGreaterThan(0)
      expect(m.confidence).toBeLessThanOrEqual(1)
    })
  })

  it('respects start and end', () => {
    const text = 'Bid one £10m. Bid two €20m.'
    const got = extractFees(text, 14, text.length)
    expect(got.map((m) => m.fee.amount)).toEqual([20_000_000])
  })

  it('takes a default currency for free transfers', () => {
    expect(extractFees('a Bosman move', 0, 13, { defaultCurrency: 'GBP' })[0].fee.currency).toBe('GBP')
  })

  it('handles huge input', () => {
    const text = 'Real offered £65m plus £5m in add-ons. '.repeat(20_000)
    const got = extractFees(text)
    expect(got).toHaveLength(20_000)
    expect(got[0].fee.addOns).toBe(5_000_000)
  })

  it.each([null, undefined, 42, {}])('returns [] for wrong type %s', (v) => {
    expect(extractFees(v as unknown as string)).toEqual([])
  })
})

const pieces = ['£65m', ' plus ', '€12m', ' in add-ons', '-a-week', ' release clause', 'valued at ', ' on a free', 'Bosman', ' ', '.', '40 million euros', '£', 'm', 'Ñ', 'ß', '\u{1F600}']

describe('extractFees properties', () => {
  it('offsets lie within [start, end) and never slice empty text; never throws', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')))
    fc.assert(
      fc.property(text, fc.nat(300), fc.nat(300), (t, a, b) => {
        const [s, e] = [Math.min(a, b), Math.max(a, b)]
        const lo = Math.min(s, t.length)
        const hi = Math.min(e, t.length)
        for (const m of extractFees(t, s, e)) {
          expect(m.start).toBeGreaterThanOrEqual(lo)
          expect(m.end).toBeLessThanOrEqual(hi)
          expect(m.start).toBeLessThan(m.end)
          expect(t.slice(m.start, m.end).trim()).not.toBe('')
          expect(Number.isSafeInteger(m.fee.amount)).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })
})
