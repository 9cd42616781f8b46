import { describe, expect, it } from 'vitest'
import { findTimeExpressions, windowForSentence } from './resolve-time.js'
import type { TimeKind } from './types.js'

interface Expect {
  surface: string
  kind: TimeKind
  window?: string
  date?: string
  range?: [string, string]
  negated?: boolean
}

/** One phrase, three reference dates: 2024-11-05, 2025-01-01 and null (undated). */
interface Row {
  value: string
  nov: Expect[]
  jan: Expect[]
  none: Expect[]
}

const w = (surface: string, window?: string, extra: Partial<Expect> = {}): Expect => ({ surface, kind: 'window', ...(window ? { window } : {}), ...extra })

const rows: Row[] = [
  { value: 'January', nov: [w('January', '2025-january')], jan: [w('January', '2025-january')], none: [w('January')] },
  { value: 'not for sale in January', nov: [w('January', '2025-january')], jan: [w('January', '2025-january')], none: [w('January')] },
  { value: 'the January window', nov: [w('the January window', '2025-january')], jan: [w('the January window', '2025-january')], none: [w('the January window')] },
  { value: 'in the January transfer window', nov: [w('the January transfer window', '2025-january')], jan: [w('the January transfer window', '2025-january')], none: [w('the January transfer window')] },
  { value: 'the winter window', nov: [w('the winter window', '2025-january')], jan: [w('the winter window', '2025-january')], none: [w('the winter window')] },
  { value: 'in the mid-season transfer window', nov: [w('the mid-season transfer window', '2025-january')], jan: [w('the mid-season transfer window', '2025-january')], none: [w('the mid-season transfer window')] },
  { value: 'They tried in this window', nov: [w('this window', '2025-january')], jan: [w('this window', '2025-january')], none: [w('this window')] },
  {
    value: 'a move this month',
    nov: [{ surface: 'this month', kind: 'range', range: ['2024-11-01', '2024-11-30'] }],
    jan: [{ surface: 'this month', kind: 'range', window: '2025-january', range: ['2025-01-01', '2025-01-31'] }],
    none: [{ surface: 'this month', kind: 'range' }],
  },
  { value: 'next summer', nov: [w('next summer', '2025-summer')], jan: [w('next summer', '2025-summer')], none: [w('next summer')] },
  { value: 'until the summer', nov: [w('the summer', '2025-summer')], jan: [w('the summer', '2025-summer')], none: [w('the summer')] },
  { value: 'for the summer transfer window', nov: [w('the summer transfer window', '2025-summer')], jan: [w('the summer transfer window', '2025-summer')], none: [w('the summer transfer window')] },
  {
    value: 'for the summer transfer window next year',
    nov: [w('the summer transfer window next year', '2025-summer')],
    jan: [w('the summer transfer window next year', '2026-summer')],
    none: [w('the summer transfer window next year')],
  },
  { value: 'their top target for 2025', nov: [w('for 2025', '2025-summer')], jan: [w('for 2025', '2025-summer')], none: [w('for 2025', '2025-summer')] },
  {
    value: 'at the end of the season',
    nov: [{ surface: 'the end of the season', kind: 'season-end', window: '2025-summer', date: '2025-05-31' }],
    jan: [{ surface: 'the end of the season', kind: 'season-end', window: '2025-summer', date: '2025-05-31' }],
    none: [{ surface: 'the end of the season', kind: 'season-end' }],
  },
  {
    value: 'ahead of next season',
    nov: [{ surface: 'next season', kind: 'relative', window: '2025-summer', range: ['2025-07-01', '2026-06-30'] }],
    jan: [{ surface: 'next season', kind: 'relative', window: '2025-summer', range: ['2025-07-01', '2026-06-30'] }],
    none: [{ surface: 'next season', kind: 'relative' }],
  },
  {
    value: 'more talks in the coming weeks',
    nov: [{ surface: 'in the coming weeks', kind: 'relative', range: ['2024-11-05', '2024-12-03'] }],
    jan: [{ surface: 'in the coming weeks', kind: 'relative', range: ['2025-01-01', '2025-01-29'] }],
    none: [{ surface: 'in the coming weeks', kind: 'relative' }],
  },
  {
    value: 'working on this deal since March',
    nov: [{ surface: 'since March', kind: 'range', date: '2024-03-01', range: ['2024-03-01', '2024-11-05'] }],
    jan: [{ surface: 'since March', kind: 'range', date: '2024-03-01', range: ['2024-03-01', '2025-01-01'] }],
    none: [{ surface: 'since March', kind: 'range' }],
  },
  {
    value: 'which is around two months away',
    nov: [{ surface: 'around two months away', kind: 'relative', date: '2025-01-05' }],
    jan: [{ surface: 'around two months away', kind: 'relative', date: '2025-03-01' }],
    none: [{ surface: 'around two months away', kind: 'relative' }],
  },
  { value: 'clubs interested earlier in the summer', nov: [w('earlier in the summer', '2024-summer')], jan: [w('earlier in the summer', '2024-summer')], none: [w('earlier in the summer')] },
  { value: 'his Bosman move last summer', nov: [w('last summer', '2024-summer')], jan: [w('last summer', '2024-summer')], none: [w('last summer')] },
  { value: 'in the summer of 2025', nov: [w('the summer of 2025', '2025-summer')], jan: [w('the summer of 2025', '2025-summer')], none: [w('the summer of 2025', '2025-summer')] },
  {
    value: 'his deal expires at the end of June',
    nov: [{ surface: 'the end of June', kind: 'date', window: '2025-summer', date: '2025-06-30' }],
    jan: [{ surface: 'the end of June', kind: 'date', window: '2025-summer', date: '2025-06-30' }],
    none: [{ surface: 'the end of June', kind: 'date' }],
  },
  {
    value: 'done by the deadline',
    nov: [{ surface: 'by the deadline', kind: 'date', window: '2025-january', date: '2025-02-03' }],
    jan: [{ surface: 'by the deadline', kind: 'date', window: '2025-january', date: '2025-02-03' }],
    none: [{ surface: 'by the deadline', kind: 'date' }],
  },
  {
    value: 'on deadline day',
    nov: [{ surface: 'deadline day', kind: 'date', window: '2025-january', date: '2025-02-03' }],
    jan: [{ surface: 'deadline day', kind: 'date', window: '2025-january', date: '2025-02-03' }],
    none: [{ surface: 'deadline day', kind: 'date' }],
  },
  {
    value: 'the summer transfer window next year, not the January transfer window',
    nov: [w('the summer transfer window next year', '2025-summer'), w('the January transfer window', '2025-january', { negated: true })],
    jan: [w('the summer transfer window next year', '2026-summer'), w('the January transfer window', '2025-january', { negated: true })],
    none: [w('the summer transfer window next year'), w('the January transfer window', undefined, { negated: true })],
  },
  { value: 'it may well happen', nov: [], jan: [], none: [] },
  { value: '', nov: [], jan: [], none: [] },
  { value: ' \n\t ', nov: [], jan: [], none: [] },
  { value: 'Ñandú ğüß señor in January', nov: [w('January', '2025-january')], jan: [w('January', '2025-january')], none: [w('January')] },
  { value: '<img src=x onerror="since since since">', nov: [], jan: [], none: [] },
]

