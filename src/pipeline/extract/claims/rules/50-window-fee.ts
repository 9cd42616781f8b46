/**
 * Pass 50: the window a claim is about and the fee attached to it. The sentence's own time
 * expressions win (negated ones, "not the January window", are skipped); otherwise the window
 * the article date falls in or leads to. Fees attach only to bid, agreement, signing and
 * rejection claims, and never from valuations or release clauses.
 */
import type { ClaimType } from '../../../../domain/types.ts'
import { extractFees } from '../../money/extract-fees.ts'
import { windowForSentence } from '../../time/resolve-time.ts'
import { windowOf } from '../../time/windows.ts'
import { clauseAt, type Candidate, type ClaimContext } from '../candidate.ts'

const FEE_TYPES = new Set<ClaimType>(['bid', 'bid_rejected', 'agreement', 'signed', 'medical', 'personal_terms'])
const NO_WINDOW = new Set<ClaimType>(['extension_offer', 'extension_signed'])
const CURRENT_WINDOW = new Set<ClaimType>(['approach', 'bid', 'bid_rejected', 'not_for_sale'])

/**
 * @example attachWindowAndFee(candidates, ctx)[0].window // '2025-january'
 */
export function attachWindowAndFee(cands: Candidate[], ctx: ClaimContext): Candidate[] {
  return cands.map((c) => {
    if (c.dropped) return c
    return { ...c, window: pickWindow(c, ctx), fee: FEE_TYPES.has(c.type) ? pickFee(c, ctx) : c.fee }
  })
}

function pickWindow(c: Candidate, ctx: ClaimContext): string | null {
  if (NO_WINDOW.has(c.type)) return null
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const inClause = safeWindow(ctx, cs, ce)
  if (inClause) return inClause
  const inSentence = safeWindow(ctx, c.view.sentence.start, c.view.sentence.end)
  if (inSentence) return inSentence
  if (!ctx.date || c.historical) return null
  if (CURRENT_WINDOW.has(c.type)) return safe(() => windowOf(ctx.date!)) ?? null
  return null
}

const feeCache = new WeakMap<ClaimContext, Map<number, ReturnType<typeof extractFees>>>()

/** Windows of spans already read, per context: claims of one sentence share the answer. */
const windowCache = new WeakMap<ClaimContext, Map<string, string | null>>()

function safeWindow(ctx: ClaimContext, start: number, end: number): string | null {
  let cache = windowCache.get(ctx)
  if (!cache) windowCache.set(ctx, (cache = new Map()))
  const key = `${start}:${end}`
  if (!cache.has(key)) cache.set(key, safe(() => windowForSentence(ctx.text, start, end, ctx.date).window) ?? null)
  return cache.get(key)!
}

function pickFee(c: Candidate, ctx: ClaimContext) {
  let byView = feeCache.get(ctx)
  if (!byView) feeCache.set(ctx, (byView = new Map()))
  if (!byView.has(c.view.index)) byView.set(c.view.index, safe(() => extractFees(ctx.text, c.view.sentence.start, c.view.sentence.end)) ?? [])
  const fees = byView.get(c.view.index)!
  const usable = fees.filter((f) => f.kind === 'fee')
  if (!usable.length) return c.fee
  const nearest = usable.reduce((a, b) => (Math.abs(b.start - c.cueStart) < Math.abs(a.start - c.cueStart) ? b : a))
  return nearest.fee
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch {
    return undefined
  }
}
