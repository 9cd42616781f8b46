/**
 * Marks on players whose sagas are stale (`saga_dirty`, migration 0500), written inside the
 * transaction that makes them stale: storing an analysis (its claims' players) and storing a
 * new revision of an article (the players of the revision it supersedes, whose claims stop
 * counting at that moment). A rebuild clears them (saga-repo.ts `clearSagaDirtyRows`). SQL only.
 */
import type { Transaction } from 'kysely'
import type { Database } from '../schema.ts'
import { keyOf } from './json.ts'

/** Marks per insert statement (three parameters each). */
const MARK_BATCH = 500

/**
 * Marks these players (names as claims spell them; one mark per case-folded name, the later
 * spelling wins) stale as of `at`, an ISO time.
 *
 * Written in key order, the order in which a rebuild's clearing locks them too
 * (`clearSagaDirtyRows`): on PostgreSQL two transactions marking overlapping players in different
 * orders (two workers, or one worker's two fetch loops) each waited for a row the other held,
 * a deadlock that failed one of them after a second's wait.
 * @example await markSagaDirty(trx, ['Dani Carvajal'], new Date().toISOString())
 */
export async function markSagaDirty(trx: Transaction<Database>, players: Iterable<string>, at: string): Promise<void> {
  const byKey = new Map<string, string>()
  for (const p of players) byKey.set(keyOf(p), p)
  const marks = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([player_key, player]) => ({ player_key, player, marked_at: at }))
  for (let i = 0; i < marks.length; i += MARK_BATCH) {
    await trx.insertInto('saga_dirty').values(marks.slice(i, i + MARK_BATCH))
      .onConflict((oc) => oc.column('player_key').doUpdateSet((eb) => ({ marked_at: eb.ref('excluded.marked_at') }))).execute()
  }
}

/**
 * Marks the players of an article's stored claims (the revision a newer one supersedes).
 * @example await markArticlePlayersDirty(trx, previousRevisionId, row.ingested_at)
 */
export async function markArticlePlayersDirty(trx: Transaction<Database>, articleId: string, at: string): Promise<void> {
  const rows = await trx.selectFrom('claim').select('player').distinct().where('article_id', '=', articleId).execute()
  await markSagaDirty(trx, rows.map((r) => r.player), at)
}
