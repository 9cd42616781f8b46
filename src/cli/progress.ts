/**
 * A one-line progress indicator drawn on stderr only when it is a terminal. Hand-written: it
 * is a dozen lines, and the bar libraries want a known total that a stream of inputs lacks.
 */
import type { Output } from './context.ts'

export interface Progress {
  tick(label: string): void
  done(): void
}

/**
 * @example const p = createProgress(process.stderr, true, 'ingest'); p.tick('a.txt'); p.done()
 */
export function createProgress(out: Output, enabled: boolean, verb: string): Progress {
  let n = 0
  let last = 0
  const started = Date.now()
  return {
    tick(label) {
      n++
      const now = Date.now()
      if (!enabled || now - last < 80) return
      last = now
      const rate = n / Math.max(0.001, (now - started) / 1000)
      out.write(`\r\x1b[2K${verb} ${n} (${rate.toFixed(0)}/s) ${label.slice(-50)}`)
    },
    done() {
      if (enabled && n > 0) out.write('\r\x1b[2K')
    },
  }
}
