import { describe, expect, it } from 'vitest'
import { dealKindOf } from './deal-kind.ts'

describe('dealKindOf (saga/deal-kind@1)', () => {
  it.each([
    { s: 'Bayern have agreed a loan with an option to buy for €40m.', kind: 'loan-option' },
    { s: 'He joins on loan, with an obligation to make the move permanent next summer.', kind: 'loan-obligation' },
    { s: 'The deal includes a mandatory purchase clause worth €30m.', kind: 'loan-obligation' },
    { s: 'Roma have a purchase option of €25m in the agreement.', kind: 'loan-option' },
    { s: 'Chelsea want to sign him permanently after his loan spell.', kind: 'permanent' },
    { s: 'United want to buy the winger outright this summer.', kind: 'permanent' },
    { s: 'He spent the season on loan at Leeds and is set to return.', kind: 'loan' },
    { s: 'Milan are in talks over a season-long loan.', kind: 'loan' },
    { s: 'Chelsea refuse to pay the £105m release clause outright.', kind: undefined },
    { s: 'Benfica have a buy-back clause in the deal.', kind: undefined },
    { s: 'Arsenal have made a bid for the midfielder.', kind: undefined },
  ])('$s → $kind', ({ s, kind }) => expect(dealKindOf(s)).toBe(kind))
})
