/**
 * Test builders for sagas: `makeSagaClaim()` with sensible defaults, and a small story modelled
 * on the Alexander-Arnold saga of 2024-25, written in our own words.
 */
import type { SagaClaim } from '../../domain/saga.ts'
import type { ArticleId, ClaimType, Fee, Modality, Stance } from '../../domain/types.ts'

export interface ClaimSpec {
  id: number
  article: string
  outlet?: string
  date: string | null
  type: ClaimType
  sentence: string
  stance?: Stance
  modality?: Modality
  player?: string
  from?: string | null
  to?: string | null
  by?: string[]
  window?: string | null
  fee?: Fee | null
  start?: number
  historical?: boolean
  headline?: boolean
  dateEstimated?: boolean
}

/**
 * A SagaClaim from a short spec; defaults: Trent Alexander-Arnold, Liverpool → Real Madrid,
 * affirmed, reported, said by the article itself.
 * @example makeSagaClaim({ id: 1, article: 'a1', date: '2025-01-01', type: 'approach', sentence: 'Real approached Liverpool.' })
 */
export function makeSagaClaim(s: ClaimSpec): SagaClaim {
  const articleId = s.article as ArticleId
  const start = s.start ?? 0
  return {
    id: s.id,
    articleId,
    outlet: s.outlet,
    url: `https://example.test/${s.article}`,
    player: s.player ?? 'Trent Alexander-Arnold',
    fromClub: s.from === undefined ? 'Liverpool' : s.from,
    toClub: s.to === undefined ? 'Real Madrid' : s.to,
    type: s.type,
    stance: s.stance ?? 'affirmed',
    modality: s.modality ?? 'reported',
    window: s.window ?? null,
    fee: s.fee ?? null,
    attributedTo: s.by ?? [],
    evidence: { articleId, start, end: start + s.sentence.length, sentence: s.sentence },
    rule: `claim/${s.type}@1`,
    confidence: 0.8,
    why: [s.sentence],
    historical: s.historical ?? false,
    headline: s.headline ?? false,
    date: s.date,
    dateEstimated: s.dateEstimated ?? false,
  }
}

const ROMANO_QUOTE = '“Real Madrid sent an opening approach to Liverpool this week to ask about signing Trent in January,” Romano said.'
const EUR = (m: number): Fee => ({ amount: m * 1_000_000, currency: 'EUR' })

/**
 * The story: interest in November (two outlets), the Romano approach quote reprinted by three
 * outlets, Liverpool's rebuff and the January denial, two bid fees that disagree, talks in
 * March, and the renewal saga at Liverpool (offer made, extension denied).
 * @example buildSagas(trentStory())
 */
export function trentStory(): SagaClaim[] {
  const renewal = { from: 'Liverpool', to: 'Liverpool' }
  return [
    makeSagaClaim({ id: 1, article: 'echo-1', outlet: 'Liverpool Echo', date: '2024-10-20', type: 'extension_offer', ...renewal, sentence: 'Liverpool have opened discussions with their vice-captain over a new long-term contract.' }),
    makeSagaClaim({ id: 2, article: 'athletic-1', outlet: 'The Athletic', date: '2024-11-05', type: 'interest', sentence: 'Real Madrid have put the Liverpool right-back at the top of their list for next summer.' }),
    makeSagaClaim({ id: 3, article: 'marca-1', outlet: 'Marca', date: '2024-11-07', type: 'interest', sentence: 'Los Blancos see the England defender as the ideal heir to Dani Carvajal.' }),
    makeSagaClaim({ id: 4, article: 'co-1', outlet: 'CaughtOffside', date: '2025-01-01', type: 'approach', by: ['Fabrizio Romano', 'CaughtOffside'], window: '2025-january', sentence: `Speaking to the Daily Briefing, ${ROMANO_QUOTE}` }),
    makeSagaClaim({ id: 5, article: 'tt-1', outlet: 'TEAMtalk', date: '2025-01-02', type: 'approach', by: ['Fabrizio Romano'], window: '2025-january', start: 120, sentence: ROMANO_QUOTE }),
    makeSagaClaim({ id: 6, article: 'f365-1', outlet: 'Football365', date: '2025-01-02', type: 'approach', by: ['Fabrizio Romano', 'CaughtOffside'], window: '2025-january', start: 40, sentence: `As he told CaughtOffside: ${ROMANO_QUOTE}` }),
    makeSagaClaim({ id: 7, article: 'athletic-2', outlet: 'The Athletic', date: '2025-01-02', type: 'bid_rejected', sentence: 'Liverpool swiftly turned down the opening move from the Spanish champions.' }),
    makeSagaClaim({ id: 8, article: 'co-1', outlet: 'CaughtOffside', date: '2025-01-01', type: 'talks', stance: 'denied', by: ['Fabrizio Romano', 'CaughtOffside'], window: '2025-january', start: 300, sentence: 'There is no concrete negotiation between the two clubs for January, Romano added.' }),
    makeSagaClaim({ id: 9, article: 'marca-2', outlet: 'Marca', date: '2025-01-05', type: 'bid', fee: EUR(20), sentence: 'Madrid are ready to table a €20m offer to take him to the Bernabeu this month.' }),
    makeSagaClaim({ id: 10, article: 'sun-1', outlet: 'The Sun', date: '2025-01-06', type: 'bid', fee: EUR(30), sentence: 'The Spanish giants will bid €30m in a bid to tempt the Reds into an early sale.' }),
    makeSagaClaim({ id: 11, article: 'echo-2', outlet: 'Liverpool Echo', date: '2025-02-10', type: 'extension_signed', stance: 'denied', ...renewal, sentence: 'Alexander-Arnold has still not put pen to paper on a new deal at Anfield.' }),
    makeSagaClaim({ id: 12, article: 'sky-1', outlet: 'Sky Sports News', date: '2025-03-25', type: 'talks', by: ['anonymous sources'], window: '2025-summer', sentence: 'Real Madrid are making progress in talks with the defender’s camp over a free move this summer.' }),
  ]
}
