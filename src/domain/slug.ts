/**
 * The slug rule of saga ids and of stored player keys: lower case, accents folded, every run of
 * other characters one hyphen. Spellings that fold to one slug ("Tomás Araújo", "Tomas Araujo",
 * "tomas-araujo") are one player to the sagas and to the store.
 * @example toSlug('Kylian Mbappé') // 'kylian-mbappe'
 */
export function toSlug(name: string): string {
  let slug = slugs.get(name)
  if (slug === undefined) {
    // Speed: the same few names come back for every claim; a bounded memo of the pure function.
    if (slugs.size >= 50_000) slugs.clear()
    slugs.set(name, (slug = slugOf(name)))
  }
  return slug
}

const slugs = new Map<string, string>()

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
