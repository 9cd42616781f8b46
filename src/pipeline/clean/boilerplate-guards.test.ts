import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsWithPunct, mayEndWith, mayOpenWith } from './20-boilerplate.ts'
import {
  ADVERT, ADVERT_OPENERS, BYLINE_BY, NEWSLETTER, NEWSLETTER_OPENERS, NEWSLETTER_WORD, POLL, POLL_ENDINGS, POLL_OPENERS,
  RELATED_HEADING, RELATED_HEADING_OPENERS, SOCIAL_PROMPT, SOCIAL_PROMPT_OPENERS,
} from './lexicon.ts'

/** Each cue list with its guard and phrases that match it. */
const LISTS: { name: string; patterns: RegExp[]; guard: (t: string) => boolean; phrases: string[] }[] = [
  { name: 'advert', patterns: ADVERT, guard: (t) => mayOpenWith(t, ADVERT_OPENERS), phrases: ['Advertisement', 'ad', 'Sponsored content', 'Paid partnership', 'Partner content', 'Promoted', 'Story continues below', 'Article continues after', 'Scroll down to continue'] },
  { name: 'poll', patterns: POLL, guard: (t) => mayOpenWith(t, POLL_OPENERS) || mayEndWith(t, POLL_ENDINGS), phrases: ['Sancho: You decide!', 'you decide', 'Vote now', 'Have your say', 'Cast your vote', 'Take our poll', 'Poll: who?', 'Vote: yes', 'What do you think?', 'Should he stay at the club? Vote', 'Can they win it? Have your say'] },
  { name: 'social', patterns: SOCIAL_PROMPT, guard: (t) => mayOpenWith(t, SOCIAL_PROMPT_OPENERS), phrases: ['Follow us on X', 'Like Sky Sports on Facebook', 'Share this', 'Share on WhatsApp', 'Click here to follow', 'Join our WhatsApp channel'] },
  { name: 'newsletter', patterns: NEWSLETTER, guard: (t) => mayOpenWith(t, NEWSLETTER_OPENERS) || NEWSLETTER_WORD.test(t), phrases: ['Sign up to our newsletter', '• Subscribe to the NEWSLETTERS', 'Get our daily email in your inbox', 'Receive the best newsletter'] },
  { name: 'related', patterns: RELATED_HEADING, guard: (t) => mayOpenWith(t, RELATED_HEADING_OPENERS), phrases: ['The latest Arsenal news', 'Latest news', 'More stories', 'Top headlines', 'Related articles', 'Trending now', 'Recent updates', 'Other stories', 'Popular reads', 'You may also like', 'Most read', 'Recommended for you', 'More from Sky', 'Elsewhere on the web', 'In other news'] },
  { name: 'byline', patterns: [BYLINE_BY], guard: (t) => mayOpenWith(t, 'b'), phrases: ['By Sam Blitz', 'BY Jo Lee and Ana Lopez, Chief Reporter'] },
]

const variants = (p: string): string[] => [p, p.toUpperCase(), p.toLowerCase(), p[0].toUpperCase() + p.slice(1)]

describe('cue-list guards never skip a match', () => {
  it.each(LISTS)('$name', ({ patterns, guard, phrases }) => {
    for (const phrase of phrases.flatMap(variants)) {
      if (patterns.some((r) => r.test(phrase))) expect(guard(phrase)).toBe(true)
    }
    expect(phrases.every((p) => patterns.some((r) => r.test(p)))).toBe(true)
  })

  it('on generated text (property)', () => {
    const lead = fc.constantFrom('', ' ', '(', '•', 'É', 'ſ', 'K', 'x', 'Q', '1', '"')
    const text = fc.tuple(lead, fc.constantFrom(...LISTS.flatMap((l) => l.phrases.flatMap(variants))), fc.constantFrom('', '!', ':', '.', ' now')).map(([a, b, c]) => a + b + c)
    fc.assert(fc.property(text, (t) => {
      for (const { patterns, guard } of LISTS) if (patterns.some((r) => r.test(t))) expect(guard(t)).toBe(true)
    }), { numRuns: 3000 })
  })
})

describe('endsWithPunct', () => {
  it('agrees with the regex (property)', () => {
    const text = fc.array(fc.constantFrom('a', '.', ',', ';', ':', '…', '"', '”', '’', ')', ']', '!', ' ', '“'), { maxLength: 8 }).map((a) => a.join(''))
    fc.assert(fc.property(text, (t) => {
      expect(endsWithPunct(t)).toBe(/[.,;:…]["”’)\]]*$/.test(t))
    }), { numRuns: 2000 })
  })
})
