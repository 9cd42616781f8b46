/** What `createApi` receives: services and limits, never a store or a driver. */
import type { Services } from '../services/types.ts'
import type { ErrorLogger } from './errors.ts'

export interface ApiDeps {
  services: Services
  /** Bearer token for write endpoints; unset = write endpoints answer 403 `writes_disabled`. */
  token?: string
  /** Largest request body accepted, in bytes (413 `too_large` beyond). */
  maxBodyBytes: number
  /** Where unknown errors are logged with their request id (default: stderr). */
  log?: ErrorLogger
}
