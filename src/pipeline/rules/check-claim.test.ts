import { describe, expect, it } from 'vitest'
import type { ArticleId, Claim } from '../../domain/types.ts'
import { checkClaim } from './check-claim.ts'
import type { ClaimCheckContext } from './check-claim.ts'
import { loadRuleBook } from './load-rules.ts'

const book = loadRuleBook()

function claim(over: Partial<Claim>): Claim {
  return {
    player: 'Trent Alexander-Arnold', fromClub: 'Liverpool', toClub: 'Real Madrid', type: 'pre_contract',
    stance: 'affirmed', modality: 'reported', window: null, fee: null, attributedTo: [],
    evidence: { articleId: 'a1' as ArticleId, start: 0, end: 1, sentence: 'x' }, rule: 'claim/test@1',
    confidence: 0.9, why: [], historical: false, headline: false, date: '2025-01-02', dateEstimated: false, ...over,
  }
}

const toSpain: ClaimCheckContext = { fromCountry: 'England', toCountry: 'Spain', contractExpires: '2025-06-30' }
const domestic: ClaimCheckContext = { fromCountry: 'England', toCountry: 'England', contractExpires: '2025-06-30' }

const rows: [string, Partial<Claim>, ClaimCheckContext, string[]][] = [
  ['pre-contract a year before expiry', { date: '2024-06-01' }, toSpain, ['pre-contract-too-early']],
  ['pre-contract on 2 January', { date: '2025-01-02' }, toSpain, []],
  ['pre-contract on 29 December', { date: '2024-12-29' }, toSpain, ['pre-contract-too-early']],
  ['pre-contract, expiry unknown', { date: '2024-06-01' }, { toCountry: 'Spain' }, []],
  ['denied pre-contract is not checked', { date: '2024-06-01', stance: 'denied' }, toSpain, []],
  ['historical claim is not checked', { date: '2024-06-01', historical: true }, toSpain, []],
  ['domestic English pre-contract in January', { toClub: 'Chelsea' }, domestic, ['domestic-pre-contract']],
  ['domestic English pre-contract a year early', { toClub: 'Chelsea', date: '2024-06-01' }, domestic, ['pre-contract-too-early', 'domestic-pre-contract']],
  ['domestic English pre-contract in the final month', { toClub: 'Chelsea', date: '2025-06-05' }, domestic, []],
  ['domestic Spanish pre-contract in January', {}, { fromCountry: 'Spain', toCountry: 'Spain', contractExpires: '2025-06-30' }, []],
  ['signing in the 2025 January window', { type: 'signed', window: '2025-january' }, toSpain, []],
  ['agreement for a window that does not exist', { type: 'agreement', window: '2025-march' }, toSpain, ['outside-window']],
  ['"will sign in January" said after the window closed', { type: 'agreement', modality: 'expected', window: '2025-january', date: '2025-02-10' }, toSpain, ['outside-window']],
  ['move "in June" 2025: the exceptional and summer windows', { type: 'agreement', window: '2025-june' }, { ...toSpain, toCountry: 'England' }, []],
  ['medical on a date outside any window', { type: 'medical', window: '2025-03-15' }, toSpain, ['outside-window']],
  ['medical on a date inside the window', { type: 'medical', window: '2025-01-20' }, toSpain, []],
  ['signed in October, not a free agent', { type: 'signed', date: '2024-10-15' }, toSpain, ['outside-window']],
  ['signed announced three weeks before the window', { type: 'signed', date: '2025-06-10' }, { ...toSpain, contractExpires: '2027-06-30' }, []],
  ['signed in October as a free agent in England', { type: 'signed', date: '2025-10-15' }, { ...domestic }, []],
  ['interest is never a window breach', { type: 'interest', window: '2025-march' }, toSpain, []],
  ['unknown buying country', { type: 'signed', window: '2025-march' }, { fromCountry: 'England' }, []],
]

describe('checkClaim', () => {
  it.each(rows)('%s', (_name, over, ctx, flags) => {
    expect(checkClaim(book, claim(over), ctx)).toEqual(flags)
  })
})
