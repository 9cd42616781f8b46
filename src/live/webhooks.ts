/**
 * Alerts (SPEC §9): webhooks called when a saga changes stage or its likelihood moves above a
 * threshold. Bodies are signed (HMAC-SHA256 over `${timestamp}.${body}`, header
 * `X-Mercato-Signature: t=<ts>,v1=<hex>`), sent through `safeFetch` (so a hook URL cannot reach
 * the private network), retried with full-jitter backoff on network errors, 5xx, 408 and 429
 * (honouring Retry-After), never on other 4xx; every attempt is logged.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import type { SagaId, Stage } from '../domain/types.ts'
import { FetchFailed, FetchRefused } from './errors.ts'
import { defaultSleep, nextDelay, parseRetryAfter, type BackoffOptions } from './politeness.ts'
import type { DeliveryLogEntry } from './ports.ts'
import type { SafeFetch, SafeFetchOptions } from './safe-fetch.ts'

export type { DeliveryLogEntry }

export const SIGNATURE_HEADER = 'X-Mercato-Signature'
export const DEFAULT_MAX_ATTEMPTS = 5
export const DEFAULT_SIGNATURE_TOLERANCE_S = 300
/** A Retry-After longer than this is capped (the delivery would otherwise hang for hours). */
export const MAX_RETRY_AFTER_MS = 5 * 60_000

export interface WebhookHook {
  id: string
  url: string
  secret: string
}

export type WebhookEvent =
  | { type: 'stage'; sagaId: SagaId | string; stageBefore: Stage | null; stageAfter: Stage; at: string }
  | { type: 'likelihood'; sagaId: SagaId | string; likelihoodBefore: number | null; likelihoodAfter: number; threshold: number; at: string }

/**
 * HMAC-SHA256 hex of `${timestamp}.${body}`.
 * @example
 * signPayload('s3cret', '{"a":1}', 1738324800) // 64 hex characters
 */
export function signPayload(secret: string, body: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

/**
 * The `X-Mercato-Signature` header value.
 * @example
 * signatureHeader('s3cret', body, 1738324800) // 't=1738324800,v1=5f2b…'
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${signPayload(secret, body, timestamp)}`
}

/**
 * Checks a signature header for a receiver: right secret, right body, timestamp within the
 * tolerance (replay protection). Constant-time comparison; never throws.
 * @example
 * verifySignature('s3cret', rawBody, req.headers['x-mercato-signature'], { nowSeconds: Date.now() / 1000 })
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string | undefined,
  opts: { nowSeconds?: number; toleranceSeconds?: number } = {},
): boolean {
  const fields = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const timestamp = Number(fields.get('t'))
  const given = fields.get('v1') ?? ''
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return false
  const now = opts.nowSeconds ?? Date.now() / 1000
  if (Math.abs(now - timestamp) > (opts.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_S)) return false
  const expected = Buffer.from(signPayload(secret, body, timestamp), 'hex')
  return timingSafeEqual(expected, Buffer.from(given, 'hex'))
}

export interface DeliverDeps {
  fetch: SafeFetch
  fetchOptions?: SafeFetchOptions
  log: (entry: DeliveryLogEntry) => Promise<void>
  sleep?: (ms: number) => Promise<void>
  now?: () => Date
  maxAttempts?: number
  /** Defaults: base 1 s, max 60 s. */
  backoff?: BackoffOptions
  newId?: () => string
}

export interface DeliveryResult {
  deliveryId: string
  delivered: boolean
  attempts: number
  status?: number
  error?: string
}

interface Attempt {
  status?: number
  error?: string
  delivered: boolean
  retryable: boolean
  retryAfterMs?: number
}

/**
 * Delivers one event to one hook, retrying as described above. Never throws for delivery
 * failures (the result and the log say what happened); a failing `log` propagates.
 * @example
 * const result = await deliverWebhook(hook, { type: 'stage', sagaId, stageBefore: 'talks', stageAfter: 'agreement', at }, { fetch: safeFetch, log })
 */
