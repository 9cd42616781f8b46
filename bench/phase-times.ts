/** Ad-hoc: where processArticle's time goes, stage by stage, over the generated corpus (not part of the suite). */
import { toArticle } from '../src/storage/identity.ts'
import { loadKnowledgeBase } from '../src/pipeline/extract/kb/load-kb.ts'
import { processArticle, resolveDate } from '../src/pipeline/run.ts'
import { cleanArticle } from '../src/pipeline/clean/index.ts'
import { splitSentences } from '../src/pipeline/segment/sentences.ts'
import { findMentions } from '../src/pipeline/extract/entities/find-mentions.ts'
import { findQuotes } from '../src/pipeline/segment/quotes.ts'
import { viewSentences } from '../src/pipeline/extract/claims/sentence-view.ts'
import { findCues } from '../src/pipeline/extract/claims/rules/10-find-cues.ts'
import { inferArticleFacts } from '../src/pipeline/extract/claims/article-context.ts'
import { applyHedges } from '../src/pipeline/extract/claims/rules/20-hedges.ts'
import { applyStance } from '../src/pipeline/extract/claims/rules/30-stance.ts'
import { assignParticipants } from '../src/pipeline/extract/claims/rules/40-participants.ts'
import { attachWindowAndFee } from '../src/pipeline/extract/claims/rules/50-window-fee.ts'
import { attribute } from '../src/pipeline/extract/claims/rules/60-attribution.ts'
import { extractContractFacts } from '../src/pipeline/extract/time/contract-facts.ts'
import { corpusOfSize } from './sections/common.ts'

const mb = Number(process.argv[2] ?? 5)
const { articles: raws } = corpusOfSize(mb, 2025)
const articles = raws.map((r) => toArticle(r))
const kb = loadKnowledgeBase()
for (const a of articles.slice(0, 300)) processArticle(a, { kb })
const T: Record<string, number> = {}
const t = <R>(k: string, f: () => R): R => { const s = performance.now(); const r = f(); T[k] = (T[k] ?? 0) + performance.now() - s; return r }
const t0 = performance.now()
for (const a of articles) {
  const cleaned = t('clean', () => cleanArticle(a.rawText))
  const sentences = t('sentences', () => splitSentences(cleaned))
  const date = t('date', () => resolveDate(a, cleaned.text))
  const entities = t('mentions', () => findMentions(cleaned.text, kb, { exclude: [], date: date.date }))
  const quotes = t('quotes', () => findQuotes(cleaned, sentences, { isKnownJournalist: () => false }))
  const allViews = t('views', () => viewSentences(cleaned.text, sentences, cleaned.blocks))
  let cands = t('cues', () => findCues(allViews))
  const facts = t('facts', () => inferArticleFacts(cleaned.text, allViews, cands, entities, kb, a.outlet, cleaned.blocks))
  const ctx: any = { articleId: a.id, text: cleaned.text, date: date.date, dateEstimated: date.estimated, kb, entities, blocks: cleaned.blocks, sentences, quotes, views: allViews, holder: facts.holder, suitor: facts.suitor, houseOutlet: facts.houseOutlet }
  cands = t('hedges', () => applyHedges(cands))
  cands = t('stance', () => applyStance(cands))
  cands = t('participants', () => assignParticipants(cands, ctx))
  cands = t('windowFee', () => attachWindowAndFee(cands, ctx))
  cands = t('attribution', () => attribute(cands, ctx))
  t('contracts', () => { for (const s of sentences) extractContractFacts(cleaned.text, s.start, s.end, date.date) })
}
const total = performance.now() - t0
const bytes = raws.reduce((n, r) => n + Buffer.byteLength(r.text), 0)
console.log(`total ${(total / 1000).toFixed(2)} s, ${(bytes / 1e6 / (total / 1000)).toFixed(2)} MB/s`)
for (const [k, v] of Object.entries(T).sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(14)} ${(v / 1000).toFixed(2)} s ${(100 * v / total).toFixed(1)}%`)
