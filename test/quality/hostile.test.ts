/**
 * Bad input never crashes extraction (issue 3 §8): empty text, all caps, no punctuation, a
 * 10,000-word sentence, mixed scripts, HTML entities; and mention offsets always slice back to
 * their surface text (property test).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArticleId, InputFormat } from '../../src/domain/types.ts'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { toArticle } from '../../src/storage/identity.ts'
import { processArticle } from '../../src/pipeline/run.ts'

const kb = loadKnowledgeBase()
const run = (text: string) => processArticle(toArticle({ source: 't', format: 'text' as InputFormat, text }), { kb })

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \n\t\n  '],
  ['all caps', 'REAL MADRID HAVE MADE AN APPROACH TO LIVERPOOL FOR TRENT ALEXANDER-ARNOLD. LIVERPOOL REJECTED IT.'],
  ['no punctuation', 'real madrid want trent alexander-arnold liverpool said no arsenal are watching and chelsea might bid '.repeat(50)],
  ['10,000-word sentence', Array.from({ length: 10_000 }, (_, i) => ['Liverpool', 'rejected', 'the', 'approach', 'from', 'Real', 'Madrid', 'for', 'Trent'][i % 9]).join(' ')],
  ['mixed scripts', 'Ñíguez fichó por el Atlético. Çalhanoğlu ve İnter anlaştı. Müller wechselt zu Straße FC. 梅西 加盟 迈阿密. Мбаппе перешёл в Реал.'],
  ['HTML entities', 'Real Madrid&nbsp;have &quot;rejected&quot; a &pound;65m bid &amp; more &#8212; &lt;script&gt;alert(1)&lt;/script&gt;'],
  ['lone quotes', '“ ” ‘ ’ " " « » “Unclosed quote about Real Madrid approaching Liverpool for Trent'],
  ['numbers only', '65 60 12 2025 2024 1 2 3 £ € $ m bn'],
  // Words that are also names of Object.prototype members: a lexicon kept in a plain object
  // must not answer for them ("the Constructor" once read as a nationality and threw).
  ['prototype words', Object.getOwnPropertyNames(Object.prototype).map((w) =>
    `Liverpool want Mohamed Salah. The ${w[0].toUpperCase()}${w.slice(1)} is ready, the ${w} said in ${w} ${w}. ${w} €${w}m in ${w} 2025 and the ${w}-year-old ${w} the ${w} window, &${w}; &amp;${w};`).join(' ')],
]

describe('extraction never crashes on hostile text', () => {
  for (const [name, text] of HOSTILE) {
    it(name, () => {
      const a = run(text)
      expect(a.articleId).toMatch(/^[0-9a-f]{16}$/)
      for (const m of a.mentions) expect(a.cleaned.text.slice(m.start, m.end)).toBe(m.surface)
      for (const c of a.claims) expect(c.evidence.end).toBeLessThanOrEqual(a.cleaned.text.length)
    })
  }
})

describe('mention offsets slice back to their surface text', () => {
  const words = ['Real Madrid', 'Liverpool', 'Los Blancos', 'the Reds', 'Trent Alexander-Arnold', 'the 26-year-old', 'Fabrizio Romano', 'approached', 'rejected', 'not', 'for sale', 'in January', '£65m', 'the Spanish giants', '“', '”', '.', ',', '\n\n', 'Ñ', 'ğ', 'ß', 'Anfield', 'said', 'Mbappé']
  it('for arbitrary mixtures of names, cues and punctuation', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 80 }), (parts) => {
      const a = run(parts.join(' '))
      for (const m of a.mentions) {
        if (a.cleaned.text.slice(m.start, m.end) !== m.surface) return false
        if (m.start < 0 || m.end > a.cleaned.text.length || m.start >= m.end) return false
      }
      return a.claims.every((c) => c.evidence.articleId === (a.articleId as ArticleId) && c.confidence >= 0 && c.confidence <= 1)
    }), { numRuns: 150 })
  })
})
