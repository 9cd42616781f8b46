/**
 * Where a player's contract stands on a date, and from when each kind of suitor may agree a
 * pre-contract with him (FIFA RSTP art. 18.3 plus national variations). Pure.
 */
import { addDays, addMonths, daysBetween } from './dates.ts'
import { findRule, ruleParam } from './load-rules.ts'
import type { RuleBook, RulesInput } from './types.ts'

export const PRE_CONTRACT_RULE = 'rules/fifa-rstp-18.3@1'
export const NOTICE_RULE = 'rules/fifa-rstp-18.3-notice@1'
export const EXPIRY_RULE = 'rules/contract-expiry@1'
export const REGISTRATION_RULE = 'rules/fifa-rstp-6.1@1'
export const CONTRACT_RULE = 'rules/fifa-rstp-13@1'

export type ContractStatus =
  | { kind: 'unknown' }
  | { kind: 'free'; expires: string; freeFrom: string }
  | { kind: 'under'; expires: string; freeFrom: string; daysLeft: number }

/** Everything the answer builders share. */
export interface RulesContext {
  book: RuleBook
  input: RulesInput
  status: ContractStatus
  /** Same country for the holding club and the suitor; `unknown` without a holding club. */
  domestic: boolean | 'unknown'
  fromName: string
  /** "(source: …)" text for the expiry, or ''. */
  expirySource: string
}

/**
 * The contract's state on the input date.
 * @example contractStatus({ date: '2025-07-01', contractExpires: '2025-06-30' } as RulesInput).kind // 'free'
 */
export function contractStatus(input: RulesInput): ContractStatus {
  const expires = input.contractExpires
  if (!expires) return { kind: 'unknown' }
  const freeFrom = addDays(expires, 1)
  if (input.date >= freeFrom) return { kind: 'free', expires, freeFrom }
  return { kind: 'under', expires, freeFrom, daysLeft: daysBetween(input.date, expires) }
}

/**
 * Builds the shared context for `explainRules`.
 * @example buildContext(book, input).domestic // false for Liverpool → Real Madrid
 */
export function buildContext(book: RuleBook, input: RulesInput): RulesContext {
  const from = input.fromClub
  const domestic = from ? from.country.toLowerCase() === input.toClub.country.toLowerCase() : 'unknown'
  return {
    book,
    input,
    status: contractStatus(input),
    domestic,
    fromName: from?.name ?? 'his current club',
    expirySource: input.contractSource ? ` (source: ${input.contractSource})` : '',
  }
}

/** From when a suitor may agree a pre-contract, and which document says so. */
export interface PreContractWindow {
  /** First allowed day, or null when never before expiry. */
  from: string | null
  months: number | null
  /** Citation of the rule or its national variation. */
  cite: string
  /** The national variation applied, if any. */
  variation?: string
}

/**
 * The pre-contract opening for the suitor in `ctx`: FIFA's six months, or the holding
 * country's domestic variation when both clubs are in the same country.
 * @example preContractWindow(ctx, '2025-06-30').from // '2024-12-30' for a foreign suitor
 */
export function preContractWindow(ctx: RulesContext, expires: string, domestic = ctx.domestic === true): PreContractWindow {
  const rule = findRule(ctx.book, PRE_CONTRACT_RULE)
  if (domestic && ctx.input.fromClub) {
    const p = ruleParam(ctx.book, PRE_CONTRACT_RULE, ctx.input.fromClub.country, 'domesticPreContractMonths')
    if (p.variation) {
      const months = typeof p.value === 'number' ? p.value : null
      return {
        from: months === null ? null : addMonths(expires, -months),
        months,
        cite: `${p.cite} (${rule.id}, ${p.variation} variation)`,
        variation: p.variation,
      }
    }
  }
  const months = Number(ruleParam(ctx.book, PRE_CONTRACT_RULE, undefined, 'preContractMonths').value ?? 6)
  return { from: addMonths(expires, -months), months, cite: `${rule.cite} (${rule.id})` }
}

/**
 * `FIFA RSTP art. 13 (rules/fifa-rstp-13@1)`: a rule's short citation and id, for `why` sentences.
 * @example cite(book, 'rules/fifa-rstp-13@1') // 'FIFA RSTP art. 13 (rules/fifa-rstp-13@1)'
 */
export function cite(book: RuleBook, ruleId: string): string {
  return `${findRule(book, ruleId).cite} (${ruleId})`
}

/**
 * `1 month` / `6 months`.
 * @example plural(6, 'month') // '6 months'
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
