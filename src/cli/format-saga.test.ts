import { describe, expect, it } from 'vitest'
import { makeSagaClaim as make, trentStory } from '../pipeline/cluster/test-builders.ts'
import { buildSagas } from '../pipeline/timeline/build-saga.ts'
import { formatSaga, formatSagaList } from './format-saga.ts'

const est = make({ id: 61, article: 'blog-2', outlet: 'Blog', date: '2024-12-31', dateEstimated: true, type: 'interest', sentence: 'Real are keeping tabs on the full-back this winter.' })

describe('formatSaga', () => {
  const [move, renewal] = buildSagas([...trentStory(), est])
  const text = formatSaga(move)

  it.each([
    { name: 'header', line: 'Trent Alexander-Arnold: Liverpool → Real Madrid  (move)' },
    { name: 'stage', line: '  stage   talks since 2025-03-25' },
    { name: 'counts', line: '  claims  11 in 9 reports, 2024-11-05 … 2025-03-25' },
    { name: 'folded report', line: '  2025-01-01          approach          affirmed  reported   Fabrizio Romano (CaughtOffside), +2 carriers, [2025-january]' },
    { name: 'estimated date', line: '  ~2024-12-31 (est.)  interest          affirmed  reported   Blog' },
    { name: 'anonymous sources with outlet', line: '  2025-03-25          talks             affirmed  reported   anonymous sources (Sky Sports News), [2025-summer]' },
    { name: 'conflicts side by side', line: '  fee: €20m (Marca, 2025-01-05) / €30m (The Sun, 2025-01-06)' },
    { name: 'related', line: 'Related: renewal:trent-alexander-arnold:liverpool' },
  ])('shows the $name', ({ line }) => {
    expect(text.split('\n')).toContain(line)
  })

  it('says when nothing is new and labels the view', () => {
    const out = formatSaga(renewal, { since: '2025-03-01', asOf: '2025-03-26' })
    expect(out).toContain('  view    as of 2025-03-26, new since 2025-03-01')
    expect(out).toContain('Nothing new since 2025-03-01.')
  })

  it('neutralises control characters from article text', () => {
    const evil = make({ id: 1, article: 'e', outlet: 'Evil\u001b[31mRed', date: '2025-01-01', type: 'interest', to: 'Real\u202eMadrid', sentence: 'x' })
    const out = formatSaga(buildSagas([evil])[0])
    expect(out).not.toMatch(/[\u001b\u202e]/)
    expect(out).toContain('Evil [31mRed')
  })
})

describe('formatSagaList', () => {
  it.each([
    { name: 'empty', sagas: [], expected: 'No sagas.\n' },
    {
      name: 'story',
      sagas: buildSagas(trentStory()),
      expected:
        'talks             2025-03-25  Trent Alexander-Arnold: Liverpool → Real Madrid  10 claims / 8 reports  move:trent-alexander-arnold:real-madrid\n' +
        'negotiating       2024-10-20  Trent Alexander-Arnold: renewal at Liverpool  2 claims / 2 reports  renewal:trent-alexander-arnold:liverpool\n',
    },
  ])('$name', ({ sagas, expected }) => expect(formatSagaList(sagas)).toBe(expected))
})
