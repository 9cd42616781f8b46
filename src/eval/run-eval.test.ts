/**
 * `evaluate` reads a batch as `mercato ingest` does: an undated article is dated again from the
 * dated articles of its players once the batch is read (SPEC §4.5), so its claims take the
 * window a user would see after ingesting the same folder.
 */
import { describe, expect, it } from 'vitest'
import type { RawArticle } from '../domain/types.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { parseGold } from './gold.ts'
import { evaluate } from './run-eval.ts'

const kb = loadKnowledgeBase()

const dated: RawArticle = {
  source: '/batch/a-dated.txt', format: 'text', published: '2025-01-14',
  text: 'Real Madrid have made an approach to Liverpool for Trent Alexander-Arnold, according to reports in Spain.',
}
/** No date and no year in the text: alone, it has no date to take a window from. */
const undated: RawArticle = {
  source: '/batch/b-undated.txt', format: 'text',
  text: 'Liverpool have rejected an approach from Real Madrid for Trent Alexander-Arnold, and the club insist he is not for sale this month.',
}

const gold = parseGold({
  articles: {
    'b-undated.txt': { claims: [{ player: 'Trent Alexander-Arnold', toClub: 'Real Madrid', type: 'bid_rejected', stance: 'affirmed', window: '2025-january' }] },
  },
})

describe('evaluate', () => {
  it('dates an undated article from the batch before scoring its windows', () => {
    if (typeof gold === 'string') throw new Error(gold)
    const alone = evaluate(gold, [undated], '/batch', kb)
    expect(alone.strict.tp).toBe(1)
    expect(alone.windowAgreement.agree).toBe(0)
    expect(alone.disagreements).toEqual([expect.objectContaining({ field: 'window', predicted: 'none', gold: '2025-january' })])
    const together = evaluate(gold, [dated, undated], '/batch', kb)
    expect(together.strict.tp).toBe(1)
    expect(together.windowAgreement).toMatchObject({ agree: 1, of: 1 })
  })
})
