import { describe, expect, it } from 'vitest'
import { MAX_REFRESH_DELAY_SECONDS, refreshDelay } from './article-queue.ts'

describe('refreshDelay', () => {
  it('keeps the base wait for a player never rebuilt here or with few claims', () => {
    expect(refreshDelay(2)).toBe(2)
    expect(refreshDelay(2, 99)).toBe(2)
    expect(refreshDelay(0, 0)).toBe(0)
  })

  it('waits a second longer per hundred claims the last rebuild read', () => {
    expect(refreshDelay(2, 100)).toBe(3)
    expect(refreshDelay(2, 1850)).toBe(20)
  })

  it('never waits past the cap, unless the base itself is longer', () => {
    expect(refreshDelay(2, 1_000_000)).toBe(MAX_REFRESH_DELAY_SECONDS)
    expect(refreshDelay(60, 1_000_000)).toBe(60)
    expect(refreshDelay(60, 0)).toBe(60)
  })
})
