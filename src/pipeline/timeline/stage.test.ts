import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SagaKind, Stage } from '../../domain/types.ts'
import { compareDates } from '../cluster/order.ts'
import { daysOf, endsFromOutside, firstOwnOf, stageAsOf, type StageInput } from './stage.ts'

type E = StageInput & { tag: string }
/** `'2025-01-01 approach'`, `'2025-01-02 talks -'` (denied), `'… signed ?'` (speculative), `'… signed !'` (confirmed), `'… signed h'` (historical). */
const e = (spec: string): E => {
  const [date, type, flag] = spec.split(' ')
  return {
    tag: spec,
    date: date === 'undated' ? null : date,
    type: type as E['type'],
    stance: flag === '-' ? 'denied' : 'affirmed',
    modality: flag === '?' ? 'speculative' : flag === '!' ? 'confirmed' : 'reported',
    historical: flag === 'h',
  }
}

interface Row {
  name: string
  kind?: SagaKind
  own: string[]
  competing?: string[]
  asOf?: string
  stage: Stage
  date: string | null
  because?: string
  /** Windows of some entries, by spec. */
  windows?: Record<string, string>
}

const rows: Row[] = [
  { name: 'no claims', own: [], stage: 'rumour', date: null },
  { name: 'only denied claims stay at rumour', own: ['2025-01-02 talks -'], stage: 'rumour', date: '2025-01-02' },
  { name: 'furthest affirmed stage', own: ['2024-11-05 interest', '2025-01-01 approach', '2025-01-02 bid_rejected'], stage: 'approach', date: '2025-01-01', because: '2025-01-01 approach' },
  { name: 'bid counts as approach', own: ['2025-01-01 bid'], stage: 'approach', date: '2025-01-01' },
  { name: 'a later lower claim does not lower', own: ['2025-01-01 talks', '2025-02-01 interest'], stage: 'talks', date: '2025-01-01' },
  { name: 'denied never raises', own: ['2025-01-01 interest', '2025-01-02 agreement -'], stage: 'interest', date: '2025-01-01' },
  { name: 'as of a date', own: ['2024-11-05 interest', '2025-03-25 talks'], asOf: '2024-12-15', stage: 'interest', date: '2024-11-05' },
  { name: 'pre_contract counts as agreement', own: ['2025-01-01 pre_contract'], stage: 'agreement', date: '2025-01-01' },
  { name: 'a confirmed signing ends the saga for good', own: ['2025-01-01 signed !', '2025-02-01 collapsed', '2025-03-01 interest'], stage: 'signed', date: '2025-01-01' },
  { name: 'a reported signing gives way to a later collapse', own: ['2025-01-30 talks', '2025-01-31 signed', '2025-02-01 collapsed'], stage: 'collapsed', date: '2025-02-01' },
  { name: 'a reported signing gives way to a later stay', own: ['2025-01-31 signed', '2025-02-03 stays'], stage: 'stays', date: '2025-02-03' },
  { name: 'a collapse on the day of a reported signing does not undo it', own: ['2025-01-31 signed', '2025-01-31 collapsed'], stage: 'signed', date: '2025-01-31' },
  { name: "a collapse of another window does not undo a reported signing (a loan's option declined)", own: ['2025-02-03 signed', '2025-05-20 collapsed'], windows: { '2025-02-03 signed': '2025-january', '2025-05-20 collapsed': '2025-summer' }, stage: 'signed', date: '2025-02-03' },
  { name: 'a second report of a signing keeps the first date', own: ['2025-01-31 signed', '2025-02-02 signed'], stage: 'signed', date: '2025-01-31' },
  { name: 'a signing of a later window after a confirmed one dates the stage anew (saga/next-signing@1: the loan, then the permanent move)', own: ['2023-01-11 signed !', '2024-08-22 signed !'], windows: { '2023-01-11 signed !': '2023-january', '2024-08-22 signed !': '2024-summer' }, stage: 'signed', date: '2024-08-22' },
  { name: 'a speculative signing of a later window does not', own: ['2023-01-11 signed !', '2024-08-22 signed ?'], windows: { '2023-01-11 signed !': '2023-january', '2024-08-22 signed ?': '2024-summer' }, stage: 'signed', date: '2023-01-11' },
  { name: 'speculative signed is not a signing', own: ['2025-01-01 interest', '2025-01-02 signed ?'], stage: 'interest', date: '2025-01-01' },
  { name: 'historical signed changes nothing', own: ['2025-01-01 interest', '2025-01-02 signed h'], stage: 'interest', date: '2025-01-01' },
  { name: 'collapsed ends it', own: ['2025-01-01 talks', '2025-02-01 collapsed'], stage: 'collapsed', date: '2025-02-01', because: '2025-02-01 collapsed' },
  { name: 'speculative collapse ends nothing', own: ['2025-01-01 talks', '2025-02-01 collapsed ?'], stage: 'talks', date: '2025-01-01' },
  { name: 'denied collapse ends nothing', own: ['2025-01-01 talks', '2025-02-01 collapsed -'], stage: 'talks', date: '2025-01-01' },
  { name: 'a second report of the collapse keeps the first date', own: ['2025-01-01 talks', '2025-02-01 collapsed', '2025-02-03 collapsed'], stage: 'collapsed', date: '2025-02-01' },
  { name: 'terminal wins over a raise on the same day', own: ['2025-01-01 talks', '2025-02-01 agreement', '2025-02-01 collapsed'], stage: 'collapsed', date: '2025-02-01' },
  { name: 'a later claim reopens at its own stage (saga/reopen@1)', own: ['2025-01-01 talks', '2025-02-01 collapsed', '2025-06-01 interest'], stage: 'interest', date: '2025-06-01' },
  { name: 'as of before the reopening', own: ['2025-01-01 talks', '2025-02-01 collapsed', '2025-06-01 interest'], asOf: '2025-05-31', stage: 'collapsed', date: '2025-02-01' },
  { name: 'undated raises an open saga', own: ['2025-01-01 interest', 'undated talks'], stage: 'talks', date: null },
  { name: 'undated is ignored with asOf', own: ['2025-01-01 interest', 'undated talks'], asOf: '2025-12-31', stage: 'interest', date: '2025-01-01' },
  { name: 'undated never reopens', own: ['2025-01-01 talks', '2025-02-01 collapsed', 'undated agreement'], stage: 'collapsed', date: '2025-02-01' },
  { name: 'bid_rejected is shown but ends nothing', own: ['2025-01-01 approach', '2025-01-02 bid_rejected'], stage: 'approach', date: '2025-01-01' },
  { name: 'stays in the move saga ends it', own: ['2025-01-01 talks', '2025-01-05 stays'], stage: 'stays', date: '2025-01-05' },
  { name: 'renewal signed ends the competing move', own: ['2025-01-01 talks'], competing: ['2025-03-01 extension_signed'], stage: 'extension_signed', date: '2025-03-01' },
  { name: 'renewal stays ends the competing move', own: ['2025-01-01 talks'], competing: ['2025-03-01 stays'], stage: 'stays', date: '2025-03-01' },
  { name: 'denied renewal changes nothing', own: ['2025-01-01 talks'], competing: ['2025-03-01 extension_signed -', '2025-03-02 stays -'], stage: 'talks', date: '2025-01-01' },
  { name: 'competing offer changes nothing', own: ['2025-01-01 talks'], competing: ['2025-03-01 extension_offer'], stage: 'talks', date: '2025-01-01' },
  { name: 'competing ending older than the saga is ignored', own: ['2025-01-01 interest'], competing: ['2023-03-01 extension_signed'], stage: 'interest', date: '2025-01-01' },
  { name: 'renewal: offer → negotiating', kind: 'renewal', own: ['2024-10-20 extension_offer', '2025-02-10 extension_signed -', '2025-02-11 stays -'], stage: 'negotiating', date: '2024-10-20' },
  { name: 'renewal: signed', kind: 'renewal', own: ['2024-10-20 extension_offer', '2025-04-01 extension_signed'], stage: 'extension_signed', date: '2025-04-01' },
  { name: 'renewal: a move signing elsewhere ends it', kind: 'renewal', own: ['2024-10-20 extension_offer'], competing: ['2025-06-01 signed'], stage: 'collapsed', date: '2025-06-01' },
  { name: 'renewal: a new offer after a signing reopens', kind: 'renewal', own: ['2022-01-01 extension_signed', '2025-01-01 extension_offer'], stage: 'negotiating', date: '2025-01-01' },
  { name: 'renewal: move types do not raise it', kind: 'renewal', own: ['2025-01-01 talks'], stage: 'rumour', date: '2025-01-01' },
]

