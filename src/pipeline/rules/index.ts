/** The transfer rules (SPEC §7): data loading, window calendar, explanations and claim checks. */
export { loadRuleBook, parseRuleBook, mergeVariations, ruleParam, findRule, DEFAULT_RULES_DIR } from './load-rules.ts'
export { isWindowOpen, windowAt, nextWindowOpen, previousWindow, windowsOf, windowsForKey, windowKey, windowCountry, windowCalendar, coversDate } from './windows.ts'
export { explainRules } from './explain.ts'
export { checkClaim, MAX_LEAD_DAYS } from './check-claim.ts'
export type { ClaimCheckContext } from './check-claim.ts'
export { formatExplanation } from './format-explanation.ts'
export type * from './types.ts'
