/**
 * Alerts (SPEC §9): after new articles are stored, which sagas changed stage or likelihood, and
 * which webhooks those changes fire. `diffSagaStates` is pure; `snapshotSagas` reads the stored
 * sagas of the touched players (built by buildSagas and scored by likelihoodHistory in
 * `services/refresh-sagas.ts`); `fireAlerts` matches changes to hooks and delivers them.
 */
import type { SagaId, Stage } from '../domain/types.ts'
import {
  deliverWebhook, matchesHook, parseTrigger,
  type DeliverDeps, type DeliveryResult, type WebhookEvent, type WebhookHook,
} from './webhooks.ts'

/** What an alert compares: a saga's stage and (move sagas only) its likelihood. */
export interface SagaState {
  stage: Stage
  likelihood: number | null
}

export interface SagaChangeEvent {
  sagaId: SagaId
  /** Null when the saga is new. */
  stageBefore: Stage | null
  stageAfter: Stage
  likelihoodBefore: number | null
  likelihoodAfter: number | null
}

/** Likelihoods are compared at this precision, so float noise never fires a hook. */
const LIKELIHOOD_DIGITS = 4

/**
 * Sagas whose stage or likelihood differs between two snapshots (new sagas included; sagas that
 * vanished are not events). Sorted by saga id.
 * @example
 * diffSagaStates(new Map([[id, { stage: 'talks', likelihood: 0.45 }]]), new Map([[id, { stage: 'agreement', likelihood: 0.84 }]]))
 * // [{ sagaId: id, stageBefore: 'talks', stageAfter: 'agreement', likelihoodBefore: 0.45, likelihoodAfter: 0.84 }]
 */
export function diffSagaStates(before: ReadonlyMap<SagaId, SagaState>, after: ReadonlyMap<SagaId, SagaState>): SagaChangeEvent[] {
  const events: SagaChangeEvent[] = []
  for (const [sagaId, now] of after) {
    const was = before.get(sagaId)
    const likelihoodBefore = was ? rounded(was.likelihood) : null
    const likelihoodAfter = rounded(now.likelihood)
    if (was && was.stage === now.stage && likelihoodBefore === likelihoodAfter) continue
    events.push({ sagaId, stageBefore: was?.stage ?? null, stageAfter: now.stage, likelihoodBefore, likelihoodAfter })
  }
  return events.sort((a, b) => (a.sagaId < b.sagaId ? -1 : a.sagaId > b.sagaId ? 1 : 0))
}

function rounded(p: number | null): number | null {
  return p === null || !Number.isFinite(p) ? null : Number(p.toFixed(LIKELIHOOD_DIGITS))
}

/** The slice of the store a snapshot reads: the stored saga summaries (refreshed on ingest). */
export interface SagaSource {
  listSagas(q: { player?: string; limit?: number }): Promise<{ items: Array<{ id: SagaId; stage: Stage; likelihood: number | null }> }>
}

/** More sagas than one player ever has. */
const SAGAS_PER_PLAYER = 1000

/**
 * Stage and likelihood of every stored saga of the given players (names as claims spell them).
 * Take one before `refreshSagas` stores the new articles' effect and one after, then diff them.
 * @example
 * const before = await snapshotSagas(store, ['Andrew Robertson'])
 * await refreshSagas(store, ['Andrew Robertson'], kb)
 * const changes = diffSagaStates(before, await snapshotSagas(store, ['Andrew Robertson']))
 */
export async function snapshotSagas(store: SagaSource, players: Iterable<string>): Promise<Map<SagaId, SagaState>> {
  const out = new Map<SagaId, SagaState>()
  for (const player of new Set(players)) {
    const { items } = await store.listSagas({ player, limit: SAGAS_PER_PLAYER })
    for (const saga of items) out.set(saga.id, { stage: saga.stage, likelihood: saga.likelihood })
  }
  return out
}

/** A stored hook: its trigger as text (`stage`, `likelihood>0.7`). */
export interface AlertHook extends WebhookHook {
  trigger: string
}

/**
 * The webhook events a change fires for one hook (none when the trigger is unreadable).
 * @example toWebhookEvents(change, { id: 'h1', url, secret, trigger: 'stage' }, at) // [{ type: 'stage', … }]
 */
export function toWebhookEvents(change: SagaChangeEvent, hook: AlertHook, at: string): WebhookEvent[] {
  const trigger = parseTrigger(hook.trigger)
  if (!trigger) return []
  const stageChanged = change.stageBefore !== change.stageAfter
  if (!matchesHook(trigger, { stageChanged, likelihoodBefore: change.likelihoodBefore, likelihoodAfter: change.likelihoodAfter })) return []
  if (trigger === 'stage') {
    return [{ type: 'stage', sagaId: change.sagaId, stageBefore: change.stageBefore, stageAfter: change.stageAfter, at }]
  }
  return [{
    type: 'likelihood',
    sagaId: change.sagaId,
    likelihoodBefore: change.likelihoodBefore,
    likelihoodAfter: change.likelihoodAfter ?? 0,
    threshold: trigger.likelihoodAbove,
    at,
  }]
}

export interface FiredAlert {
  hookId: string
  event: WebhookEvent
  result: DeliveryResult
}

/**
 * Delivers every (change, hook) match, one delivery at a time, in saga then hook order.
 * Delivery failures are in the results and the log, never thrown.
 * @example const fired = await fireAlerts(diffSagaStates(before, after), hooks, { fetch: safeFetch, log: live.deliveries.append })
 */
export async function fireAlerts(changes: readonly SagaChangeEvent[], hooks: readonly AlertHook[], deps: DeliverDeps): Promise<FiredAlert[]> {
  const at = (deps.now ?? (() => new Date()))().toISOString()
  const fired: FiredAlert[] = []
  for (const change of changes) {
    for (const hook of hooks) {
      for (const event of toWebhookEvents(change, hook, at)) {
        fired.push({ hookId: hook.id, event, result: await deliverWebhook(hook, event, deps) })
      }
    }
  }
  return fired
}
