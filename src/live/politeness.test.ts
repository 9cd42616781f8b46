import { describe, expect, it } from 'vitest'
import { afterFailure, afterSuccess, createHostGate, isDue, nextDelay, parseRetryAfter } from './politeness.ts'

describe('nextDelay (full jitter)', () => {
  const rows: [attempt: number, random: number, expected: number][] = [
    [0, 0, 0],
    [0, 0.5, 500],
    [1, 0.5, 1000],
    [3, 0.5, 4000],
    [3, 0.999, 7992],
    [10, 0.5, 30_000],
    [1000, 0.5, 30_000],
    [-1, 0.5, 500],
  ]
  it.each(rows)('attempt %i, random %f → %i', (attempt, random, expected) => {
    expect(nextDelay(attempt, { base: 1000, max: 60_000, random: () => random })).toBe(expected)
  })

  it('stays within [0, cap) with the real random', () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const delay = nextDelay(attempt, { base: 100, max: 10_000 })
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThan(Math.min(10_000, 100 * 2 ** attempt))
    }
  })
})

describe('createHostGate', () => {
  it('spaces requests per host and honours Crawl-delay', async () => {
    let clock = 1000
    const slept: number[] = []
    const gate = createHostGate({ minIntervalMs: 2000, now: () => clock, sleep: async (ms) => void slept.push(ms) })
    expect(gate.reserve('https://a.example/1')).toBe(0)
    expect(gate.reserve('https://a.example/2')).toBe(2000)
    expect(gate.reserve('https://a.example/3')).toBe(4000)
    expect(gate.reserve('https://b.example/1')).toBe(0)
    expect(gate.reserve('https://b.example:8080/1')).toBe(0)
    clock += 10_000
    expect(gate.reserve('https://a.example/4')).toBe(0)
    expect(gate.reserve('https://a.example/5', 5)).toBe(5000)
    expect(gate.reserve('https://a.example/6', 86_400)).toBe(65_000)
    await gate.wait('https://c.example/')
    await gate.wait('https://c.example/')
    expect(slept).toEqual([2000])
  })
})

describe('feed schedule', () => {
  const now = new Date('2025-01-31T12:00:00Z')
  const opts = { intervalMs: 600_000, random: () => 0.99, max: 3_600_000 }

  it('backs off after failures and resets on success', () => {
    const one = afterFailure(undefined, now, 'HTTP status 503', opts)
    expect(one).toMatchObject({ failures: 1, lastError: 'HTTP status 503', nextPollAt: '2025-01-31T12:10:00.000Z' })
    const three = afterFailure(afterFailure(one, now, 'x', opts), now, 'x', opts)
    expect(three.failures).toBe(3)
    expect(three.nextPollAt).toBe('2025-01-31T12:39:36.000Z')
    expect(isDue(three, new Date('2025-01-31T12:30:00Z'))).toBe(false)
    expect(isDue(three, new Date('2025-01-31T12:40:00Z'))).toBe(true)
    const ok = afterSuccess({ ...three, etag: '"e"' }, now, opts)
    expect(ok).toEqual({ etag: '"e"', failures: 0, lastPolledAt: now.toISOString(), nextPollAt: '2025-01-31T12:10:00.000Z' })
  })

  it('never polls before Retry-After', () => {
    const state = afterFailure(undefined, now, 'HTTP status 429', { ...opts, retryAfterMs: 7_200_000 })
    expect(state.nextPollAt).toBe('2025-01-31T14:00:00.000Z')
  })

  it('is due when never polled', () => expect(isDue(undefined, now)).toBe(true))
})

describe('parseRetryAfter', () => {
  const now = new Date('2025-01-31T12:00:00Z')
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Fri, 31 Jan 2025 12:01:00 GMT', 60_000],
    ['Fri, 31 Jan 2025 11:00:00 GMT', 0],
    ['', undefined],
    [undefined, undefined],
    ['soon', undefined],
    ['-5', undefined],
  ])('%j → %j', (value, expected) => expect(parseRetryAfter(value, now)).toBe(expected))
})
