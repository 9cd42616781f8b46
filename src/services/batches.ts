/**
 * Grouping a stream into batches for batched storage: a batch is handed out when it is full or
 * when its first item has waited `maxWaitMs` for the next ones, so a slow source (a pipe that
 * trickles articles in) is still stored promptly.
 */

const TIMEOUT = Symbol('timeout')

/**
 * Items of `source` in order, in arrays of at most `max`.
 * @example for await (const batch of inBatches(readInputs(paths), 100, 250)) await store.putArticles(batch)
 */
export async function* inBatches<T>(source: AsyncIterable<T>, max: number, maxWaitMs: number): AsyncGenerator<T[]> {
  const it = source[Symbol.asyncIterator]()
  let pending: Promise<IteratorResult<T>> | undefined
  let batch: T[] = []
  let deadline = 0
  let finished = false
  try {
    for (;;) {
      pending ??= it.next()
      const r = batch.length === 0 ? await pending : await withTimeout(pending, deadline - Date.now())
      if (r === TIMEOUT) { yield batch; batch = []; continue }
      pending = undefined
      if (r.done) { finished = true; if (batch.length) yield batch; return }
      if (batch.length === 0) deadline = Date.now() + maxWaitMs
      batch.push(r.value)
      if (batch.length >= max) { yield batch; batch = [] }
    }
  } finally {
    if (!finished) await it.return?.()
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  if (ms <= 0) return Promise.race([p, Promise.resolve(TIMEOUT)])
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof TIMEOUT>((resolve) => { timer = setTimeout(resolve, ms, TIMEOUT) })
  try {
    return await Promise.race([p, timeout])
  } finally {
    clearTimeout(timer)
  }
}
