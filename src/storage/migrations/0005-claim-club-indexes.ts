/**
 * 0005: drops the indexes on the claim's club keys (`claim_to_club_idx`, `claim_from_club_idx`).
 * No reader looks claims up by club (sagas have their own `club_key` index); only
 * `listClaims({ club })` filters on it, and now scans. Every claim insert had to place a row
 * in both, in pages spread over the whole index: on a 20,000-article ingest they were 10.6 MB
 * of the file, and dropping them cut the bytes written per article from 313 to 248 KB (WAL
 * frames and checkpoints; bench/profile-ingest.ts 20000 1).
 */
import type { Kysely, Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.dropIndex('claim_to_club_idx').ifExists().execute()
      await db.schema.dropIndex('claim_from_club_idx').ifExists().execute()
    },
  }
}
