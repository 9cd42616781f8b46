import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasSeeds, NO_SEEDS_REASON, SEEDS_DIR } from '../../../test-support/seeds.js'
import { estimateDate, type EstimateHints } from './estimate-date.js'

interface Row {
  value: string
  hints?: EstimateHints
  /** Inclusive bounds the estimate must fall in; null = no date expected. */
  expected: [string, string] | null
  reason?: RegExp
}

// Short synthetic texts, written for these tests.
const rows: Row[] = [
  {
    value: 'The club will not sell now. The January transfer window is about two months away, and the summer of 2025 is the plan.',
    expected: ['2024-10-20', '2024-11-10'],
    reason: /two months away.*January window.*±3 weeks/,
  },
  {
    value: 'Talks can begin now that it’s January, a busy turn of events at the end of 2024, beginning of 2025.',
    expected: ['2025-01-01', '2025-01-15'],
    reason: /now that it’s January/,
  },
  {
    value: 'He may agree a pre-contract in January, as soon as the clock strikes midnight. He is their target for 2025.',
    expected: ['2024-12-27', '2024-12-31'],
    reason: /midnight/,
  },
  { value: 'It is deadline day and the summer window closes tonight; the 2025 summer plans are set.', expected: ['2025-08-29', '2025-09-01'], reason: /deadline day/ },
  { value: 'The window opened today and the club want a striker in January 2026.', expected: ['2026-01-01', '2026-01-01'], reason: /window opened today/ },
  { value: 'An offer has been on the table since December; he is the top target for 2025.', expected: ['2024-12-01', '2025-01-30'], reason: /since December/ },
  { value: 'The January window is three weeks away.', expected: null, reason: /no year/ },
  { value: 'The January window is three weeks away.', hints: { knownDates: ['2025-01-20', '2024-12-01', '2025-02-10'] }, expected: ['2024-12-04', '2024-12-18'], reason: /saga/ },
  { value: 'The January window is three weeks away.', hints: { notAfter: '2025-06-01' }, expected: ['2024-12-04', '2024-12-18'], reason: /latest possible/ },
  { value: 'Nothing about time here.', hints: { knownDates: ['2025-01-01', '2025-03-25', 'garbage'] }, expected: ['2025-01-01', '2025-01-01'], reason: /median/ },
  { value: 'Nothing about time here.', expected: null, reason: /^no time cues$/ },
  { value: '', expected: null, reason: /^no time cues$/ },
  { value: '   \n\t', expected: null, reason: /^no time cues$/ },
  { value: 'Ñoño ğ ß: now that it’s January, the end of 2024, beginning of 2025', expected: ['2025-01-01', '2025-01-15'] },
  { value: '<script>now that it’s '.repeat(2000), expected: null },
]

describe('estimateDate', () => {
  it.each(rows)('$value', ({ value, hints, expected, reason }) => {
    const got = estimateDate(value, hints)
    expect(got.estimated).toBe(true)
    if (reason) expect(got.reason).toMatch(reason)
    if (expected === null) {
      expect(got.date).toBeNull()
      return
    }
    expect(got.date).not.toBeNull()
    expect(got.date! >= expected[0] && got.date! <= expected[1], `${got.date} in ${expected}`).toBe(true)
    expect(got.range).toBeDefined()
    expect(got.range![0] <= got.date! && got.date! <= got.range![1]).toBe(true)
  })

  it('handles huge input', () => {
    const text = 'The January transfer window is around two months away for 2025. '.repeat(20_000)
    expect(estimateDate(text).date).toBe('2024-11-01')
  })

  it.each([null, undefined, 5, {}])('never throws on wrong type %s', (v) => {
    expect(estimateDate(v as unknown as string, v as unknown as EstimateHints)).toEqual({ date: null, estimated: true, reason: 'no time cues' })
  })
})

// The three undated seeds. Seed 000 names no year at all, so it gets the dated articles of the
// same saga (seeds 002 and 004) as knownDates, as the pipeline does for undated articles.
const seedRows = [
  { file: '000_2a47dbe150f641d5.txt', range: ['2024-10-20', '2024-11-10'] },
  { file: '001_eb7d2f590c6c8fbc.txt', range: ['2025-01-01', '2025-01-12'] },
  { file: '003_5810b23116dd0d11.txt', range: ['2024-12-28', '2025-01-01'] },
]

describe('estimateDate on the undated seeds', () => {
  if (!hasSeeds()) {
    it.skip(NO_SEEDS_REASON, () => {})
    return
  }
  it.each(seedRows)('$file', ({ file, range }) => {
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8')
    const known = ['002_c299a86387069b45.txt', '004_fdb79b4a086609d4.txt']
      .map((f) => /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(readFileSync(join(SEEDS_DIR, f), 'utf8'))?.[1])
      .filter((d): d is string => !!d)
    const got = estimateDate(text, { knownDates: known })
    expect(got.estimated).toBe(true)
    expect(got.date! >= range[0] && got.date! <= range[1], `${file}: ${got.date} (${got.reason})`).toBe(true)
  })
})
