/**
 * Contract facts are linked to the player they are about (run.ts `contractsOf`), not all to the
 * article's focal player: a roundup names several players, each with his own contract.
 */
import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from './extract/kb/load-kb.ts'
import { parseText } from './ingest/parse-text.ts'
import { processArticle } from './run.ts'
import { toArticle } from '../storage/identity.ts'

const kb = loadKnowledgeBase()
const contractsIn = (text: string) => {
  const raw = parseText(text, 'contract-links.txt')
  if (!raw) throw new Error('input did not parse')
  return processArticle(toArticle(raw), { kb }).contracts.map((c) => ({ player: c.player, lengthYears: c.lengthYears, expires: c.expires }))
}

describe('contract facts name their player', () => {
  it('in a roundup, each paragraph’s contract goes to its own player', () => {
    const text = [' date 2025-08-30', 'Deadline day: the deals so far', '',
      'Chelsea have signed Liam Delap-Hartley from Ipswich Town on a six-year contract, with an option of a further year.', '',
      'Everton forward Ademola Lookman has joined Atalanta on a three-year contract, the two clubs said.', '',
      'Lookman scored eleven goals last season. His deal runs until 2028.', ''].join('\n')
    const facts = contractsIn(text)
    expect(facts).toContainEqual(expect.objectContaining({ player: 'Ademola Lookman', lengthYears: 3 }))
    expect(facts).toContainEqual(expect.objectContaining({ player: 'Ademola Lookman', expires: '2028-06-30' }))
    expect(facts.filter((f) => f.lengthYears === 6).map((f) => f.player)).not.toContain('Ademola Lookman')
  })

  it('a sentence without a player falls back to the paragraph, then to the focal player', () => {
    const text = [' date 2025-03-01', 'Salah talks', '',
      'Liverpool have opened talks with Mohamed Salah over a new deal.', '',
      'His current contract expires at the end of June.', ''].join('\n')
    expect(contractsIn(text)).toEqual([{ player: 'Mohamed Salah', lengthYears: undefined, expires: '2025-06-30' }])
  })
})
