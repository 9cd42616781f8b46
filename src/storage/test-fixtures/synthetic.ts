/**
 * Deterministic synthetic articles for the crash test: article `i` always has the same text
 * and URL, a few kilobytes long so that one write spans several database pages.
 */
import type { RawArticle } from '../../domain/types.ts'

const PLAYERS = ['Trent Alexander-Arnold', 'Saúl Ñíguez', 'Arda Güler', 'Leroy Sané', 'Jérémy Doku']
const CLUBS = ['Real Madrid', 'Liverpool', 'Fenerbahçe', 'Bayern München', 'Atlético Madrid']

/** @example syntheticArticle(7).url // 'https://crash.test/7' */
export function syntheticArticle(i: number): RawArticle {
  const p = PLAYERS[i % PLAYERS.length]
  const c = CLUBS[(i * 7) % CLUBS.length]
  const lines = Array.from({ length: 20 + (i % 30) }, (_, k) =>
    `${k}. ${c} are weighing a move for ${p}; sources say talks (#${i}) could begin "soon" — it's 'early'.`)
  return {
    source: `synthetic-${i}.txt`,
    format: 'text',
    url: `https://crash.test/${i}`,
    title: `${p} to ${c}? Update ${i}`,
    text: lines.join('\n'),
  }
}
