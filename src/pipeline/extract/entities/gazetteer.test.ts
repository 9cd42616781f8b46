import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Gazetteer } from './gazetteer.ts'
import { tokenize } from './tokens.ts'

// "Real" has five children (searched through its Map), "Union" one (searched by comparison).
const forms = ['Real Madrid', 'Real Betis', 'Real Sociedad', 'Real Oviedo', 'Real Valladolid', 'the Reds', 'The Athletic', 'talkSPORT', 'AS', 'van Dijk', '& Co', '. Dot', 'Union Berlin', 'Union', 'sesko', '90min', 'Atletico de Madrid', 'Atletico']

function build(list: string[]): Gazetteer<string> {
  const g = new Gazetteer<string>()
  for (const f of list) g.add(f, f)
  return g
}

const found = (g: Gazetteer<string>, text: string) => g.match(tokenize(text), text).map((m) => [text.slice(m.start, m.end), m.entries.map((e) => e.value)])

describe('Gazetteer.match start filter', () => {
  const g = build(forms)
  it('lets lower-case tokens start only forms that allow it', () => {
    expect(found(g, 'the Reds and as AS')).toEqual([['the Reds', ['the Reds']], ['AS', ['AS']]])
    expect(found(g, 'real madrid van Dijk talksport 90min')).toEqual([['van Dijk', ['van Dijk']], ['talksport', ['talkSPORT']], ['90min', ['90min']]])
  })
  it('lets a lower-case form token meet either case, a capitalised one only capitals', () => {
    expect(found(g, 'Atletico de Madrid, Atletico De Madrid, the reds')).toEqual([
      ['Atletico de Madrid', ['Atletico de Madrid']],
      ['Atletico De Madrid', ['Atletico de Madrid']],
    ])
  })
  it('lets punctuation start the forms that begin with it', () => {
    expect(found(g, 'Smith & Co. Dot Union Berlin')).toEqual([['& Co', ['& Co']], ['. Dot', ['. Dot']], ['Union Berlin', ['Union Berlin']]])
  })
  it('sees forms added after a match', () => {
    const h = build(['Real Madrid'])
    expect(found(h, 'the blues')).toEqual([])
    h.add('the blues', 'the blues')
    expect(found(h, 'the blues')).toEqual([['the blues', ['the blues']]])
  })
  it('finds what a fresh gazetteer without the filter would (every start tried)', () => {
    const words = ['the', 'The', 'Reds', 'reds', 'Real', 'Madrid', 'as', 'AS', 'van', 'Van', 'Dijk', '&', 'Co', '.', 'Dot', 'Union', 'Berlin', 'sesko', ',', 'Betis', 'Oviedo', 'Valladolid', 'Sociedad', 'Atletico', 'de', 'De']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (ws) => {
        const text = ws.join(' ')
        const tokens = tokenize(text)
        // Reference: a one-form gazetteer per form, tried at every token, leftmost-longest by hand.
        const singles = forms.map((f) => build([f]))
        const expected: [number, number][] = []
        let i = 0
        while (i < tokens.length) {
          let to = -1
          for (const s of singles) for (const m of s.match(tokens.slice(i), text)) if (m.from === 0 && m.to > to) to = m.to
          if (to > 0) { expected.push([i, i + to]); i += to } else i++
        }
        expect(g.match(tokens, text).map((m) => [m.from, m.to])).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })
})
