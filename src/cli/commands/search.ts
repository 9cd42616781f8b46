/**
 * `mercato search QUERY`: full-text search over stored articles.
 */
import type { Command } from 'commander'
import type { CliContext } from '../context.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('search')
    .description('full-text search over stored articles')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'most results', '20')
    .option('--json', 'print hits as JSON')
    .action(async (words: string[], opts: { limit: string; json?: boolean }) => {
      const store = await ctx.openStore()
      const hits = await store.search(words.join(' '), { limit: Number(opts.limit) || 20 })
      const { io } = ctx
      if (opts.json) { io.stdout.write(JSON.stringify(hits, null, 2) + '\n'); return }
      if (!hits.length) { io.stderr.write('no matches\n'); return }
      for (const h of hits) {
        io.stdout.write(`${h.id}  ${h.published ?? '          '}  ${h.outlet ?? ''}  ${h.title ?? ''}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`)
      }
    })
}
