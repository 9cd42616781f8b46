import { foldText } from './tokens.ts'

// Speed: ids are built for every mention and the same few hundred names recur across articles;
// slugs are remembered (the cache is dropped whole when it grows past a bound).
const SLUG_CACHE_LIMIT = 20_000
const slugCache = new Map<string, string>()

/**
 * Stable slug for ids: folded, hyphenated.
 * @example slugify('Kylian Mbappé') // 'kylian-mbappe'
 */
export function slugify(name: string): string {
  let slug = slugCache.get(name)
  if (slug === undefined) {
    slug = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    if (slugCache.size >= SLUG_CACHE_LIMIT) slugCache.clear()
    slugCache.set(name, slug)
  }
  return slug
}
