import { foldText } from './tokens.ts'

/**
 * Stable slug for ids: folded, hyphenated.
 * @example slugify('Kylian Mbappé') // 'kylian-mbappe'
 */
export function slugify(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}
