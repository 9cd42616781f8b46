/**
 * Players' claim versions (`saga_version`, migration 0540): which players' sagas are stale. Every
 * transaction that changes a player's claims bumps his `changed` counter inside it: storing an
 * analysis (the players of its claims and of the claims it replaces) and storing a new revision of
 * an article (the players of the revision it supersedes, whose claims stop counting at that
 * moment). A rebuild reads the counters before it reads the claims and records what it read as
 * `built` once the sagas are stored; a player is stale while `built` is below `changed`.
 *
 * Only counters stored in the database are compared, never two processes' clocks: a transaction
 * committed after a rebuild read the counter bumps it past the value recorded, so its claims are
 * never taken as built; and a rebuild may skip a player whose `built` equals `changed`, since no
 * transaction changed his claims after the last rebuild read them. SQL only.
 */
import type { Kysely, Transaction } from 'kysely'
import { toSlug } from '../../domain/slug.ts'
import type { Database } from '../schema.ts'

/** Rows per statement (four parameters each), and slugs per `in` list. */
const VERSION_BATCH = 500

/** One player's counters. */
export interface SagaVersion {
  /** A spelling of his name (the latest one marked). */
  player: string
  /** Transactions that changed his claims. */
  changed: number
  /** `changed` as his last rebuild read it; null: not rebuilt since migration 0540. */
  built: number | null
}

/** What a rebuild read: a player's slug, a spelling, and `changed` as read (0 when he had no row). */
export interface SagaBuilt {
  slug: string
  player: string
  changed: number
}

function bySlugKey<T extends { player_slug: string }>(a: T, b: T): number {
  return a.player_slug < b.player_slug ? -1 : a.player_slug > b.player_slug ? 1 : 0
}

/**
 * Bumps the claim version of these players (names as claims spell them; one per slug, the later
 * spelling kept), which marks them stale.
 *
 * Written in slug order, the order in which a rebuild's `markSagasBuiltRows` locks them too: on
 * PostgreSQL two transactions marking overlapping players in different orders (two workers, or
 * one worker's two fetch loops) each waited for a row the other held, a deadlock that failed one
 * of them after a second's wait.
 * @example await markSagaDirty(trx, ['Dani Carvajal'])
 */
export async function markSagaDirty(trx: Transaction<Database>, players: Iterable<string>): Promise<void> {
  const bySlug = new Map<string, string>()
  for (const p of players) bySlug.set(toSlug(p), p)
  const marks = [...bySlug].map(([player_slug, player]) => ({ player_slug, player, changed: 1, built: null })).sort(bySlugKey)
  for (let i = 0; i < marks.length; i += VERSION_BATCH) {
    await trx.insertInto('saga_version').values(marks.slice(i, i + VERSION_BATCH))
      .onConflict((oc) => oc.column('player_slug').doUpdateSet((eb) => ({
        player: eb.ref('excluded.player'),
        changed: eb('saga_version.changed', '+', 1),
      }))).execute()
  }
}

/**
 * Marks the players of an article's stored claims (the revision a newer one supersedes).
 * @example await markArticlePlayersDirty(trx, previousRevisionId)
 */
export async function markArticlePlayersDirty(trx: Transaction<Database>, articleId: string): Promise<void> {
  const rows = await trx.selectFrom('claim').select('player').distinct().where('article_id', '=', articleId).execute()
  await markSagaDirty(trx, rows.map((r) => r.player))
}

/**
 * Players whose sagas are stale, by slug order; with `players`, only those of them (matched by
 * slug: any case, accents or punctuation) that are marked. A player without a row is not listed.
 */
export async function listSagaDirtyRows(db: Kysely<Database>, players?: readonly string[]): Promise<string[]> {
  // The same condition as the partial index saga_version_stale_idx, so the list reads it alone.
  const stale = db.selectFrom('saga_version').select('player').where((eb) => eb.or([eb('built', 'is', null), eb('built', '<', eb.ref('changed'))]))
  if (!players) return (await stale.orderBy('player_slug').execute()).map((r) => r.player)
  const out: string[] = []
  const slugs = [...new Set(players.map(toSlug))].sort()
  for (let i = 0; i < slugs.length; i += VERSION_BATCH) {
    const rows = await stale.where('player_slug', 'in', slugs.slice(i, i + VERSION_BATCH)).orderBy('player_slug').execute()
    out.push(...rows.map((r) => r.player))
  }
  return out
}

/**
 * The counters of these players (by slug); players without a row are absent.
 * @example (await readSagaVersionRows(db, ['Dani Carvajal'])).get('dani-carvajal') // { player: 'Dani Carvajal', changed: 3, built: 2 }
 */
export async function readSagaVersionRows(db: Kysely<Database>, players: readonly string[]): Promise<Map<string, SagaVersion>> {
  const out = new Map<string, SagaVersion>()
  const slugs = [...new Set(players.map(toSlug))]
  for (let i = 0; i < slugs.length; i += VERSION_BATCH) {
    const rows = await db.selectFrom('saga_version').select(['player_slug', 'player', 'changed', 'built'])
      .where('player_slug', 'in', slugs.slice(i, i + VERSION_BATCH)).execute()
    for (const r of rows) out.set(r.player_slug, { player: r.player, changed: Number(r.changed), built: r.built === null ? null : Number(r.built) })
  }
  return out
}

/**
 * Records what a rebuild read: each player's `built` becomes the `changed` it read, unless a later
 * rebuild already recorded more. A player without a row gets one, current as of that value (a
 * transaction that inserted his row meanwhile has counted itself in `changed`, so he stays stale).
 * In slug order, as marks are written (no deadlock with them).
 */
export async function markSagasBuiltRows(db: Kysely<Database>, built: readonly SagaBuilt[]): Promise<void> {
  const rows = [...new Map(built.map((b) => [b.slug, { player_slug: b.slug, player: b.player, changed: b.changed, built: b.changed }])).values()].sort(bySlugKey)
  for (let i = 0; i < rows.length; i += VERSION_BATCH) {
    await db.insertInto('saga_version').values(rows.slice(i, i + VERSION_BATCH))
      .onConflict((oc) => oc.column('player_slug')
        .doUpdateSet((eb) => ({ built: eb.ref('excluded.built') }))
        .where((eb) => eb.or([eb('saga_version.built', 'is', null), eb('saga_version.built', '<', eb.ref('excluded.built'))])))
      .execute()
  }
}
