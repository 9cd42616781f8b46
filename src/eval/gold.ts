/**
 * The gold-file format of SPEC §11, parsed strictly at the boundary.
 */
import { z } from 'zod'
import { CLAIM_TYPES } from '../domain/types.ts'

const FeeSchema = z.object({ amount: z.number(), currency: z.string() }).passthrough().nullable().optional()

export const GoldClaimSchema = z.object({
  player: z.string().min(1),
  fromClub: z.string().nullable().optional(),
  toClub: z.string().nullable().optional(),
  type: z.enum(CLAIM_TYPES),
  stance: z.enum(['affirmed', 'denied']),
  window: z.string().nullable().optional(),
  fee: FeeSchema,
  attributedTo: z.string().nullable().optional(),
  evidence: z.string().optional(),
  historical: z.boolean().optional(),
}).passthrough()

export const GoldFileSchema = z.object({
  articles: z.record(z.string(), z.object({ published: z.string().nullable().optional(), claims: z.array(GoldClaimSchema) }).passthrough()),
}).passthrough()

export type GoldClaim = z.infer<typeof GoldClaimSchema>
export type GoldFile = z.infer<typeof GoldFileSchema>

/**
 * @example parseGold(JSON.parse(text)) // GoldFile, or a one-line error message
 */
export function parseGold(value: unknown): GoldFile | string {
  const r = GoldFileSchema.safeParse(value)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  return `gold: expected ${issue.message.toLowerCase()} at ${issue.path.join('.')}`
}
