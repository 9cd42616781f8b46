/**
 * The migration registry: every migration of every module, by name. Kysely's Migrator runs
 * them in name order. Numbers 0001–0099 belong to the storage core; other modules take their
 * block (0100 free, sagas 0200, live sources 0300, judgement 0400, queue 0500–0599) and add their
 * entries here. A migration is a factory of the dialect, so SQL that must differ can branch.
 */
import type { Migration, MigrationProvider } from 'kysely'
import type { DialectName } from '../schema.ts'
import { migration as m0001 } from './0001-articles.ts'
import { migration as m0002 } from './0002-analysis-claims.ts'
import { migration as m0003 } from './0003-entities.ts'
import { migration as m0004 } from './0004-analysis-pack.ts'
import { migration as m0005 } from './0005-claim-club-indexes.ts'
import { migration as m0200 } from './0200-sagas.ts'
import { migration as m0210 } from './0210-saga-pack.ts'
import { migration as m0300 } from './0300-live.ts'
import { migration as m0400 } from './0400-saga-outcome.ts'
import { migration as m0500 } from './0500-saga-dirty.ts'
import { migration as m0510 } from './0510-saga-slug-id-index.ts'
import { migration as m0520 } from './0520-claim-player-slug.ts'
import { migration as m0540 } from './0540-saga-version.ts'

/** A module's migration: built for the dialect it runs on. */
export type MigrationFactory = (dialect: DialectName) => Migration

/** Name → factory. Names sort in the order they must run. */
export const MIGRATIONS: Readonly<Record<string, MigrationFactory>> = {
  '0001-articles': m0001,
  '0002-analysis-claims': m0002,
  '0003-entities': m0003,
  '0004-analysis-pack': m0004,
  '0005-claim-club-indexes': m0005,
  '0200-sagas': m0200,
  '0210-saga-pack': m0210,
  '0300-live': m0300,
  '0400-saga-outcome': m0400,
  '0500-saga-dirty': m0500,
  '0510-saga-slug-id-index': m0510,
  '0520-claim-player-slug': m0520,
  '0540-saga-version': m0540,
}

/**
 * A Kysely `MigrationProvider` for one dialect.
 * @example new Migrator({ db, provider: migrationProvider('sqlite') })
 */
export function migrationProvider(
  dialect: DialectName,
  extra: Readonly<Record<string, MigrationFactory>> = {},
): MigrationProvider {
  return {
    async getMigrations() {
      const all = { ...MIGRATIONS, ...extra }
      return Object.fromEntries(Object.entries(all).map(([name, make]) => [name, make(dialect)]))
    },
  }
}
