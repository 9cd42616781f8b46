/**
 * Component schemas of the OpenAPI document, written by hand from `src/domain/*.ts` and
 * `src/services/types.ts`. Keep them in step when those types change.
 */
import { CLAIM_TYPES } from '../domain/types.ts'
import { MAX_BATCH, SAGA_KINDS, STAGES } from './validate.ts'

const str = { type: 'string' }
const nstr = { type: ['string', 'null'] }
const int = { type: 'integer' }
const num = { type: 'number' }
const bool = { type: 'boolean' }
const day = { type: 'string', format: 'date' }
const nday = { type: ['string', 'null'], format: 'date' }
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const arr = (items: object) => ({ type: 'array', items })
const obj = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, required })

const fee = obj({ amount: num, currency: str, addOns: num, note: str }, ['amount', 'currency'])
const evidence = obj({ articleId: str, start: int, end: int, sentence: str }, ['articleId', 'start', 'end', 'sentence'])
const carrier = obj({ articleId: str, claimId: int, outlet: str, url: str, date: nday, dateEstimated: bool }, ['articleId', 'claimId', 'date', 'dateEstimated'])
const factor = obj({ factor: str, delta: num, why: str }, ['factor', 'delta', 'why'])
const resolution = obj({ sagaId: str, outcome: { enum: ['signed', 'collapsed', 'extension_signed', 'stays'] }, date: day, by: { enum: ['claim', 'hand'] }, note: str }, ['sagaId', 'outcome', 'date', 'by'])

const claim = obj(
  {
    player: str, playerId: str, fromClub: nstr, toClub: nstr, type: ref('ClaimType'), stance: ref('Stance'), modality: ref('Modality'),
    window: nstr, fee: { oneOf: [fee, { type: 'null' }] }, attributedTo: arr(str), evidence, rule: str, confidence: num, why: arr(str),
    historical: bool, headline: bool, date: nday, dateEstimated: bool, flags: arr(str),
  },
  ['player', 'type', 'stance', 'modality', 'evidence', 'rule', 'confidence', 'date', 'dateEstimated'],
)

const timelineEntry = obj(
  {
    date: nday, dateEstimated: bool, type: ref('ClaimType'), stance: ref('Stance'), modality: ref('Modality'), attributedTo: arr(str),
    window: nstr, fee: { oneOf: [fee, { type: 'null' }] }, reportId: str, carriers: arr(carrier), historical: bool, headline: bool,
    confidence: num, evidence,
  },
  ['date', 'dateEstimated', 'type', 'stance', 'modality', 'reportId', 'carriers', 'evidence'],
)

const saga = obj(
  {
    id: str, kind: ref('SagaKind'), player: str, fromClub: nstr, club: str, stage: ref('Stage'), stageDate: nday, firstDate: nday,
    lastDate: nday, claimCount: int, reportCount: int, timeline: arr(timelineEntry),
    reports: arr(obj({ id: str, origin: str, originRule: { enum: ['named-source', 'earliest-carrier'] }, firstDate: nday, carriers: arr(carrier) }, ['id', 'origin', 'carriers'])),
    conflicts: arr(obj({ field: { enum: ['fee', 'contract-length', 'window', 'release-fee'] }, values: arr(obj({ value: str, by: arr(str), date: nday, articleId: str }, ['value', 'by', 'articleId'])) }, ['field', 'values'])),
    related: arr(str),
  },
  ['id', 'kind', 'player', 'club', 'stage', 'timeline', 'reports', 'conflicts', 'related'],
)

const sagaSummary = obj(
  {
    id: str, kind: ref('SagaKind'), player: str, fromClub: nstr, club: str, stage: ref('Stage'), stageDate: nday, firstDate: nday,
    lastDate: nday, claimCount: int, reportCount: int, likelihood: { type: ['number', 'null'] }, trend: arr(num), resolved: resolution,
  },
  ['id', 'kind', 'player', 'club', 'stage', 'claimCount', 'reportCount', 'likelihood', 'trend'],
)

const article = obj(
  { id: str, lineageId: str, revision: int, url: str, title: str, outlet: str, author: str, published: day, format: { enum: ['text', 'jsonl', 'html', 'feed'] }, source: str, rawText: str, ingestedAt: str },
  ['id', 'lineageId', 'revision', 'format', 'source', 'rawText', 'ingestedAt'],
)