function check(value: string, ref: string | null, expected: Expect[]): void {
  const got = findTimeExpressions(value, 0, value.length, ref)
  expect(got.map((m) => value.slice(m.start, m.end))).toEqual(expected.map((e) => e.surface))
  got.forEach((m, i) => {
    const e = expected[i]
    expect(m.kind).toBe(e.kind)
    expect(m.window).toBe(e.window)
    if (e.date) expect(m.date).toBe(e.date)
    if (e.range) expect(m.range).toEqual(e.range)
    expect(m.negated).toBe(e.negated ?? false)
    expect(m.rule).toMatch(/^time\/[a-z-]+@\d+$/)
    expect(m.confidence).toBeGreaterThan(0)
    expect(m.confidence).toBeLessThanOrEqual(1)
  })
}

describe('findTimeExpressions', () => {
  it.each(rows)('ref 2024-11-05: $value', ({ value, nov }) => check(value, '2024-11-05', nov))
  it.each(rows)('ref 2025-01-01: $value', ({ value, jan }) => check(value, '2025-01-01', jan))
  it.each(rows)('ref null: $value', ({ value, none }) => check(value, null, none))

  it.each([
    { value: 'since mid-to-late-November', ref: '2025-01-01', date: '2024-11-11' },
    { value: 'TEAMtalk revealed towards the start of November', ref: '2025-01-01', date: '2024-11-01' },
    { value: 'he will make his 350th appearance on April 2', ref: '2025-03-25', date: '2025-04-02' },
    { value: 'end of 2024, beginning of 2025', ref: null, date: '2024-12-31' },
    { value: 'he said he will move in May', ref: '2024-11-05', date: '2025-05-01' },
  ])('$value @ $ref', ({ value, ref, date }) => {
    expect(findTimeExpressions(value, 0, value.length, ref)[0]?.date).toBe(date)
  })

  it('treats a malformed ref like null', () => {
    expect(findTimeExpressions('next summer', 0, 11, 'yesterday')[0].window).toBeUndefined()
  })

  it('keeps offsets absolute and inside [start, end)', () => {
    const text = 'Old news. He will move next summer. Then more.'
    const got = findTimeExpressions(text, 10, 35, '2024-11-05')
    expect(got.map((m) => text.slice(m.start, m.end))).toEqual(['next summer'])
  })

  it('handles huge input', () => {
    const text = 'Real want him in the January window, not next summer. '.repeat(10_000)
    const got = findTimeExpressions(text, 0, text.length, '2024-11-05')
    expect(got).toHaveLength(20_000)
  })

  it.each([null, undefined, 7, {}])('returns [] for wrong type %s', (v) => {
    expect(findTimeExpressions(v as unknown as string, 0, 10, null)).toEqual([])
  })
})

