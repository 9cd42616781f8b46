/**
 * `mercato reprocess`: re-run extraction over every stored article (after an upgrade, or to
 * recover from a failed stage). Raw text is never touched.
 */
import type { Command } from 'commander'
import { loadKnowledge } from '../../services/knowledge.ts'
import { pipelineVersion } from '../../pipeline/version.ts'
import type { CliContext } from '../context.ts'
import { createProgress } from '../progress.ts'
import { analyseAndStoreMany } from '../../services/analyse.ts'
import { refreshSagas } from '../../services/refresh-sagas.ts'

export function register(program: Command, ctx: CliContext): void {
  program
    .command('reprocess')
    .description('re-run extraction over stored articles')
    .option('--stale', 'only articles processed by another pipeline version (a digest of the extraction code and data) or never')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { stale?: boolean; json?: boolean }) => {
      const { io } = ctx
      const store = await ctx.openStore()
      const kb = await loadKnowledge(store)
      const progress = createProgress(io.stderr, io.isTTY && !opts.json, 'reprocess')
      let processed = 0, skipped = 0, failed = 0, claims = 0
      let after: number | undefined
      for (;;) {
        const page = await store.listArticles({ after, limit: 200 })
        const versions = opts.stale ? await store.getAnalysisVersions(page.articles.map((a) => a.id)) : undefined
        const todo = page.articles.filter((a) => versions?.get(a.id) !== pipelineVersion())
        skipped += page.articles.length - todo.length
        // One transaction per page: the analyses of 200 articles are stored together.
        const results = await analyseAndStoreMany(store, todo, { kb })
        results.forEach((res, i) => {
          progress.tick(todo[i].id)
          if ('error' in res) { failed++; io.stderr.write(`${todo[i].id}: ${res.error}\n`) } else { processed++; claims += res.claims }
        })
        if (page.next === undefined) break
        after = page.next
      }
      progress.done()
      const players = await store.listClaimPlayers()
      let sagas = 0
      for (let i = 0; i < players.length; i += 200) sagas += (await refreshSagas(store, players.slice(i, i + 200), kb)).sagas
      const sum = { processed, skipped, failed, claims, sagas }
      io.stdout.write(opts.json ? JSON.stringify(sum) + '\n' : `reprocessed ${processed} articles (${claims} claims), ${skipped} up to date, ${failed} failed; ${sagas} sagas rebuilt\n`)
      if (failed) ctx.fail(1)
    })
}
