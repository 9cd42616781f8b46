import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateJaccard, hash32, lshKeysOf, minhashOf, normaliseEvidence, quotedTextOf, shinglesOf, similarAtLeast, sketchOf, sketchOfEvidence } from './shingles.ts'

const sketch = (s: string) => minhashOf(shinglesOf(normaliseEvidence(s)))

describe('normaliseEvidence', () => {
  it.each([
    { value: '', expected: '' },
    { value: '   ', expected: '' },
    { value: '“Real Madrid’s €60m bid!”', expected: 'real madrids 60m bid' },
    { value: 'Atlético  — Beşiktaş, Straße', expected: 'atletico besiktas straße' },
    { value: "It's 2025: 'here we go'", expected: 'its 2025 here we go' },
  ])('$value', ({ value, expected }) => expect(normaliseEvidence(value)).toBe(expected))
})

describe('shinglesOf', () => {
  it.each([
    { value: '', expected: [] },
    { value: 'a b', expected: ['a b'] },
    { value: 'a b c d e', expected: ['a b c d e'] },
    { value: 'a b c d e f', expected: ['a b c d e', 'b c d e f'] },
  ])('$value', ({ value, expected }) => expect(shinglesOf(value)).toEqual(expected))
})

describe('hash32 and minhash (report/minhash@1)', () => {
  it('is deterministic, unsigned and seed-sensitive', () => {
    expect(hash32('abc')).toBe(hash32('abc'))
    expect(hash32('abc', 1)).not.toBe(hash32('abc', 2))
    expect(hash32('x'.repeat(100_000))).toBeGreaterThanOrEqual(0)
  })

  it('estimates high similarity for a reprint and low for a different sentence', () => {
    const a = 'Real Madrid sent an opening approach to Liverpool this week to ask about signing Trent in January, Romano said.'
    const b = 'Real Madrid sent an opening approach to Liverpool this week to ask about signing Trent in January, Fabrizio Romano has revealed.'
    const other = 'Liverpool swiftly turned down the opening move from the Spanish champions on Thursday.'
    expect(estimateJaccard(sketch(a), sketch(b))).toBeGreaterThanOrEqual(0.6)
    expect(estimateJaccard(sketch(a), sketch(other))).toBeLessThan(0.2)
  })

  it('near-identical sentences share an LSH band', () => {
    const a = lshKeysOf(sketch('Real Madrid sent an opening approach to Liverpool this week to ask about Trent.'))
    const b = lshKeysOf(sketch('Real Madrid sent an opening approach to Liverpool this week to ask about Trent!'))
    expect(a.some((k) => b.includes(k))).toBe(true)
    expect(a).toHaveLength(16)
  })
})

describe('quotedTextOf', () => {
  it.each([
    { value: 'He said: “We have a deal in principle today”.', expected: 'we have a deal in principle today' },
    { value: 'He said "we have a deal in principle today".', expected: 'we have a deal in principle today' },
    { value: 'A “short” quote.', expected: undefined },
    { value: 'Real Madrid’s move and Liverpool’s answer', expected: undefined },
    { value: '', expected: undefined },
  ])('$value', ({ value, expected }) => expect(quotedTextOf(value)).toBe(expected))
})

describe('sketchOf and similarAtLeast (fast paths)', () => {
  it.each(['', '   ', 'a', 'a b c d e', 'a b c d e f', ' a  b c   d e f g ', 'real madrids 60m bid for trent alexander arnold', 'atletico besiktas straße ünïcödé ok'])(
    'sketchOf(%j) equals minhashOf(shinglesOf(…))',
    (text) => expect([...sketchOf(text)]).toEqual([...minhashOf(shinglesOf(text))]),
  )

  it('agrees with estimateJaccard >= min at every threshold', () => {
    const a = sketch('Real Madrid sent an opening approach to Liverpool this week to ask about Trent.')
    const b = sketch('Real Madrid sent an opening approach to Liverpool this week to ask about Alexander-Arnold in January.')
    for (const min of [0, 0.1, 0.3, 0.5, 0.6, 0.609375, 0.61, 0.9, 1, 1.1]) {
      for (const [x, y] of [[a, b], [a, a], [b, a]]) expect(similarAtLeast(x, y, min)).toBe(estimateJaccard(x, y) >= min)
    }
    expect(similarAtLeast(new Uint32Array(0), new Uint32Array(0), 0)).toBe(false)
  })

  it('keeps non-ASCII folding on the slow path', () => {
    expect(normaliseEvidence('Mbappé’s “Real” move')).toBe('mbappes real move')
    expect(normaliseEvidence('PLAIN Ascii, text!')).toBe('plain ascii text')
  })
})

