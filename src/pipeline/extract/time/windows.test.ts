import { describe, expect, it } from 'vitest'
import { isInWindow, nextWindow, parseWindowId, previousWindow, shiftWindow, windowOf, windowSpan, type WindowCalendar } from './windows.js'

describe('windowOf', () => {
  it.each([
    { value: '2024-11-05', expected: '2025-january' },
    { value: '2025-01-01', expected: '2025-january' },
    { value: '2025-02-03', expected: '2025-january' },
    { value: '2025-02-04', expected: '2025-summer' },
    { value: '2025-03-25', expected: '2025-summer' },
    { value: '2025-09-01', expected: '2025-summer' },
    { value: '2025-09-02', expected: '2026-january' },
    { value: '2024-12-31T23:00:00Z', expected: '2025-january' },
    // INFO: the 2020 summer window was extended to 5 October (seasons finished late, COVID-19).
    { value: '2020-10-05', expected: '2020-summer' },
    { value: '2020-10-06', expected: '2021-january' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(windowOf(value)).toBe(expected)
  })

  it.each(['', '   ', 'Ñoño', '2025-13-01', '2025-02-30'])('throws a clear error on misuse %j', (v) => {
    expect(() => windowOf(v)).toThrow(/windows: expected a YYYY-MM-DD date/)
  })

  it('uses the calendar hook', () => {
    const late: WindowCalendar = (y, s) => (s === 'january' ? { open: `${y}-01-02`, close: `${y}-02-01` } : { open: `${y}-07-01`, close: `${y}-08-30` })
    expect(windowOf('2025-02-02', late)).toBe('2025-summer')
    expect(windowOf('2025-08-31', late)).toBe('2026-january')
  })
})

describe('nextWindow / previousWindow', () => {
  it.each([
    { value: '2024-11-05', next: '2025-january', prev: '2024-summer' },
    { value: '2025-01-10', next: '2025-summer', prev: '2024-summer' },
    { value: '2025-06-01', next: '2025-summer', prev: '2025-january' },
    { value: '2025-07-15', next: '2026-january', prev: '2025-january' },
  ])('$value', ({ value, next, prev }) => {
    expect(nextWindow(value)).toBe(next)
    expect(previousWindow(value)).toBe(prev)
  })
})

describe('window ids', () => {
  it.each([
    { value: '2024-summer', n: 1, expected: '2025-january' },
    { value: '2025-january', n: -1, expected: '2024-summer' },
    { value: '2025-january', n: 3, expected: '2026-summer' },
    { value: 'nonsense', n: 1, expected: 'nonsense' },
  ])('shiftWindow($value, $n)', ({ value, n, expected }) => {
    expect(shiftWindow(value, n)).toBe(expected)
  })

  it('parses and spans', () => {
    expect(parseWindowId('2025-january')).toEqual({ year: 2025, season: 'january' })
    expect(parseWindowId('2025-winter')).toBeUndefined()
    expect(parseWindowId(42)).toBeUndefined()
    expect(windowSpan('2025-summer')).toEqual({ id: '2025-summer', open: '2025-06-14', close: '2025-09-01' })
    expect(isInWindow('2025-01-15', '2025-january')).toBe(true)
    expect(isInWindow('2025-03-15', '2025-january')).toBe(false)
    expect(isInWindow('garbage', '2025-january')).toBe(false)
  })
})