describe('windowForSentence', () => {
  it.each([
    {
      value: 'Romano confirmed they consider him a top target but for the summer transfer window next year, not the January transfer window which is around two months away.',
      ref: '2024-11-05',
      expected: '2025-summer',
      negated: ['2025-january'],
    },
    { value: 'Real are pushing to sign him by the summer transfer window, if not in the immediate winter window.', ref: '2025-01-01', expected: '2025-summer', negated: [] },
    { value: 'Even if it is not going to be in January, it will be in the summer.', ref: '2025-01-01', expected: '2025-summer', negated: ['2025-january'] },
    { value: 'There is no concrete negotiation for January.', ref: '2025-01-01', expected: '2025-january', negated: [] },
    { value: 'He is their top target for 2025.', ref: null, expected: '2025-summer', negated: [] },
    { value: 'He is happy at the club.', ref: '2025-01-01', expected: null, negated: [] },
    { value: '', ref: null, expected: null, negated: [] },
  ])('$value', ({ value, ref, expected, negated }) => {
    const got = windowForSentence(value, 0, value.length, ref)
    expect(got.window).toBe(expected)
    expect(got.negated).toEqual(negated)
    expect(got.rule).toMatch(/^time\//)
  })
})

/** The windows of the time expressions of a sentence read on `ref`. */
const at = (s: string, ref: string) => findTimeExpressions(s, 0, s.length, ref).map((m) => m.window)

describe('a month gone this year, after a past verb', () => {
  it('is this year’s month after a past-tense verb', () => {
    expect(at('Leeds lodged an offer for the striker in June.', '2024-07-20')).toEqual(['2024-summer'])
    expect(at('The clubs agreed a fee in July.', '2024-09-12')).toEqual(['2024-summer'])
  })
  it('reaches back up to half a year', () => {
    expect(at('Newcastle made an offer for the striker in January.', '2025-07-15')).toEqual(['2025-january'])
  })
  it('stays ahead in the present or future tense, after "that", or months back', () => {
    expect(at('His contract expires in June.', '2024-07-20')).toEqual(['2025-summer'])
    expect(at('Leeds want to sign him in June.', '2024-07-20')).toEqual(['2025-summer'])
    expect(at('Leeds are interested in a loan in June.', '2024-07-20')).toEqual(['2025-summer'])
    expect(at('They told Leeds that he is not for sale in January.', '2024-12-30')).toEqual(['2025-january'])
  })
})

describe('the deadline, read inside an open window', () => {
  it('is the open window’s deadline for a time up to it, even in the past tense', () => {
    expect(at('He had offers from three clubs before the deadline.', '2025-07-20')).toEqual(['2025-summer'])
    expect(at('They wanted a deal done by the summer deadline.', '2025-08-10')).toEqual(['2025-summer'])
  })
  it('is the deadline gone for a past act on deadline day', () => {
    expect(at('Stoke loaned him to Wednesday on deadline day.', '2025-07-20')).toEqual(['2025-january'])
    expect(at('He had offers before the deadline.', '2025-03-20')).toEqual(['2025-january'])
  })
  it('is the open window’s for an act told in the present perfect on deadline day', () => {
    expect(at('Udinese have completed the signing of the winger for a reported £6m on deadline day.', '2019-08-08')).toEqual(['2019-summer'])
    expect(at('Udinese completed the signing of the winger for a reported £6m on deadline day.', '2019-08-08')).toEqual(['2019-january'])
  })
})

describe('"the summer" after an act told in the past', () => {
  it('is the summer gone, read in January', () => {
    expect(at('Luton rejected an offer from Swansea in the summer.', '2022-01-14')).toEqual(['2021-summer'])
    expect(at('Bristol City failed with a bid to sign him during the summer.', '2022-01-14')).toEqual(['2021-summer'])
  })
  it('is the summer ahead for a plan made in the past, or a bare "summer move"', () => {
    expect(at('Napoli decided to sell him in the summer.', '2022-01-14')).toEqual(['2022-summer'])
    expect(at('Lyon have ruled out a summer move for the striker.', '2022-01-14')).toEqual(['2022-summer'])
  })
})

describe('a named window after a past verb', () => {
  it('is the one that has opened, not the next', () => {
    expect(at('Chelsea made a bid for him during the January transfer window.', '2023-08-14')).toEqual(['2023-january'])
    expect(at('Chelsea made a bid during the January window.', '2024-01-20')).toEqual(['2024-january'])
    expect(at('They were interested in the summer window.', '2024-03-01')).toEqual(['2023-summer'])
  })
  it('is the one opened after a past attempt', () => {
    expect(at('They first tried to buy him during the January transfer window.', '2023-08-14')).toEqual(['2023-january'])
    expect(at('They will have tried to buy him during the January window.', '2023-08-14')).toEqual(['2024-january'])
  })
  it('stays ahead in the future tense', () => {
    expect(at('Chelsea will bid during the January window.', '2023-08-14')).toEqual(['2024-january'])
  })
})

describe('a weekday', () => {
  const dayOf = (s: string, ref: string) => findTimeExpressions(s, 0, s.length, ref).find((m) => m.rule === 'time/weekday@1')?.date
  it('is the last such day after a past verb, the next one otherwise (2025-08-15 is a Friday)', () => {
    expect(dayOf('He joined Valencia on loan on Monday.', '2025-08-15')).toBe('2025-08-11')
    expect(dayOf('He will have a medical on Monday.', '2025-08-15')).toBe('2025-08-18')
    expect(dayOf('They met last Friday.', '2025-08-15')).toBe('2025-08-08')
    expect(dayOf('The deal closes next Friday.', '2025-08-15')).toBe('2025-08-22')
  })
  it('says no day without a reference date, and none for a bare weekday name', () => {
    expect(dayOf('He joined on Monday.', null as unknown as string)).toBeUndefined()
    expect(findTimeExpressions('Monday Night Football', 0, 21, '2025-08-15').some((m) => m.rule === 'time/weekday@1')).toBe(false)
  })
})
