/**
 * `mercato hooks add|list|remove|deliveries`: webhooks called by `mercato watch` when a saga
 * changes stage or its likelihood rises past a threshold (SPEC §9). Payloads are signed with the
 * hook's secret (HMAC-SHA256, `X-Mercato-Signature`); every delivery attempt is logged.
 */
import { randomBytes } from 'node:crypto'
import type { Command } from 'commander'
import { checkUrl } from '../../live/check-url.ts'
import { LIVE_CLI_MESSAGES as M } from '../../live/messages.ts'
import { formatTrigger, parseTrigger } from '../../live/webhooks.ts'
import { openLiveRepo, type DeliveryRecord, type HookRecord } from '../../storage/repos/live-repo.ts'
import type { CliContext } from '../context.ts'

interface AddOptions {
  on: string
  secret?: string
  json?: boolean
  allowPrivate?: boolean
}

export function register(program: Command, ctx: CliContext): void {
  const hooks = program.command('hooks').description('manage the webhooks called when sagas change')
  hooks.command('add')
    .description('call a URL when a saga changes stage, or its likelihood rises past a threshold')
    .argument('<url>', 'webhook URL (http or https)')
    .requiredOption('--on <trigger>', 'stage, or likelihood>0.7')
    .option('--secret <secret>', 'signing secret (default: a random one, printed once)')
    .option('--json', 'print the new hook, secret included, as JSON')
    .option('--allow-private', 'allow private, loopback and link-local addresses (or MERCATO_ALLOW_PRIVATE_NETWORK=1)')
    .action((url: string, opts: AddOptions) => addHook(ctx, url, opts))
  hooks.command('list')
    .description('list the webhooks (secrets are not shown)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const list = (await openLiveRepo(await ctx.openStore()).hooks.list()).map(({ secret: _s, ...hook }) => hook)
      if (opts.json) return void ctx.io.stdout.write(JSON.stringify(list, null, 2) + '\n')
      if (list.length === 0) return void ctx.io.stderr.write('no hooks yet; add one with: mercato hooks add <url> --on stage\n')
      ctx.io.stdout.write(list.map((h) => `${h.id}  on ${h.trigger.padEnd(16)}  ${h.url}`).join('\n') + '\n')
    })
  hooks.command('remove')
    .description('remove a webhook')
    .argument('<ref>', 'hook id or URL')
    .action(async (ref: string) => {
      const removed = await openLiveRepo(await ctx.openStore()).hooks.remove(ref)
      if (removed.length === 0) return fail(ctx, M.noSuchHook(ref), 1)
      for (const hook of removed) ctx.io.stdout.write(M.hookRemoved(hook.id, hook.url) + '\n')
    })
  hooks.command('deliveries')
    .description('the delivery log: one line per attempt, oldest first')
    .option('--hook <id>', 'only this hook')
    .option('--limit <n>', 'latest n attempts', '100')
    .option('--json', 'print JSON')
    .action((opts: { hook?: string; limit: string; json?: boolean }) => listDeliveries(ctx, opts))
}

async function listDeliveries(ctx: CliContext, opts: { hook?: string; limit: string; json?: boolean }): Promise<void> {
  const limit = Number(opts.limit)
  if (!Number.isInteger(limit) || limit < 1) return fail(ctx, `expected --limit to be a positive whole number, found ${JSON.stringify(opts.limit)}`, 2)
  const list = await openLiveRepo(await ctx.openStore()).deliveries.list({ limit, ...(opts.hook ? { hookId: opts.hook } : {}) })
  if (opts.json) return void ctx.io.stdout.write(JSON.stringify(list, null, 2) + '\n')
  if (list.length === 0) return void ctx.io.stderr.write('no deliveries yet\n')
  ctx.io.stdout.write(list.map(formatDelivery).join('\n') + '\n')
}

function fail(ctx: CliContext, message: string, code: 1 | 2): void {
  ctx.io.stderr.write(`mercato hooks: ${message}\n`)
  ctx.fail(code)
}

async function addHook(ctx: CliContext, url: string, opts: AddOptions): Promise<void> {
  const refused = checkUrl(url, { allowPrivate: Boolean(opts.allowPrivate) || ctx.config().allowPrivateNetwork })
  if (refused) return fail(ctx, refused, 2)
  const trigger = parseTrigger(opts.on)
  if (!trigger) return fail(ctx, M.badTrigger(opts.on), 2)
  if (opts.secret !== undefined && opts.secret.trim() === '') return fail(ctx, 'expected a non-empty --secret', 2)
  const secret = opts.secret ?? randomBytes(24).toString('base64url')
  const id = `h_${randomBytes(5).toString('hex')}`
  const hook: HookRecord = await openLiveRepo(await ctx.openStore()).hooks.add({ id, url, trigger: formatTrigger(trigger), secret })
  if (opts.json) return void ctx.io.stdout.write(JSON.stringify(hook, null, 2) + '\n')
  ctx.io.stdout.write(M.hookAdded(hook.id, hook.url, hook.trigger) + '\n')
  ctx.io.stdout.write(M.hookSecret(secret) + '\n')
}

function formatDelivery(d: DeliveryRecord): string {
  const outcome = d.error ? `failed: ${d.error}` : `HTTP ${d.status ?? '?'}`
  return `${d.at}  ${d.hookId}  ${d.deliveryId}  attempt ${d.attempt}  ${outcome}  ${d.durationMs} ms`
}
