/**
 * The stored form of an analysis (migration 0004): what cannot be read back from elsewhere,
 * as deflated JSON. Left out, and restored exactly on read:
 *   - `articleId` and `pipelineVersion` (columns of the row);
 *   - `claims`, when every claim reads back equal from its `claim` row (it is stored there
 *     anyway): only their key order is kept; otherwise the claims stay in the document;
 *   - `cleaned.text`, kept as a delta against the article's raw text (text-delta.ts).
 * Key order is kept, so a decoded analysis prints like the one that was stored.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Analysis, ArticleId, Claim } from '../../domain/types.ts'
import { decodeTextDelta, encodeTextDelta, type TextDelta } from './text-delta.ts'
import type { ClaimKeyOrder } from './claim-repo.ts'

/** zlib level: 3 is within a few percent of the smallest output at half the CPU of level 6. */
const LEVEL = 3
/**
 * The packed form of `analysis`. `claimsInRows`, when given, says the claim rows reproduce
 * `analysis.claims` with this key order (claim-repo.ts `claimKeyOrder`); it is kept in place
 * of the claims.
 * @example packAnalysis(analysis, article.rawText, claimKeyOrder(id, analysis.claims))
 */
export function packAnalysis(analysis: Analysis, rawText: string, claimsInRows: ClaimKeyOrder | undefined): Buffer {
  const cleaned = analysis.cleaned
  const doc: Record<string, unknown> = { ...analysis, articleId: undefined, pipelineVersion: undefined }
  if (claimsInRows && analysis.claims.length > 0) doc.claims = { rows: claimsInRows }
  if (cleaned && typeof cleaned.text === 'string') doc.cleaned = { ...cleaned, text: encodeTextDelta(rawText, cleaned.text) }
  return deflateRawSync(JSON.stringify(doc), { level: LEVEL })
}

/** What {@link unpackAnalysis} needs besides the packed bytes. */
export interface UnpackContext {
  articleId: ArticleId
  pipelineVersion: string
  rawText: string
  /** Claims read from the claim rows of the article, keys in this order (used when the document says so). */
  claims: (keys: ClaimKeyOrder) => Promise<Claim[]>
}

/**
 * The analysis a {@link packAnalysis} call stored.
 * @example await unpackAnalysis(row.pack, { articleId, pipelineVersion, rawText, claims: () => readClaims(id) })
 */
export async function unpackAnalysis(packed: Uint8Array, ctx: UnpackContext): Promise<Analysis> {
  const doc = JSON.parse(inflateRawSync(packed).toString('utf8')) as Record<string, unknown>
  const out: Record<string, unknown> = { articleId: ctx.articleId, pipelineVersion: ctx.pipelineVersion, ...doc }
  const claims = doc.claims as { rows?: ClaimKeyOrder } | undefined
  if (claims && !Array.isArray(claims) && claims.rows) out.claims = await ctx.claims(claims.rows)
  const cleaned = doc.cleaned as { text?: TextDelta } | undefined
  if (cleaned && cleaned.text !== undefined) out.cleaned = { ...cleaned, text: decodeTextDelta(ctx.rawText, cleaned.text) }
  return out as unknown as Analysis
}
