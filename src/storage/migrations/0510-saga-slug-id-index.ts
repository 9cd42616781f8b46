/**
 * 0510: the saga index on `player_slug` also holds `id`, so reading the ids of a player's sagas
 * (each saga's `related`, derived on read since saga packs stopped holding it) never visits the
 * saga rows themselves, whose packs make them large: ids of a 200-saga page's players (~4,400
 * sagas) took ~15 ms through the old index on a 20,000-article store.
 */
import type { Kysely, Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('saga_player_slug_id_idx').on('saga').columns(['player_slug', 'id']).execute()
      await db.schema.dropIndex('saga_player_slug_idx').execute()
    },
  }
}
