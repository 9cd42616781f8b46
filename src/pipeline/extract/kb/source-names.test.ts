import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from './load-kb.ts'
import { canonicalSource } from './source-names.ts'

const kb = loadKnowledgeBase()

describe('canonicalSource', () => {
  it('gives the knowledge base name for a journalist or outlet alias', () => {
    expect(canonicalSource(kb, 'Plettenberg')).toBe('Florian Plettenberg')
    expect(canonicalSource(kb, 'Team Talk')).toBe('TEAMtalk')
    expect(canonicalSource(kb, 'Goal.com')).toBe('Goal')
  })

  it('reads a feed or site title as the outlet before its tagline', () => {
    expect(canonicalSource(kb, 'TEAMtalk - Transfer News')).toBe('TEAMtalk')
    expect(canonicalSource(kb, 'Goal | Football news')).toBe('Goal')
  })

  it('keeps distinct outlets apart and unknown names as written', () => {
    expect(canonicalSource(kb, 'Sky Sports')).toBe('Sky Sports')
    expect(canonicalSource(kb, 'Sky Sports News')).toBe('Sky Sports News')
    expect(canonicalSource(kb, 'anonymous sources')).toBe('anonymous sources')
    expect(canonicalSource(kb, 'Ferrol Evening Post - Sport')).toBe('Ferrol Evening Post - Sport')
  })
})
