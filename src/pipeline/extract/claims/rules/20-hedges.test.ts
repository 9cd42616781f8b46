/**
 * The hedge gates' promise: a pattern never matches a text holding none of its gate's words, so
 * pass 20 may skip it there. Checked on phrases spelling every alternative of every pattern, on
 * random mixes of pattern words, and on every line of the examples and a slice of the bench corpus.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../../../bench/generate-corpus.ts'
import { foldSentence } from '../sentence-view.ts'
import { HEDGE_GATES, hedgeGates } from './20-hedges.ts'

/** Texts that match the patterns: each alternative at least once. */
const PHRASES = [
  'if', 'unless', 'should he', 'were he', 'were they', 'in the event', 'hypothetically', 'whether',
  'hard to imagine', 'well-advised', 'would more than', 'it appears', 'appears to', 'it seems', 'seems to', 'would be a', 'would be an',
  'would be the', 'might be', 'dream of', 'fear', 'fears', 'feared', 'wonder', 'imagine', 'assumption', 'it remains to be seen', 'what if',
  'so-called', 'more likely', 'less likely', 'most likely',
  'it has always been the plan', 'is the aim', 'remains the idea', 'was the hope', 'would be the dream', 'is the ambition', 'he says it is the plan',
  'possibly', 'potential', 'potentially', 'perhaps', 'in theory', 'tipped to', 'rumored', 'rumoured', 'rumours', 'rumors', 'rumour',
  'could', 'may', 'might', 'would', 'can', 'could not be', 'may well try to sign', 'talks could begin', 'a bid may follow',
  'expect', 'expects', 'expected', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'anticipating', 'set to', 'poised to', 'on the verge', 'on course', 'likely to', 'confident', 'will', 'is to', 'are to',
  'close to', 'closing in', 'nearing', 'imminent', 'due to',
  'official', 'officially', 'confirmed', 'announced', 'has signed', 'have signed', 'completed', 'statement',
  'had been ', 'had both been ', 'had also held ', 'had made ', 'had previously been interested in ',
  'looked set to', 'seemed certain to', 'appeared destined to', 'had been widely expected to', 'had long been tipped to',
  'asked about', 'when quizzed on', 'after being questioned over', 'was pressed again on', 'asked whether', 'asked if',
  'was initially set to', 'were originally expected to', 'had originally been due to', 'had initially been poised to', 'initially was meant to', 'originally were going to',
  'usual standard', 'any other', 'a potential buyer', 'club are obliged', 'clubs is obliged', 'under rules', 'under current rules',
  'under transfer rules', 'under current transfer rules', 'agree terms with any club', 'talk with any club', 'negotiate with any club', 'speak with any club',
]

function linesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .flatMap((d) => readFileSync(join(d.parentPath, d.name), 'utf8').split('\n'))
}

function gatesHold(text: string): void {
  const gates = hedgeGates(text)
  for (const [name, g] of Object.entries(HEDGE_GATES)) {
    if (gates & g.bit) continue
    // The patterns run on parts of the sentence; a part holds no more words than the whole.
    const re = new RegExp(g.re.source, g.re.flags.replace('g', ''))
    if (re.test(text)) expect.fail(`${name}: ${JSON.stringify(text)} matches but holds none of its words`)
  }
}

describe('hedge gates', () => {
  it('every phrase opens its gate', () => {
    for (const p of PHRASES) {
      const hits = Object.values(HEDGE_GATES).filter((g) => new RegExp(g.re.source).test(p))
      expect(hits.length, p).toBeGreaterThan(0)
      gatesHold(p)
      gatesHold(`x ${p} y`)
    }
  })

  it('on random mixes of the patterns’ words', () => {
    const piece = fc.oneof(fc.constantFrom(...PHRASES, ' ', ', ', ' the ', 'ing', 's'), fc.string({ maxLength: 3 }))
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => gatesHold(parts.join(''))), { numRuns: 5000 })
  })

  it('on the examples and the bench corpus', () => {
    const lines = linesUnder('examples/articles')
    for (const a of generateCorpus({ articles: 300, seed: 2025 })) lines.push(...a.text.split('\n'))
    for (const l of lines) gatesHold(foldSentence(l))
  })
})
