/**
 * Answers about moving the player now: can the suitor complete a transfer for a fee, can it
 * register him on the date. Only the registering club's association window counts (FIFA RSTP
 * art. 6.1); the selling country's window is reported for information. Pure.
 */
import { ruleParam } from './load-rules.ts'
import { CONTRACT_RULE, EXPIRY_RULE, REGISTRATION_RULE, cite } from './contract-status.ts'
import type { RulesContext } from './contract-status.ts'
import { coversDate, describeWindow, hasWindowData, nextWindowOpen, previousWindow, windowAt } from './windows.ts'
import type { RuleAnswer } from './types.ts'

function noData(ctx: RulesContext, question: RuleAnswer['question']): RuleAnswer {
  const country = ctx.input.toClub.country
  const what = hasWindowData(ctx.book, country)
    ? `The transfer windows of ${country} around ${ctx.input.date} are not recorded in data/rules/windows.json`
    : `No transfer windows are recorded for ${country} in data/rules/windows.json`
  return { question, possible: 'unknown', conditions: [], rules: [REGISTRATION_RULE], why: [`${what}, so whether ${ctx.input.toClub.name} can register a player on ${ctx.input.date} is unknown (${REGISTRATION_RULE}).`] }
}

/** The table says whether the registering country's window is open on the date. */
function known(ctx: RulesContext): boolean {
  return coversDate(ctx.book, ctx.input.toClub.country, ctx.input.date)
}

/** "Spain's summer window is open (…)" or "Spain's window is closed on D; the next … opens on X". */
function windowSentence(ctx: RulesContext, country: string): string {
  const { book, input } = ctx
  const open = windowAt(book, country, input.date)
  if (open) return `${country}'s ${describeWindow(open)} is open on ${input.date}.`
  const next = nextWindowOpen(book, country, input.date)
  const then = next ? `; the next opens on ${next.opens} (${next.kind} window to ${next.closes}${next.provisional ? ', provisional' : ''})` : '; no later window is recorded'
  return `${country}'s transfer window is closed on ${input.date}${then}.`
}

function sellerWindowNote(ctx: RulesContext): string[] {
  const from = ctx.input.fromClub
  if (!from || ctx.domestic === true || !hasWindowData(ctx.book, from.country)) return []
  return [`${windowSentence(ctx, from.country)} A sale abroad does not need the selling country's window: only the registering association's counts (${REGISTRATION_RULE}).`]
}

/**
 * Can the suitor complete a transfer (a fee to the holding club) on the date?
 * @example answerFeeTransfer(ctx).possible // true on 2025-01-02 for Real Madrid
 */
export function answerFeeTransfer(ctx: RulesContext): RuleAnswer {
  const { book, input, status } = ctx
  const base = { question: 'fee_transfer' as const, rules: [REGISTRATION_RULE, CONTRACT_RULE] }
  if (status.kind === 'free') {
    return { ...base, rules: [EXPIRY_RULE], possible: false, conditions: [], why: [`He has been a free agent since ${status.freeFrom}: there is no contract to buy out and no fee is due (${EXPIRY_RULE}); see registration.`] }
  }
  if (!known(ctx)) return noData(ctx, 'fee_transfer')
  const open = isOpen(ctx)
  const why = [`${windowSentence(ctx, input.toClub.country)} Under ${cite(book, REGISTRATION_RULE)} ${input.toClub.name} can register a bought player only in its own association's window.`]
  why.push(...sellerWindowNote(ctx))
  why.push(`While he is under contract a transfer needs ${ctx.fromName}'s agreement or a release clause, under ${cite(book, CONTRACT_RULE)}; a fee can be agreed at any time, for registration when a window is open.`)
  const conditions = [`with ${ctx.fromName}'s agreement (a fee or a release clause)`]
  if (status.kind === 'unknown') conditions.push('as long as his contract has not already expired')
  return { ...base, possible: open, conditions, why }
}

function isOpen(ctx: RulesContext): boolean {
  return windowAt(ctx.book, ctx.input.toClub.country, ctx.input.date) !== undefined
}

/**
 * Can the suitor register the player on the date?
 * @example answerRegistration(ctx).possible // true on 2025-07-01 (Spanish summer window)
 */
export function answerRegistration(ctx: RulesContext): RuleAnswer {
  const { book, input, status } = ctx
  if (!known(ctx)) return noData(ctx, 'registration')
  const base = { question: 'registration' as const, rules: [REGISTRATION_RULE] }
  const windowWhy = windowSentence(ctx, input.toClub.country)
  if (isOpen(ctx)) {
    const conditions = status.kind === 'free' ? [] : [`with a transfer agreed with ${ctx.fromName}, or once his contract has expired`]
    return { ...base, possible: true, conditions, why: [`${windowWhy} ${input.toClub.name} may register new players (${REGISTRATION_RULE}).`] }
  }
  if (status.kind === 'under') {
    return { ...base, possible: false, conditions: [], why: [`${windowWhy} Under ${cite(book, REGISTRATION_RULE)} a player under contract can be registered only in a window.`] }
  }
  return freeAgentOutsideWindow(ctx, windowWhy)
}

function freeAgentOutsideWindow(ctx: RulesContext, windowWhy: string): RuleAnswer {
  const { book, input, status } = ctx
  const p = ruleParam(book, REGISTRATION_RULE, input.toClub.country, 'freeAgentsOutsideWindow')
  const where = p.variation ? `the ${p.cite} (${REGISTRATION_RULE}, ${p.variation} variation)` : cite(book, REGISTRATION_RULE)
  const rules = [REGISTRATION_RULE, EXPIRY_RULE]
  if (p.value === false) {
    return { question: 'registration', possible: false, conditions: [], rules, why: [`${windowWhy} Under ${where} free agents are not registered outside the windows.`] }
  }
  if (status.kind !== 'free') {
    return { question: 'registration', possible: 'unknown', conditions: ['once he is a free agent'], rules, why: [`${windowWhy} Under ${where} a free agent may be registered outside the window, but his contract status is not known.`] }
  }
  if (p.value === true) {
    return { question: 'registration', possible: true, conditions: [], rules, why: [`${windowWhy} Under ${where} a free agent may be registered outside the windows; he has been free since ${status.freeFrom}.`] }
  }
  const prev = previousWindow(book, input.toClub.country, input.date)
  const ok = prev !== undefined && status.expires < prev.closes
  const detail = prev ? `the last window closed on ${prev.closes} and his contract expired on ${status.expires}` : 'no earlier window is recorded'
  return { question: 'registration', possible: ok, conditions: [], rules, why: [`${windowWhy} Under ${where} a player may be registered outside a window only if his contract expired before the end of the last one: ${detail}.`] }
}
