/**
 * 0540: `saga_version` replaces `saga_dirty`. One row per player (by saga slug): `changed` counts
 * the transactions that changed his stored claims (bumped inside each of them), `built` is the
 * value of `changed` that his last saga rebuild read before reading his claims (NULL: not rebuilt
 * since this migration). He is stale while `built` is NULL or below `changed`.
 *
 * Before, a mark carried the writer's clock and a rebuild cleared the marks stamped before its own
 * start, two processes' clocks compared; so a queued rebuild rebuilt whether or not its player was
 * still marked, in case a mark had been cleared wrongly. Counters compare within the database, so
 * a rebuild can skip a player whose claims provably did not change since his last one.
 *
 * Players marked stale in `saga_dirty` stay stale (changed 1, built NULL); the others have no row,
 * which a rebuild treats as stale too, and their first rebuild writes it.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import { toSlug } from '../../domain/slug.ts'
import type { DialectName } from '../schema.ts'

/** Rows per insert while copying the marks. */
const COPY_BATCH = 500

/** @example migration('sqlite').up(db) */
export function migration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('saga_version')
        .addColumn('player_slug', 'text', (c) => c.primaryKey())
        .addColumn('player', 'text', (c) => c.notNull())
        .addColumn('changed', 'integer', (c) => c.notNull())
        .addColumn('built', 'integer')
        .execute()
      // The stale players alone, for the sweep's and a run's end's list of them.
      await sql`create index saga_version_stale_idx on saga_version (player_slug) where built is null or built < changed`.execute(db)
      const marks = await db.selectFrom('saga_dirty').select('player').orderBy('player_key').execute() as { player: string }[]
      const bySlug = new Map(marks.map((m) => [toSlug(m.player), m.player]))
      const rows = [...bySlug].map(([player_slug, player]) => ({ player_slug, player, changed: 1, built: null }))
      for (let i = 0; i < rows.length; i += COPY_BATCH) await db.insertInto('saga_version').values(rows.slice(i, i + COPY_BATCH)).execute()
      await db.schema.dropTable('saga_dirty').execute()
    },
  }
}