export async function deliverWebhook(hook: WebhookHook, event: WebhookEvent, deps: DeliverDeps): Promise<DeliveryResult> {
  const now = deps.now ?? (() => new Date())
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
  const deliveryId = (deps.newId ?? randomUUID)()
  const body = JSON.stringify({ deliveryId, hookId: hook.id, event })
  for (let attempt = 1; ; attempt++) {
    const at = now()
    const started = performance.now()
    const outcome = await attemptOnce(hook, event, body, deliveryId, at, deps)
    const durationMs = Math.round(performance.now() - started)
    await deps.log({ hookId: hook.id, deliveryId, attempt, ...pick(outcome), at: at.toISOString(), durationMs })
    if (outcome.delivered || !outcome.retryable || attempt >= maxAttempts) {
      return { deliveryId, delivered: outcome.delivered, attempts: attempt, ...pick(outcome) }
    }
    const backoff = nextDelay(attempt - 1, { base: 1000, max: 60_000, ...deps.backoff })
    await (deps.sleep ?? defaultSleep)(Math.min(MAX_RETRY_AFTER_MS, Math.max(backoff, outcome.retryAfterMs ?? 0)))
  }
}

async function attemptOnce(hook: WebhookHook, event: WebhookEvent, body: string, deliveryId: string, at: Date, deps: DeliverDeps): Promise<Attempt> {
  const timestamp = Math.floor(at.getTime() / 1000)
  try {
    const res = await deps.fetch(hook.url, {
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
      ...deps.fetchOptions,
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signatureHeader(hook.secret, body, timestamp),
        'X-Mercato-Event': event.type,
        'X-Mercato-Delivery': deliveryId,
      },
    })
    return classifyStatus(res.status, parseRetryAfter(res.headers['retry-after'], at))
  } catch (error) {
    if (error instanceof FetchFailed) return { error: error.message, delivered: false, retryable: true }
    if (error instanceof FetchRefused) return { error: error.message, delivered: false, retryable: false }
    throw error
  }
}

function classifyStatus(status: number, retryAfterMs: number | undefined): Attempt {
  if (status >= 200 && status < 300) return { status, delivered: true, retryable: false }
  const retryable = status >= 500 || status === 429 || status === 408
  return { status, error: `HTTP status ${status}`, delivered: false, retryable, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }
}

function pick(outcome: Attempt): { status?: number; error?: string } {
  return {
    ...(outcome.status === undefined ? {} : { status: outcome.status }),
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  }
}

/** When a hook fires: on any stage change, or when the likelihood rises above a threshold. */
export type HookTrigger = 'stage' | { likelihoodAbove: number }

export interface SagaChange {
  stageChanged: boolean
  likelihoodBefore: number | null | undefined
  likelihoodAfter: number | null | undefined
}

/**
 * Does this change fire the hook? A likelihood trigger fires once, when the value crosses from
 * at-or-below the threshold (or unknown) to above it.
 * @example
 * matchesHook({ likelihoodAbove: 0.7 }, { stageChanged: false, likelihoodBefore: 0.6, likelihoodAfter: 0.75 }) // true
 */
export function matchesHook(trigger: HookTrigger, change: SagaChange): boolean {
  if (trigger === 'stage') return change.stageChanged
  const { likelihoodBefore: before, likelihoodAfter: after } = change
  if (after === null || after === undefined || !(after > trigger.likelihoodAbove)) return false
  return before === null || before === undefined || before <= trigger.likelihoodAbove
}

/**
 * Reads a trigger as the CLI takes it: `stage`, `likelihood>0.7`, `likelihood > 70%`.
 * Undefined for anything else (threshold outside [0, 1), junk).
 * @example
 * parseTrigger('likelihood>0.7') // { likelihoodAbove: 0.7 }
 */
export function parseTrigger(text: string): HookTrigger | undefined {
  if (typeof text !== 'string') return undefined
  const value = text.trim().toLowerCase()
  if (value === 'stage') return 'stage'
  const match = /^likelihood\s*>\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(value)
  if (!match) return undefined
  const threshold = Number(match[1]) / (match[2] ? 100 : 1)
  return threshold >= 0 && threshold < 1 ? { likelihoodAbove: threshold } : undefined
}

/**
 * The inverse of `parseTrigger`, for storing a trigger as text.
 * @example
 * formatTrigger({ likelihoodAbove: 0.7 }) // 'likelihood>0.7'
 */
export function formatTrigger(trigger: HookTrigger): string {
  return trigger === 'stage' ? 'stage' : `likelihood>${trigger.likelihoodAbove}`
}
