/**
 * 0520: a claim's `player_key` becomes its player's slug (`toSlug`), the key of saga ids. A saga
 * rebuild reads a player's claims by this key; with the old key (lower-cased name) a rebuild of
 * "Tomas Araujo" read only that spelling's claims, yet replaced every saga under the slug they
 * share, so the sagas of "Tomás Araújo" were dropped until he was rebuilt in turn. The player
 * filter of saga lists moves to `player_slug` (indexed with `id` since 0510), so the saga table's
 * own `player_key` index is no longer read and is dropped.
 *
 * Existing claims are re-keyed one distinct name at a time, through the old key's index.
 */
import type { Kysely, Migration } from 'kysely'
import { toSlug } from '../../domain/slug.ts'
import type { DialectName } from '../schema.ts'
import { keyOf } from '../repos/json.ts'

/** @example migration('sqlite').up(db) */
export function migration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      const names = await db.selectFrom('claim').select('player').distinct().execute()
      for (const { player } of names as { player: string }[]) {
        const slug = toSlug(player)
        if (slug === keyOf(player)) continue
        await db.updateTable('claim').set({ player_key: slug }).where('player_key', '=', keyOf(player)).where('player', '=', player).execute()
      }
      await db.schema.dropIndex('saga_player_key_idx').execute()
    },
  }
}
