/**
 * Alerts (SPEC §9): after new articles are stored, which sagas changed stage or likelihood, and
 * which webhooks those changes fire. `diffSagaStates` is pure; `snapshotSagas` rebuilds the
 * sagas of the touched players from stored claims (buildSagas + likelihoodAt); `fireAlerts`
 * matches changes to hooks and delivers them.
 */
import type { SagaClaim } from '../domain/saga.ts'
import type { ArticleId, SagaId, Stage } from '../domain/types.ts'
import { buildSagas } from '../pipeline/timeline/build-saga.ts'
import { likelihoodAt } from '../pipeline/score/likelihood.ts'
import type { ClaimFilter, StoredClaim } from '../storage/store.ts'
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

/** The slice of the store a snapshot reads. */
export interface ClaimSource {
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>
}

export interface SnapshotOptions {
  /** YYYY-MM-DD at which likelihoods are computed (normally today). */
  date: string
  /** Leave out the claims of these articles: the state before they were stored. */
  excludeArticles?: ReadonlySet<ArticleId>
}

/**
 * Stage and likelihood of every saga of the given players (names as claims spell them), from
 * the current revision of every stored article.
 * @example
 * const before = await snapshotSagas(store, ['Andrew Robertson'], { date: '2025-06-10', excludeArticles: fresh })
 */
export async function snapshotSagas(store: ClaimSource, players: Iterable<string>, opts: SnapshotOptions): Promise<Map<SagaId, SagaState>> {
  const out = new Map<SagaId, SagaState>()
  for (const player of new Set(players)) {
    const stored = await store.listClaims({ player, currentOnly: true })
    const claims: SagaClaim[] = stored.filter((c) => !opts.excludeArticles?.has(c.articleId))
    const sagas = buildSagas(claims)
    for (const saga of sagas) {
      const competing = sagas.filter((other) => other.id !== saga.id)
      const likelihood = saga.kind === 'move' ? likelihoodAt(saga, opts.date, { competing }).p : null
      out.set(saga.id, { stage: saga.stage, likelihood })
    }
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
