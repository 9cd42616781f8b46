/**
 * The fixture's articles: the Alexander-Arnold → Real Madrid saga as seven outlets told it,
 * a Wirtz rumour, and one hostile article whose text and metadata try to inject HTML/JS.
 */
import { buildFixtureArticle, type FixtureArticle } from './build-fixture-article.ts'

const TAA: [string, 'player', string] = ['Alexander-Arnold', 'player', 'Trent Alexander-Arnold']
const RM: [string, 'club', string] = ['Real Madrid', 'club', 'Real Madrid']
const LFC: [string, 'club', string] = ['Liverpool', 'club', 'Liverpool']

/** Hostile strings the dashboard must show as text, never run. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  js: 'javascript:alert(1)',
} as const

/** Ids of the fixture articles, for tests. */
export const ARTICLE_IDS = {
  interest: 'a1a1a1a1a1a1a1a1',
  approach: 'a2a2a2a2a2a2a2a2',
  denial: 'a3a3a3a3a3a3a3a3',
  talks: 'a4a4a4a4a4a4a4a4',
  agreement: 'a5a5a5a5a5a5a5a5',
  agreementCopy: 'a6a6a6a6a6a6a6a6',
  signed: 'a7a7a7a7a7a7a7a7',
  wirtz: 'b1b1b1b1b1b1b1b1',
  hostile: 'bad0bad0bad0bad0',
} as const

/**
 * Builds every fixture article (fresh objects on each call).
 * @example buildFixtureArticles().length // 9
 */
export function buildFixtureArticles(): FixtureArticle[] {
  return [...sagaArticles(), ...otherArticles()]
}

function sagaArticles(): FixtureArticle[] {
  return [
    buildFixtureArticle({
      id: ARTICLE_IDS.interest, url: 'https://theathletic.example/taa-real-interest', title: 'Real Madrid interested in Alexander-Arnold',
      outlet: 'The Athletic', author: 'David Ornstein', published: '2024-10-05',
      paragraphs: [
        ['heading', 'Real Madrid eye Liverpool right-back'],
        ['body', 'Real Madrid are interested in signing Alexander-Arnold next summer, according to David Ornstein. The Liverpool right-back has a contract that expires in the summer of 2025.'],
        ['photo_credit', 'Photo: Getty Images'],
      ],
      mentions: [TAA, RM, LFC, ['David Ornstein', 'journalist']],
      claims: [{ sentence: 'Real Madrid are interested in signing Alexander-Arnold next summer, according to David Ornstein.', type: 'interest', attributedTo: ['David Ornstein'] }],
    }),
    buildFixtureArticle({
      id: ARTICLE_IDS.approach, url: 'https://telegraph.example/taa-approach', title: 'Liverpool rebuff Real Madrid approach', outlet: 'The Telegraph', published: '2024-12-28',
      paragraphs: [
        ['body', 'Real Madrid have made an approach to Liverpool about Alexander-Arnold. Liverpool rejected a bid of €20m from Real Madrid for the defender.'],
        ['read_more', 'Read more: Salah contract latest'],
      ],
      mentions: [TAA, RM, LFC],
      claims: [
        { sentence: 'Real Madrid have made an approach to Liverpool about Alexander-Arnold.', type: 'approach' },
        { sentence: 'Liverpool rejected a bid of €20m from Real Madrid for the defender.', type: 'bid_rejected', fee: { amount: 20_000_000, currency: 'EUR' } },
      ],
    }),
    buildFixtureArticle({
      id: ARTICLE_IDS.denial, url: 'https://bbc.example/sport/taa', title: 'Liverpool deny Real talks', outlet: 'BBC Sport', published: '2025-01-10',
      paragraphs: [
        ['body', 'Liverpool insist there are no talks with Real Madrid over Alexander-Arnold. Liverpool have offered Alexander-Arnold a new contract.'],
        ['newsletter', 'Sign up to our transfer newsletter.'],
      ],
      mentions: [TAA, RM, LFC],
      claims: [
        { sentence: 'Liverpool insist there are no talks with Real Madrid over Alexander-Arnold.', type: 'talks', stance: 'denied', attributedTo: ['Liverpool'] },
        { sentence: 'Liverpool have offered Alexander-Arnold a new contract.', type: 'extension_offer', toClub: 'Liverpool', fromClub: 'Liverpool', modality: 'confirmed' },
      ],
    }),
    buildFixtureArticle({
      id: ARTICLE_IDS.talks, url: 'https://marca.example/taa-talks', title: 'Real in talks with Trent camp', outlet: 'Marca', estimatedDate: '2025-03-02',
      paragraphs: [['body', "Real Madrid are in talks with Alexander-Arnold's representatives, Marca reports. The deal could be worth €10m."]],
      mentions: [TAA, RM, ['Marca', 'outlet']],
      claims: [{ sentence: "Real Madrid are in talks with Alexander-Arnold's representatives, Marca reports.", type: 'talks', attributedTo: ['Marca'] }],
    }),
    ...agreementArticles(),
  ]
}

