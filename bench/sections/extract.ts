/**
 * a) clean+extract throughput on one thread, against wink-nlp on the same text in the same run;
 * b) peak RSS. processArticle is timed on pre-built Article objects (no storage).
 */
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { toArticle } from '../../src/storage/identity.ts'
import { loadKnowledgeBase } from '../../src/pipeline/extract/kb/load-kb.ts'
import { processArticle } from '../../src/pipeline/run.ts'
import { peakRssMB, round, type SectionResult } from '../report.ts'
import { commandFor, corpusOfSize, seconds, type BenchOptions } from './common.ts'

export async function benchExtract(o: BenchOptions): Promise<SectionResult[]> {
  const { articles: raws, bytes } = corpusOfSize(o.mb, o.seed)
  const articles = raws.map((r) => toArticle(r))
  const kb = loadKnowledgeBase()
  for (const a of articles.slice(0, 200)) processArticle(a, { kb })
  let claims = 0
  const t0 = performance.now()
  for (const a of articles) claims += processArticle(a, { kb }).claims.length
  const ours = seconds(t0)
  const rssOurs = peakRssMB()
  const wink = runWink(raws.map((r) => r.text))
  const mbps = bytes / 1e6 / ours
  const winkMbps = bytes / 1e6 / wink.seconds
  const ratio = mbps / winkMbps
  const command = commandFor('extract', o, `--mb ${o.mb}`)
  const extract: SectionResult = {
    id: 'a', title: 'clean + extract throughput, one thread, vs wink-nlp on the same text', status: 'ok', command,
    figures: [
      { name: 'corpus', value: `${round(bytes / 1e6)} MB, ${articles.length} articles, ${claims} claims`, unit: '' },
      { name: 'processArticle', value: round(mbps), unit: 'MB/s' },
      { name: 'processArticle', value: round(articles.length / ours), unit: 'articles/s' },
      { name: 'wink-nlp readDoc + sentences, tokens, POS, entities', value: round(winkMbps), unit: 'MB/s' },
      { name: 'ratio Mercato / wink', value: round(ratio), unit: '×', target: '≥ 2×', met: ratio >= 2 },
    ],
    notes: [
      `processArticle: ${round(ours)} s for the corpus; wink: ${round(wink.seconds)} s (${wink.tokens} tokens, ${wink.entities} entities).`,
      'Both run on the main thread of one process (V8 GC helper threads aside); pin with `taskset -c 0 npm run bench -- --only extract` for a strict one-core figure.',
    ],
  }
  return [extract, rssSection(command, rssOurs)]
}

function rssSection(command: string, rssOurs: number): SectionResult {
  return {
    id: 'b', title: 'peak memory', status: 'ok', command,
    figures: [
      { name: 'peak RSS after processArticle over the corpus (corpus held in memory)', value: rssOurs, unit: 'MB' },
      { name: 'peak RSS after wink as well', value: peakRssMB(), unit: 'MB' },
    ],
    notes: ['process.resourceUsage().maxRSS; the whole corpus (raw and Article objects) is held in memory during the run.'],
  }
}

function runWink(texts: string[]): { seconds: number; tokens: number; entities: number } {
  const nlp = winkNLP(model)
  const its = nlp.its
  for (const t of texts.slice(0, 200)) nlp.readDoc(t).tokens().out(its.pos)
  let tokens = 0
  let entities = 0
  const t0 = performance.now()
  for (const t of texts) {
    const doc = nlp.readDoc(t)
    doc.sentences().out()
    tokens += doc.tokens().out(its.pos).length
    entities += doc.entities().out().length
  }
  return { seconds: seconds(t0), tokens, entities }
}
