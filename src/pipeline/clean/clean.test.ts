import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CleanedArticle } from '../../domain/types.ts'
import { cleanArticle, decodeText, labelBlock } from './index.ts'

/** Blocks lie inside the text, in order, and the gaps between them are only the separator. */
function expectTiling(c: CleanedArticle): void {
  let at = 0
  c.blocks.forEach((b, i) => {
    expect(b.start).toBe(i === 0 ? 0 : at + 2)
    expect(b.end).toBeGreaterThan(b.start)
    expect(b.end).toBeLessThanOrEqual(c.text.length)
    at = b.end
  })
  expect(at).toBe(c.text.length)
}

describe('decodeText', () => {
  it.each([
    ['Real&nbsp;Madrid &amp; Liverpool\r\nnext', 'Real Madrid & Liverpool\nnext'],
    ['&amp;amp;lt;b&gt;', '<b>'],
    ['&#8220;quoted&#8221; &#x2019;', '“quoted” ’'],
    ['zero\u200Bwidth\uFEFF and\u00A0nbsp', 'zerowidth and nbsp'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; &#xFFFFFFF; bad numbers', '&#0; &#xFFFFFFF; bad numbers'],
  ])('%j → %j', (input, expected) => {
    expect(decodeText(input)).toBe(expected)
  })
})

describe('labelBlock', () => {
  it.each([
    ['(Photo by Jane Doe/Getty Images)', 'photo_credit'],
    ['Photo: Reuters', 'photo_credit'],
    ['Image credit: Alamy', 'photo_credit'],
    ['The striker celebrates his second goal (AFP via Getty Images)', 'photo_credit'],
    ['The new signing poses with the shirt in Porto (Reuters)', 'photo_credit'],
    // A wire dateline opens the story: the agency in brackets, a dash, then prose.
    ['MILAN, Aug 2 (Reuters) - Inter have completed the signing of the Danish full back.', 'body'],
    ['LISBON (AP) — Benfica said on Monday they had sold their captain to a Saudi club.', 'body'],
    ['PARIS (AFP) - Le club a confirmé le départ du milieu de terrain.', 'body'],
    ['GO DEEPER – Ten things we learned from the derby', 'read_more'],
    ['Read more: Why the keeper left', 'read_more'],
    ['READ MORE', 'read_more'],
    ['More on Jude Bellingham', 'read_more'],
    ['Related: Salah signs new deal', 'read_more'],
    ['Latest Arsenal news', 'related_heading'],
    ['More stories', 'related_heading'],
    ['Jadon Sancho future: You decide!', 'poll'],
    ['Vote now in our poll', 'poll'],
    ['Have your say in the comments', 'poll'],
    ['Follow us on Twitter for the latest', 'social_prompt'],
    ['Share this article', 'social_prompt'],
    ['Sign up to our free Transfer Window newsletter', 'newsletter'],
    ['ADVERTISEMENT', 'advert'],
    ['Advertisement', 'advert'],
    ['By Jane Doe', 'byline'],
    ["Sky Sports' Sam Blitz:", 'byline'],
    ['Chelsea confident of landing Brazilian winger', 'heading'],
    ['Where would the striker fit in at Barcelona?', 'heading'],
    ['He said:', 'body'],
    ['Chelsea are confident of landing the Brazilian winger.', 'body'],
    ['more on that later, he said.', 'body'],
    ['', 'body'],
  ])('%j → %s', (text, label) => {
    expect(labelBlock(text).label).toBe(label)
  })

  it('labels headline lines under a related heading, and stops at body text', () => {
    const c = cleanArticle('Latest Spurs news\n\n➡️ Spurs eye Dutch striker\n\n• Kane return ruled out\n\n- Manager fumes at referee\n\nThe club later confirmed the signing of a new goalkeeper on a five-year deal.')
    expect(c.blocks.map((b) => b.label)).toEqual(['related_heading', 'related_headline', 'related_headline', 'related_headline', 'body'])
  })

  it('reads a live blog\'s run of unpunctuated key points as body, and leaves lone titles as headings', () => {
    const c = cleanArticle('Deadline day live\n\nLeeds seal £20million deal for Porto winger Tiago Faria\n\nStoke sign Dutch defender Jan Visser from Utrecht on a three-year deal after a long wait for clearance\n\nPalace agree loan deal for Celtic forward Rory Quinn\n\nThe window shut at 11pm.\n\nWhat happens next')
    expect(c.blocks.map((b) => b.label)).toEqual(['heading', 'body', 'body', 'body', 'body', 'heading'])
  })
})

describe('cleanArticle', () => {
  it('keeps every block, joins hard wraps and splits list lines', () => {
    const c = cleanArticle('  Chelsea   want a striker\nwho scores goals.\n\n\n\n• one\n• two  ')
    expect(c.text).toBe('Chelsea want a striker who scores goals.\n\n• one\n\n• two')
    expectTiling(c)
  })

  it.each(['', '   ', '\n\n\n', 'ALL CAPS NO PUNCTUATION AT ALL', 'Ñandú ğüneş Straße'.repeat(50), '&lt;p&gt;'.repeat(100)])('never throws on %j', (input) => {
    expectTiling(cleanArticle(input))
  })

  it('is idempotent and blocks tile the text (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom('Real', 'said.', '\n', '\n\n', ' ', '&amp;', '&nbsp;', '“', '”', '‘', '’', '➡️', '•', '(Photo by A/Getty Images)', 'You decide!', '\r\n', '\u200B', 'Ñ', 'ß'), { maxLength: 60 }).map((a) => a.join('')),
    )
    fc.assert(fc.property(text, (s) => {
      const once = cleanArticle(s)
      expectTiling(once)
      expect(cleanArticle(once.text).text).toBe(once.text)
    }), { numRuns: 500 })
  })
})
