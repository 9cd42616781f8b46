/**
 * Seed articles (../shared/seeds): block labels and quote speakers. Skips with a clear reason
 * when the shared folder is absent. Assertions name cues, never copy article text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CleanedArticle, Quote } from '../../../src/domain/types.ts'
import { cleanArticle } from '../../../src/pipeline/clean/index.ts'
import { parseText } from '../../../src/pipeline/ingest/index.ts'
import { findQuotes, splitSentences } from '../../../src/pipeline/segment/index.ts'
import { hasSeeds, NO_SEEDS_REASON, SEEDS_DIR } from '../../../src/test-support/seeds.ts'

const available = hasSeeds()
if (!available) console.warn(NO_SEEDS_REASON)

function load(prefix: string): { cleaned: CleanedArticle; quotes: Quote[] } {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix)) as string
  const raw = parseText(readFileSync(join(SEEDS_DIR, file), 'utf8'), file)
  const cleaned = cleanArticle(raw?.text ?? '')
  return { cleaned, quotes: findQuotes(cleaned, splitSentences(cleaned)) }
}

const labelOf = (c: CleanedArticle, re: RegExp) => c.blocks.filter((b) => re.test(c.text.slice(b.start, b.end))).map((b) => b.label)
const quoteStarting = (a: { cleaned: CleanedArticle; quotes: Quote[] }, re: RegExp) => a.quotes.find((q) => re.test(a.cleaned.text.slice(q.start, q.end)))

describe.skipIf(!available)('seeds: cleaning labels', () => {
  it('labels photo credits in 000 and 001', () => {
    for (const id of ['000', '001']) expect(labelOf(load(id).cleaned, /^\(Photo by .*Getty Images\)$/)).toEqual(['photo_credit'])
  })

  it('labels GO DEEPER, the related list with its arrow lines and the poll in 003', () => {
    const { cleaned } = load('003')
    expect(labelOf(cleaned, /^GO DEEPER/)).toEqual(['read_more'])
    expect(labelOf(cleaned, /^Latest Liverpool news$/)).toEqual(['related_heading'])
    const arrows = labelOf(cleaned, /^➡️/)
    expect(arrows.length).toBeGreaterThanOrEqual(4)
    expect(new Set(arrows)).toEqual(new Set(['related_headline']))
    expect(labelOf(cleaned, /You decide!$/)).toEqual(['poll'])
  })

  it('labels "More on …" in 004 and the sub-headings as headings', () => {
    expect(labelOf(load('004').cleaned, /^More on /)).toEqual(['read_more'])
    expect(labelOf(load('004').cleaned, /^Better Liverpool news/)).toEqual(['heading'])
    expect(labelOf(load('002').cleaned, /^Where would Trent fit in/)).toEqual(['heading'])
    expect(labelOf(load('002').cleaned, /^Sky Sports' Sam Blitz:$/)).toEqual(['byline'])
  })
})

describe.skipIf(!available)('seeds: quotes and speakers', () => {
  it('000: the quote after "He said:" is Romano’s, across both paragraphs', () => {
    const a = load('000')
    const q = quoteStarting(a, /^“I am told/)
    expect(q?.speaker?.name).toBe('Fabrizio Romano')
    expect(q?.speaker?.kind).toBe('journalist')
    expect(a.cleaned.text.slice(q?.start, q?.end)).toMatch(/find a way\.”$/)
  })

  it('001: "the CaughtOffside columnist informed The Daily Briefing" resolves to Romano', () => {
    const a = load('001')
    const q = quoteStarting(a, /^“Trent Alexander-Arnold, for sure/)
    expect(q?.speaker).toMatchObject({ name: 'Fabrizio Romano', kind: 'journalist', via: 'The Daily Briefing' })
    expect(quoteStarting(a, /^“It’s the first contact/)?.speaker?.name).toBe('Fabrizio Romano')
  })

  it('001: "Romano went on to add" and the paragraphs that continue it', () => {
    const a = load('001')
    expect(quoteStarting(a, /^“Real Madrid have been working/)?.speaker).toMatchObject({ name: 'Fabrizio Romano', rule: 'speaker/after-quote@1' })
    expect(quoteStarting(a, /^“So, Real Madrid/)?.speaker?.name).toBe('Fabrizio Romano')
    expect(quoteStarting(a, /^‘there is no concrete/)?.speaker?.name).toBe('Fabrizio Romano')
    expect(quoteStarting(a, /^‘pushing’$/)?.speaker).toBeUndefined()
  })

  it('002: "he told Sky Sports" resolves to Carragher', () => {
    const a = load('002')
    expect(quoteStarting(a, /^"It's more than/)?.speaker).toMatchObject({ name: 'Jamie Carragher', via: 'Sky Sports' })
    expect(quoteStarting(a, /^"It's about his legacy/)?.speaker?.name).toBe('Jamie Carragher')
  })

  it('003: "according to Fabrizio Romano" credits the scare quote; unattributed ones have no speaker', () => {
    const a = load('003')
    expect(quoteStarting(a, /^‘insist’$/)?.speaker?.name).toBe('Fabrizio Romano')
    expect(quoteStarting(a, /^‘Liverpool have clearly told/)?.speaker?.name).toBe('Fabrizio Romano')
    expect(quoteStarting(a, /^‘hefty’$/)?.speaker).toBeUndefined()
    expect(a.quotes.some((q) => /Alexander-Arnold’s/.test(a.cleaned.text.slice(q.start, q.end)))).toBe(false)
  })
})

describe.skipIf(available)('seeds', () => {
  it.skip(NO_SEEDS_REASON, () => undefined)
})
