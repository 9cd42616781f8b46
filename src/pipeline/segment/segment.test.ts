import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean/index.ts'
import { findQuotes, splitSentences, toSentencesWithQuotes } from './index.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { antecedentAt, expandName, extractNames, findAntecedents, isJournalistAntecedentAt } from './names.ts'
import { createSpeakerContext } from './speakers.ts'
import { BEFORE_SUBJECT_VERB } from './patterns.ts'

const sentencesOf = (raw: string): string[] => {
  const c = cleanArticle(raw)
  return splitSentences(c).map((s) => c.text.slice(s.start, s.end))
}

const quotesOf = (raw: string) => {
  const c = cleanArticle(raw)
  return findQuotes(c, splitSentences(c)).map((q) => ({ text: c.text.slice(q.start, q.end), speaker: q.speaker?.name, via: q.speaker?.via }))
}

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith met Dr. Jones at St. Mary’s. They talked.', ['Mr. Smith met Dr. Jones at St. Mary’s.', 'They talked.']],
    ['City vs. United is on Sunday. Tickets sold out.', ['City vs. United is on Sunday.', 'Tickets sold out.']],
    ['He wears the No. 7 shirt. Fans love it.', ['He wears the No. 7 shirt.', 'Fans love it.']],
    ['Clubs, e.g. Man. Utd and others, want him. Really.', ['Clubs, e.g. Man. Utd and others, want him.', 'Really.']],
    ['They offered £65m. Then €60.5million. Then $100 million.', ['They offered £65m.', 'Then €60.5million.', 'Then $100 million.']],
    ['The 26-year-old costs 2.5 times more. J. Pearce reported it.', ['The 26-year-old costs 2.5 times more.', 'J. Pearce reported it.']],
    ['Wait... What happened? It is done! Really.', ['Wait...', 'What happened?', 'It is done!', 'Really.']],
    ['“It is done. We are happy,” he said. Next.', ['“It is done.', 'We are happy,” he said.', 'Next.']],
    ['He said: “We are happy.” Then he left.', ['He said: “We are happy.”', 'Then he left.']],
    ['"Is it done?" he asked. Yes.', ['"Is it done?" he asked.', 'Yes.']],
    ['Martin Ødegaard Jr. signed. Ñandú ğüneş ß.', ['Martin Ødegaard Jr. signed.', 'Ñandú ğüneş ß.']],
    ['Latest Spurs news\n\n➡️ Spurs eye striker. Deal close', ['Latest Spurs news', '➡️ Spurs eye striker. Deal close']],
    ['no punctuation at all in this text', ['no punctuation at all in this text']],
    ['', []],
  ])('%j', (input, expected) => {
    expect(sentencesOf(input)).toEqual(expected)
  })

  it('finds terminators across blocks without any, and in later blocks', () => {
    expect(sentencesOf('he said no more\n\nand the rest\n\nlater. it came! Then ‼ More… Done\n\nlast one⁇ yes')).toEqual(
      ['he said no more', 'and the rest', 'later. it came!', 'Then ‼', 'More…', 'Done', 'last one⁇ yes'])
  })

  it('never crosses a block boundary', () => {
    expect(sentencesOf('First paragraph without end\n\nSecond one.')).toEqual(['First paragraph without end', 'Second one.'])
  })

  // Pathological input must not blow up (a super-linear scan would take minutes here): the
  // test's own time limit is the guard. Speed itself is measured by `npm run bench`, not here.
  it('splits a 10,000-word sentence as one', () => {
    const c = cleanArticle(`${'word '.repeat(10_000)}end.`)
    expect(splitSentences(c)).toHaveLength(1)
  }, 10_000)

  it('splits 2 MB of paragraphs, three sentences each, every one within its block', () => {
    const para = 'Real Madrid offered £65m for the 26-year-old. Mr. Pearce said: “It is close.” Liverpool refused! '
    const c = cleanArticle(Array.from({ length: 20_000 }, () => para).join('\n\n'))
    const sentences = splitSentences(c)
    expect(sentences).toHaveLength(60_000)
    expect(sentences.every((s) => s.start >= c.blocks[s.block].start && s.end <= c.blocks[s.block].end)).toBe(true)
  }, 30_000)
})

