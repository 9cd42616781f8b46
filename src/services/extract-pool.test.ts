/**
 * The extraction pool on real worker threads: results equal the calling thread's, in the order
 * of the articles, whichever worker answers first; a closed pool refuses work.
 */
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.ts'
import { loadKnowledgeBase } from '../pipeline/extract/kb/load-kb.ts'
import { toArticle } from '../storage/identity.ts'
import { extractMany } from './analyse.ts'
import { createExtractPool } from './extract-pool.ts'

const kb = loadKnowledgeBase()

describe('createExtractPool', () => {
  it('gives what extractMany gives here, job by job and in order', async () => {
    const articles = [...generateCorpus({ articles: 60, seed: 9, kb })].map((r) => toArticle(r))
    const pool = createExtractPool(2, kb)
    try {
      // Uneven jobs, all queued at once: answers may arrive out of order, promises may not.
      const jobs = [articles.slice(0, 30), articles.slice(30, 33), articles.slice(33)].map((a) => pool.extract(a))
      const results = (await Promise.all(jobs)).flat()
      expect(results).toEqual(extractMany(articles, { kb }))
      expect(results.every((r) => !('error' in r))).toBe(true)
    } finally {
      await pool.close()
    }
  })

  it('rejects work once closed, and refuses a size that is not a positive integer', async () => {
    const pool = createExtractPool(1, kb)
    await pool.close()
    await expect(pool.extract([])).rejects.toThrow(/closed/)
    expect(() => createExtractPool(0, kb)).toThrow(/positive integer/)
  })
})
