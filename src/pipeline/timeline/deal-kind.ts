/**
 * Loan or permanent (rule `saga/deal-kind@1`). SPEC §6 keys sagas by player, counterpart club and
 * kind (move or renewal), so a player's loan to a club and his permanent move there are one saga;
 * each timeline entry says which of them its report is about, as its sentence words it:
 * - `loan-obligation`: "an obligation to buy", "a mandatory purchase clause", "obliged to sign him";
 * - `loan-option`: "an option to buy", "a purchase option", "the option of making it permanent";
 * - `permanent`: "a permanent deal", "sign him permanently", "buy him outright", "a full transfer";
 * - `loan`: "on loan", "a loan deal", "loaned", "a season-long loan";
 * in that order (a loan with an option says "loan" and "option"; "make the loan permanent" is the
 * option or obligation when one is named, else the permanent move). A sentence naming none says
 * nothing, and its entry has no kind.
 *
 * Speed: one keyword gate on the lower-cased sentence before any regex; most sentences hold none.
 */
import type { DealKind } from '../../domain/saga.ts'

const GATE = ['loan', 'permanent', 'option', 'oblig', 'mandatory', 'compulsory', 'outright', 'full transfer']

/** "an obligation to buy", "obligation to make the move permanent", "mandatory purchase clause", "obliged to sign". */
const OBLIGATION = /\b(?:obligation|obligations) (?:to (?:buy|sign|purchase|make)|of (?:buying|purchase|signing))|\b(?:buy|purchase|buying|signing)[- ]obligation\b|\b(?:obligatory|mandatory|compulsory) (?:purchase|buy|buying|option|clause|transfer)|\bobliged to (?:buy|sign|purchase|make)\b/
/** "an option to buy", "a purchase option", "the option of making it permanent" (never a buy-back option). */
const OPTION = /\b(?:option|options) (?:to (?:buy|sign|purchase|make)|of (?:buying|purchase|signing|making))|(?<!back[- ])\b(?:buy|purchase|buying|signing)[- ](?:option|clause)\b/
/**
 * "a permanent deal", "permanently", "sign him outright", "an outright transfer", "a full
 * transfer" ("pay £105m outright" is a lump sum, not the kind of deal).
 */
const PERMANENT = /\bpermanent(?:ly)?\b|\b(?:sign|signs|signed|signing|buy|buys|bought|buying|purchase|purchased|acquire|acquired)\s+(?:\S+\s+){0,2}?outright\b|\boutright\s+(?:transfer|deal|move|signing|sale|purchase)\b|\bfull transfer\b/
/** "on loan", "a loan deal", "loaned", "loan move", "loaning". */
const LOAN = /\bloan(?:s|ed|ing)?\b/

/**
 * The kind of deal a sentence words, or undefined when it says none.
 * @example dealKindOf('Bayern have agreed a loan with an option to buy for €40m.') // 'loan-option'
 * @example dealKindOf('Chelsea want to sign him permanently after his loan.') // 'permanent'
 */
export function dealKindOf(sentence: string): DealKind | undefined {
  const s = sentence.toLowerCase()
  if (!GATE.some((w) => s.includes(w))) return undefined
  if (OBLIGATION.test(s)) return 'loan-obligation'
  if (OPTION.test(s)) return 'loan-option'
  if (PERMANENT.test(s)) return 'permanent'
  if (LOAN.test(s)) return 'loan'
  return undefined
}

/** The words a user reads for a kind. */
export const DEAL_WORDS: Record<DealKind, string> = {
  loan: 'loan',
  'loan-option': 'loan with an option to buy',
  'loan-obligation': 'loan with an obligation to buy',
  permanent: 'permanent',
}
