import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../../../src/pipeline/clean/index.ts'
import { checkGolden, firstDifference, listSlugs, readInput } from './golden.ts'

const DIR = dirname(fileURLToPath(import.meta.url))

describe('golden: clean', () => {
  it.each(listSlugs(DIR))('%s', (slug) => {
    const c = cleanArticle(readInput(DIR, slug))
    checkGolden(DIR, slug, { blocks: c.blocks.map((b) => ({ label: b.label, rule: b.rule, text: c.text.slice(b.start, b.end) })) })
  })

  it('reports the path to the first difference', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe('$.a[1].b: expected "y", found "x"')
    expect(firstDifference([1], [1, 2])).toBe('$[1]: expected 2, found undefined')
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeUndefined()
  })
})
