/**
 * `mercato watch [--once] [--interval <s>] [--allow-private]`: polls the watched feeds (SPEC
 * §10), stores and analyses new articles like `ingest`, and fires webhooks when a saga changes
 * (SPEC §9). One line per poll on stderr; SIGINT/SIGTERM finish the poll in flight, then exit 0.
 */
import type { Command } from 'commander'
import type { RawArticle } from '../../domain/types.ts'
import { diffSagaStates, fireAlerts, snapshotSagas, type AlertHook, type SagaChangeEvent } from '../../live/alerts.ts'
import { checkUrl } from '../../live/check-url.ts'
import { createPageFetcher } from '../../live/fetch-page.ts'
import { LIVE_CLI_MESSAGES as M } from '../../live/messages.ts'
import { parseInterval } from '../../live/parse-interval.ts'
import { createHostGate } from '../../live/politeness.ts'
import type { PollResult } from '../../live/poll-feed.ts'
import { createRobotsCache } from '../../live/robots.ts'
import { safeFetch, type SafeFetchOptions } from '../../live/safe-fetch.ts'
import { watchFeeds, type CommitReport } from '../../live/watch.ts'
import type { KnowledgeBase } from '../../pipeline/extract/kb/types.ts'
import { parseFeed } from '../../pipeline/ingest/parse-feed.ts'
import { parseHtml } from '../../pipeline/ingest/parse-html.ts'
import { formatReject } from '../../pipeline/ingest/read-inputs.ts'
import { loadKnowledge } from '../../services/knowledge.ts'
import { refreshSagas } from '../../services/refresh-sagas.ts'
import { supersededPlayers } from '../../services/superseded-players.ts'
import { openLiveRepo, type LiveRepo } from '../../storage/repos/live-repo.ts'
import type { Store } from '../../storage/store.ts'
import { INPUT_MESSAGES } from '../../messages.ts'
import type { CliContext } from '../context.ts'
import { analyseAndStore } from '../../services/analyse.ts'

interface WatchOptions {
  once?: boolean
  interval?: string
  allowPrivate?: boolean
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('watch')
    .description('poll the watched feeds, store new articles, and call webhooks when a saga changes')
    .option('--once', 'poll every feed once and exit (exit 1 if any feed failed)')
    .option('--interval <seconds>', "seconds between polls of each feed (overrides each feed's own interval)")
    .option('--allow-private', 'allow private, loopback and link-local addresses (or MERCATO_ALLOW_PRIVATE_NETWORK=1)')
    .action(async (opts: WatchOptions) => {
      const intervalS = opts.interval === undefined ? undefined : parseInterval(opts.interval)
      if (opts.interval !== undefined && intervalS === undefined) {
        ctx.io.stderr.write(`mercato watch: ${M.badInterval(opts.interval)}\n`)
        return ctx.fail(2)
      }
      const store = await ctx.openStore()
      const allowPrivate = Boolean(opts.allowPrivate) || ctx.config().allowPrivateNetwork
      const summary = await withStopSignals(ctx, (signal) => runWatch(ctx, store, { ...opts, allowPrivate }, intervalS, signal))
      ctx.io.stderr.write(M.watchDone(summary.polls, summary.failed, summary.stored) + '\n')
      if (opts.once && summary.failed > 0) ctx.fail(1)
    })
}

async function runWatch(ctx: CliContext, store: Store, opts: WatchOptions, intervalS: number | undefined, signal: AbortSignal) {
  const live = openLiveRepo(store)
  const kb = await loadKnowledge(store)
  const log = (line: string) => void ctx.io.stderr.write(line + '\n')
  const fetchOptions: SafeFetchOptions = { allowPrivate: Boolean(opts.allowPrivate) }
  const robots = createRobotsCache({ fetch: safeFetch, fetchOptions })
  const gate = createHostGate()
  const fetchPage = createPageFetcher({ fetch: safeFetch, fetchOptions, htmlToArticle: (html, url) => parseHtml(html, url)?.raw, robots, gate })
  const commit = createCommit({ store, live, kb, fetchOptions, log, maxBytes: ctx.config().maxArticleBytes })
  return watchFeeds({
    listFeeds: () => live.feeds.list(),
    poll: { fetch: safeFetch, fetchOptions, parseFeed, fetchPage, now: () => new Date(), states: live.states, seen: live.seen, robots, gate },
    commit: (_feed, result) => commit(result),
    log,
    refuse: (url) => checkUrl(url, { allowPrivate: Boolean(opts.allowPrivate) }),
    once: Boolean(opts.once),
    ...(intervalS === undefined ? {} : { intervalMs: intervalS * 1000 }),
    signal,
  })
}

