import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Gazetteer } from './gazetteer.ts'
import { tokenize, tokenTable, TOKEN_CAP, TOKEN_WORD, type Token } from './tokens.ts'

// tokenTable must give exactly the tokens tokenize gives, only stored in typed arrays.
function asTokens(text: string): Token[] {
  const t = tokenTable(text)
  const out: Token[] = []
  for (let i = 0; i < t.length; i++) {
    out.push({ start: t.start[i], end: t.end[i], norm: t.norm(i), cap: (t.flags[i] & TOKEN_CAP) !== 0, word: (t.flags[i] & TOKEN_WORD) !== 0 })
  }
  return out
}

const tricky = [
  '', ' ', 'a', 'Real Madrid’s bid', "Alexander-Arnold's", 'Alexander-Arnold’s deal', 'O’Reilly', "N'Golo Kanté", 'Kylian Mbappé',
  'Darwin Núñez', 'Ødegaard', 'Straße', 'İstanbul İSTANBUL', 'Kelvin \u212a', 'ǅemal', '£45.5m', '26-year-old', '3.5 years', 'U.S.A.',
  'AS Roma', 'BBC Sport', 'Σίγμα ΣΊΓΜΑ', 'Ивано́в', 'ĞÜŞ', 'x\u2019s', "it's", 'Messi’S', 'a\u00a0b', 'tab\tnew\nline', 'emoji 😀 here',
  'ΑΒΓ-δ', '–dash—', 'half‐hyphen‑nb', 'ʼs', 'ﬁne', 'ǈ', 'ß-ẞ', 'Jérôme Boateng’s', 'x.y 1.2.3 a.1',
  '__proto__ constructor toString hasOwnProperty valueOf', '007 26 4294967295 4294967294 0 00', // words that are special as property keys
]
const words = fc.constantFrom(...tricky, 'Salah', 'SALAH', 'salah', 'the', 'The', 'van', 'Van', 'Dijk', ',', '.', '(', ')', '’s', "'s", '-', '’')
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(words, { maxLength: 10 }).map((a) => a.join(' ')),
  fc.array(words, { maxLength: 10 }).map((a) => a.join('')),
)

describe('tokenTable is tokenize as typed arrays', () => {
  it.each(tricky)('%j', (s) => expect(asTokens(s)).toEqual(tokenize(s)))

  it('on random text', () => {
    fc.assert(fc.property(anyText, (s) => { expect(asTokens(s)).toEqual(tokenize(s)) }), { numRuns: 5000 })
  })

  it('on every example article', () => {
    const files = readdirSync('examples/articles', { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
    expect(files.length).toBeGreaterThan(10)
    for (const f of files) {
      const text = readFileSync(join(f.parentPath, f.name), 'utf8')
      expect(asTokens(text)).toEqual(tokenize(text))
    }
  })

  it('on every single char, next to words', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      const s = `Ab${String.fromCharCode(c)}s x${String.fromCharCode(c)} ${String.fromCharCode(c)}Y`
      expect(asTokens(s)).toEqual(tokenize(s))
    }
  })
})

describe('Gazetteer.match on token tables', () => {
  // The gazetteer keeps the root's child per interned word id between calls; it must answer as
  // it does on plain token records, across texts, and after forms are added.
  const forms = ['Real Madrid', 'Real Betis', 'the Reds', 'The Athletic', 'talkSPORT', 'AS', 'van Dijk', '& Co', '. Dot', 'Union Berlin', 'Union', 'sesko', '90min', 'Kylian Mbappé']
  const texts = ['the Reds and as AS', 'real madrid van Dijk talksport 90min', 'Smith & Co. Dot Union Berlin', 'Real Madrid want Mbappe; Mbappé’s deal', 'union berlin, Union', 'Sesko sesko SESKO']
  // `g` only ever sees tables (so it reuses what it keeps); `ref`, with the same forms, only token records.
  const same = (g: Gazetteer<string>, ref: Gazetteer<string>) => {
    const a = texts.map((t) => g.match(tokenTable(t), t).map((m) => [m.from, m.to, m.entries.map((e) => e.value)]))
    const b = texts.map((t) => ref.match(tokenize(t), t).map((m) => [m.from, m.to, m.entries.map((e) => e.value)]))
    expect(a).toEqual(b)
    return a.flat().length
  }
  it('answers as on tokenize output, before and after adding forms', () => {
    const [g, ref] = [new Gazetteer<string>(), new Gazetteer<string>()]
    for (const f of forms) for (const x of [g, ref]) x.add(f, f)
    let hits = same(g, ref) + same(g, ref)
    for (const f of ['Dot', 'real', 'sesko fc']) for (const x of [g, ref]) x.add(f, f)
    hits += same(g, ref)
    expect(hits).toBeGreaterThan(10)
  })
})