describe('stageAsOf (saga/stage@1)', () => {
  it.each(rows)('$name', (row) => {
    const r = stageAsOf(row.own.map((x) => ({ ...e(x), window: row.windows?.[x] ?? null })), row.asOf, { kind: row.kind ?? 'move', competing: (row.competing ?? []).map(e) })
    expect({ stage: r.stage, date: r.date }).toEqual({ stage: row.stage, date: row.date })
    if (row.because) expect(r.because?.tag).toBe(row.because)
  })
})

describe('endsFromOutside', () => {
  it('keeps only the competing entries that can end a saga', () => {
    expect(endsFromOutside(e('2025-01-01 extension_signed'), 'move')).toBe(true)
    expect(endsFromOutside(e('2025-01-01 stays'), 'move')).toBe(true)
    expect(endsFromOutside(e('2025-01-01 signed'), 'move')).toBe(false)
    expect(endsFromOutside(e('2025-01-01 signed'), 'renewal')).toBe(true)
    expect(endsFromOutside(e('2025-01-01 extension_offer'), 'move')).toBe(false)
    expect(endsFromOutside(e('2025-01-01 extension_signed -'), 'move')).toBe(false)
    expect(endsFromOutside(e('2025-01-01 extension_signed ?'), 'move')).toBe(false)
    expect(endsFromOutside(e('2025-01-01 signed h'), 'renewal')).toBe(false)
  })
})