interface CommitDeps {
  store: Store
  live: LiveRepo
  kb: KnowledgeBase
  fetchOptions: SafeFetchOptions
  log: (line: string) => void
  /** Largest article text accepted (config `maxArticleBytes`). */
  maxBytes: number
}

/** Items the store would refuse for good (so they must not block the feed): why, or undefined. */
function refuseArticle(raw: RawArticle, maxBytes: number): string | undefined {
  const size = Buffer.byteLength(raw.text)
  if (size > maxBytes) return INPUT_MESSAGES.tooLarge(size, maxBytes)
  if (raw.text.includes('\u0000')) return INPUT_MESSAGES.binaryNul
  return undefined
}

/**
 * Stores and analyses a poll's articles like `ingest`, refreshes the touched players' sagas,
 * and fires the hooks whose sagas changed (stored state before the refresh vs after it).
 */
function createCommit(deps: CommitDeps): (result: PollResult) => Promise<CommitReport> {
  return async (result) => {
    const { store, kb, log } = deps
    const report: CommitReport = { stored: 0, claims: 0 }
    const players = new Set<string>()
    for (const raw of result.articles) {
      const refused = refuseArticle(raw, deps.maxBytes)
      if (refused) {
        log(formatReject({ source: raw.url ?? raw.source, stage: 'read', reason: refused }))
        continue
      }
      const put = await store.putArticle(raw)
      if (put.status === 'unchanged') continue
      report.stored++
      // Players only the superseded revision named lose its claims, even if extraction fails.
      for (const player of await supersededPlayers(store, put.article)) players.add(player)
      const res = await analyseAndStore(store, put.article, { kb })
      if ('error' in res) {
        log(M.analyseFailed(raw.url ?? raw.source, res.error))
        continue
      }
      report.claims += res.claims
      for (const player of res.claimsByPlayer.keys()) players.add(player)
    }
    if (players.size === 0) return report
    const hooks = await deps.live.hooks.list()
    const before = hooks.length > 0 ? await snapshotSagas(store, players) : new Map()
    await refreshSagas(store, [...players], kb)
    if (hooks.length > 0) await alert(deps, hooks, diffSagaStates(before, await snapshotSagas(store, players)))
    return report
  }
}

/** Delivers the changes to the matching hooks; one log line per delivery. */
async function alert(deps: CommitDeps, hooks: AlertHook[], changes: SagaChangeEvent[]): Promise<void> {
  const fired = await fireAlerts(changes, hooks, {
    fetch: safeFetch,
    fetchOptions: deps.fetchOptions,
    log: (entry) => deps.live.deliveries.append(entry),
  })
  for (const { hookId, event, result } of fired) {
    const what = event.type === 'stage'
      ? `${event.sagaId} stage ${event.stageBefore ?? 'new'} -> ${event.stageAfter}`
      : `${event.sagaId} likelihood ${event.likelihoodBefore ?? 'new'} -> ${event.likelihoodAfter}`
    const detail = result.delivered ? `HTTP ${result.status}` : (result.error ?? 'failed')
    deps.log(M.alert(hookId, what, result.delivered, `${detail}, ${result.attempts} attempts`))
  }
}

/**
 * Runs `work` with an abort signal raised by the first SIGINT/SIGTERM; a second signal quits
 * at once (the default handler, by re-raising it with no listener left).
 */
async function withStopSignals<T>(ctx: CliContext, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const onSignal = (sig: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      ctx.io.stderr.write(M.stopping + '\n')
      controller.abort()
      return
    }
    remove()
    process.kill(process.pid, sig)
  }
  const remove = () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await work(controller.signal)
  } finally {
    remove()
  }
}
