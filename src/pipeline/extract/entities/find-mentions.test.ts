import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../kb/load-kb.ts'
import { findMentions } from './find-mentions.ts'

const kb = loadKnowledgeBase()
const resolve = (text: string, surface: string, nth = 0) => findMentions(text, kb).mentions.filter((m) => m.surface === surface)[nth]

describe('shared club words', () => {
  it('"City" is the City club the article names in full', () => {
    const m = resolve('Hull City want a striker. City have bid for him.', 'City')
    expect([m.name, m.rule, m.confidence]).toEqual(['Hull City', 'entity/kb-alias-in-context@1', 0.7])
  })
  it('of two named, the one named last before it', () => {
    expect(resolve('Manchester City beat Swansea City. City are now in talks for a winger.', 'City').name).toBe('Swansea City')
  })
  it('before any full name, the one named most often', () => {
    expect(resolve('City are keen. Bristol City made an offer, and Bristol City expect a reply.', 'City').name).toBe('Bristol City')
  })
  it('with none named, the knowledge base owner', () => {
    expect(resolve('City have made an offer for the winger.', 'City').name).toBe('Manchester City')
  })
  it('"United" after Leeds is Leeds United', () => {
    expect(resolve('Leeds are busy. United have opened talks with Burnley.', 'United').name).toBe('Leeds United')
  })
})

describe('people who are not players', () => {
  it('a man who represents a player is a person', () => {
    const m = resolve('Paolo Rinaldi, who represents the winger, met the club.', 'Paolo Rinaldi')
    expect([m.kind, m.rule]).toEqual(['person', 'entity/person-acts-for@1'])
  })
  it('a man who represents his country stays a player', () => {
    expect(resolve('Tomas Berger, who represents Austria, has signed.', 'Tomas Berger').kind).toBe('player')
    expect(resolve('Tomas Berger, who represented his country at the Euros, has signed.', 'Tomas Berger').kind).toBe('player')
  })
  it('known former managers and executives are people', () => {
    expect(resolve('Arsene Wenger has praised the striker.', 'Arsene Wenger').kind).toBe('person')
    expect(resolve('Ed Woodward believes the deal will happen.', 'Ed Woodward').kind).toBe('person')
  })
})

describe('nicknames and nation groups', () => {
  it('"the Old Lady" is Juventus', () => {
    expect(resolve('Lookman is wanted by the Old Lady.', 'the Old Lady').name).toBe('Juventus')
  })
  it('"the Saudis" is a Saudi club named before it, else no club', () => {
    expect(resolve('Al-Ittihad made a bid for him. The Saudis will try again.', 'The Saudis').name).toBe('Al-Ittihad')
    expect(resolve('Juventus want him. The Saudis have made an offer.', 'The Saudis')).toBeUndefined()
    expect(resolve('The Saudis have made an offer. Al-Ittihad are keen.', 'The Saudis')).toBeUndefined()
  })
})
