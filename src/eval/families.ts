import type { ClaimType } from '../domain/types.ts'

/** Type families for the lenient score (SPEC §11). */
const FAMILIES: ClaimType[][] = [
  ['interest', 'approach', 'bid'],
  ['talks', 'personal_terms'],
  ['agreement', 'pre_contract', 'medical', 'signed'],
  ['extension_offer', 'extension_signed'],
  ['bid_rejected', 'not_for_sale', 'stays', 'rejected_move', 'collapsed'],
]

/**
 * @example familyOf('bid') // 'interest|approach|bid'
 */
export function familyOf(type: ClaimType): string {
  return (FAMILIES.find((f) => f.includes(type)) ?? [type]).join('|')
}
