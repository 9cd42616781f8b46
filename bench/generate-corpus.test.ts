import { describe, expect, it } from 'vitest'
import { generateCorpus } from './generate-corpus.ts'

/** A sentence's shape: names, numbers and amounts replaced, so templates can be counted. */
function shapeOf(sentence: string): string {
  return sentence
    .replace(/[€£$]?\d[\d,.]*(m| million)?/g, '#')
    .replace(/\b[A-Z][\p{L}'’.-]*(?:\s+(?:de|da|van|der|del|of)?\s*[A-Z][\p{L}'’.-]*)*/gu, 'N')
}

describe('generateCorpus', () => {
  it('is deterministic: same seed, same corpus; another seed, another corpus', () => {
    const a = [...generateCorpus({ articles: 50, seed: 11 })]
    const b = [...generateCorpus({ articles: 50, seed: 11 })]
    const c = [...generateCorpus({ articles: 50, seed: 12 })]
    expect(b).toEqual(a)
    expect(c.map((x) => x.text)).not.toEqual(a.map((x) => x.text))
  })

  it('is varied: many sentence shapes, players, clubs, outlets, dated and undated articles', () => {
    const corpus = [...generateCorpus({ articles: 1000, seed: 3 })]
    const shapes = new Set<string>()
    for (const art of corpus) for (const s of art.text.split(/(?<=[.!?"])\s+|\n+/)) if (s.length > 20) shapes.add(shapeOf(s))
    expect(shapes.size).toBeGreaterThanOrEqual(200)
    expect(new Set(corpus.map((x) => x.outlet)).size).toBeGreaterThan(50)
    expect(new Set(corpus.map((x) => x.url)).size).toBe(1000)
    const undated = corpus.filter((x) => !x.published).length
    expect(undated).toBeGreaterThan(50)
    expect(undated).toBeLessThan(300)
    expect(corpus.every((x) => x.text.length > 500)).toBe(true)
  })
})
