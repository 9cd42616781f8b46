/**
 * Answers about the player's contract on a date: is he a free agent, may he sign a
 * pre-contract with the suitor, may the suitor talk to him. Pure; sentences cite rule ids.
 */
import { daysBetween } from './dates.ts'
import { ruleParam } from './load-rules.ts'
import {
  CONTRACT_RULE, EXPIRY_RULE, NOTICE_RULE, PRE_CONTRACT_RULE, cite, plural, preContractWindow,
} from './contract-status.ts'
import type { RulesContext } from './contract-status.ts'
import type { RuleAnswer } from './types.ts'

const UNKNOWN_EXPIRY = 'His contract expiry date is not known: it is learned from article text or imported (mercato import-players).'

/**
 * Is the player a free agent on the date?
 * @example answerFreeAgent(ctx).possible // true on 2025-07-01 for a contract ending 2025-06-30
 */
export function answerFreeAgent(ctx: RulesContext): RuleAnswer {
  const base = { question: 'free_agent' as const, conditions: [], rules: [EXPIRY_RULE] }
  const rule = cite(ctx.book, EXPIRY_RULE)
  const s = ctx.status
  if (s.kind === 'unknown') {
    return { ...base, possible: 'unknown', why: [UNKNOWN_EXPIRY, `Under ${rule} a player is a free agent from the day after his contract expires.`] }
  }
  if (s.kind === 'free') {
    return { ...base, possible: true, why: [`His contract expired on ${s.expires}${ctx.expirySource}, so under ${rule} he has been a free agent since ${s.freeFrom}.`] }
  }
  return { ...base, possible: false, why: [`His contract runs until ${s.expires}${ctx.expirySource}; under ${rule} he becomes a free agent on ${s.freeFrom}, in ${plural(s.daysLeft + 1, 'day')}.`] }
}

/**
 * May the suitor agree a pre-contract with the player on the date?
 * @example answerPreContract(ctx).possible // false on 2024-11-05 for a contract ending 2025-06-30
 */
export function answerPreContract(ctx: RulesContext): RuleAnswer {
  const base = { question: 'pre_contract' as const, rules: [PRE_CONTRACT_RULE] }
  const fifa = cite(ctx.book, PRE_CONTRACT_RULE)
  const s = ctx.status
  const { date } = ctx.input
  if (s.kind === 'unknown') {
    return { ...base, possible: 'unknown', conditions: [], why: [`Under ${fifa} a player may sign a pre-contract with another club when his contract expires within six months.`, UNKNOWN_EXPIRY] }
  }
  if (s.kind === 'free') {
    return { ...base, rules: [PRE_CONTRACT_RULE, EXPIRY_RULE], possible: true, conditions: [], why: [`He has been a free agent since ${s.freeFrom}: ${ctx.input.toClub.name} can sign him outright, no pre-contract is needed (${EXPIRY_RULE}).`] }
  }
  const win = preContractWindow(ctx, s.expires)
  const possible = win.from !== null && date >= win.from
  const why = [preContractSentence(ctx, win, s.expires, possible)]
  const conditions = possible ? [`after informing ${ctx.fromName} in writing`] : []
  if (ctx.domestic === 'unknown') why.push(domesticCaveat(ctx, s.expires))
  if (win.variation) why.push(foreignContrast(ctx, s.expires))
  return { ...base, rules: win.variation ? [PRE_CONTRACT_RULE, NOTICE_RULE] : base.rules, possible, conditions, why: why.filter(Boolean) }
}

