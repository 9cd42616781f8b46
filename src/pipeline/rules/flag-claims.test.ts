import { describe, expect, it } from 'vitest'
import type { ArticleId, Claim, ContractFact } from '../../domain/types.ts'
import { loadKnowledgeBase } from '../extract/kb/load-kb.ts'
import { flagClaims } from './flag-claims.ts'
import { loadRuleBook } from './load-rules.ts'

const kb = loadKnowledgeBase()
const book = loadRuleBook()
const ev = { articleId: 'a' as ArticleId, start: 0, end: 1, sentence: 'x' }
const claim = (over: Partial<Claim>): Claim => ({
  player: 'Test Player', fromClub: 'Everton', toClub: 'Arsenal', type: 'signed', stance: 'affirmed', modality: 'confirmed',
  window: null, fee: null, attributedTo: [], evidence: ev, rule: 'test', confidence: 0.9, why: [], historical: false,
  headline: false, date: '2024-10-15', dateEstimated: false, ...over,
})
const expiry = (player: string, expires: string): ContractFact => ({ player, club: null, expires, evidence: ev, rule: 'test', confidence: 0.9 })

describe('claims checked against the transfer rules', () => {
  const rows: [string, Claim, ContractFact[], string[]][] = [
    ['a signing in mid-October, no English window open', claim({}), [], ['outside-window']],
    ['a signing on 20 August, window open', claim({ date: '2024-08-20' }), [], []],
    ['a pre-contract a year before expiry', claim({ type: 'pre_contract', toClub: 'Real Madrid', date: '2024-06-01' }), [expiry('Test Player', '2025-06-30')], ['pre-contract-too-early']],
    ['a pre-contract within six months, foreign club', claim({ type: 'pre_contract', toClub: 'Real Madrid', date: '2025-01-10' }), [expiry('Test Player', '2025-06-30')], []],
    ['a denied signing is not checked', claim({ stance: 'denied' }), [], []],
    ['a historical signing is not checked', claim({ historical: true }), [], []],
    ['an English signing ten days after the English deadline', claim({ toClub: 'Everton', fromClub: 'Aston Villa', date: '2023-09-11' }), [], ['outside-window']],
    ['a Turkish signing ten days after the English deadline, Turkish window open', claim({ toClub: 'Galatasaray', fromClub: 'Aston Villa', date: '2023-09-11' }), [], []],
    ['a Turkish signing after the Turkish deadline', claim({ toClub: 'Galatasaray', fromClub: 'Aston Villa', date: '2023-10-20' }), [], ['outside-window']],
    ['a Saudi medical on 5 September 2023, in the 2023 summer window', claim({ type: 'medical', toClub: 'Al-Nassr', fromClub: 'Chelsea', date: '2023-09-05', window: '2023-summer' }), [], []],
    ['a Saudi signing in a gap the table leaves is not flagged', claim({ toClub: 'Al-Nassr', fromClub: 'Chelsea', date: '2023-11-20' }), [], []],
    ['an MLS signing in March, primary window open', claim({ toClub: 'LA Galaxy', fromClub: 'Everton', date: '2024-03-12', window: '2024-january' }), [], []],
    ['an MLS signing in late May, between its windows', claim({ toClub: 'LA Galaxy', fromClub: 'Everton', date: '2024-05-20' }), [], ['outside-window']],
    ['a Canadian MLS club follows the MLS rows', claim({ toClub: 'Toronto FC', fromClub: 'Everton', date: '2024-05-20' }), [], ['outside-window']],
  ]
  for (const [name, c, contracts, flags] of rows) {
    it(name, () => {
      const [out] = flagClaims([c], contracts, kb, book)
      expect(out.flags ?? []).toEqual(flags)
      if (flags.length) expect(out.why.some((w) => w.startsWith('flagged by the transfer rules'))).toBe(true)
    })
  }
})
