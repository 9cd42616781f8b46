import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseSpaces } from './discover-people.ts'
import { isAllCaps, isAllCapsAt, nameKey } from './gazetteer.ts'
import { isAgeWord } from './role-phrases.ts'
import { slugify } from './slug.ts'
import { foldText, tokenize } from './tokens.ts'
import { shortNameKeys } from './find-mentions.ts'

// The hand-written fast paths must give exactly what the regexes they skip would give.
const regexNameKey = (s: string) => foldText(s).replace(/[^a-z0-9]+/g, ' ').trim()
const regexSlug = (s: string) => foldText(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')

const tricky = [
  '', ' ', 'a', 'Trent Alexander-Arnold', 'Fabrizio Romano', ' Leading', 'Trailing ', 'Double  space', 'Kylian Mbappé',
  'Darwin Núñez', 'Ødegaard', 'Straße', 'O’Reilly', "N'Golo Kanté", 'AS', 'BBC Sport', 'Tab\tname', 'Line\nbreak',
  'No\u00a0break', 'Thin\u2009space', 'Ideo\u3000space', 'Bom\ufeffname', 'Sep\u2028line', 'Ogham\u1680space', 'U.S.A.',
  '123', '1 2', 'ÆØÅ', 'İstanbul', 'Kelvin \u212a', 'ǅemal',
]
const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom(...tricky), { maxLength: 4 }).map((a) => a.join(' ')))

describe('entity fast paths match their regex definitions', () => {
  it.each(tricky)('nameKey %j', (s) => expect(nameKey(s)).toBe(regexNameKey(s)))
  it.each(tricky)('collapseSpaces %j', (s) => expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' ')))
  it.each(tricky)('slugify %j (twice: computed, then remembered)', (s) => {
    expect(slugify(s)).toBe(regexSlug(s))
    expect(slugify(s)).toBe(regexSlug(s))
  })

  it.each([...tricky, 'AS', 'As', 'A', 'A1', '12', 'PSV-B', 'ÉL', 'Él', 'ß', 'ǅ'])('isAllCapsAt %j (inside other text)', (s) => {
    expect(isAllCapsAt(`x ${s} y`, 2, 2 + s.length)).toBe(isAllCaps(s))
  })

  it.each(['26-year-old', '6-year-old', '126-year-old', '26-year-olds', '26‐year‐old', '٢٦-year-old', 'ab-year-old', '26-year-old\n', '26-Year-old', ''])(
    'isAgeWord %j',
    (s) => expect(isAgeWord(s)).toBe(/^\d{2}-year-old$/.test(s)),
  )

  it('on random text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(nameKey(s)).toBe(regexNameKey(s))
        expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '))
        expect(slugify(s)).toBe(regexSlug(s))
        expect(isAgeWord(s)).toBe(/^\d{2}-year-old$/.test(s))
        expect(isAllCapsAt(s, 0, s.length)).toBe(isAllCaps(s))
      }),
      { numRuns: 3000 },
    )
  })

  it('collapseSpaces knows every char of \\s', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`
      expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '))
    }
  })
})

describe('shortNameKeys', () => {
  it.each([
    ['Salah', []],
    ['Mohamed Salah', ['mohamed', 'salah']],
    ['Trent Alexander-Arnold', ['trent', 'alexander-arnold']],
    ['Virgil van Dijk', ['virgil', 'dijk', 'van dijk'], 'van'],
    ['Virgil Van Dijk', ['virgil', 'dijk']],
    ["Kylian Mbappé's", ['kylian', 'mbappe']],
    ['', []],
  ] as [string, string[], string?][])('%j', (name, keys, pairFirst) => {
    expect(shortNameKeys(name)).toEqual(pairFirst ? { keys, pairFirst } : { keys })
    expect(shortNameKeys(name)).toEqual(pairFirst ? { keys, pairFirst } : { keys })
  })
})

describe('capitalised tokens', () => {
  it('flags a word as capitalised exactly when its first letter is upper or title case, Latin Extended included', () => {
    fc.assert(fc.property(fc.integer({ min: 0x41, max: 0x24f }), fc.constantFrom('ukasz', 'ime', 'lkay'), (code, rest) => {
      const first = String.fromCharCode(code)
      if (!/^\p{L}$/u.test(first) || first.toLowerCase().length !== 1) return
      const [token] = tokenize(first + rest)
      expect(token.cap, first).toBe(/^[\p{Lu}\p{Lt}]$/u.test(first))
    }), { numRuns: 500 })
    expect(tokenize('Łukasz Šime Černý İlkay Ğ ł').map((t) => t.cap)).toEqual([true, true, true, true, true, false])
  })
})
