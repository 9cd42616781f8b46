/**
 * Builders of sagas for the judgement tests: terse entries in, complete domain objects out.
 */
import type { Carrier, Report, Saga, TimelineEntry } from '../../domain/saga.ts'
import type { ArticleId, ClaimType, Modality, SagaId, SagaKind, Stance } from '../../domain/types.ts'
import { STAGE_ORDER, stageOfType, stageRank } from './stages.ts'

export interface EntrySpec {
  /** Attribution chain, innermost first. */
  by?: string[]
  /** Outlets carrying the report (default: the last element of `by`, else 'Test Outlet'). */
  carriers?: string[]
  stance?: Stance
  modality?: Modality
  report?: string
  historical?: boolean
  headline?: boolean
}

let counter = 0

/**
 * One timeline entry.
 * @example entry('2025-03-25', 'talks', { by: ['Sky Sports News'] })
 */
export function entry(date: string | null, type: ClaimType, spec: EntrySpec = {}): TimelineEntry {
  const by = spec.by ?? ['Test Outlet']
  const outlets = spec.carriers ?? [by.at(-1) ?? 'Test Outlet']
  const n = ++counter
  const carriers: Carrier[] = outlets.map((outlet, i) => ({
    articleId: `a${n}-${i}` as ArticleId,
    claimId: n * 10 + i,
    outlet,
    date,
    dateEstimated: false,
  }))
  return {
    date,
    dateEstimated: false,
    type,
    stance: spec.stance ?? 'affirmed',
    modality: spec.modality ?? 'reported',
    attributedTo: by,
    window: null,
    fee: null,
    reportId: spec.report ?? `r${n}`,
    carriers,
    historical: spec.historical ?? false,
    headline: spec.headline ?? false,
    confidence: 0.9,
    evidence: { articleId: carriers[0].articleId, start: 0, end: 10, sentence: `${type} sentence` },
  }
}

export interface SagaSpec {
  id?: string
  kind?: SagaKind
  player?: string
  fromClub?: string | null
  club?: string
  entries: TimelineEntry[]
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-')

/**
 * A saga with its stage, dates and reports derived from its entries.
 * @example makeSaga({ club: 'Real Madrid', entries: [entry('2024-10-01', 'interest')] })
 */
export function makeSaga(spec: SagaSpec): Saga {
  const kind = spec.kind ?? 'move'
  const player = spec.player ?? 'Trent Alexander-Arnold'
  const fromClub = spec.fromClub === undefined ? 'Liverpool' : spec.fromClub
  const club = spec.club ?? (kind === 'renewal' ? (fromClub ?? 'Liverpool') : 'Real Madrid')
  const timeline = [...spec.entries].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
  const dates = timeline.map((e) => e.date).filter((d): d is string => d !== null)
  const reports = new Map<string, Report>()
  for (const e of timeline) {
    if (reports.has(e.reportId)) continue
    const origin = e.attributedTo[0] ?? e.carriers[0]?.outlet ?? 'unknown'
    reports.set(e.reportId, { id: e.reportId, origin, originRule: 'named-source', firstDate: e.date, carriers: e.carriers })
  }
  let rank = 0
  for (const e of timeline) {
    const s = e.stance === 'affirmed' ? stageOfType(e.type, kind) : undefined
    if (s) rank = Math.max(rank, stageRank(s))
  }
  return {
    id: (spec.id ?? `${kind}:${slug(player)}:${slug(club)}`) as SagaId,
    kind,
    player,
    fromClub,
    club,
    stage: STAGE_ORDER[rank],
    stageDate: dates.at(-1) ?? null,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    claimCount: timeline.reduce((s, e) => s + e.carriers.length, 0),
    reportCount: reports.size,
    timeline,
    reports: [...reports.values()],
    conflicts: [],
    related: [],
  }
}

/**
 * Alexander-Arnold to Real Madrid: interest → approach → bid rejected → talks → agreement → signed.
 * @example likelihoodHistory(trentMove())
 */
export function trentMove(): Saga {
  return makeSaga({
    entries: [
      entry('2024-10-01', 'interest', { by: ['Marca'] }),
      entry('2024-12-20', 'approach', { by: ['The Athletic'] }),
      entry('2025-01-03', 'bid_rejected', { by: ['Sky Sports News'] }),
      entry('2025-01-10', 'talks', { by: ['Fabrizio Romano', 'CaughtOffside'] }),
      entry('2025-03-25', 'talks', { by: ['Sky Sports News'] }),
      entry('2025-05-05', 'agreement', { by: ['Fabrizio Romano'] }),
      entry('2025-06-01', 'signed', { by: ['Real Madrid'], modality: 'confirmed' }),
    ],
  })
}

/** His renewal saga at Liverpool, ending in a confirmed new contract on `signedOn` when given. */
export function trentRenewal(signedOn?: string): Saga {
  const entries = [entry('2024-11-01', 'extension_offer', { by: ['The Athletic'] })]
  if (signedOn) entries.push(entry(signedOn, 'extension_signed', { by: ['Liverpool'], modality: 'confirmed' }))
  return makeSaga({ kind: 'renewal', entries })
}

/** A move that got to talks and then collapsed (confirmed). */
export function collapsedMove(): Saga {
  return makeSaga({
    player: 'Marc Guéhi',
    fromClub: 'Crystal Palace',
    club: 'Liverpool',
    entries: [
      entry('2025-07-01', 'interest', { by: ['Sky Sports News'] }),
      entry('2025-07-20', 'bid_rejected', { by: ['David Ornstein', 'The Athletic'] }),
      entry('2025-08-10', 'talks', { by: ['BBC Sport'] }),
      entry('2025-08-29', 'agreement', { by: ['TEAMtalk'], modality: 'speculative' }),
      entry('2025-09-01', 'collapsed', { by: ['Crystal Palace'], modality: 'confirmed' }),
    ],
  })
}
