import { toSlug } from '../../../domain/slug.ts'

/**
 * Stable slug for ids: folded, hyphenated; the domain's slug rule (saga ids and stored player
 * keys use the same one), remembered there.
 * @example slugify('Kylian Mbappé') // 'kylian-mbappe'
 */
export function slugify(name: string): string {
  return toSlug(name)
}
