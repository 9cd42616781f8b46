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
  it('a passing "X United" does not take the word from the club the article is about', () => {
    const text = 'Newcastle United have signed Tom Reid. The Magpies paid more than United gave Dundee United for Ian Shaw. United are not done yet.'
    expect(resolve(text, 'United', 0).name).toBe('Newcastle United')
    expect(resolve(text, 'United', 1).name).toBe('Newcastle United')
  })
  it('a club of the word named once in full beats an owner of the word named otherwise', () => {
    const text = 'West Ham have bid for the defender. The Hammers want him from Manchester United, and West Ham expect United to accept.'
    expect(resolve(text, 'United').name).toBe('Manchester United')
    expect(resolve('West Ham want Ruiz. Man Utd may sell, but United want £40m.', 'United').name).toBe('Manchester United')
  })
  it('"Inter" among MLS clubs is Inter Miami, elsewhere Inter Milan', () => {
    expect(resolve('LA Galaxy and Inter both want the winger from Columbus Crew.', 'Inter').name).toBe('Inter Miami')
    expect(resolve('Napoli and Inter both want the winger from Torino.', 'Inter').name).toBe('Inter Milan')
  })
  it('"the United States" names no club', () => {
    expect(resolve('He moved to the United States after leaving Leeds United.', 'United')).toBeUndefined()
  })
})

describe('city descriptors', () => {
  it('"the Madrid club" is the Madrid club the article names, not the word "Madrid" alone', () => {
    const ents = findMentions('Atletico Madrid want him, and the Madrid club will bid.', kb)
    expect(ents.mentions.filter((m) => m.kind === 'club').map((m) => m.surface)).toEqual(['Atletico Madrid', 'the Madrid club'])
    expect(resolve('Atletico Madrid want him, and the Madrid club will bid.', 'the Madrid club').name).toBe('Atletico Madrid')
  })
  it('"the Riyadh club" and "the Spanish capital" read the article\'s clubs', () => {
    expect(resolve('Al-Nassr are keen, and the Riyadh club have money.', 'the Riyadh club').name).toBe('Al-Nassr')
    expect(resolve('Getafe and Rayo Vallecano asked; a move to the Spanish capital is likely.', 'the Spanish capital').name).toBe('Rayo Vallecano')
    expect(resolve('Juventus asked; a move to the Spanish capital is unlikely.', 'the Spanish capital')).toBeUndefined()
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
