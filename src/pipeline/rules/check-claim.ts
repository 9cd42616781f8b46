/**
 * `checkClaim`: flags claims that break the transfer rules (SPEC §7), e.g. a move "in January"
 * when the buying country has no window then, or a pre-contract a year before expiry. Pure.
 */
import type { Claim } from '../../domain/types.ts'
import { addDays, addMonths, daysBetween, isIsoDate } from './dates.ts'
import { ruleParam } from './load-rules.ts'
import { PRE_CONTRACT_RULE, REGISTRATION_RULE } from './contract-status.ts'
import { coversDate, hasWindowData, isWindowOpen, nextWindowOpen, windowsForKey, windowsOf } from './windows.ts'
import type { RuleBook } from './types.ts'

/** What the caller knows beyond the claim: the clubs' countries and the contract's end. */
export interface ClaimCheckContext {
  fromCountry?: string
  toCountry?: string
  /** YYYY-MM-DD */
  contractExpires?: string
}

/** Claim types that mean the move itself happens. */
const MOVE_TYPES = new Set<Claim['type']>(['signed', 'agreement', 'medical'])
/** Announcing a signing this many days before the window opens is normal, not a breach. */
export const MAX_LEAD_DAYS = 45

const WINDOW_KEY = /^(\d{4})-(january|summer)$/
const MONTH_KEY = /^(\d{4})-(february|march|april|may|june|july|august|september|october|november|december)$/
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/**
 * Flags a claim breaks (window may be `2025-january`, `2025-summer`, `2025-march` or a date): `outside-window`, `pre-contract-too-early`, `domestic-pre-contract`.
 * Denied and historical claims are not checked. Returns [] when nothing is wrong or unknowable.
 * @example checkClaim(book, preContractClaim('2024-06-01'), { contractExpires: '2025-06-30' }) // ['pre-contract-too-early']
 */
export function checkClaim(book: RuleBook, claim: Claim, ctx: ClaimCheckContext): string[] {
  if (claim.stance !== 'affirmed' || claim.historical) return []
  const flags: string[] = []
  if (MOVE_TYPES.has(claim.type) && isOutsideWindow(book, claim, ctx)) flags.push('outside-window')
  if (claim.type === 'pre_contract') {
    if (isPreContractTooEarly(book, claim, ctx)) flags.push('pre-contract-too-early')
    if (isDomesticPreContract(book, claim, ctx)) flags.push('domestic-pre-contract')
  }
  return flags
}

function isFreeAgentOn(ctx: ClaimCheckContext, date: string): boolean {
  return ctx.contractExpires !== undefined && date > ctx.contractExpires
}

function isOutsideWindow(book: RuleBook, claim: Claim, ctx: ClaimCheckContext): boolean {
  const country = ctx.toCountry
  if (!country || !hasWindowData(book, country)) return false
  const w = claim.window?.toLowerCase() ?? null
  // A date the table does not cover (before its rows, after them, or in a gap a missing row
  // leaves) is unknown, not outside.
  if (w && isIsoDate(w)) return coversDate(book, country, w) && !isWindowOpen(book, country, w) && !freeAgentMayRegister(book, ctx, w)
  const key = w ? WINDOW_KEY.exec(w) : null
  if (key) return isKeyOutside(book, claim, country, w as string) && coversDate(book, country, `${key[1]}-${key[2] === 'january' ? '01-15' : '07-15'}`)
  const month = w ? MONTH_KEY.exec(w) : null
  if (month) {
    const m = MONTHS.indexOf(month[2])
    return !hasWindowInMonth(book, country, Number(month[1]), m) && coversDate(book, country, `${month[1]}-${String(m + 1).padStart(2, '0')}-15`)
  }
  if (w) return false
  return claim.type === 'signed' && claim.date !== null && coversDate(book, country, claim.date) && isDateOutside(book, ctx, country, claim.date)
}

function hasWindowInMonth(book: RuleBook, country: string, year: number, month: number): boolean {
  const first = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10)
  const last = new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10)
  return windowsOf(book, country).some((w) => w.opens <= last && first <= w.closes)
}

function isKeyOutside(book: RuleBook, claim: Claim, country: string, key: string): boolean {
  const windows = windowsForKey(book, country, key)
  if (windows.length === 0) return true
  const future = claim.modality === 'expected' || claim.modality === 'speculative'
  const lastClose = windows[windows.length - 1].closes
  return future && claim.date !== null && claim.date > lastClose
}

function isDateOutside(book: RuleBook, ctx: ClaimCheckContext, country: string, date: string): boolean {
  if (isWindowOpen(book, country, date) || freeAgentMayRegister(book, ctx, date)) return false
  const next = nextWindowOpen(book, country, date)
  return next === undefined ? false : daysBetween(date, next.opens) > MAX_LEAD_DAYS
}

function freeAgentMayRegister(book: RuleBook, ctx: ClaimCheckContext, date: string): boolean {
  if (!isFreeAgentOn(ctx, date)) return false
  const mode = ruleParam(book, REGISTRATION_RULE, ctx.toCountry, 'freeAgentsOutsideWindow').value
  return mode !== false
}

function isPreContractTooEarly(book: RuleBook, claim: Claim, ctx: ClaimCheckContext): boolean {
  if (!claim.date || !ctx.contractExpires || isFreeAgentOn(ctx, claim.date)) return false
  const months = Number(ruleParam(book, PRE_CONTRACT_RULE, undefined, 'preContractMonths').value ?? 6)
  return claim.date < addMonths(ctx.contractExpires, -months)
}

function isDomesticPreContract(book: RuleBook, claim: Claim, ctx: ClaimCheckContext): boolean {
  const { fromCountry, toCountry, contractExpires } = ctx
  if (!fromCountry || !toCountry || fromCountry.toLowerCase() !== toCountry.toLowerCase()) return false
  const p = ruleParam(book, PRE_CONTRACT_RULE, fromCountry, 'domesticPreContractMonths')
  if (!p.variation) return false
  if (!claim.date || !contractExpires) return true
  if (claim.date >= addDays(contractExpires, 1)) return false
  return typeof p.value !== 'number' || claim.date < addMonths(contractExpires, -p.value)
}
