/**
 * Runs the app over HTTP with @hono/node-server. Binds to loopback unless told otherwise
 * (SPEC §14); port 0 picks a free port, which the returned URL reports.
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { ErrorLogger } from '../api/errors.ts'
import type { Services } from '../services/types.ts'
import { createApp } from './create-app.ts'

export interface StartServerOptions {
  services: Services
  /** Default `127.0.0.1`. */
  host?: string
  /** Default 8080; 0 = any free port. */
  port?: number
  /** Bearer token for write endpoints; unset = writes disabled. */
  token?: string
  maxBodyBytes: number
  log?: ErrorLogger
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string
  close(): Promise<void>
}

/**
 * Starts listening and resolves once the port is bound.
 * @example const { url, close } = await startServer({ services, port: 0, maxBodyBytes: 1 << 20 })
 */
export function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1'
  const app = createApp({ services: opts.services, token: opts.token, maxBodyBytes: opts.maxBodyBytes, log: opts.log })
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8080 }, (info: AddressInfo) => {
      server.off('error', reject)
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections()
            server.close((err) => (err ? fail(err) : done()))
          }),
      })
    })
    server.once('error', reject)
  })
}
