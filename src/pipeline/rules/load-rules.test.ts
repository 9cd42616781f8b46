import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, isIsoDate } from './dates.ts'
import { loadRuleBook, mergeVariations, parseRuleBook, ruleParam } from './load-rules.ts'

const book = loadRuleBook()
const okRules = { version: 1, rules: [] }
const okWindows = { version: 1, windows: [] }
const win = { country: 'England', league: 'PL', season: '2024-25', kind: 'winter', opens: '2025-01-01', closes: '2025-02-03', source: 'x' }

describe('loadRuleBook', () => {
  it('loads the shipped data with ids and sources', () => {
    expect(book.windows.length).toBeGreaterThanOrEqual(55)
    for (const r of book.rules) {
      expect(r.id).toMatch(/^rules\/.+@\d+$/)
      expect(r.source).toMatch(/\S/)
    }
    expect(book.rules.map((r) => r.id)).toContain('rules/fifa-rstp-18.3@1')
  })

  it.each([
    ['windows null', null, okRules, /windows\.json/],
    ['windows not an array', { version: 1, windows: {} }, okRules, /windows\.json: windows/],
    ['bad date', { version: 1, windows: [{ ...win, opens: '2025-02-30' }] }, okRules, /YYYY-MM-DD/],
    ['closes before opens', { version: 1, windows: [{ ...win, closes: '2024-12-31' }] }, okRules, /open before it closes/],
    ['bad kind', { version: 1, windows: [{ ...win, kind: 'spring' }] }, okRules, /windows\.0\.kind/],
    ['duplicate', { version: 1, windows: [win, win] }, okRules, /duplicate window england-2025-winter/],
    ['rules 123', okWindows, 123, /regulations\.json/],
    ['bad rule id', okWindows, { version: 1, rules: [{ id: 'x', title: 't', text: 't', source: 's', params: {}, variations: {} }] }, /rules\.0\.id/],
  ])('rejects %s with one clear error', (_name, windows, rules, message) => {
    expect(() => parseRuleBook(windows, rules)).toThrow(message)
  })

  it('names the missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'))
    writeFileSync(join(dir, 'windows.json'), '{not json')
    expect(() => loadRuleBook(dir)).toThrow(/cannot read .*windows\.json/)
  })
})

describe('variations as configuration', () => {
  it('resolves defaults and national variations', () => {
    expect(ruleParam(book, 'rules/fifa-rstp-18.3@1', 'Spain', 'domesticPreContractMonths').value).toBe(6)
    expect(ruleParam(book, 'rules/fifa-rstp-18.3@1', 'england', 'domesticPreContractMonths')).toMatchObject({ value: 1, variation: 'England' })
    expect(ruleParam(book, 'rules/fifa-rstp-6.1@1', 'England', 'freeAgentsOutsideWindow').value).toBe(true)
    expect(ruleParam(book, 'rules/fifa-rstp-6.1@1', 'Spain', 'freeAgentsOutsideWindow').value).toBe('restricted')
  })

  it('mergeVariations overrides without touching the original', () => {
    const merged = mergeVariations(book, { 'rules/fifa-rstp-18.3@1': { England: { domesticPreContractMonths: 6 }, Portugal: { preContractMonths: 6 } } })
    expect(ruleParam(merged, 'rules/fifa-rstp-18.3@1', 'England', 'domesticPreContractMonths').value).toBe(6)
    expect(ruleParam(merged, 'rules/fifa-rstp-18.3@1', 'Portugal', 'preContractMonths').source).toBe('local configuration')
    expect(ruleParam(book, 'rules/fifa-rstp-18.3@1', 'England', 'domesticPreContractMonths').value).toBe(1)
    expect(() => mergeVariations(book, { 'rules/nope@1': {} })).toThrow(/unknown rule id/)
  })
})

describe('dates', () => {
  it.each([
    ['2025-06-30', -6, '2024-12-30'],
    ['2025-08-31', -6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
  ])('addMonths(%s, %i) = %s', (d, n, out) => expect(addMonths(d, n)).toBe(out))

  it('counts days and validates dates', () => {
    expect(daysBetween('2025-01-02', '2025-06-30')).toBe(179)
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01')
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-1-2')).toBe(false)
  })
})
