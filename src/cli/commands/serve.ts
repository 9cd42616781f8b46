/**
 * `mercato serve [--port 8080] [--host 127.0.0.1] [--token T]`: the JSON API and the dashboard
 * over the configured store (SPEC §9). Binds to loopback unless told otherwise; write endpoints
 * need the token (flag or MERCATO_API_TOKEN) and are disabled without one (SPEC §14). Runs until
 * SIGINT/SIGTERM, then closes the server; the CLI root closes the store.
 */
import type { Command } from 'commander'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { startServer } from '../../server/start-server.ts'
import { createServices } from '../../services/create-services.ts'
import type { CliContext } from '../context.ts'

interface ServeOptions {
  port?: string
  host?: string
  token?: string
}

const MIN_TOKEN_LENGTH = 8
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the JSON API and the web dashboard (loopback by default)')
    .option('--port <port>', 'port to listen on (default 8080, or MERCATO_PORT; 0 = any free port)')
    .option('--host <host>', 'address to bind (default 127.0.0.1, or MERCATO_HOST)')
    .option('--token <token>', 'bearer token for write endpoints (or MERCATO_API_TOKEN); without one writes are disabled')
    .action(async (opts: ServeOptions) => {
      const { io } = ctx
      const port = opts.port === undefined ? ctx.config().port : parsePort(opts.port)
      if (port === undefined) {
        io.stderr.write(`mercato serve: expected --port between 0 and 65535, found ${JSON.stringify(opts.port)}\n`)
        return ctx.fail(2)
      }
      if (opts.token !== undefined && opts.token.length < MIN_TOKEN_LENGTH) {
        io.stderr.write(`mercato serve: expected --token of at least ${MIN_TOKEN_LENGTH} characters\n`)
        return ctx.fail(2)
      }
      const host = opts.host ?? ctx.config().host
      const token = opts.token ?? ctx.config().apiToken
      const store = await ctx.openStore()
      const services = createServices(store, { kb: loadKnowledgeBase() })
      const log = (line: string) => void io.stderr.write(line + '\n')
      const server = await startServer({ services, host, port, token, maxBodyBytes: ctx.config().maxRequestBytes, log })
      io.stdout.write(`${server.url}\n`)
      if (!LOOPBACK.has(host)) io.stderr.write(`mercato serve: warning: listening on ${host}, reachable from other machines\n`)
      io.stderr.write(`mercato serve: dashboard at ${server.url}/ · API at ${server.url}/api/openapi.json · writes ${token ? 'need the bearer token' : 'disabled (no token)'} · Ctrl-C stops\n`)
      await untilStopSignal()
      io.stderr.write('mercato serve: stopping\n')
      await server.close()
    })
}

/**
 * Parses a TCP port.
 * @example parsePort('8080') // 8080
 */
export function parsePort(value: string): number | undefined {
  if (!/^\d{1,5}$/.test(value.trim())) return undefined
  const n = Number(value)
  return n >= 0 && n <= 65535 ? n : undefined
}

function untilStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done)
      process.off('SIGTERM', done)
      resolve()
    }
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
}
