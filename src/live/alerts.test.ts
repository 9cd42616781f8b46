import { describe, expect, it } from 'vitest'
import type { SagaId } from '../domain/types.ts'
import { diffSagaStates, fireAlerts, snapshotSagas, toWebhookEvents, type SagaChangeEvent, type SagaState } from './alerts.ts'
import type { SafeFetch } from './safe-fetch.ts'
import { createMemoryDeliveryLog } from './test-support/memory-ports.ts'
import { verifySignature } from './webhooks.ts'

const id = (s: string) => s as SagaId
const M = 'move:andrew-robertson:atletico-madrid' as SagaId
const states = (rows: Array<[string, SagaState]>) => new Map(rows.map(([k, v]) => [id(k), v]))

describe('diffSagaStates', () => {
  const cases: Array<{ name: string; before: Array<[string, SagaState]>; after: Array<[string, SagaState]>; events: Partial<SagaChangeEvent>[] }> = [
    { name: 'nothing changed', before: [[M, { stage: 'talks', likelihood: 0.45 }]], after: [[M, { stage: 'talks', likelihood: 0.45 }]], events: [] },
    { name: 'float noise is no change', before: [[M, { stage: 'talks', likelihood: 0.45 }]], after: [[M, { stage: 'talks', likelihood: 0.45000001 }]], events: [] },
    {
      name: 'stage moved',
      before: [[M, { stage: 'talks', likelihood: 0.45 }]],
      after: [[M, { stage: 'agreement', likelihood: 0.84 }]],
      events: [{ sagaId: M, stageBefore: 'talks', stageAfter: 'agreement', likelihoodBefore: 0.45, likelihoodAfter: 0.84 }],
    },
    {
      name: 'likelihood only',
      before: [[M, { stage: 'talks', likelihood: 0.45 }]],
      after: [[M, { stage: 'talks', likelihood: 0.5 }]],
      events: [{ stageBefore: 'talks', stageAfter: 'talks', likelihoodAfter: 0.5 }],
    },
    { name: 'new saga', before: [], after: [[M, { stage: 'interest', likelihood: 0.19 }]], events: [{ stageBefore: null, likelihoodBefore: null, stageAfter: 'interest' }] },
    { name: 'vanished saga is no event', before: [[M, { stage: 'talks', likelihood: 0.4 }]], after: [], events: [] },
    { name: 'renewal without likelihood', before: [['renewal:a:b', { stage: 'talks', likelihood: null }]], after: [['renewal:a:b', { stage: 'extension_signed', likelihood: null }]], events: [{ likelihoodBefore: null, likelihoodAfter: null, stageAfter: 'extension_signed' }] },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const events = diffSagaStates(states(c.before), states(c.after))
      expect(events).toHaveLength(c.events.length)
      c.events.forEach((e, i) => expect(events[i]).toMatchObject(e))
    })
  }

  it('sorts events by saga id', () => {
    const after = states([['move:b:c', { stage: 'talks', likelihood: 0.3 }], ['move:a:c', { stage: 'talks', likelihood: 0.3 }]])
    expect(diffSagaStates(new Map(), after).map((e) => e.sagaId)).toEqual(['move:a:c', 'move:b:c'])
  })
})

describe('toWebhookEvents', () => {
  const change: SagaChangeEvent = { sagaId: M, stageBefore: 'talks', stageAfter: 'agreement', likelihoodBefore: 0.45, likelihoodAfter: 0.84 }
  const hook = (trigger: string) => ({ id: 'h1', url: 'https://hooks.test/', secret: 's', trigger })
  const at = '2025-06-10T00:00:00.000Z'

  it('fires a stage hook on a stage change', () => {
    expect(toWebhookEvents(change, hook('stage'), at)).toEqual([{ type: 'stage', sagaId: M, stageBefore: 'talks', stageAfter: 'agreement', at }])
  })
  it('fires a likelihood hook when the threshold is crossed, not when already above', () => {
    expect(toWebhookEvents(change, hook('likelihood>0.7'), at)).toEqual([{ type: 'likelihood', sagaId: M, likelihoodBefore: 0.45, likelihoodAfter: 0.84, threshold: 0.7, at }])
    expect(toWebhookEvents({ ...change, likelihoodBefore: 0.75 }, hook('likelihood>0.7'), at)).toEqual([])
  })
  it('does not fire a stage hook on a likelihood-only change, nor for an unreadable trigger', () => {
    expect(toWebhookEvents({ ...change, stageBefore: 'agreement' }, hook('stage'), at)).toEqual([])
    expect(toWebhookEvents(change, hook('whenever'), at)).toEqual([])
  })
})

describe('snapshotSagas', () => {
  it('reads stage and likelihood of each player’s stored sagas, each player once', async () => {
    const asked: Array<string | undefined> = []
    const source = {
      listSagas: async (q: { player?: string }) => {
        asked.push(q.player)
        return { items: q.player === 'Andrew Robertson' ? [{ id: M, stage: 'talks' as const, likelihood: 0.45 }] : [] }
      },
    }
    const snapshot = await snapshotSagas(source, ['Andrew Robertson', 'Nobody', 'Andrew Robertson'])
    expect([...snapshot]).toEqual([[M, { stage: 'talks', likelihood: 0.45 }]])
    expect(asked).toEqual(['Andrew Robertson', 'Nobody'])
  })
})

describe('fireAlerts', () => {
  it('delivers each match once, signed, and logs the attempts', async () => {
    const sent: Array<{ body: string; sig: string }> = []
    const fetch: SafeFetch = async (url, opts) => {
      sent.push({ body: opts?.body ?? '', sig: opts?.headers?.['X-Mercato-Signature'] ?? '' })
      return { status: 204, url, headers: {}, body: '', notModified: false }
    }
    const log = createMemoryDeliveryLog()
    const change: SagaChangeEvent = { sagaId: M, stageBefore: 'talks', stageAfter: 'agreement', likelihoodBefore: 0.45, likelihoodAfter: 0.84 }
    const hooks = [{ id: 'h1', url: 'https://a.test/', secret: 's1', trigger: 'stage' }, { id: 'h2', url: 'https://b.test/', secret: 's2', trigger: 'likelihood>0.9' }]
    const fired = await fireAlerts([change], hooks, { fetch, log: log.append })
    expect(fired.map((f) => [f.hookId, f.event.type, f.result.delivered])).toEqual([['h1', 'stage', true]])
    expect(log.entries).toHaveLength(1)
    expect(verifySignature('s1', sent[0]!.body, sent[0]!.sig)).toBe(true)
  })
})
