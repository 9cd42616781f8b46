/**
 * `mercato rules PLAYER --club CLUB --date D`: what the transfer rules allow on a date, and why
 * (SPEC §7). The player's club and contract expiry come from the store (text) or the
 * knowledge base (imported players); `--expires` overrides.
 */
import type { Command } from 'commander'
import type { ArticleId, ContractFact } from '../../domain/types.ts'
import { nameKey } from '../../pipeline/extract/entities/gazetteer.ts'
import { indexKnowledgeBase } from '../../pipeline/extract/entities/kb-index.ts'
import { findClubByName } from '../../services/club-lookup.ts'
import { loadKnowledge } from '../../services/knowledge.ts'
import type { KnowledgeBase } from '../../pipeline/extract/kb/types.ts'
import { explainRules, formatExplanation, loadRuleBook, windowCountry } from '../../pipeline/rules/index.ts'
import type { Store } from '../../storage/store.ts'
import type { CliContext } from '../context.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('rules')
    .description('explain whether talks, a pre-contract, a fee transfer or registration are possible on a date')
    .argument('<player>', 'player name')
    .requiredOption('--club <club>', 'the club that wants to sign him')
    .option('--date <date>', 'YYYY-MM-DD (default today)')
    .option('--from <club>', 'the club holding him (default: learned from articles)')
    .option('--expires <date>', 'his contract expiry, YYYY-MM-DD (default: learned from articles or imported)')
    .option('--json', 'print the explanation as JSON')
    .action(async (player: string, opts: { club: string; date?: string; from?: string; expires?: string; json?: boolean }) => {
      const { io } = ctx
      const store = await ctx.openStore()
      const kb = await loadKnowledge(store)
      const toClub = findClubByName(kb, opts.club)
      if (!toClub) { io.stderr.write(`mercato rules: unknown club ${JSON.stringify(opts.club)}\n`); return ctx.fail(2) }
      const date = opts.date ?? new Date().toISOString().slice(0, 10)
      const learned = await learnContract(store, kb, player, date)
      const fromClub = findClubByName(kb, opts.from ?? learned.club ?? '')
      const expires = opts.expires ?? learned.expires
      const book = loadRuleBook()
      // A club registers in its country's windows, or in its league's when the table keeps them
      // under another country (a Canadian MLS club follows the MLS rows).
      const explanation = explainRules(book, {
        player: learned.player ?? player,
        fromClub: fromClub ? { name: fromClub.name, country: windowCountry(book, fromClub) } : undefined,
        toClub: { name: toClub.name, country: windowCountry(book, toClub) },
        date,
        contractExpires: expires,
        contractSource: opts.expires ? 'given with --expires' : learned.source,
      })
      io.stdout.write(opts.json ? JSON.stringify(explanation, null, 2) + '\n' : formatExplanation(explanation) + '\n')
    })
}

/** The player's club and latest contract expiry, from imported players or stored contract facts. */
async function learnContract(store: Store, kb: KnowledgeBase, player: string, date: string) {
  const known = indexKnowledgeBase(kb).playersByKey.get(nameKey(player))
  const out: { player?: string; club?: string; expires?: string; source?: string } = { player: known?.name }
  if (known?.club) out.club = kb.clubs.find((c) => c.id === known.club)?.name ?? known.club
  if (known?.contractExpires) { out.expires = known.contractExpires; out.source = 'imported player data' }
  const claims = await store.listClaims({ player: known?.name ?? player, limit: 500 })
  // INFO: the club holding him on the date asked about: the most common holder in claims made
  // up to that date (the knowledge base's club may be a later one).
  const votes = new Map<string, number>()
  for (const c of claims) if (c.fromClub && (!c.date || c.date <= date)) votes.set(c.fromClub, (votes.get(c.fromClub) ?? 0) + 1)
  const byClaims = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (byClaims) out.club = byClaims
  const seen = new Set<ArticleId>()
  let best: ContractFact | undefined
  for (const c of claims) {
    if (seen.has(c.articleId)) continue
    seen.add(c.articleId)
    const a = await store.getAnalysis(c.articleId)
    for (const f of a?.contracts ?? []) if (f.expires && nameKey(f.player) === nameKey(c.player) && (!best || (f.evidence.start >= 0 && f.confidence >= best.confidence))) best = f
  }
  if (best?.expires && !out.expires) { out.expires = best.expires; out.source = `article ${best.evidence.articleId}: “${best.evidence.sentence.slice(0, 120)}”` }
  return out
}
