/**
 * Scores extracted claims against gold claims (SPEC §11): strict and lenient precision,
 * recall and F1, per type, window and attribution agreement, entity accuracy, and every
 * missed and spurious claim with its sentence. Pure.
 */
import type { Claim, ClaimType } from '../domain/types.ts'
import { familyOf } from './families.ts'
import type { GoldClaim } from './gold.ts'

export interface ArticleCase {
  key: string
  text: string
  predicted: Claim[]
  gold: GoldClaim[]
  /** Canonical names of the players and clubs the extractor resolved in this article. */
  entityNames: Set<string>
  /** The article's own outlet, from its metadata: a claim credited to it is the article's own. */
  outlet?: string
}

export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface ErrorRow { article: string; kind: 'missed' | 'spurious'; player: string; type: ClaimType; stance: string; toClub: string | null; sentence: string; rule?: string }

/** A matched claim whose window or attribution differs from its gold claim's (SPEC §11's agreement figures, row by row). */
export interface DisagreementRow { article: string; field: 'window' | 'attribution' | 'historical'; player: string; type: ClaimType; stance: string; predicted: string; gold: string; sentence: string }

export interface EvalReport {
  articles: number
  strict: Prf
  lenient: Prf
  perType: Record<string, Prf>
  denied: Prf
  windowAgreement: { agree: number; of: number; rate: number }
  attributionAgreement: { agree: number; of: number; rate: number }
  /**
   * The same, with the article's own outlet (from its metadata) read as the article itself on
   * either side: "BBC Sport" in a BBC Sport article's gold agrees with an unattributed claim.
   * The disagreement rows list the claims that disagree under this reading.
   */
  attributionAgreementOwnOutlet: { agree: number; of: number; rate: number }
  entityAccuracy: { found: number; of: number; rate: number }
  /**
   * How often a matched claim's `historical` flag (a past move told as background, SPEC §5) agrees
   * with the gold's; absent when the gold file never marks a claim historical (the seeds' gold
   * does not annotate the flag).
   */
  historicalAgreement?: { agree: number; of: number; rate: number }
  errors: ErrorRow[]
  /** The matched claims behind the window and attribution agreement figures that disagree. */
  disagreements: DisagreementRow[]
}

/** The other names of a journalist or outlet (the knowledge base's aliases): "Sky Sport Germany" for "Sky Sport Deutschland". */
export type SourceAliases = (name: string) => readonly string[]

export type Canon = (name: string | null | undefined, kind: 'player' | 'club') => string

/**
 * @example scoreCases(cases, canon).strict.f1 // 0.8
 */
export function scoreCases(cases: ArticleCase[], canon: Canon, aliases?: SourceAliases): EvalReport {
  const strict = counter(), lenient = counter(), denied = counter()
  const perType = new Map<string, ReturnType<typeof counter>>()
  const typeCounter = (t: string) => perType.get(t) ?? perType.set(t, counter()).get(t)!
  const marksPast = cases.some((c) => c.gold.some((g) => g.historical !== undefined))
  const past = { agree: 0, of: 0 }
  const win = { agree: 0, of: 0 }, attr = { agree: 0, of: 0 }, attrOwn = { agree: 0, of: 0 }, ent = { found: 0, of: 0 }
  const errors: ErrorRow[] = []
  const disagreements: DisagreementRow[] = []
  for (const c of cases) {
    const s = matchClaims(c.predicted, c.gold, canon, false)
    const l = matchClaims(c.predicted, c.gold, canon, true)
    const spurS = spurious(c.predicted, s.used, canon)
    const spurL = spurious(c.predicted, l.used, canon)
    strict.add(s.pairs.length, spurS.length, c.gold.length - s.pairs.length)
    lenient.add(l.pairs.length, spurL.length, c.gold.length - l.pairs.length)
    for (const t of new Set([...c.predicted.map((p) => p.type), ...c.gold.map((g) => g.type)])) {
      const tp = s.pairs.filter(([p]) => p.type === t).length
      typeCounter(t).add(tp, spurS.filter((p) => p.type === t).length, c.gold.filter((g) => g.type === t).length - tp)
    }
    const dtp = s.pairs.filter(([p]) => p.stance === 'denied').length
    denied.add(dtp, spurS.filter((p) => p.stance === 'denied').length, c.gold.filter((g) => g.stance === 'denied').length - dtp)
    for (const [p, g] of s.pairs) {
      const row = { article: c.key, player: g.player, type: g.type, stance: g.stance, sentence: p.evidence.sentence }
      win.of++
      if ((p.window ?? null) === (g.window ?? null)) win.agree++
      else disagreements.push({ ...row, field: 'window', predicted: p.window ?? 'none', gold: g.window ?? 'none' })
      attr.of++
      attrOwn.of++
      if (attributionAgrees(p.attributedTo, g.attributedTo ?? null, undefined, aliases)) attr.agree++
      if (attributionAgrees(p.attributedTo, g.attributedTo ?? null, c.outlet, aliases)) attrOwn.agree++
      else disagreements.push({ ...row, field: 'attribution', predicted: p.attributedTo.join(' > ') || 'the article itself', gold: g.attributedTo ?? 'the article itself' })
      if (!marksPast) continue
      past.of++
      const goldPast = g.historical === true
      if (p.historical === goldPast) past.agree++
      else disagreements.push({ ...row, field: 'historical', predicted: p.historical ? 'past move' : 'news', gold: goldPast ? 'past move' : 'news' })
    }
    for (const g of c.gold) {
      for (const [name, kind] of [[g.player, 'player'], [g.toClub, 'club'], [g.fromClub, 'club']] as const) {
        if (!name) continue
        ent.of++
        if (c.entityNames.has(canon(name, kind))) ent.found++
      }
    }
    errors.push(...errorRows(c, spurS, s))
  }
  return {
    articles: cases.length,
    strict: strict.prf(), lenient: lenient.prf(), denied: denied.prf(),
    perType: Object.fromEntries([...perType].sort().map(([k, v]) => [k, v.prf()])),
    windowAgreement: rate(win), attributionAgreement: rate(attr), attributionAgreementOwnOutlet: rate(attrOwn), entityAccuracy: { found: ent.found, of: ent.of, rate: ent.of ? ent.found / ent.of : 1 },
    ...(marksPast ? { historicalAgreement: rate(past) } : {}),
    errors,
    disagreements,
  }
}

