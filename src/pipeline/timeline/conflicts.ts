/**
 * Conflicting facts kept side by side, never averaged (SPEC §6), rule `saga/conflict@1`:
 * - `fee`: affirmed bid / agreement / signed reports whose fees (same currency) differ by more
 *   than 5 %; `release-fee`: fees whose note names a release or buy-out clause, any type;
 * - `contract-length`: different lengths read from the evidence of contract-bearing claims
 *   (rule `saga/contract-length@1`: "five-year deal", "until 2030");
 * - `window`: reports of one claim type naming different windows.
 * Each value carries who said it (origin, then carrying outlets), when, and where.
 */
import type { Conflict, ConflictValue, Report, TimelineEntry } from '../../domain/saga.ts'
import type { Fee } from '../../domain/types.ts'

export const FEE_TOLERANCE = 0.05
const FEE_TYPES = new Set(['bid', 'agreement', 'signed'])
const CONTRACT_TYPES = new Set(['extension_offer', 'extension_signed', 'personal_terms', 'agreement', 'pre_contract', 'signed'])
const RELEASE = /release|buy-?out|clause/i
const NUMBERS: Record<string, number | undefined> = Object.setPrototypeOf({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 }, null)
const LENGTH_RE = /\b(one|two|three|four|five|six|seven|eight|\d{1,2})[-\s]years?\b(?![-\s]old)/i
const UNTIL_RE = /\b(?:until|till|to)\s+(?:(?:the\s+)?(?:summer|end)\s+of\s+)?(20\d\d)\b/i
const CONTRACT_WORD = /contract|deal|terms|extension|agreement/i

/**
 * Short money text.
 * @example formatFee({ amount: 60_000_000, currency: 'EUR', addOns: 12_000_000 }) // '€60m + €12m'
 */
export function formatFee(fee: Fee): string {
  if (fee.amount === 0) return 'free'
  const sym = fee.currency === 'EUR' ? '€' : fee.currency === 'GBP' ? '£' : fee.currency === 'USD' ? '$' : `${fee.currency} `
  const short = (n: number) => (n >= 1e6 ? `${sym}${+(n / 1e6).toFixed(2)}m` : n >= 1e3 ? `${sym}${+(n / 1e3).toFixed(1)}k` : `${sym}${n}`)
  const main = fee.note && /^up to\b/i.test(fee.note) ? `up to ${short(fee.amount)}` : short(fee.amount)
  return fee.addOns ? `${main} + ${short(fee.addOns)}` : main
}

/**
 * Contract length named in a sentence: `5 years`, `until 2030`, or undefined.
 * @example contractLengthOf('He is set to sign a five-year deal.') // '5 years'
 */
export function contractLengthOf(sentence: string): string | undefined {
  if (!CONTRACT_WORD.test(sentence)) return undefined
  const m = LENGTH_RE.exec(sentence)
  if (m) {
    const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1])
    return `${n} year${n === 1 ? '' : 's'}`
  }
  const u = UNTIL_RE.exec(sentence)
  return u ? `until ${u[1]}` : undefined
}

/** Reports by id: a Map, or anything that looks reports up the same way. */
type Reports = Pick<ReadonlyMap<string, Report>, 'get'>

/** One candidate value: its grouping key and the entry that carries it. */
interface Row {
  key: string
  e: TimelineEntry
}

/**
 * Groups values: one per distinct key, the earliest entry stands for the group (entries sorted),
 * and `by` lists who said it: every `whoSaid` name of the group's rows, in order, once.
 * Speed: a value's text is made only for the row that stands for its group, and names are
 * checked against a set, not against the list.
 */