function agreementArticles(): FixtureArticle[] {
  const romano = 'Alexander-Arnold has reached an agreement with Real Madrid, Fabrizio Romano says.'
  return [
    buildFixtureArticle({
      id: ARTICLE_IDS.agreement, url: 'https://espn.example/taa-agreement', title: 'Here we go: Trent to Real', outlet: 'ESPN', published: '2025-05-05',
      paragraphs: [['body', `${romano} Real Madrid will pay £8m to Liverpool.`]],
      mentions: [TAA, RM, LFC, ['Fabrizio Romano', 'journalist']],
      claims: [{ sentence: romano, type: 'agreement', attributedTo: ['Fabrizio Romano', 'ESPN'], modality: 'reported', fee: { amount: 8_000_000, currency: 'GBP' }, headline: true }],
    }),
    buildFixtureArticle({
      id: ARTICLE_IDS.agreementCopy, url: 'https://dailymail.example/taa-agreement', title: 'Trent agrees Real move', outlet: 'Daily Mail', published: '2025-05-05',
      paragraphs: [['body', `${romano}`], ['social_prompt', 'Follow us on X for more.']],
      mentions: [TAA, RM, ['Fabrizio Romano', 'journalist']],
      claims: [{ sentence: romano, type: 'agreement', attributedTo: ['Fabrizio Romano', 'Daily Mail'] }],
    }),
    buildFixtureArticle({
      id: ARTICLE_IDS.signed, url: 'https://realmadrid.example/news/trent', title: 'Official: Trent Alexander-Arnold', outlet: 'Real Madrid', published: '2025-06-01',
      paragraphs: [['body', 'Real Madrid have signed Alexander-Arnold on a six-year contract.']],
      mentions: [TAA, RM],
      claims: [{ sentence: 'Real Madrid have signed Alexander-Arnold on a six-year contract.', type: 'signed', modality: 'confirmed' }],
    }),
  ]
}

function otherArticles(): FixtureArticle[] {
  return [
    buildFixtureArticle({
      id: ARTICLE_IDS.wirtz, url: 'https://kicker.example/wirtz', title: 'Liverpool keen on Wirtz', outlet: 'Kicker', published: '2025-05-20',
      paragraphs: [['body', 'Liverpool are keen on Florian Wirtz, Kicker understands.']],
      mentions: [['Florian Wirtz', 'player'], LFC],
      claims: [{ sentence: 'Liverpool are keen on Florian Wirtz, Kicker understands.', type: 'interest', player: 'Florian Wirtz', fromClub: 'Bayer Leverkusen', toClub: 'Liverpool', attributedTo: ['Kicker'] }],
    }),
    buildFixtureArticle({
      id: ARTICLE_IDS.hostile, url: HOSTILE.js, title: `${HOSTILE.script} Trent exclusive`, outlet: HOSTILE.img, author: HOSTILE.script, published: '2024-10-06',
      paragraphs: [
        ['body', `Real Madrid want Alexander-Arnold ${HOSTILE.script} says a source.`],
        ['body', `Click ${HOSTILE.js} or see ${HOSTILE.img} for the full story.`],
        ['advert', `Advert: ${HOSTILE.script}`],
      ],
      mentions: [TAA, RM],
      claims: [{ sentence: `Real Madrid want Alexander-Arnold ${HOSTILE.script} says a source.`, type: 'interest', attributedTo: [HOSTILE.img], modality: 'speculative', confidence: 0.4 }],
    }),
  ]
}
