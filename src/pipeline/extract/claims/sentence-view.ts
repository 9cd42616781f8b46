/**
 * Prepares sentences for cue matching: a folded copy of the same length (so offsets carry
 * over) and the clause boundaries that scope negation and hedging.
 */
import type { Block, Sentence } from '../../../domain/types.ts'
import type { SentenceView } from './candidate.ts'

const CLAUSE_BREAKS = /(?:, but |, while |, whereas |, although |, though |, however,? |; | – | — | - |, since |, because |, as |, with |\bbut\b|, which | after |, given )/g

/**
 * @example viewSentences(text, sentences, blocks)[0].folded // 'real madrid are ‘pushing’ …' lower-cased
 */
export function viewSentences(text: string, sentences: Sentence[], blocks: Block[]): SentenceView[] {
  let paragraph = -1
  let lastBlock = -1
  return sentences.map((sentence, index) => {
    if (sentence.block !== lastBlock) { paragraph++; lastBlock = sentence.block }
    const raw = text.slice(sentence.start, sentence.end)
    const folded = foldSentence(raw)
    const clauseStarts: number[] = []
    for (const m of folded.matchAll(CLAUSE_BREAKS)) clauseStarts.push(sentence.start + m.index)
    const label = blocks[sentence.block]?.label
    return { index, sentence, folded, clauseStarts, headline: label === 'related_headline', paragraph }
  })
}

/** Lower case; curly and straight quotes → space, apostrophes inside words → '. Length-preserving. */
export function foldSentence(raw: string): string {
  const lower = raw.toLowerCase()
  const s = lower.length === raw.length ? lower : raw
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '’' || ch === '‘' || ch === "'") {
      const inWord = /\w/.test(s[i - 1] ?? '') && /\w/.test(s[i + 1] ?? '')
      out += inWord ? "'" : ' '
    } else if (ch === '“' || ch === '”' || ch === '"' || ch === '«' || ch === '»') out += ' '
    else if (ch === '\u00a0' || ch === '\n') out += ' '
    else if (ch === '–' || ch === '—') out += '-'
    else out += ch
  }
  return out
}