function distinct(field: Conflict['field'], rows: readonly Row[], text: (r: Row) => string, reports: Reports): Conflict[] {
  // Speed: one row is one value, never a conflict (and needs no report look-up).
  if (rows.length < 2) return []
  const seen = new Map<string, { value: ConflictValue; names: Set<string> }>()
  for (const r of rows) {
    let group = seen.get(r.key)
    if (!group) {
      group = { value: { value: text(r), by: [], date: r.e.date, articleId: r.e.evidence.articleId }, names: new Set() }
      seen.set(r.key, group)
    }
    addWhoSaid(group.value.by, group.names, reports.get(r.e.reportId))
  }
  return seen.size > 1 ? [{ field, values: [...seen.values()].map((g) => g.value) }] : []
}

/** Appends `whoSaid(report)`'s names that `by` lacks, in order (`names` mirrors `by`). */
function addWhoSaid(by: string[], names: Set<string>, report: Report | undefined): void {
  if (!report) return
  addName(by, names, report.origin)
  for (const c of report.carriers) if (c.outlet) addName(by, names, c.outlet)
}

function addName(by: string[], names: Set<string>, name: string): void {
  if (names.has(name)) return
  names.add(name)
  by.push(name)
}

/** Appends to the list of `key` in a map of lists (linear, unlike copying the list per item). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const feeText = (r: Row) => formatFee(r.e.fee!)

function feeConflicts(field: 'fee' | 'release-fee', entries: TimelineEntry[], reports: Reports): Conflict[] {
  const byCurrency = new Map<string, TimelineEntry[]>()
  for (const e of entries) pushTo(byCurrency, e.fee!.currency, e)
  const out: Conflict[] = []
  for (const [, list] of [...byCurrency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (list.length < 2) continue
    // INFO: amounts within 5 % of the smallest of their run are one value; rows keep timeline order
    const keyOf = new Map<number, string>()
    let anchor: number | undefined
    for (const amt of [...new Set(list.map((e) => e.fee!.amount))].sort((a, b) => a - b)) {
      if (anchor === undefined || Math.abs(amt - anchor) > FEE_TOLERANCE * Math.max(amt, anchor)) anchor = amt
      keyOf.set(amt, String(anchor))
    }
    const rows = list.map((e) => ({ key: keyOf.get(e.fee!.amount)!, e }))
    out.push(...distinct(field, rows, feeText, reports))
  }
  return out
}

function windowConflicts(entries: TimelineEntry[], reports: Reports): Conflict[] {
  const byType = new Map<string, TimelineEntry[]>()
  for (const e of entries) if (e.window && e.stance === 'affirmed') pushTo(byType, e.type, e)
  const out: Conflict[] = []
  for (const [type, list] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(...distinct('window', list.map((e) => ({ key: e.window!, e })), (r) => `${r.e.window} (${type})`, reports))
  }
  return out
}

/**
 * Conflicts among a saga's current timeline entries (given in timeline order).
 * @example findConflicts(entries, reportsById) // [{ field: 'fee', values: [{ value: '€60m', by: ['Marca'], … }, { value: '€75m', … }] }]
 */
export function findConflicts(entries: TimelineEntry[], reports: Reports): Conflict[] {
  // Speed: a conflict needs two entries (many sagas have one).
  if (entries.length < 2) return []
  const withFee = entries.filter((e) => e.fee !== null && e.stance === 'affirmed')
  // Speed: a set, not a scan of the release fees per fee.
  const release = new Set(withFee.filter((e) => RELEASE.test(e.fee!.note ?? '')))
  const fees = withFee.filter((e) => FEE_TYPES.has(e.type) && !release.has(e))
  const lengths = entries
    .filter((e) => CONTRACT_TYPES.has(e.type) && e.stance === 'affirmed')
    .flatMap((e) => {
      const v = contractLengthOf(e.evidence.sentence)
      return v ? [{ key: v, e }] : []
    })
  return [
    ...feeConflicts('fee', fees, reports),
    ...feeConflicts('release-fee', [...release], reports),
    ...distinct('contract-length', lengths, (r) => r.key, reports),
    ...windowConflicts(entries, reports),
  ]
}