describe('daysOf and firstOwnOf (linear merge, equivalence with sorting)', () => {
  // The sort-based originals, kept as oracles.
  const oracleDays = (entries: E[], competing: E[], asOf: string | undefined) => {
    const keep = (x: E) => (asOf === undefined ? true : x.date !== null && x.date <= asOf)
    const all = [...entries.filter(keep).map((entry) => ({ entry, own: true })), ...competing.filter(keep).map((entry) => ({ entry, own: false }))]
    all.sort((a, b) => compareDates(a.entry.date, b.entry.date))
    const days: (typeof all)[] = []
    for (const t of all) {
      const last = days[days.length - 1]
      if (last && last[0].entry.date === t.entry.date) last.push(t)
      else days.push([t])
    }
    return days
  }
  const oracleFirst = (entries: E[], asOf: string | undefined) =>
    entries.filter((x) => !x.historical && (asOf === undefined || (x.date !== null && x.date <= asOf))).sort((a, b) => compareDates(a.date, b.date))[0]

  const spec = fc.tuple(fc.option(fc.integer({ min: 1, max: 9 }), { nil: null, freq: 5 }), fc.constantFrom('interest', 'talks', 'signed', 'stays', 'extension_signed'), fc.constantFrom('', '-', '?', 'h'))
    .map(([d, type, flag]) => e(`${d === null ? 'undated' : `2025-01-0${d}`} ${type} ${flag}`.trim()))
  const byDate = (xs: E[]) => xs.slice().sort((a, b) => compareDates(a.date, b.date))
  const asOfArb = fc.option(fc.integer({ min: 0, max: 9 }).map((d) => `2025-01-0${d}`), { nil: undefined })

  it('gives the same days as a stable sort of own then competing entries (property)', () => {
    fc.assert(fc.property(fc.array(spec, { maxLength: 12 }), fc.array(spec, { maxLength: 12 }), fc.boolean(), fc.boolean(), asOfArb, (own, other, sortOwn, sortOther, asOf) => {
      const a = sortOwn ? byDate(own) : own
      const b = sortOther ? byDate(other) : other
      expect(daysOf(a, b, asOf)).toEqual(oracleDays(a, b, asOf))
      expect(daysOf(a, b, asOf).flat().map((t) => t.entry)).toEqual(oracleDays(a, b, asOf).flat().map((t) => t.entry))
    }), { numRuns: 1000 })
  })

  it('finds the same first entry as filtering and sorting (property)', () => {
    fc.assert(fc.property(fc.array(spec, { maxLength: 12 }), asOfArb, (own, asOf) => {
      expect(firstOwnOf(own, asOf)).toBe(oracleFirst(own, asOf))
    }), { numRuns: 1000 })
  })
})
