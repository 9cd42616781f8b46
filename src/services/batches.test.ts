import { describe, expect, it } from 'vitest'
import { inBatches } from './batches.ts'

async function* items(n: number, delayMs = 0, log: string[] = []) {
  try {
    for (let i = 0; i < n; i++) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs))
      yield i
    }
  } finally {
    log.push('closed')
  }
}

async function collect<T>(it: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = []
  for await (const b of it) out.push(b)
  return out
}

describe('inBatches', () => {
  it('groups a fast source by count, keeping order, with a short last batch', async () => {
    expect(await collect(inBatches(items(7), 3, 1000))).toEqual([[0, 1, 2], [3, 4, 5], [6]])
    expect(await collect(inBatches(items(0), 3, 1000))).toEqual([])
  })
  it('hands out a batch when its first item waited long enough (slow source)', async () => {
    const batches = await collect(inBatches(items(4, 40), 100, 10))
    expect(batches.flat()).toEqual([0, 1, 2, 3])
    expect(batches.length).toBeGreaterThanOrEqual(3)
  })
  it('closes the source when the consumer stops early', async () => {
    const log: string[] = []
    for await (const b of inBatches(items(10, 0, log), 2, 1000)) { expect(b).toEqual([0, 1]); break }
    expect(log).toEqual(['closed'])
  })
})
