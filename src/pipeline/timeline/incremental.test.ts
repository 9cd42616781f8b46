import { describe, expect, it } from 'vitest'
import type { SagaClaim } from '../../domain/saga.ts'
import { sagaSlug } from '../cluster/saga-key.ts'
import { makeSagaClaim as make, trentStory } from '../cluster/test-builders.ts'
import { rebuildSagas, touchedPlayers, touchedSagaKeys } from './incremental.ts'

const other = make({ id: 200, article: 'x-1', date: '2025-01-10', type: 'interest', player: 'Jonathan David', from: 'Lille', to: 'Juventus', sentence: 'Juventus like the Lille striker.' })
const stored: SagaClaim[] = [...trentStory(), other]

describe('touchedSagaKeys / touchedPlayers', () => {
  it('lists the sagas an article feeds, without clubless claims', () => {
    const article = stored.filter((c) => c.articleId === 'co-1')
    const clubless = make({ id: 300, article: 'co-1', date: '2025-01-01', type: 'stays', from: null, to: null, sentence: 'He stays.' })
    expect([...touchedSagaKeys([...article, clubless])]).toEqual(['move:trent-alexander-arnold:real-madrid'])
    expect(touchedSagaKeys([]).size).toBe(0)
  })

  it('loads each player once', () => {
    expect(touchedPlayers(touchedSagaKeys(stored))).toEqual(['jonathan-david', 'trent-alexander-arnold'])
  })
})

describe('rebuildSagas', () => {
  it('rebuilds every saga of the touched players only, through the injected loader', async () => {
    const asked: string[] = []
    const load = async (slug: string) => {
      asked.push(slug)
      return stored.filter((c) => sagaSlug(c.player) === slug)
    }
    const sagas = await rebuildSagas(touchedSagaKeys([trentStory()[3]]), load)
    expect(asked).toEqual(['trent-alexander-arnold'])
    expect(sagas.map((s) => s.id)).toEqual(['move:trent-alexander-arnold:real-madrid', 'renewal:trent-alexander-arnold:liverpool'])
  })

  it('accepts a sync loader and ignores claims of other players it returns', async () => {
    const sagas = await rebuildSagas(['move:jonathan-david:juventus' as never], () => stored)
    expect(sagas.map((s) => s.id)).toEqual(['move:jonathan-david:juventus'])
  })
})
