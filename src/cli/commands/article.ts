/**
 * `mercato article ID`: the cleaned text with boilerplate labelled, and what was extracted.
 */
import type { Command } from 'commander'
import type { ArticleId } from '../../domain/types.ts'
import type { CliContext } from '../context.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('article')
    .description('show a stored article: cleaned text with labelled boilerplate, claims, date')
    .argument('<id>', 'article id (a unique prefix is enough)')
    .option('--json', 'print the article and its analysis as JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const { io } = ctx
      const store = await ctx.openStore()
      const article = await store.getArticle(id as ArticleId)
      if (!article) { io.stderr.write(`mercato article: no article with id ${id}\n`); return ctx.fail(1) }
      const analysis = await store.getAnalysis(article.id)
      if (opts.json) { io.stdout.write(JSON.stringify({ article, analysis }, null, 2) + '\n'); return }
      io.stdout.write(`${article.id}  rev ${article.revision}  ${article.outlet ?? ''}  ${article.url ?? article.source}\n`)
      if (article.title) io.stdout.write(`${article.title}\n`)
      if (!analysis) { io.stdout.write('(not processed yet: run mercato reprocess)\n\n' + article.rawText + '\n'); return }
      const d = analysis.date
      io.stdout.write(`date: ${d.date ?? 'unknown'}${d.estimated ? ` (estimated${d.range ? ` ${d.range[0]}..${d.range[1]}` : ''}: ${d.reason})` : ''}\n\n`)
      for (const b of analysis.cleaned.blocks) {
        const tag = b.label === 'body' ? '' : `[${b.label}] `
        io.stdout.write(`${tag}${analysis.cleaned.text.slice(b.start, b.end)}\n\n`)
      }
      io.stdout.write(`claims (${analysis.claims.length}):\n`)
      for (const c of analysis.claims) {
        const who = c.attributedTo.length ? c.attributedTo.join(' via ') : 'the article'
        io.stdout.write(`  ${c.type} ${c.stance} ${c.modality}: ${c.player}${c.fromClub ? ` (${c.fromClub})` : ''}${c.toClub ? ` → ${c.toClub}` : ''}${c.window ? ` [${c.window}]` : ''} — ${who}; ${c.rule} ${c.confidence}${c.historical ? ' historical' : ''}${c.headline ? ' headline' : ''}\n`)
        for (const w of c.why) io.stdout.write(`      · ${w}\n`)
      }
    })
}