describe('discoverPeople on token tables', () => {
  // It keeps its name-word test by word id per vocabulary: interned and plain tables must agree.
  const texts = ['Defender Dani Carvajal (32) and Virgil van Dijk met Arne Slot.', 'The Reds want Ben Doak; Van Dijk said no.', 'Real Madrid Confident Of Signing Big Name', '26 Year Old Joe Bloggs, 2025 Plans']
  it('finds the same people', async () => {
    const { discoverPeople } = await import('./discover-people.ts')
    const { TokenTable } = await import('./tokens.ts')
    for (let round = 0; round < 2; round++) {
      for (const t of texts) {
        const a = tokenTable(t)
        const b = TokenTable.of(tokenize(t))
        expect(discoverPeople(t, a, new Uint8Array(a.length))).toEqual(discoverPeople(t, b, new Uint8Array(b.length)))
      }
    }
    const t = tokenTable(texts[0])
    expect(discoverPeople(texts[0], t, new Uint8Array(t.length)).length).toBeGreaterThan(1)
  })
})

describe('tokenTable storage', () => {
  it('keeps earlier tables intact while later ones fill and replace the shared slab', () => {
    const first = 'Real Madrid’s bid for Trent Alexander-Arnold, 26.'
    const kept = tokenTable(first)
    const big = 'Chelsea want a striker. '.repeat(25_000) // ~125k tokens: more than one slab
    expect(asTokensOf(tokenTable(big), 50)).toEqual(tokenize(big).slice(0, 50))
    for (let k = 0; k < 40; k++) tokenTable(big.slice(0, 60_000))
    expect(asTokensOf(kept, kept.length)).toEqual(tokenize(first))
  })
})

function asTokensOf(t: ReturnType<typeof tokenTable>, n: number): Token[] {
  const out: Token[] = []
  for (let i = 0; i < n; i++) out.push({ start: t.start[i], end: t.end[i], norm: t.norm(i), cap: t.isCap(i), word: t.isWord(i) })
  return out
}

describe('tokenTable word interning', () => {
  it('starts afresh past its bound, leaving earlier tables their words', () => {
    const many = Array.from({ length: 210_000 }, (_, k) => `w${k.toString(36)}`).join(' ')
    const before = tokenTable('Alpha beta Gamma.')
    const huge = tokenTable(many) // interns past the bound
    const after = tokenTable('Alpha delta, Beta!') // starts afresh here
    expect(asTokensOf(before, before.length)).toEqual(tokenize('Alpha beta Gamma.'))
    expect(asTokensOf(after, after.length)).toEqual(tokenize('Alpha delta, Beta!'))
    expect(huge.norm(209_999)).toBe(`w${(209_999).toString(36)}`)
    expect(after.words).not.toBe(before.words)
  })
})

describe('NormTest', () => {
  it('answers its test for every token, across interned and plain tables', async () => {
    const { NormTest, TokenTable } = await import('./tokens.ts')
    let calls = 0
    const isThe = new NormTest((w) => { calls++; return w === 'the' })
    const texts = ['The bid and the fee: THE end.', 'the the the', 'Theo, then the.']
    for (let round = 0; round < 2; round++) {
      for (const t of texts) {
        for (const table of [tokenTable(t), TokenTable.of(tokenize(t))]) {
          for (let i = 0; i < table.length; i++) expect(isThe.at(table, i)).toBe(table.norm(i) === 'the')
        }
      }
    }
    const table = tokenTable('the the the the')
    const before = calls
    for (let i = 0; i < table.length; i++) isThe.at(table, i)
    for (let i = 0; i < table.length; i++) isThe.at(table, i)
    expect(calls - before).toBeLessThanOrEqual(1) // one word, asked at most once more
  })
})
