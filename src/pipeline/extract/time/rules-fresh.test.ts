/**
 * findTimeExpressions adds offsets to a resolver's result in place, so a resolver must return a
 * new object on every call (never a shared or cached one).
 */
import { describe, expect, it } from 'vitest'
import { TIME_RULES } from './rules/index.ts'
import { DEFAULT_WINDOW_CALENDAR } from './windows.ts'

const TEXTS = [
  'in the summer of 2025, the 2025 January window, next summer, this window, the summer, next winter, mid-season, deadline day',
  'since early March, at the end of May, on 12 June 2025, June 12, the start of 2026, the 2024/25 season, in 2025, for next year',
  'in March 2025, 2023, the end of the season, the season’s end, next season, in the coming weeks, in recent days, two weeks ago',
  'three months from now, this month, next week, today, tomorrow, this morning, the January transfer window, the transfer market',
]

describe('time rule resolvers', () => {
  it('return a fresh object on every call', () => {
    let checked = 0
    for (const ref of ['2025-03-10', null]) {
      for (const rule of TIME_RULES) {
        for (const text of TEXTS) {
          for (const m of text.matchAll(rule.re)) {
            const ctx = { ref, calendar: DEFAULT_WINDOW_CALENDAR, text, index: m.index, floor: 0 }
            const a = rule.resolve(m, ctx)
            const b = rule.resolve(m, ctx)
            if (!a) continue
            expect(b).not.toBe(a)
            expect(b).toEqual(a)
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(30)
  })
})
