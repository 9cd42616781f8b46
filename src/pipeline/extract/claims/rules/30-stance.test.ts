import { describe, expect, it } from 'vitest'
import { wordsBefore } from './30-stance.ts'

describe('wordsBefore', () => {
  it('moves a look-back window cut inside a word to the next word', () => {
    // Cut at "…ro|mano": the window must not read "no is reporting" (a negator).
    const text = 'fabrizio romano is reporting that lazio have opened talks'
    expect(wordsBefore(text, 11, 28)).toBe(' is reporting')
    expect(wordsBefore('the club cannot sell', 11, 20)).toBe(' sell')
  })

  it('keeps a window that starts at a word or at the text start', () => {
    expect(wordsBefore('no bid has been made', 0, 6)).toBe('no bid')
    expect(wordsBefore('they will not sell', 9, 18)).toBe(' not sell')
    expect(wordsBefore('they will not sell', 10, 18)).toBe('not sell')
  })
})
