import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../extract/kb/load-kb.ts'
import { justClosedWindow, windowOf } from '../extract/time/windows.ts'
import { windowOfMonth } from '../extract/time/calendar-helpers.ts'
import { clubWindowCalendar } from './flag-claims.ts'
import { loadRuleBook } from './load-rules.ts'
import { SAME_WINDOW_DAYS, windowCalendar, windowCountry } from './windows.ts'

const book = loadRuleBook()
const kb = loadKnowledgeBase()
const calendarOf = clubWindowCalendar(kb, book)

describe('national window calendars for claim windows', () => {
  it('a Saudi club on 2 September 2023 is still in the 2023 summer window; an English club is not', () => {
    const saudi = calendarOf('Al-Ittihad')!
    expect(saudi).toBeDefined()
    expect(windowOf('2023-09-02', saudi)).toBe('2023-summer')
    expect(windowOf('2023-09-08', saudi)).toBe('2024-january')
    expect(calendarOf('Liverpool')).toBeUndefined()
    expect(windowOf('2023-09-02')).toBe('2024-january')
  })

  it('a Turkish club two weeks after the English deadline is in the summer window', () => {
    const turkey = calendarOf('Galatasaray')!
    expect(windowOf('2023-09-14', turkey)).toBe('2023-summer')
    expect(windowOf('2023-09-16', turkey)).toBe('2024-january')
    expect(justClosedWindow('2023-09-18', undefined, turkey)).toBe('2023-summer')
  })

  it('an MLS club in February, March and April is in the primary (january-keyed) window', () => {
    const mls = calendarOf('LA Galaxy')!
    expect(windowOf('2024-02-20', mls)).toBe('2024-january')
    expect(windowOf('2024-04-23', mls)).toBe('2024-january')
    expect(windowOf('2024-05-10', mls)).toBe('2024-summer')
    expect(windowOf('2024-08-20', mls)).toBe('2025-january')
    expect(windowOfMonth(2024, 3, mls)).toBe('2024-january')
    expect(windowOfMonth(2024, 3)).toBeUndefined()
  })

  it('a Canadian MLS club follows the MLS rows', () => {
    expect(windowCountry(book, { country: 'Canada', league: 'MLS' })).toBe('USA')
    expect(windowCountry(book, { country: 'England', league: 'Championship' })).toBe('England')
    expect(windowCountry(book, { country: 'Belgium', league: 'Belgian Pro League' })).toBe('Belgium')
    expect(windowOf('2024-03-01', calendarOf('Toronto FC')!)).toBe('2024-january')
  })

  it('Brazil (calendar year): March is still the first window of 2024', () => {
    expect(windowOf('2024-03-05', calendarOf('Flamengo')!)).toBe('2024-january')
    expect(windowOf('2024-09-01', calendarOf('Flamengo')!)).toBe('2024-summer')
  })

  it(`a window within ${SAME_WINDOW_DAYS} days of the default close keeps the default dates`, () => {
    // Scotland's rows close with England's: no calendar of its own.
    expect(windowCalendar(book, 'Scotland')).toBeUndefined()
    // Saudi Arabia's 2024 summer closed on 2 September (default 1 September): the default dates.
    expect(windowCalendar(book, 'Saudi Arabia')!(2024, 'summer')).toEqual({ open: '2024-06-14', close: '2024-09-01' })
    // A year the table lacks falls back to the default calendar.
    expect(windowCalendar(book, 'Turkey')!(2021, 'summer')).toEqual({ open: '2021-06-14', close: '2021-09-01' })
    expect(windowCalendar(book, 'Narnia')).toBeUndefined()
  })
})
