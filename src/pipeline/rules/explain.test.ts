import { describe, expect, it } from 'vitest'
import { explainRules } from './explain.ts'
import { formatExplanation } from './format-explanation.ts'
import { loadRuleBook } from './load-rules.ts'
import type { RuleAnswer, RuleQuestion, RulesInput } from './types.ts'

const book = loadRuleBook()
const LIVERPOOL = { name: 'Liverpool', country: 'England' }
const REAL = { name: 'Real Madrid', country: 'Spain' }
const CHELSEA = { name: 'Chelsea', country: 'England' }

function trent(date: string, extra: Partial<RulesInput> = {}): RulesInput {
  return { player: 'Trent Alexander-Arnold', fromClub: LIVERPOOL, toClub: REAL, date, contractExpires: '2025-06-30', contractSource: 'imported players CSV', ...extra }
}

function answer(input: RulesInput, q: RuleQuestion): RuleAnswer {
  const found = explainRules(book, input).answers.find((a) => a.question === q)
  if (!found) throw new Error(`no ${q} answer`)
  return found
}

type Row = [string, RulesInput, RuleQuestion, boolean | 'unknown', RegExp[]]

const rows: Row[] = [
  ['more than six months out: no pre-contract', trent('2024-11-05'), 'pre_contract', false, [/rules\/fifa-rstp-18\.3@1/, /237 days after 2024-11-05/, /earliest day is 2024-12-30/]],
  ['more than six months out: talks only with consent', trent('2024-11-05'), 'talks', true, [/Liverpool's prior written consent/, /Premier League and FA rules on approaches/]],
  ['more than six months out: no fee transfer (Spanish window closed)', trent('2024-11-05'), 'fee_transfer', false, [/Spain's transfer window is closed on 2024-11-05/, /opens on 2025-01-02/]],
  ['not a free agent in November', trent('2024-11-05'), 'free_agent', false, [/free agent on 2025-07-01/]],
  ['2 January: pre-contract for a foreign club', trent('2025-01-02'), 'pre_contract', true, [/^Under FIFA RSTP art\. 18\.3 \(rules\/fifa-rstp-18\.3@1\) a player may sign a pre-contract with another club when his contract expires within 6 months/m, /expires within 6 months: his contract expires on 2025-06-30 \(source: imported players CSV\), 179 days after 2025-01-02/]],
  ['2 January: talks after written notice', trent('2025-01-02'), 'talks', true, [/inform Liverpool in writing/]],
  ['2 January: fee transfer possible', trent('2025-01-02'), 'fee_transfer', true, [/Spain's winter window \(2025-01-02 to 2025-02-03\) is open/, /England's winter window \(2025-01-01 to 2025-02-03\) is open/, /Liverpool's agreement/]],
  ['2 January: Real Madrid can register (Spanish window open)', trent('2025-01-02'), 'registration', true, [/Spain's winter window .* is open on 2025-01-02/]],
  ['1 January: Spanish window not yet open', trent('2025-01-01'), 'registration', false, [/closed on 2025-01-01/]],
  ['1 July: free agent', trent('2025-07-01'), 'free_agent', true, [/free agent since 2025-07-01/, /rules\/contract-expiry@1/]],
  ['1 July: registration in the Spanish summer window', trent('2025-07-01'), 'registration', true, [/summer window \(2025-07-01 to 2025-09-01\)/]],
  ['1 July: no fee due', trent('2025-07-01'), 'fee_transfer', false, [/no fee is due/]],
  ['domestic English suitor on 2 January: no pre-contract', trent('2025-01-02', { toClub: CHELSEA }), 'pre_contract', false, [/England variation/, /only in the final month of his contract/, /from 2025-05-30/, /another country could agree one from 2024-12-30/]],
  ['domestic English suitor on 2 January: talks need consent', trent('2025-01-02', { toClub: CHELSEA }), 'talks', true, [/Liverpool's prior written consent/]],
  ['domestic English suitor in June: pre-contract allowed', trent('2025-06-05', { toClub: CHELSEA }), 'pre_contract', true, [/England variation/]],
  ['unknown expiry: pre-contract unknown', trent('2025-01-02', { contractExpires: undefined }), 'pre_contract', 'unknown', [/expiry date is not known/]],
  ['unknown expiry: free agent unknown', trent('2025-01-02', { contractExpires: undefined }), 'free_agent', 'unknown', [/not known/]],
  ['unknown expiry: talks conditional', trent('2025-01-02', { contractExpires: undefined }), 'talks', true, [/If he is under contract/]],
  ['free agent signing in England outside the window', trent('2025-10-01', { toClub: CHELSEA }), 'registration', true, [/England variation/]],
  ['free agent in Spain outside the window, contract ended before the last one closed', trent('2025-10-01'), 'registration', true, [/last window closed on 2025-09-01/]],
  ['free agent in Spain, contract ended after the window closed', trent('2025-10-01', { contractExpires: '2025-09-15' }), 'registration', false, [/expired on 2025-09-15/]],
  ['unknown country: registration unknown', trent('2025-01-02', { toClub: { name: 'Club Brugge', country: 'Belgium' } }), 'registration', 'unknown', [/No transfer windows are recorded for Belgium/]],
  ['Saudi club after the English deadline: its own window is open', trent('2023-09-05', { toClub: { name: 'Al-Ittihad', country: 'Saudi Arabia' } }), 'fee_transfer', true, [/Saudi Arabia's summer window \(2023-07-01 to 2023-09-07\) is open/]],
  ['Turkish club after its own deadline', trent('2023-09-16', { toClub: { name: 'Galatasaray', country: 'Turkey' } }), 'registration', false, [/Turkey's transfer window is closed on 2023-09-16; the next opens on 2024-01-11/]],
  ['a gap the table leaves (no Saudi 2023-24 winter row) is unknown, not closed', trent('2024-01-15', { toClub: { name: 'Al-Ittihad', country: 'Saudi Arabia' } }), 'registration', 'unknown', [/windows of Saudi Arabia around 2024-01-15 are not recorded/]],
  ['Turkish club two weeks after the English deadline', trent('2023-09-14', { toClub: { name: 'Galatasaray', country: 'Turkey' } }), 'registration', true, [/Turkey's summer window/]],
  ['MLS club in March: the primary window is open', trent('2024-03-12', { toClub: { name: 'LA Galaxy', country: 'USA' } }), 'registration', true, [/USA's winter window \(2024-01-31 to 2024-04-23\)/]],
]

describe('explainRules', () => {
  it.each(rows)('%s', (_name, input, question, possible, patterns) => {
    const a = answer(input, question)
    expect(a.possible).toBe(possible)
    const text = [...a.why, ...a.conditions].join('\n')
    for (const p of patterns) expect(text).toMatch(p)
    expect(a.rules.length).toBeGreaterThan(0)
  })

  it('answers all five questions, each with reasons', () => {
    const e = explainRules(book, trent('2025-01-02'))
    expect(e.answers.map((a) => a.question)).toEqual(['talks', 'pre_contract', 'fee_transfer', 'registration', 'free_agent'])
    for (const a of e.answers) expect(a.why.length).toBeGreaterThan(0)
  })

  it('notes the exceptional and provisional windows', () => {
    expect(explainRules(book, trent('2025-06-05')).notes.join('\n')).toMatch(/exceptional/)
    expect(explainRules(book, trent('2026-07-15')).notes.join('\n')).toMatch(/provisional/)
  })

  it('names the window sources in the notes', () => {
    expect(explainRules(book, trent('2025-01-02')).notes.join('\n')).toMatch(/Window dates for Spain: LaLiga/)
  })

  it('rejects a malformed date with one clear error', () => {
    expect(() => explainRules(book, trent('2 January'))).toThrow(/YYYY-MM-DD/)
    expect(() => explainRules(book, trent('2025-01-02', { contractExpires: 'June' }))).toThrow(/contract expiry/)
  })

  it('formats the 2024-11-05 talks verdict with its condition', () => {
    expect(formatExplanation(explainRules(book, trent('2024-11-05')))).toMatch(/talks {9}yes, with Liverpool's prior written consent/)
  })

  it('formats for the terminal', () => {
    const text = formatExplanation(explainRules(book, trent('2025-01-02')))
    expect(text.split('\n')[0]).toBe('Trent Alexander-Arnold: Liverpool (England) -> Real Madrid (Spain), 2025-01-02')
    expect(text).toMatch(/pre-contract {2}yes, after informing Liverpool in writing/)
    expect(text).toMatch(/rules: rules\/fifa-rstp-18\.3@1/)
  })
})
