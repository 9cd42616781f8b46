/**
 * `mercato feeds add|list|remove|import-opml|export-opml`: the feeds `mercato watch` polls
 * (SPEC §10). URLs are checked when added (http/https; no private address literal unless
 * allowed); every fetch checks again.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { checkUrl } from '../../live/check-url.ts'
import { LIVE_CLI_MESSAGES as M } from '../../live/messages.ts'
import { generateOpml, parseOpml } from '../../live/opml.ts'
import { formatInterval, parseInterval } from '../../live/parse-interval.ts'
import { openLiveRepo, type FeedRecord } from '../../storage/repos/live-repo.ts'
import type { CliContext } from '../context.ts'

export const DEFAULT_FEED_INTERVAL = '15m'
const MIN_INTERVAL_S = 60
const MAX_INTERVAL_S = 7 * 86_400
const ALLOW_PRIVATE_HELP = 'allow private, loopback and link-local addresses (or MERCATO_ALLOW_PRIVATE_NETWORK=1)'

export function register(program: Command, ctx: CliContext): void {
  const feeds = program.command('feeds').description('manage the feeds that mercato watch polls')
  feeds.command('add')
    .description('watch a feed (RSS, Atom or JSON Feed URL)')
    .argument('<url>', 'feed URL (http or https)')
    .option('--name <name>', 'a name for logs and lists')
    .option('--interval <duration>', 'time between polls: 90s, 15m, 2h…', DEFAULT_FEED_INTERVAL)
    .option('--allow-private', ALLOW_PRIVATE_HELP)
    .action((url: string, opts: { name?: string; interval: string; allowPrivate?: boolean }) => addFeed(ctx, url, opts))
  feeds.command('list')
    .description('list the watched feeds and their poll state')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => listFeeds(ctx, opts))
  feeds.command('remove')
    .description('stop watching a feed')
    .argument('<ref>', 'feed id or URL')
    .action(async (ref: string) => {
      const feed = await openLiveRepo(await ctx.openStore()).feeds.remove(ref)
      if (!feed) return fail(ctx, M.noSuchFeed(ref), 1)
      ctx.io.stdout.write(M.feedRemoved(feed.id, feed.url) + '\n')
    })
  feeds.command('import-opml')
    .description('watch every feed listed in an OPML file')
    .argument('<file>', 'OPML file')
    .option('--allow-private', ALLOW_PRIVATE_HELP)
    .action((file: string, opts: { allowPrivate?: boolean }) => importOpml(ctx, file, opts))
  feeds.command('export-opml')
    .description('write the watched feeds as OPML')
    .argument('[file]', 'output file, or - for stdout', '-')
    .action(async (file: string) => {
      const list = await openLiveRepo(await ctx.openStore()).feeds.list()
      const xml = generateOpml(list.map((f) => (f.name ? { url: f.url, title: f.name } : { url: f.url }))) + '\n'
      if (file === '-') return void ctx.io.stdout.write(xml)
      await writeFile(resolve(ctx.io.cwd, file), xml)
      ctx.io.stderr.write(M.exported(list.length, file) + '\n')
    })
}

function fail(ctx: CliContext, message: string, code: 1 | 2): void {
  ctx.io.stderr.write(`mercato feeds: ${message}\n`)
  ctx.fail(code)
}

function allowPrivate(ctx: CliContext, flag: boolean | undefined): boolean {
  return Boolean(flag) || ctx.config().allowPrivateNetwork
}

async function addFeed(ctx: CliContext, url: string, opts: { name?: string; interval: string; allowPrivate?: boolean }) {
  const refused = checkUrl(url, { allowPrivate: allowPrivate(ctx, opts.allowPrivate) })
  if (refused) return fail(ctx, refused, 2)
  const intervalSeconds = parseInterval(opts.interval)
  if (intervalSeconds === undefined) return fail(ctx, M.badInterval(opts.interval), 2)
  if (intervalSeconds < MIN_INTERVAL_S || intervalSeconds > MAX_INTERVAL_S) {
    return fail(ctx, M.intervalRange(formatInterval(MIN_INTERVAL_S), formatInterval(MAX_INTERVAL_S)), 2)
  }
  const live = openLiveRepo(await ctx.openStore())
  const name = opts.name?.trim()
  const { added, feed } = await live.feeds.add({ url, intervalSeconds, ...(name ? { name } : {}) })
  if (added) ctx.io.stdout.write(M.feedAdded(feed.id, feed.url) + '\n')
  else ctx.io.stderr.write(M.feedExists(feed.id, feed.url) + '\n')
}

async function listFeeds(ctx: CliContext, opts: { json?: boolean }) {
  const list = await openLiveRepo(await ctx.openStore()).feeds.list()
  if (opts.json) return void ctx.io.stdout.write(JSON.stringify(list, null, 2) + '\n')
  if (list.length === 0) return void ctx.io.stderr.write(M.noFeeds + '\n')
  ctx.io.stdout.write(list.map(formatFeed).join('\n') + '\n')
}

/** One line a feed: id, interval, health, URL, name. Untrusted names are flattened to one line. */
function formatFeed(f: FeedRecord): string {
  const health = f.failures > 0 ? `${f.failures} failures (${f.lastError ?? 'error'})` : f.lastPolledAt ? 'ok' : 'never polled'
  const name = f.name ? `  ${f.name.replace(/[\r\n\t]+/g, ' ')}` : ''
  return `${String(f.id).padStart(3)}  every ${formatInterval(f.intervalSeconds).padEnd(4)}  ${f.url}${name}  [${health}]`
}

async function importOpml(ctx: CliContext, file: string, opts: { allowPrivate?: boolean }) {
  let xml: string
  try {
    xml = await readFile(resolve(ctx.io.cwd, file), 'utf8')
  } catch (error) {
    return fail(ctx, M.unreadable(file, (error as NodeJS.ErrnoException).code ?? 'error'), 1)
  }
  const entries = parseOpml(xml)
  if (!entries) return fail(ctx, M.notOpml(file), 1)
  const live = openLiveRepo(await ctx.openStore())
  const counts = { added: 0, existing: 0, refused: 0 }
  for (const entry of entries) {
    const refused = checkUrl(entry.url, { allowPrivate: allowPrivate(ctx, opts.allowPrivate) })
    if (refused) {
      counts.refused++
      ctx.io.stderr.write(`${file}: ${refused}\n`)
      continue
    }
    const { added } = await live.feeds.add({ url: entry.url, intervalSeconds: parseInterval(DEFAULT_FEED_INTERVAL)!, ...(entry.title ? { name: entry.title } : {}) })
    counts[added ? 'added' : 'existing']++
  }
  ctx.io.stdout.write(M.imported(counts.added, counts.existing, counts.refused) + '\n')
  if (counts.refused > 0) ctx.fail(1)
}
