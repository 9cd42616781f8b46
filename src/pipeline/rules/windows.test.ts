import { describe, expect, it } from 'vitest'
import { loadRuleBook } from './load-rules.ts'
import { isWindowOpen, nextWindowOpen, windowAt, windowsForKey, windowsOf } from './windows.ts'

const book = loadRuleBook()
const COUNTRIES = ['England', 'Spain', 'Germany', 'Italy', 'France']
const SEASONS = ['2022-23', '2023-24', '2024-25', '2025-26', '2026-27']

describe('window table sanity', () => {
  it('every window opens before it closes', () => {
    for (const w of book.windows) expect(w.opens <= w.closes, w.id).toBe(true)
  })

  it('no two windows of one country overlap', () => {
    for (const country of COUNTRIES) {
      const list = windowsOf(book, country)
      for (let i = 1; i < list.length; i++) {
        expect(list[i - 1].closes < list[i].opens, `${list[i - 1].id} / ${list[i].id}`).toBe(true)
      }
    }
  })

  it.each(COUNTRIES.flatMap((c) => SEASONS.map((s) => [c, s] as const)))('%s %s has a summer and a winter window', (country, season) => {
    const kinds = windowsOf(book, country).filter((w) => w.season === season).map((w) => w.kind)
    expect(kinds).toContain('summer')
    expect(kinds).toContain('winter')
  })

  it.each(COUNTRIES)('%s has the exceptional 1-10 June 2025 window', (country) => {
    const w = windowAt(book, country, '2025-06-05')
    expect(w).toMatchObject({ kind: 'exceptional', opens: '2025-06-01', closes: '2025-06-10' })
  })

  it('every window names a source and lasts at most 12 weeks; a European winter window is short', () => {
    for (const w of book.windows) {
      expect(w.source.length, w.id).toBeGreaterThan(5)
      const days = (Date.parse(w.closes) - Date.parse(w.opens)) / 86_400_000 + 1
      // Calendar-year leagues (season "2024": MLS, Brazil, Argentina) have their long window at the start of the year.
      const european = /^\d{4}-\d{2}$/.test(w.season)
      // (Turkey's 2026 winter window ran 1 January to 6 February: 37 days.)
      expect(days, w.id).toBeLessThanOrEqual(european && w.kind === 'winter' ? 42 : 12 * 7 + 1)
    }
  })

  it('no two windows of any country overlap, and one season holds at most about 16 weeks besides an exceptional period', () => {
    for (const country of new Set(book.windows.map((w) => w.country))) {
      const list = windowsOf(book, country)
      for (let i = 1; i < list.length; i++) expect(list[i - 1].closes < list[i].opens, `${list[i - 1].id} / ${list[i].id}`).toBe(true)
      const bySeason = new Map<string, number>()
      for (const w of list) if (w.kind !== 'exceptional') bySeason.set(w.season, (bySeason.get(w.season) ?? 0) + (Date.parse(w.closes) - Date.parse(w.opens)) / 86_400_000 + 1)
      for (const [season, days] of bySeason) expect(days, `${country} ${season}`).toBeLessThanOrEqual(16 * 7 + 7)
    }
  })

  it('only windows from 2026 on are provisional', () => {
    for (const w of book.windows.filter((x) => x.provisional)) expect(w.opens >= '2026-06-01', w.id).toBe(true)
  })
})

describe('window lookups', () => {
  it.each([
    ['England', '2025-01-02', true, 'england-2025-winter'],
    ['England', '2025-02-03', true, 'england-2025-winter'],
    ['England', '2025-02-04', false, undefined],
    ['England', '2025-06-12', false, undefined],
    ['England', '2025-06-16', true, 'england-2025-summer'],
    ['Spain', '2025-01-01', false, undefined],
    ['Spain', '2025-01-02', true, 'spain-2025-winter'],
    ['Spain', '2025-07-01', true, 'spain-2025-summer'],
    ['Germany', '2024-08-31', false, undefined],
    ['france', '2024-06-10', true, 'france-2024-summer'],
    ['Narnia', '2025-01-02', false, undefined],
  ])('%s on %s: open %s (%s)', (country, date, open, id) => {
    expect(isWindowOpen(book, country, date)).toBe(open)
    expect(windowAt(book, country, date)?.id).toBe(id)
  })

  it.each([
    ['Spain', '2025-02-04', '2025-06-01'],
    ['England', '2025-06-11', '2025-06-16'],
    ['Italy', '2024-11-05', '2025-01-02'],
    ['England', '2030-01-01', undefined],
  ])('next window in %s after %s opens %s', (country, date, opens) => {
    expect(nextWindowOpen(book, country, date)?.opens).toBe(opens)
  })

  it('maps claim window keys to windows', () => {
    expect(windowsForKey(book, 'England', '2025-summer').map((w) => w.kind)).toEqual(['exceptional', 'summer'])
    expect(windowsForKey(book, 'Spain', '2025-january').map((w) => w.id)).toEqual(['spain-2025-winter'])
    expect(windowsForKey(book, 'Spain', '2025-march')).toEqual([])
  })
})
