import { describe, expect, it } from 'vitest'
import { CharTrie } from './char-trie.ts'

function lookup(t: CharTrie, s: string): number[] | undefined {
  let node = CharTrie.ROOT
  for (let i = 0; i < s.length && node >= 0; i++) node = t.step(node, s.charCodeAt(i))
  return t.wordsAt(node)
}

describe('CharTrie', () => {
  const t = new CharTrie(['bid', 'bids', 'end of', 'café', 'bid'])
  it('finds whole words, each index once per listing', () => {
    expect(lookup(t, 'bid')).toEqual([0, 4])
    expect(lookup(t, 'bids')).toEqual([1])
    expect(lookup(t, 'end of')).toEqual([2])
    expect(lookup(t, 'café')).toEqual([3])
  })
  it('finds nothing for prefixes, extensions and unknown characters', () => {
    expect(lookup(t, 'bi')).toBeUndefined()
    expect(lookup(t, 'bidder')).toBeUndefined()
    expect(lookup(t, 'BID')).toBeUndefined()
    expect(lookup(t, '')).toBeUndefined()
  })
})
