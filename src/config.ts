/**
 * Configuration: one schema, parsed once, frozen, passed down. Precedence: flags > env > defaults.
 * Nothing here runs at import time; `loadConfig` is called by the composition roots.
 */
import { z } from 'zod'

export const ConfigSchema = z.object({
  /** SQLite file path (embedded default). */
  db: z.string().min(1).default('./mercato.db'),
  /** PostgreSQL URL; when set it wins over `db`. */
  databaseUrl: z.string().url().optional(),
  /** Largest article text accepted, in bytes. */
  maxArticleBytes: z.number().int().positive().default(2 * 1024 * 1024),
  /** Largest JSON request body accepted by the API, in bytes. */
  maxRequestBytes: z.number().int().positive().default(1024 * 1024),
  /** Token required by write endpoints; unset = write endpoints disabled. */
  apiToken: z.string().min(8).optional(),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(8080),
  /** Worker threads `mercato ingest` extracts on; unset = one per core beyond the first, at most 4. */
  extractThreads: z.number().int().min(0).max(64).optional(),
  /** Allow fetching loopback/private addresses (tests only). */
  allowPrivateNetwork: z.boolean().default(false),
})

export type Config = Readonly<z.infer<typeof ConfigSchema>>

export interface ConfigInput {
  flags?: Partial<Record<keyof Config, unknown>>
  env?: Record<string, string | undefined>
}

/**
 * Builds the configuration from flags and environment.
 * @example loadConfig({ flags: { db: 'x.db' }, env: process.env }).db // 'x.db'
 */
export function loadConfig(input: ConfigInput = {}): Config {
  const env = input.env ?? {}
  const fromEnv: Record<string, unknown> = {
    db: env.MERCATO_DB,
    databaseUrl: env.DATABASE_URL,
    maxArticleBytes: env.MERCATO_MAX_ARTICLE_BYTES ? Number(env.MERCATO_MAX_ARTICLE_BYTES) : undefined,
    apiToken: env.MERCATO_API_TOKEN,
    extractThreads: env.MERCATO_EXTRACT_THREADS ? Number(env.MERCATO_EXTRACT_THREADS) : undefined,
    host: env.MERCATO_HOST,
    port: env.MERCATO_PORT ? Number(env.MERCATO_PORT) : undefined,
    allowPrivateNetwork: env.MERCATO_ALLOW_PRIVATE_NETWORK === '1' ? true : undefined,
  }
  const merged: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fromEnv)) if (v !== undefined && v !== '') merged[k] = v
  for (const [k, v] of Object.entries(input.flags ?? {})) if (v !== undefined) merged[k] = v
  const parsed = ConfigSchema.safeParse(merged)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`config: expected valid ${issue.path.join('.')}, found ${JSON.stringify(merged[String(issue.path[0])])} (${issue.message})`)
  }
  return Object.freeze(parsed.data)
}
