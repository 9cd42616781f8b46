/**
 * Runs extraction over raw articles and scores it against a gold file. Pure given its inputs:
 * the CLI reads the files and prints the report.
 */
import { relative, basename } from 'node:path'
import type { Analysis, Article, RawArticle } from '../domain/types.ts'
import { indexKnowledgeBase } from '../pipeline/extract/entities/kb-index.ts'
import { Gazetteer, nameKey } from '../pipeline/extract/entities/gazetteer.ts'
import { tokenize } from '../pipeline/extract/entities/tokens.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { toArticle } from '../storage/identity.ts'
import { processArticle } from '../pipeline/run.ts'
import { movedDateAnchors } from '../services/reestimate-dates.ts'
import { sagaSlug } from '../pipeline/cluster/saga-key.ts'
import type { GoldFile } from './gold.ts'
import { scoreCases, type ArticleCase, type Canon, type EvalReport, type SourceAliases } from './score.ts'

export interface EvalResult extends EvalReport {
  unmatchedGold: string[]
}

/** Keys an input may be known by in a gold file: relative path, base name, and `#id` / `#n` for multi-article files. */
export function goldKeysOf(raw: RawArticle, root: string, index: number): string[] {
  const rel = relative(root, raw.source).split('\\').join('/')
  const keys = [rel, basename(raw.source)]
  // INFO: a JSON Lines item carrying `html` comes back with format 'html'; the file decides.
  if (raw.format === 'jsonl' || raw.format === 'feed' || raw.line !== undefined || /\.(?:jsonl|ndjson|xml|rss|atom)$/i.test(raw.source)) {
    const suffixes = [raw.externalId, raw.line ? String(raw.line) : undefined, String(index + 1)].filter(Boolean)
    return suffixes.flatMap((s) => [`${rel}#${s}`, `${basename(raw.source)}#${s}`])
  }
  return keys
}

/**
 * @example evaluate(gold, raws, '/path/articles', kb).strict.f1
 */
export function evaluate(gold: GoldFile, raws: RawArticle[], root: string, kb: KnowledgeBase): EvalResult {
  const canon = makeCanon(kb)
  const perSource = new Map<string, number>()
  const byKey = new Map<string, RawArticle>()
  for (const raw of raws) {
    const i = perSource.get(raw.source) ?? 0
    perSource.set(raw.source, i + 1)
    for (const k of goldKeysOf(raw, root, i)) if (!byKey.has(k)) byKey.set(k, raw)
  }
  const cases: ArticleCase[] = []
  const unmatchedGold: string[] = []
  // Every article of the batch is read, as ingest reads them: the ones outside the gold file
  // date the undated ones too.
  const batch = new Map(raws.map((raw) => {
    const article = toArticle(raw)
    return [raw, { article, analysis: processArticle(article, { kb }) }]
  }))
  redateUndated([...batch.values()], kb)
  for (const [key, entry] of Object.entries(gold.articles)) {
    const raw = byKey.get(key)
    if (!raw) { unmatchedGold.push(key); continue }
    const { analysis } = batch.get(raw)!
    const entityNames = new Set(analysis.mentions.filter((m) => m.name && (m.kind === 'player' || m.kind === 'club')).map((m) => canon(m.name!, m.kind as 'player' | 'club')))
    cases.push({ key, text: analysis.cleaned.text, predicted: analysis.claims, gold: entry.claims, entityNames, outlet: raw.outlet })
  }
  return { ...scoreCases(cases, canon, sourceAliases(kb)), unmatchedGold }
}

/**
 * Undated articles dated as `mercato ingest` dates them once the whole batch is read (SPEC §4.5,
 * src/services/reestimate-dates.ts): their date is estimated again from the dates of the dated
 * claims of their players, and the article processed again when that date moves. So the figures
 * are those of the corpus ingested together, as a user sees it.
 */
function redateUndated(scored: { article: Article; analysis: Analysis }[], kb: KnowledgeBase): void {
  const known = new Map<string, Set<string>>()
  for (const { analysis } of scored) {
    for (const c of analysis.claims) {
      if (!c.date || c.dateEstimated) continue
      const slug = sagaSlug(c.player)
      if (!known.has(slug)) known.set(slug, new Set())
      known.get(slug)!.add(c.date)
    }
  }
  for (const s of scored) {
    if (s.article.published) continue
    const dates = movedDateAnchors(s.article, s.analysis, (slug) => [...(known.get(slug) ?? [])])
    if (dates) s.analysis = processArticle(s.article, { kb, knownDates: dates })
  }
}

/** A journalist's or outlet's other names, looked up by any of its names through the knowledge-base index. */
function sourceAliases(kb: KnowledgeBase): SourceAliases {
  const idx = indexKnowledgeBase(kb)
  return (name) => {
    const src = idx.journalistsByKey.get(nameKey(name)) ?? idx.outletsByKey.get(nameKey(name))
    return src ? [src.name, ...src.aliases] : []
  }
}

/** Names compared with case and accents folded and through the knowledge base's aliases. */
export function makeCanon(kb: KnowledgeBase): Canon {
  const idx = indexKnowledgeBase(kb)
  const clubs = new Gazetteer<string>()
  for (const c of kb.clubs) for (const f of [c.name, ...c.short, ...c.nicknames]) clubs.add(f, c.name)
  return (name, kind) => {
    if (!name) return ''
    if (kind === 'player') return nameKey(idx.playersByKey.get(nameKey(name))?.name ?? name)
    const byKey = idx.clubsByKey.get(nameKey(name))
    if (byKey) return nameKey(byKey.name)
    const toks = tokenize(name)
    const m = clubs.match(toks.map((t) => ({ ...t, cap: true })))
    return nameKey(m.length === 1 && m[0].from === 0 && m[0].to === toks.length ? m[0].entries[0].value : name)
  }
}