describe('findQuotes', () => {
  it.each([
    ['“We are close,” said Slot.', [{ text: '“We are close,”', speaker: 'Slot' }]],
    ['Jamie Carragher has warned him. "It is a big call," he told Sky Sports.', [{ text: '"It is a big call,"', speaker: 'Jamie Carragher', via: 'Sky Sports' }]],
    ['Alexander-Arnold’s future and the players’ wages are open.', []],
    ['Real are ‘pushing’ hard.', [{ text: '‘pushing’', speaker: undefined }]],
    ['According to Jane Smith, the club ‘insist’ he stays.', [{ text: '‘insist’', speaker: 'Jane Smith' }]],
    ['The fans chanted «Vamos» all night.', [{ text: '«Vamos»', speaker: undefined }]],
    ["He said 'okay, let's go' and left.", [{ text: "'okay, let's go'", speaker: undefined }]],
    ['“Never closed', [{ text: '“Never closed', speaker: undefined }]],
    // An aside between the speaker and the verb.
    ['Jo Bloggs, who first reported the talks, said: “The fee is agreed.”', [{ text: '“The fee is agreed.”', speaker: 'Jo Bloggs' }]],
    ['The manager, speaking before the friendly in Lisbon, told reporters: “He stays.”', [{ text: '“He stays.”', speaker: 'The manager' }]],
    // An outlet's possessive before its reporter: he speaks, through it ("The Athletic" alone is no role phrase).
    ["Midfield target news: The Daily Briefing's Tom Barclay, who had the story first, said: “Terms are agreed.”", [{ text: '“Terms are agreed.”', speaker: 'Tom Barclay', via: 'The Daily Briefing' }]],
    ["Sky Sports' Ana Ruiz said: “It is close.”", [{ text: '“It is close.”', speaker: 'Ana Ruiz', via: 'Sky Sports' }]],
    // The sentence's subject speaking through a second verb; not across a clause of its own.
    ['Ana Ruiz, now 31, was asked about the deal on Friday and said: “It is close. We are calm.”', [{ text: '“It is close. We are calm.”', speaker: 'Ana Ruiz' }]],
    ['Speaking in Lisbon, Tom Barclay praised the squad before adding: “He stays.”', [{ text: '“He stays.”', speaker: 'Tom Barclay' }]],
    ['Tom Barclay thinks that the winger was asked about it and said: “He stays.”', [{ text: '“He stays.”', speaker: 'Tom Barclay' }]],
    ['Tom Barclay was happy, and the winger was asked about it and said: “He stays.”', [{ text: '“He stays.”', speaker: undefined }]],
  ])('%j', (input, expected) => {
    expect(quotesOf(input)).toMatchObject(expected)
  })

  it('continues a quote across paragraphs, press style', () => {
    const q = quotesOf('Reporter Ana Lopez spoke on Monday.\n\nShe said:\n\n“One.\n\n“Two.\n\n“Three.”\n\nBody again.')
    expect(q).toHaveLength(1)
    expect(q[0].text).toBe('“One.\n\n“Two.\n\n“Three.”')
    expect(q[0].speaker).toBe('Ana Lopez')
  })

  it('reads a pronoun after a quote as the subject of the sentence before, given the people named', () => {
    const text = 'Speaking after the win, Ana Ruiz played down talk of a move. “I am happy here,” she said.'
    const c = cleanArticle(text)
    const at = text.indexOf('Ana Ruiz')
    const people = [{ start: at, end: at + 8, surface: 'Ana Ruiz', kind: 'player' as const, name: 'Ana Ruiz', rule: 'test', confidence: 1 }]
    expect(findQuotes(c, splitSentences(c), { people })[0].speaker).toMatchObject({ name: 'Ana Ruiz', rule: 'speaker/after-quote/pronoun-subject@1' })
    // Without the mentions (or when a club opens the sentence before), nobody.
    expect(findQuotes(c, splitSentences(c))[0].speaker).toBeUndefined()
    const club = cleanArticle('Arsenal played down talk of a move for Ana Ruiz. “I am happy here,” she said.')
    const at2 = 'Arsenal played down talk of a move for '.length
    const people2 = [{ start: at2, end: at2 + 8, surface: 'Ana Ruiz', kind: 'player' as const, name: 'Ana Ruiz', rule: 'test', confidence: 1 }]
    expect(findQuotes(club, splitSentences(club), { people: people2 })[0].speaker).toBeUndefined()
  })

  it('uses the knowledge-base hook for kinds', () => {
    const c = cleanArticle('“Deal done,” Jo Bloggs said.')
    const [q] = findQuotes(c, splitSentences(c), { isKnownJournalist: (n) => n === 'Jo Bloggs' })
    expect(q.speaker).toMatchObject({ name: 'Jo Bloggs', kind: 'journalist' })
  })

  it('sets the quote index on sentences inside a quote', () => {
    const c = cleanArticle('Intro here. “Inside the quote.” Outside.')
    const s = splitSentences(c)
    const withQ = toSentencesWithQuotes(s, findQuotes(c, s))
    expect(withQ.map((x) => x.quote)).toEqual([undefined, 0, undefined])
  })
})