function preContractSentence(ctx: RulesContext, win: ReturnType<typeof preContractWindow>, expires: string, possible: boolean): string {
  const { date } = ctx.input
  const facts = `his contract expires on ${expires}${ctx.expirySource}, ${plural(daysBetween(date, expires), 'day')} after ${date}`
  if (win.variation) {
    const span = win.months === null ? 'not before his contract has expired' : `only in the final ${win.months === 1 ? 'month' : plural(win.months, 'month')} of his contract`
    const when = win.from ? ` (from ${win.from})` : ''
    return `Under the ${win.cite}, a club may agree a pre-contract with a player under contract to another club in ${win.variation} ${span}${when}: ${facts}.`
  }
  const tail = possible ? '' : `; the earliest day is ${win.from}`
  return `Under ${win.cite} a player may sign a pre-contract with another club when his contract expires within ${plural(win.months ?? 6, 'month')}: ${facts}${tail}.`
}

function domesticCaveat(ctx: RulesContext, expires: string): string {
  const p = ruleParam(ctx.book, PRE_CONTRACT_RULE, ctx.input.toClub.country, 'domesticPreContractMonths')
  if (!p.variation) return ''
  return `His current club is not known: if it is also in ${p.variation}, the ${p.cite} restrict a domestic pre-contract (${PRE_CONTRACT_RULE}, ${p.variation} variation; contract ending ${expires}).`
}

function foreignContrast(ctx: RulesContext, expires: string): string {
  const foreign = preContractWindow(ctx, expires, false)
  return `A club from another country could agree one from ${foreign.from} (${PRE_CONTRACT_RULE}).`
}

/**
 * May the suitor talk to the player on the date, and on what condition?
 * @example answerTalks(ctx).conditions // ["Liverpool's prior written consent"] on 2024-11-05
 */
export function answerTalks(ctx: RulesContext): RuleAnswer {
  const base = { question: 'talks' as const, possible: true as const, rules: [NOTICE_RULE] }
  const s = ctx.status
  const to = ctx.input.toClub.name
  if (s.kind === 'free') {
    return { ...base, rules: [EXPIRY_RULE], conditions: [], why: [`As a free agent since ${s.freeFrom} he may negotiate with any club, ${to} included (${EXPIRY_RULE}).`] }
  }
  const freeToAgree = s.kind === 'under' && isPreContractOpen(ctx, s.expires)
  if (freeToAgree) {
    return { ...base, rules: [NOTICE_RULE, PRE_CONTRACT_RULE], conditions: [`after informing ${ctx.fromName} in writing`], why: [`He is within the period in which he may agree a move (${PRE_CONTRACT_RULE}); under ${cite(ctx.book, NOTICE_RULE)} ${to} must first inform ${ctx.fromName} in writing.`] }
  }
  return restrictedTalks(ctx, s.kind === 'unknown')
}

function isPreContractOpen(ctx: RulesContext, expires: string): boolean {
  const win = preContractWindow(ctx, expires)
  return win.from !== null && ctx.input.date >= win.from
}

function restrictedTalks(ctx: RulesContext, unknown: boolean): RuleAnswer {
  const country = ctx.input.fromClub?.country
  const consent = ruleParam(ctx.book, NOTICE_RULE, country, 'approachNeedsConsent')
  const to = ctx.input.toClub.name
  const prefix = unknown ? 'If he is under contract, ' : 'He is under contract and not yet free to agree a move, so '
  const why = consent.value === true
    ? `${prefix}under the ${consent.cite} (${NOTICE_RULE}, ${consent.variation} variation) ${to} may approach him only with ${ctx.fromName}'s prior written consent.`
    : `${prefix}under ${cite(ctx.book, NOTICE_RULE)} ${to} must inform ${ctx.fromName} in writing before negotiating.`
  const condition = consent.value === true ? `with ${ctx.fromName}'s prior written consent` : `after informing ${ctx.fromName} in writing`
  const deal = `Any move before his contract ends needs ${ctx.fromName}'s agreement (${CONTRACT_RULE}).`
  return { question: 'talks', possible: true, conditions: [condition], rules: [NOTICE_RULE, CONTRACT_RULE], why: unknown ? [UNKNOWN_EXPIRY, why, deal] : [why, deal] }
}
