import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expandName, expandNameVia, extractNames, NameLookup, toNameMention, type NameMention } from './names.ts'
import { nameRunEnd } from './name-scan.ts'
import { NAME_SRC } from './patterns.ts'
import { JOURNALIST_CUES, NOT_NAME_WORDS, PERSON_CUES } from './speaker-lexicon.ts'

/** The regex-based versions the scanner replaced, kept as the reference. */
const ROLE_WORDS = new Set([...JOURNALIST_CUES, ...PERSON_CUES].filter((w) => !w.includes(' ')))
function referenceMention(raw: string, at: number): NameMention | undefined {
  const words = [...raw.matchAll(/\S+/g)]
  const first = words.findIndex((w) => !NOT_NAME_WORDS.has(w[0]) && !ROLE_WORDS.has(w[0].toLowerCase()))
  if (first < 0) return undefined
  const from = words[first].index
  const last = words[words.length - 1]
  const surface = raw.slice(from, last.index + last[0].length).replace(/['’]s?$/, '').replace(/[.'’-]+$/, '')
  if (surface.length < 2) return undefined
  return { name: surface.replace(/\s+/g, ' '), start: at + from, end: at + from + surface.length }
}
function referenceRuns(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(NAME_SRC, 'gu'))].map((m) => [m.index, m.index + m[0].length])
}
function referenceNames(text: string): NameMention[] {
  return [...text.matchAll(new RegExp(NAME_SRC, 'gu'))].map((m) => referenceMention(m[0], m.index)).filter((m) => m !== undefined)
}
function scannedRuns(text: string): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < text.length; ) {
    const end = nameRunEnd(text, i)
    if (end < 0) i++
    else {
      out.push([i, end])
      i = end
    }
  }
  return out
}

const tricky = [
  'Transfer expert Fabrizio Romano said.', 'J. Pearce reported it. J. pearce. A.B. C', 'Virgil van Dijk, Ruud van der Sar, Juan De Souza',
  'Alessandro del Piero and Dell Piero, Real de Madrid', 'Alexander-Arnold’s deal, Romano’s and O’Neil\'s', 'Ødegaard Ñandú Über ẞig',
  'McDonald iPhone ABC1DEF', 'Kylian Mbappé\u0301 and É\u0301cole', '𝐀𝐁𝐂 bold 𐐀Deseret 🚨 BREAKING', 'One Two Three Four Five Six',
  'Mr. Smith', 'The However According Speaking Reporter Ana Lopez', 'a b\uD800 c\uDC00D lone', 'X-', 'Ab. Cd.', 'Ends with A',
  'San Siro ten Hag van  Dijk', 'Jo\u00a0Bloggs Lee\tSmith', "Sky Sports' Sam Blitz:", 'Dutchman Frenkie de Jong’s agent',
]

describe('nameRunEnd / extractNames (vs the NAME_RE regex)', () => {
  it.each(tricky)('%j', (text) => {
    expect(scannedRuns(text)).toEqual(referenceRuns(text))
    expect(extractNames(text)).toEqual(referenceNames(text))
  })

  it('matches the regex on arbitrary text (property)', () => {
    const piece = fc.constantFrom('A', 'Ab', 'J.', '. ', ' ', '  ', 'van ', 'de ', 'del', ' la ', "'s", '’', '-', 'É', 'é', '\u0301', 'ẞ', '𝐀', '🚨', '\uD835', 'The ', 'Reporter ', 'x', '\n', ',')
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.array(piece, { maxLength: 40 }).map((a) => a.join('')))
    fc.assert(fc.property(text, (t) => {
      expect(scannedRuns(t)).toEqual(referenceRuns(t))
      expect(extractNames(t)).toEqual(referenceNames(t))
    }), { numRuns: 2000 })
  })

  it('trims raw subjects as before', () => {
    for (const raw of ['However Romano’s', 'The', "X'", "Ab's", 'Ab -', ' Ab  Cd ', 'Ab\u00a0 Cd.', 'Reporter', "'s", 'Ab\nCd']) {
      expect(toNameMention(raw, 5)).toEqual(referenceMention(raw, 5))
    }
  })
})

describe('NameLookup (vs extractNames)', () => {
  const dir = fileURLToPath(new URL('../../../examples/articles/txt/', import.meta.url))
  const expectSame = (text: string): void => {
    const names = extractNames(text)
    const lookup = new NameLookup(text)
    const words = new Set(names.flatMap((n) => [n.name, n.name.slice(n.name.lastIndexOf(' ') + 1)]))
    for (const w of [...words, 'a', 'an', 'Zz']) {
      expect(lookup.endingWith(w)).toEqual(names.filter((n) => n.name === w || n.name.endsWith(` ${w}`)))
      for (const at of [0, text.length >> 1, text.length]) expect(expandNameVia(lookup, w, at)).toBe(expandName(w, at, names))
    }
  }

  it.each([...tricky, ...readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'))])('%#', expectSame)

  it('agrees on arbitrary text (property)', () => {
    const piece = fc.constantFrom('Ab', 'Ab', 'Cd', 'J.', '. ', ' ', '  ', 'van ', ' van', 'de ', ' le', 'tx', ' ten ', "'s", '’', '-', 'É', 'ẞ.', '\u0301', '𝐀', '𝐀.', '🚨', 'The ', 'Reporter ', 'x', '\n', ',', '“', 'said', ' the ')
    fc.assert(fc.property(fc.array(piece, { maxLength: 50 }).map((a) => a.join('')), expectSame), { numRuns: 1500 })
  })
})