describe('hostile text (property)', () => {
  const piece = fc.constantFrom('Mr.', 'Dr', '. ', '!', '?', '…', '“', '”', '"', "'", '‘', '’', '«', '»', '\n\n', 'he said', ' said Slot', 'According to Ana Lopez,', 'He said:', '£65m', 'Ñ', 'ğ', 'ß', 'ALL CAPS', '&amp;', ' ', 'word')
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(piece, { maxLength: 80 }).map((a) => a.join('')))

  it('offsets stay within the text and within their block', () => {
    fc.assert(fc.property(text, (raw) => {
      const c = cleanArticle(raw)
      const sentences = splitSentences(c)
      let prevEnd = 0
      for (const s of sentences) {
        const b = c.blocks[s.block]
        expect(s.start).toBeGreaterThanOrEqual(Math.max(b.start, prevEnd))
        expect(s.end).toBeLessThanOrEqual(b.end)
        expect(s.end).toBeGreaterThan(s.start)
        prevEnd = s.end
      }
      let qEnd = 0
      for (const q of findQuotes(c, sentences)) {
        expect(q.start).toBeGreaterThanOrEqual(qEnd)
        expect(q.end).toBeLessThanOrEqual(c.text.length)
        if (q.speaker?.start !== undefined) expect(q.speaker.end).toBeLessThanOrEqual(c.text.length)
        qEnd = q.end
      }
    }), { numRuns: 500 })
  })
})

describe('speaker context (lazy)', () => {
  it('lists the same names and antecedents as the eager functions', () => {
    const raw = 'Transfer expert Fabrizio Romano has confirmed it. Romano said: “Done.” According to Jane Smith, the club ‘insist’. The manager Mikel Arteta told Sky Sports: “No.” He said so.'
    const c = cleanArticle(raw)
    const isKnownJournalist = (n: string) => n === 'Jane Smith'
    const ctx = createSpeakerContext(c, splitSentences(c), isKnownJournalist)
    const names = extractNames(c.text)
    expect(ctx.names).toEqual(names)
    expect(ctx.antecedents).toEqual(findAntecedents(c.text, names, isKnownJournalist))
    expect(ctx.antecedents.length).toBeGreaterThan(2)
  })
})

describe('isJournalistAntecedentAt', () => {
  const dir = fileURLToPath(new URL('../../../examples/articles/txt/', import.meta.url))
  const texts = [
    'Transfer expert Fabrizio Romano has confirmed it. Romano reported that it is done. The Athletic reported it. Sky Sports reported it.',
    'Reporter Ana Lopez wrote, in her column, that Lopez said no. According to Jo Lee, Lee claims, Jo Lee tweeted.',
    ...readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8')),
  ]
  it('agrees with antecedentAt for names that are not known journalists', () => {
    let journalists = 0
    for (const raw of texts) {
      const text = cleanArticle(raw).text
      const names = extractNames(text)
      for (let i = 0; i < names.length; i++) {
        const a = antecedentAt(text, names, i)
        for (const name of new Set([names[i].name, a?.name ?? '', expandName(names[i].name, names[i].start, names)])) {
          const expected = a !== undefined && a.name === name && a.kind === 'journalist'
          if (expected) journalists++
          expect(isJournalistAntecedentAt(text, names, i, name)).toBe(expected)
        }
      }
    }
    expect(journalists).toBeGreaterThan(5)
  })
})

describe('BEFORE_SUBJECT_VERB', () => {
  it('takes a pronoun subject only as a whole word, not "he" inside another word', () => {
    expect(BEFORE_SUBJECT_VERB.exec('She said that ')?.[1]).toBe('She')
    expect(BEFORE_SUBJECT_VERB.exec('After the game, he said ')?.[1]).toBe('he')
    expect(BEFORE_SUBJECT_VERB.exec('It was a niche said to be ')).toBeNull()
    expect(BEFORE_SUBJECT_VERB.exec('The ache told him ')).toBeNull()
  })
})
