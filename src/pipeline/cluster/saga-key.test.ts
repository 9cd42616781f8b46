import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CLAIM_TYPES, type Claim } from '../../domain/types.ts'
import { playerSlugOfSagaId, sagaKeyOf, sagaKeysMemo, sagaSlug } from './saga-key.ts'

type K = Pick<Claim, 'player' | 'fromClub' | 'toClub' | 'type'>
const c = (type: Claim['type'], fromClub: string | null, toClub: string | null, player = 'Trent Alexander-Arnold'): K => ({ player, fromClub, toClub, type })

describe('sagaKeyOf (saga/key@1)', () => {
  const rows: { name: string; value: K; expected: string | undefined }[] = [
    { name: 'move keyed by suitor', value: c('approach', 'Liverpool', 'Real Madrid'), expected: 'move:trent-alexander-arnold:real-madrid' },
    { name: 'move without holder', value: c('interest', null, 'Real Madrid'), expected: 'move:trent-alexander-arnold:real-madrid' },
    { name: 'move without suitor feeds nothing', value: c('interest', 'Liverpool', null), expected: undefined },
    { name: 'suitor equal to holder is no suitor', value: c('talks', 'Liverpool', 'liverpool'), expected: undefined },
    { name: 'extension offer → renewal of holder', value: c('extension_offer', 'Liverpool', 'Liverpool'), expected: 'renewal:trent-alexander-arnold:liverpool' },
    { name: 'extension with only toClub', value: c('extension_signed', null, 'Liverpool'), expected: 'renewal:trent-alexander-arnold:liverpool' },
    { name: 'stays without suitor → renewal', value: c('stays', 'Liverpool', null), expected: 'renewal:trent-alexander-arnold:liverpool' },
    { name: 'stays with suitor → that move', value: c('stays', 'Liverpool', 'Real Madrid'), expected: 'move:trent-alexander-arnold:real-madrid' },
    { name: 'not for sale with suitor → move', value: c('not_for_sale', 'Liverpool', 'Real Madrid'), expected: 'move:trent-alexander-arnold:real-madrid' },
    { name: 'not for sale without suitor → renewal', value: c('not_for_sale', 'Liverpool', null), expected: 'renewal:trent-alexander-arnold:liverpool' },
    { name: 'bid rejected with suitor → move', value: c('bid_rejected', 'Liverpool', 'Real Madrid'), expected: 'move:trent-alexander-arnold:real-madrid' },
    { name: 'rejected move with suitor → move', value: c('rejected_move', 'Liverpool', 'Real Madrid'), expected: 'move:trent-alexander-arnold:real-madrid' },
    { name: 'no club at all', value: c('stays', null, null), expected: undefined },
    { name: 'empty player', value: c('interest', 'Liverpool', 'Real Madrid', '  '), expected: undefined },
    { name: 'accents folded', value: c('interest', 'Atlético Madrid', 'Bayern München', 'Kylian Mbappé'), expected: 'move:kylian-mbappe:bayern-munchen' },
    { name: 'mixed scripts', value: c('interest', null, 'Beşiktaş', 'Ñoño Straße'), expected: 'move:nono-strasse:besiktas' },
    { name: 'punctuation-only club', value: c('interest', null, '—'), expected: undefined },
  ]
  it.each(rows)('$name', ({ value, expected }) => {
    expect(sagaKeyOf(value)?.id).toBe(expected)
  })

  it('keeps display names and kind', () => {
    expect(sagaKeyOf(c('approach', 'Liverpool', 'Real Madrid'))).toEqual({ id: 'move:trent-alexander-arnold:real-madrid', kind: 'move', player: 'Trent Alexander-Arnold', club: 'Real Madrid' })
  })
})

describe('sagaSlug / playerSlugOfSagaId', () => {
  it.each([
    { value: 'Kylian Mbappé', expected: 'kylian-mbappe' },
    { value: '', expected: '' },
    { value: '  Núñez  ', expected: 'nunez' },
  ])('sagaSlug($value)', ({ value, expected }) => expect(sagaSlug(value)).toBe(expected))

  it.each([
    { value: 'move:trent:real-madrid', expected: 'trent' },
    { value: 'garbage', expected: undefined },
    { value: 'move::x', expected: undefined },
  ])('playerSlugOfSagaId($value)', ({ value, expected }) => expect(playerSlugOfSagaId(value as never)).toBe(expected))
})

describe('sagaKeysMemo', () => {
  it('gives what sagaKeyOf gives, whatever the order of claims (property)', () => {
    const name = fc.constantFrom('Real Madrid', ' Real Madrid', 'real madrid', 'Liverpool', 'Liverpool ', '', '  ', 'Kylian Mbappé', 'Kylian Mbappe')
    const claim = fc.record({
      player: name,
      fromClub: fc.option(name, { nil: null }),
      toClub: fc.option(name, { nil: null }),
      type: fc.constantFrom(...CLAIM_TYPES),
    })
    fc.assert(fc.property(fc.array(claim, { maxLength: 40 }), (claims) => {
      const keyOf = sagaKeysMemo()
      for (const c of claims) expect(keyOf(c)).toEqual(sagaKeyOf(c))
    }), { numRuns: 300 })
  })
})
