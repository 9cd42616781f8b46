/**
 * `explainRules`: what the transfer rules allow for one player, one suitor and one date, and why
 * (SPEC §7). Pure: the rule book is passed in; every answer cites rule ids and their sources.
 */
import { answerFreeAgent, answerPreContract, answerTalks } from './answer-contract.ts'
import { answerFeeTransfer, answerRegistration } from './answer-registration.ts'
import { buildContext } from './contract-status.ts'
import type { RulesContext } from './contract-status.ts'
import { isIsoDate } from './dates.ts'
import { hasWindowData, nextWindowOpen, windowAt } from './windows.ts'
import type { RuleBook, RulesExplanation, RulesInput } from './types.ts'

/**
 * Explains whether talks, a pre-contract, a fee transfer and registration are possible on a date.
 * @example
 * explainRules(book, {
 *   player: 'Trent Alexander-Arnold',
 *   fromClub: { name: 'Liverpool', country: 'England' },
 *   toClub: { name: 'Real Madrid', country: 'Spain' },
 *   date: '2025-01-02', contractExpires: '2025-06-30',
 * }).answers.find((a) => a.question === 'pre_contract')?.possible // true
 */
export function explainRules(book: RuleBook, input: RulesInput): RulesExplanation {
  if (!isIsoDate(input.date)) throw new Error(`rules: expected a YYYY-MM-DD date, found ${JSON.stringify(input.date)}`)
  if (input.contractExpires !== undefined && !isIsoDate(input.contractExpires)) {
    throw new Error(`rules: expected a YYYY-MM-DD contract expiry, found ${JSON.stringify(input.contractExpires)}`)
  }
  const ctx = buildContext(book, input)
  const answers = [answerTalks(ctx), answerPreContract(ctx), answerFeeTransfer(ctx), answerRegistration(ctx), answerFreeAgent(ctx)]
  return {
    player: input.player,
    ...(input.fromClub ? { fromClub: input.fromClub } : {}),
    toClub: input.toClub,
    date: input.date,
    ...(input.contractExpires ? { contractExpires: input.contractExpires } : {}),
    answers,
    notes: explanationNotes(ctx),
  }
}

function explanationNotes(ctx: RulesContext): string[] {
  const { book, input } = ctx
  const notes: string[] = []
  const countries = [input.toClub.country, input.fromClub?.country].filter((c): c is string => Boolean(c))
  for (const country of new Set(countries)) {
    if (!hasWindowData(book, country)) {
      notes.push(`No transfer windows are recorded for ${country}.`)
      continue
    }
    const w = windowAt(book, country, input.date)
    const shown = w ?? nextWindowOpen(book, country, input.date)
    if (shown) notes.push(`Window dates for ${country}: ${shown.source}.`)
    if (w?.provisional) notes.push(`${country}'s window ${w.id} is provisional: ${w.note ?? 'not yet confirmed'}`)
    if (w?.kind === 'exceptional') notes.push(`${country}'s window ${w.id} is exceptional: ${w.note ?? ''}`.trim())
  }
  if (!input.fromClub) notes.push('The holding club is not known: domestic variations cannot be applied with certainty.')
  if (ctx.status.kind === 'unknown') notes.push('Contract expiry unknown: add it from an article or import a players CSV.')
  notes.push('Rules as data in data/rules/ (Mercato\'s summary, not legal advice).')
  return notes
}