describe('sketchOfEvidence (fused normalise + sketch)', () => {
  const oracle = (s: string) => [...minhashOf(shinglesOf(normaliseEvidence(s)))]
  // Characters that exercise every branch: letters of both cases, digits, apostrophes and
  // backquotes, punctuation, spaces, accents, typographic quotes, the Kelvin sign (lower-cases to ASCII).
  const piece = fc.constantFrom('a', 'Z', 'q', '7', '0', "'", '`', '’', '‘', ' ', '  ', ',', '-', '!', '\n', '\t', 'é', 'Ş', 'ß', '“', '”', '\u212a', '€', '£',
    'word', 'Real', 'Madrid', 'Mbappé', 'İ', 'ǅ', 'ŉ', '½', '\u00a0', '\u00ad', '\u2013', 'Σ', 'ΣΑΣ', '\u0301', '\u20d7', 'ẞ', '東京', '😀', '\ud800')
  // Any character of the ranges the fast path folds, and of its neighbours (combining marks).
  const codePoint = fc.oneof(fc.integer({ min: 0x80, max: 0x3ff }), fc.integer({ min: 0x1e00, max: 0x2110 }), fc.integer({ min: 0, max: 0x7f }))
    .map((c) => String.fromCharCode(c))
  const text = fc.array(fc.oneof(piece, codePoint), { maxLength: 60 }).map((xs) => xs.join(''))

  it('equals minhashOf(shinglesOf(normaliseEvidence(s))) (property)', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary' })), (s) => {
      expect([...sketchOfEvidence(s)]).toEqual(oracle(s))
    }), { numRuns: 5000 })
  })

  it('equals the oracle for every character it folds, alone and between letters, accents and marks', () => {
    for (let c = 0x80; c < 0x2100; c++) {
      const ch = String.fromCharCode(c)
      for (const t of [`${ch}`, `Ab${ch}cd e F g h`, `É${ch}${ch}Σ x y z w`, `a${ch}\u0301b c d e f`, `q ${ch} r`]) expect([...sketchOfEvidence(t)], `U+${c.toString(16)} in ${t}`).toEqual(oracle(t))
    }
  })

  it('handles texts longer than its scratch buffers', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `W${i}'s`).join(' — ')
    expect([...sketchOfEvidence(long)]).toEqual(oracle(long))
    expect([...sketchOf(normaliseEvidence(long))]).toEqual(oracle(long))
    expect([...sketchOfEvidence('short one')]).toEqual(oracle('short one'))
    const wide = 'İ'.repeat(5000) + ' Ōsaka Ünïcödé ’quoted’ '.repeat(300)
    expect([...sketchOfEvidence(wide)]).toEqual(oracle(wide))
  })
})

describe('quotedTextOf (quote-mark precheck)', () => {
  // The regular expression alone, kept as the oracle.
  const oracle = (sentence: string, minWords = 5) => {
    let best: string | undefined
    for (const m of sentence.matchAll(/“([^”]+)”|"([^"]+)"|‘([^’]{12,})’|(?<![\p{L}])'([^']{12,})'(?![\p{L}])/gu)) {
      const q = normaliseEvidence(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
      if (q.split(' ').length >= minWords && (!best || q.length > best.length)) best = q
    }
    return best
  }
  const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", ' ', 'we have a deal', 'in principle', 'today', 'Romano', 'x', 'é')
  it('finds what the regular expression finds (property)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), fc.integer({ min: 1, max: 6 }), (s, minWords) => {
      expect(quotedTextOf(s, minWords)).toBe(oracle(s, minWords))
    }), { numRuns: 3000 })
  })
})