function counter() {
  let tp = 0, fp = 0, fn = 0
  return {
    add(a: number, b: number, c: number) { tp += a; fp += b; fn += c },
    prf(): Prf {
      const precision = tp + fp ? tp / (tp + fp) : 1
      const recall = tp + fn ? tp / (tp + fn) : 1
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
      return { tp, fp, fn, precision, recall, f1 }
    },
  }
}

function rate(x: { agree: number; of: number }) {
  return { ...x, rate: x.of ? x.agree / x.of : 1 }
}

/**
 * Unmatched predictions, duplicates counted once (SPEC §11): a prediction repeating the key of
 * a matched or already-counted one is not another false positive.
 */
function spurious(preds: Claim[], used: Set<number>, canon: Canon): Claim[] {
  const key = (c: Claim) => [canon(c.player, 'player'), c.type, c.stance, canon(c.toClub, 'club')].join('|')
  const seen = new Set<string>([...used].map((i) => key(preds[i])))
  const out: Claim[] = []
  preds.forEach((p, i) => {
    if (used.has(i)) return
    const k = key(p)
    if (seen.has(k)) return
    seen.add(k)
    out.push(p)
  })
  return out
}

function matchClaims(preds: Claim[], gold: GoldClaim[], canon: Canon, lenient: boolean) {
  const used = new Set<number>()
  const pairs: [Claim, GoldClaim][] = []
  const matchedGold = new Set<number>()
  const same = (p: Claim, g: GoldClaim) =>
    canon(p.player, 'player') === canon(g.player, 'player') &&
    (lenient ? familyOf(p.type) === familyOf(g.type) : p.type === g.type) &&
    p.stance === g.stance &&
    (!g.toClub || canon(p.toClub, 'club') === canon(g.toClub, 'club'))
  gold.forEach((g, gi) => {
    const pi = preds.findIndex((p, i) => !used.has(i) && same(p, g) && (!lenient || p.type === g.type))
    const pj = pi >= 0 ? pi : preds.findIndex((p, i) => !used.has(i) && same(p, g))
    if (pj < 0) return
    used.add(pj)
    matchedGold.add(gi)
    pairs.push([preds[pj], g])
  })
  return { pairs, used, matchedGold }
}

/**
 * Agreement rule of SPEC §11: a named journalist or outlet in the chain (by any of its names), both
 * anonymous, or both the article itself. Given `own`, the article's outlet, that outlet is read as the article itself
 * whichever side names it: "BBC Sport" in a BBC Sport article's gold, or the house outlet alone in
 * its predicted chain.
 */
export function attributionAgrees(pred: string[], gold: string | null, own?: string, aliases: SourceAliases = () => []): boolean {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/^the /, '').trim()
  if (own) {
    // By any of its names: the metadata's "The Standard" is the knowledge base's "Evening Standard".
    const ownNames = [own, ...aliases(own)].map(fold)
    const sameAs = (f: string, o: string) => f === o || (f.length >= 3 && o.startsWith(f)) || (o.length >= 3 && f.startsWith(o))
    const isOwn = (s: string) => [s, ...aliases(s)].some((n) => ownNames.some((o) => sameAs(fold(n), o)))
    if (pred.length === 1 && isOwn(pred[0])) pred = []
    if (gold && isOwn(gold)) gold = null
  }
  if (!gold) return pred.length === 0
  const g = fold(gold)
  if (g === 'anonymous sources') return pred.some((p) => fold(p) === 'anonymous sources')
  // As whole words: "AS" names the Madrid daily, not every gold text holding "as".
  const holds = (a: string) => { const f = fold(a); const at = g.indexOf(f); return f.length > 0 && at >= 0 && new RegExp(`(?:^|[^\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u').test(g) }
  return pred.some((p) => fold(p) !== 'anonymous sources' && [p, ...aliases(p)].some(holds))
}

function errorRows(c: ArticleCase, spur: Claim[], s: ReturnType<typeof matchClaims>): ErrorRow[] {
  const rows: ErrorRow[] = []
  c.gold.forEach((g, i) => {
    if (s.matchedGold.has(i)) return
    rows.push({ article: c.key, kind: 'missed', player: g.player, type: g.type, stance: g.stance, toClub: g.toClub ?? null, sentence: findSentence(c.text, g.evidence ?? '') })
  })
  spur.forEach((p) => {
    rows.push({ article: c.key, kind: 'spurious', player: p.player, type: p.type, stance: p.stance, toClub: p.toClub, sentence: p.evidence.sentence, rule: p.rule })
  })
  return rows
}

/** The sentence around a gold evidence fragment, for reading errors. */
export function findSentence(text: string, fragment: string): string {
  if (!fragment) return ''
  const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase()
  const at = norm(text).indexOf(norm(fragment))
  if (at < 0) return `(not found) ${fragment}`
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at) + 1, 0)
  const endDot = text.indexOf('. ', at + fragment.length)
  const endNl = text.indexOf('\n', at + fragment.length)
  const end = Math.min(endDot < 0 ? text.length : endDot + 1, endNl < 0 ? text.length : endNl)
  return text.slice(start, end).trim()
}
