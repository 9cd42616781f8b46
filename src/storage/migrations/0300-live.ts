/**
 * 0300: live sources (SPEC §9 alerts, §10). `live_feed` holds the watched feeds and their poll
 * state (validators, failures, next poll); `live_seen` the feed items already ingested;
 * `live_hook` the webhooks; `live_delivery` one row per delivery attempt (append-only).
 * Only the identity column differs between the dialects.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely'
import type { DialectName } from '../schema.ts'

/** @example migration('sqlite').up(db) */
export function migration(dialect: DialectName): Migration {
  const identity = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()
  return {
    async up(db: Kysely<any>) {
      await createFeedTables(db, identity)
      await createHookTables(db, identity)
    },
  }
}

type Identity = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder

async function createFeedTables(db: Kysely<any>, identity: Identity): Promise<void> {
  await db.schema.createTable('live_feed')
    .addColumn('id', 'integer', identity)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('interval_s', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_error', 'text')
    .execute()
  await db.schema.createTable('live_seen')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute()
}

async function createHookTables(db: Kysely<any>, identity: Identity): Promise<void> {
  await db.schema.createTable('live_hook')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createTable('live_delivery')
    .addColumn('id', 'integer', identity)
    .addColumn('hook_id', 'text', (c) => c.notNull())
    .addColumn('delivery_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('error', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('live_delivery_hook_idx').on('live_delivery').columns(['hook_id', 'id']).execute()
}
