import { describe, expect, it } from 'vitest'
import { articleIdOf, contentHashOf, normaliseText } from './identity.ts'
import { toSearchTokens } from './repos/search-repo.ts'

describe('normaliseText', () => {
  const rows: [string, string][] = [
    ['', ''],
    ['   \n\t ', ''],
    ['a\r\nb', 'a b'],
    ['  a   b\n\n\nc  ', 'a b c'],
    ['N\u0303u\u0301n\u0303ez', 'Ñúñez'],
    ['Straße  Ğüler', 'Straße Ğüler'],
  ]
  for (const [value, expected] of rows) it(JSON.stringify(value), () => expect(normaliseText(value)).toBe(expected))
})

describe('articleIdOf', () => {
  it('is 16 hex digits, stable under whitespace and NFC differences', () => {
    const id = articleIdOf('Ñíguez joins.', 'https://x.test/1')
    expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(articleIdOf('  N\u0303íguez\r\n joins. ', 'https://x.test/1')).toBe(id)
  })
  it('depends on the URL, and no URL equals an empty one', () => {
    expect(articleIdOf('x', 'https://x.test/1')).not.toBe(articleIdOf('x'))
    expect(articleIdOf('x', null)).toBe(articleIdOf('x', undefined))
  })
  it('hashes text + newline + url (SPEC §3)', async () => {
    const { createHash } = await import('node:crypto')
    const expected = createHash('sha256').update('a b\nhttps://u').digest('hex').slice(0, 16)
    expect(articleIdOf(' a\r\n b ', 'https://u')).toBe(expected)
    expect(contentHashOf('a  b')).toBe(createHash('sha256').update('a b').digest('hex'))
  })
})

describe('toSearchTokens', () => {
  const rows: [string, string[]][] = [
    ['', []],
    ['   ', []],
    [`'); DROP TABLE article;--`, ['DROP', 'TABLE', 'article']],
    ['"Mbappé" OR NEAR(x*)', ['Mbappé', 'OR', 'NEAR', 'x']],
    ['Ğüler ß 2025', ['Ğüler', 'ß', '2025']],
  ]
  for (const [value, expected] of rows) it(JSON.stringify(value), () => expect(toSearchTokens(value)).toEqual(expected))
  it('keeps at most 16 tokens', () => expect(toSearchTokens('a '.repeat(50))).toHaveLength(16))
})
