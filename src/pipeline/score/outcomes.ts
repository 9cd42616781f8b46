/**
 * How sagas end (SPEC §8): a `signed`, `collapsed` or `extension_signed` claim of CONFIRMED
 * modality, or a resolution by hand (`mercato resolve`), which always wins.
 */
import type { Outcome, Resolution, Saga, TimelineEntry } from '../../domain/saga.ts'
import { saidBy } from './stages.ts'

export interface ResolveOptions {
  /** Resolutions entered by hand; the latest one for the saga wins over any claim. */
  manual?: Resolution[]
  /** The player's other sagas: his confirmed new contract ends a move; a confirmed move elsewhere ends the rest. */
  competing?: Saga[]
}

const isFinal = (e: TimelineEntry) => e.stance === 'affirmed' && e.modality === 'confirmed' && !e.historical && e.date !== null

/** Ties on a date: a signing beats a new contract beats a collapse. */
const PRECEDENCE: Record<Outcome, number> = { signed: 3, extension_signed: 2, stays: 1, collapsed: 0 }

/**
 * The saga's outcome, or undefined while it is open. The latest confirmed terminal claim decides
 * (a collapse later revived into a signing resolves as signed).
 * @example resolveOutcome(saga, { competing: [renewal] }) // { sagaId, outcome: 'extension_signed', date: '2025-05-01', by: 'claim', note: … }
 */
export function resolveOutcome(saga: Saga, opts: ResolveOptions = {}): Resolution | undefined {
  const hand = handResolution(saga.id, opts.manual ?? [])
  if (hand) return hand
  const found = [...ownEnds(saga), ...(opts.competing ?? []).flatMap((c) => competingEnds(saga, c))]
  found.sort((a, b) => a.date.localeCompare(b.date) || PRECEDENCE[a.outcome] - PRECEDENCE[b.outcome])
  return found.at(-1)
}

/**
 * The latest resolution entered by hand for a saga, if any: it wins over every claim.
 * @example handResolution('move:x:y', manual) // { outcome: 'signed', by: 'hand', … } | undefined
 */
export function handResolution(sagaId: string, manual: readonly Resolution[]): Resolution | undefined {
  return manual.filter((r) => r.sagaId === sagaId && r.by === 'hand').sort((a, b) => a.date.localeCompare(b.date)).at(-1)
}

function ownEnds(saga: Saga): Resolution[] {
  const out: Resolution[] = []
  for (const e of saga.timeline.filter(isFinal)) {
    const outcome: Outcome | undefined =
      e.type === 'collapsed' ? 'collapsed'
      : saga.kind === 'move' && e.type === 'signed' ? 'signed'
      : saga.kind === 'renewal' && e.type === 'extension_signed' ? 'extension_signed'
      : undefined
    if (outcome) out.push({ sagaId: saga.id, outcome, date: e.date as string, by: 'claim', note: `${e.type} confirmed by ${saidBy(e)}` })
  }
  return out
}

function competingEnds(saga: Saga, c: Saga): Resolution[] {
  if (c.id === saga.id || c.player !== saga.player) return []
  const out: Resolution[] = []
  for (const e of c.timeline.filter(isFinal)) {
    if (saga.kind === 'move' && c.kind === 'renewal' && e.type === 'extension_signed') {
      out.push({ sagaId: saga.id, outcome: 'extension_signed', date: e.date as string, by: 'claim', note: `new contract at ${c.club} confirmed by ${saidBy(e)}` })
    } else if (c.kind === 'move' && e.type === 'signed') {
      out.push({ sagaId: saga.id, outcome: 'collapsed', date: e.date as string, by: 'claim', note: `moved to ${c.club} instead (confirmed by ${saidBy(e)})` })
    }
  }
  return out
}

/**
 * Resolves every saga, using each player's other sagas as competitors; open sagas are left out.
 * @example resolveOutcomes(sagas, manual).length // number of resolved sagas
 */
export function resolveOutcomes(sagas: Saga[], manual: Resolution[] = []): Resolution[] {
  const byPlayer = new Map<string, Saga[]>()
  for (const s of sagas) byPlayer.set(s.player, [...(byPlayer.get(s.player) ?? []), s])
  return sagas
    .map((s) => resolveOutcome(s, { manual, competing: byPlayer.get(s.player) }))
    .filter((r): r is Resolution => r !== undefined)
}
