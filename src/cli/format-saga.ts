/**
 * Terminal rendering of sagas (SPEC §6, §9): a header, the folded timeline, conflicts side by
 * side and related sagas. Text from articles is untrusted: control characters are replaced so
 * that an outlet name cannot move the cursor or recolour the terminal (SPEC §14).
 */
import type { Saga, TimelineEntry } from '../domain/saga.ts'
import type { Fee } from '../domain/types.ts'
import { DEAL_WORDS } from '../pipeline/timeline/deal-kind.ts'

export interface FormatSagaOptions {
  asOf?: string
  since?: string
}

const EST_WIDTH = '~0000-00-00 (est.)'.length

function safe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
}

function money(fee: Fee): string {
  if (fee.amount === 0) return 'free'
  const sym = fee.currency === 'EUR' ? '€' : fee.currency === 'GBP' ? '£' : fee.currency === 'USD' ? '$' : `${safe(fee.currency)} `
  const short = (n: number) => (n >= 1e6 ? `${sym}${+(n / 1e6).toFixed(2)}m` : n >= 1e3 ? `${sym}${+(n / 1e3).toFixed(1)}k` : `${sym}${n}`)
  return fee.addOns ? `${short(fee.amount)} + ${short(fee.addOns)}` : short(fee.amount)
}

function dateText(date: string | null, estimated: boolean): string {
  if (date === null) return 'undated'
  return estimated ? `~${date} (est.)` : date
}

function route(saga: Saga): string {
  if (saga.kind === 'renewal') return `renewal at ${safe(saga.club)}`
  return `${safe(saga.fromClub ?? '?')} → ${safe(saga.club)}`
}

/** "Fabrizio Romano (CaughtOffside)": innermost source, then the rest of the chain or the outlet. */
function whoText(e: TimelineEntry): string {
  const outlet = e.carriers[0]?.outlet
  const [first, ...rest] = e.attributedTo
  if (!first) return safe(outlet ?? 'the article')
  const outer = rest.length > 0 ? rest : outlet && outlet !== first ? [outlet] : []
  return safe(outer.length > 0 ? `${first} (${outer.join(', ')})` : first)
}

function entryLine(e: TimelineEntry, dateWidth: number): string {
  const n = e.carriers.length - 1
  const extras = [
    n > 0 ? `+${n} carrier${n === 1 ? '' : 's'}` : '',
    e.fee ? money(e.fee) : '',
    e.window ? `[${safe(e.window)}]` : '',
    e.deal ? DEAL_WORDS[e.deal] : '',
    e.historical ? '(past)' : '',
    e.headline ? '(headline)' : '',
  ].filter(Boolean)
  const cols = [dateText(e.date, e.dateEstimated).padEnd(dateWidth), e.type.padEnd(16), e.stance.padEnd(8), e.modality.padEnd(11)]
  return `  ${cols.join('  ')}${[whoText(e), ...extras].join(', ')}`
}

/** "loan: signed since 2024-08-30 (1 report); permanent: collapsed since 2025-06-03 (2 reports)". */
function dealsText(saga: Saga): string {
  return (saga.deals ?? []).map((d) => {
    const since = d.stageDate ? ` since ${d.stageDate}` : ''
    return `${DEAL_WORDS[d.kind]}: ${d.stage}${since} (${d.reports} report${d.reports === 1 ? '' : 's'})`
  }).join('; ')
}

function header(saga: Saga, opts: FormatSagaOptions): string[] {
  const span = saga.firstDate ? `${saga.firstDate} … ${saga.lastDate}` : 'undated'
  const view = [opts.asOf ? `as of ${opts.asOf}` : '', opts.since ? `new since ${opts.since}` : ''].filter(Boolean).join(', ')
  return [
    `${safe(saga.player)}: ${route(saga)}  (${saga.kind})`,
    `  id      ${saga.id}`,
    `  stage   ${saga.stage}${saga.stageDate ? ` since ${saga.stageDate}` : ''}${saga.stageDeal ? ` (${DEAL_WORDS[saga.stageDeal]})` : ''}`,
    `  claims  ${saga.claimCount} in ${saga.reportCount} report${saga.reportCount === 1 ? '' : 's'}, ${span}`,
    ...(saga.deals?.length ? [`  deal    ${dealsText(saga)}`] : []),
    ...(view ? [`  view    ${view}`] : []),
  ]
}

function timelineBlock(saga: Saga, opts: FormatSagaOptions): string[] {
  // INFO: the saga should come from buildSagas with the same options; filtering again is harmless
  const since = opts.since
  const timeline = since === undefined ? saga.timeline : saga.timeline.filter((e) => !e.historical && e.date !== null && e.date > since)
  if (timeline.length === 0) return ['', opts.since ? `Nothing new since ${opts.since}.` : 'No timeline entries.']
  const width = timeline.some((e) => e.dateEstimated && e.date !== null) ? EST_WIDTH : 10
  return ['', 'Timeline:', ...timeline.map((e) => entryLine(e, width))]
}

function conflictBlock(saga: Saga): string[] {
  if (saga.conflicts.length === 0) return []
  const lines = saga.conflicts.map((c) => {
    const values = c.values.map((v) => `${safe(v.value)} (${[...v.by.map(safe), v.date ?? 'undated'].join(', ')})`)
    return `  ${c.field}: ${values.join(' / ')}`
  })
  return ['', 'Conflicts:', ...lines]
}

/**
 * A readable terminal view of one saga.
 * @example formatSaga(saga, { asOf: '2025-01-02' })
 *   // 'Trent Alexander-Arnold: Liverpool → Real Madrid  (move)\n  id      move:…\n  stage   approach since 2025-01-01\n…'
 */
export function formatSaga(saga: Saga, opts: FormatSagaOptions = {}): string {
  const related = saga.related.length > 0 ? ['', `Related: ${saga.related.join(', ')}`] : []
  return [...header(saga, opts), ...timelineBlock(saga, opts), ...conflictBlock(saga), ...related].join('\n') + '\n'
}

/**
 * One line per saga: stage, stage date, who and where, counts, id.
 * @example formatSagaList(sagas)
 *   // 'talks             2025-03-25  Trent Alexander-Arnold: Liverpool → Real Madrid  10 claims / 8 reports  move:…\n'
 */
export function formatSagaList(sagas: readonly Saga[]): string {
  if (sagas.length === 0) return 'No sagas.\n'
  const line = (s: Saga) =>
    `${s.stage.padEnd(16)}  ${(s.stageDate ?? 'undated').padEnd(10)}  ${safe(s.player)}: ${route(s)}` +
    `  ${s.claimCount} claims / ${s.reportCount} reports  ${s.id}\n`
  return sagas.map(line).join('')
}