const mention = obj({ start: int, end: int, surface: str, kind: { enum: ['player', 'club', 'journalist', 'outlet', 'person', 'competition'] }, entityId: str, name: str, rule: str, confidence: num }, ['start', 'end', 'surface', 'kind', 'rule', 'confidence'])

const analysis = obj(
  {
    articleId: str, pipelineVersion: str,
    date: obj({ date: nday, estimated: bool, range: arr(day), reason: str }, ['date', 'estimated', 'reason']),
    cleaned: obj({ text: str, blocks: arr(obj({ start: int, end: int, label: str, rule: str }, ['start', 'end', 'label', 'rule'])) }, ['text', 'blocks']),
    sentences: arr(obj({ start: int, end: int, block: int, quote: int }, ['start', 'end', 'block'])),
    quotes: arr(obj({ start: int, end: int, rule: str, speaker: { type: 'object' } }, ['start', 'end', 'rule'])),
    mentions: arr(ref('Mention')), claims: arr(ref('Claim')), contracts: arr({ type: 'object' }),
    discovered: arr(obj({ kind: str, name: str }, ['kind', 'name'])),
  },
  ['articleId', 'pipelineVersion', 'date', 'cleaned', 'mentions', 'claims'],
)

const ingestArticle = {
  ...obj({ text: str, html: str, url: { type: 'string', format: 'uri', pattern: '^https?://' }, title: str, outlet: str, author: str, published: { type: 'string', description: 'ISO 8601 date or date-time' } }),
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
  additionalProperties: false,
}

/** `components.schemas` of the OpenAPI document. */
export const SCHEMAS: Record<string, object> = {
  Stage: { enum: [...STAGES] },
  SagaKind: { enum: [...SAGA_KINDS] },
  ClaimType: { enum: [...CLAIM_TYPES] },
  Stance: { enum: ['affirmed', 'denied'] },
  Modality: { enum: ['confirmed', 'reported', 'expected', 'speculative'] },
  Error: obj({ code: { enum: ['bad_request', 'not_found', 'unauthorized', 'writes_disabled', 'too_large', 'internal'] }, message: str, path: str, requestId: str }, ['code', 'message']),
  Claim: claim,
  Mention: mention,
  Saga: saga,
  SagaSummary: sagaSummary,
  SagaPage: obj({ items: arr(ref('SagaSummary')), total: int, limit: int, offset: int }, ['items', 'total', 'limit', 'offset']),
  SagaDetail: obj({ saga: ref('Saga'), likelihood: arr(obj({ date: day, p: num, factors: arr(factor) }, ['date', 'p', 'factors'])), resolution }, ['saga', 'likelihood']),
  PlayerSagas: obj({ player: str, items: arr(ref('SagaSummary')) }, ['player', 'items']),
  Article: article,
  Analysis: analysis,
  ArticleWithAnalysis: obj({ article: ref('Article'), analysis: { oneOf: [ref('Analysis'), { type: 'null' }] } }, ['article', 'analysis']),
  SearchHit: obj({ id: str, title: str, outlet: str, published: day, url: str, revision: int, snippet: { type: 'string', description: 'matched terms between « and »' }, rank: num }, ['id', 'revision', 'snippet', 'rank']),
  SearchResults: obj({ q: str, items: arr(ref('SearchHit')) }, ['q', 'items']),
  SourceRow: obj({ source: str, kind: { enum: ['journalist', 'outlet', 'person'] }, tier: int, claims: int, right: int, accuracy: { type: ['number', 'null'] }, shrunk: num, brier: { type: ['number', 'null'] }, medianDaysEarly: { type: ['number', 'null'] } }, ['source', 'claims', 'right', 'accuracy', 'shrunk', 'brier', 'medianDaysEarly']),
  Sources: obj({ items: arr(ref('SourceRow')) }, ['items']),
  IngestArticle: ingestArticle,
  IngestRequest: { oneOf: [ref('IngestArticle'), { ...obj({ articles: { ...arr(ref('IngestArticle')), minItems: 1, maxItems: MAX_BATCH } }, ['articles']), additionalProperties: false }] },
  IngestResult: obj({ status: { enum: ['new', 'unchanged', 'revised', 'rejected'] }, articleId: str, claims: int, reason: str }, ['status']),
  IngestResponse: obj({ results: arr(ref('IngestResult')) }, ['results']),
  Health: obj({ ok: bool }, ['ok']),
}
