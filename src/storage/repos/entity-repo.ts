/**
 * Entity rows: players and sources discovered in text, players imported from CSV. An upsert
 * keeps `created_at` and reports whether anything changed.
 */
import type { Kysely, Selectable } from 'kysely'
import type { EntityId, EntityKind } from '../../domain/types.ts'
import type { EntityFilter, EntityInput, PutEntityStatus, StoredEntity } from '../store.ts'
import type { Database, EntityTable } from '../schema.ts'
import { canonicalJson, fromJson, keyOf, toJson } from './json.ts'

/** Default and largest number of entities {@link listEntityRows} returns. */
export const DEFAULT_ENTITY_LIMIT = 1000
export const MAX_ENTITY_LIMIT = 100_000

/**
 * Inserts or replaces one entity in one transaction.
 * @example await putEntityRow(db, { id, kind: 'player', name: 'Dani Carvajal' }, now) // 'new'
 */
export async function putEntityRow(db: Kysely<Database>, e: EntityInput, now: string): Promise<PutEntityStatus> {
  const values = {
    kind: e.kind,
    name: e.name,
    name_key: keyOf(e.name),
    aliases: toJson(e.aliases ?? []),
    data: toJson(e.data ?? {}),
  }
  return db.transaction().execute(async (trx) => {
    const prev = await trx.selectFrom('entity').selectAll().where('id', '=', e.id).executeTakeFirst()
    if (!prev) {
      const inserted = await trx.insertInto('entity')
        .values({ id: e.id, ...values, created_at: now, updated_at: now })
        .onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst()
      return inserted ? 'new' : 'unchanged'
    }
    const same = prev.kind === values.kind && prev.name === values.name &&
      sameJson(prev.aliases, values.aliases) && sameJson(prev.data, values.data)
    if (same) return 'unchanged'
    await trx.updateTable('entity').set({ ...values, updated_at: now }).where('id', '=', e.id).execute()
    return 'updated'
  })
}

/** @example await getEntityRow(db, 'player:dani-carvajal') */
export async function getEntityRow(db: Kysely<Database>, id: string): Promise<StoredEntity | undefined> {
  const row = await db.selectFrom('entity').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toEntity(row)
}

/**
 * Entities by kind and/or case-insensitive name, ordered by id.
 * @example await listEntityRows(db, { kind: 'player', name: 'dani carvajal' })
 */
export async function listEntityRows(db: Kysely<Database>, filter: EntityFilter = {}): Promise<StoredEntity[]> {
  let q = db.selectFrom('entity').selectAll()
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind)
  if (filter.name !== undefined) q = q.where('name_key', '=', keyOf(filter.name))
  if (filter.after !== undefined) q = q.where('id', '>', filter.after)
  const limit = Math.min(MAX_ENTITY_LIMIT, Math.max(1, Math.floor(filter.limit ?? DEFAULT_ENTITY_LIMIT)))
  const rows = await q.orderBy('id').limit(limit).execute()
  return rows.map(toEntity)
}

function sameJson(stored: string, next: string): boolean {
  return canonicalJson(fromJson(stored)) === canonicalJson(JSON.parse(next))
}

function toEntity(r: Selectable<EntityTable>): StoredEntity {
  return {
    id: r.id as EntityId,
    kind: r.kind as EntityKind,
    name: r.name,
    aliases: fromJson<string[]>(r.aliases),
    data: fromJson<Record<string, unknown>>(r.data),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}
