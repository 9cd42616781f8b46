/**
 * Loads the knowledge base shipped in `data/kb/` (SPEC §4.3): clubs, outlets, journalists and
 * known players, kept as JSON apart from code. Strict at the boundary: a bad edit fails at start-up
 * with one message naming what was expected, what was found, the file and the entry.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { nameKey } from '../entities/gazetteer.ts'
import { REGIONS } from '../entities/lexicon.ts'
import type { ClubEntry, JournalistEntry, KnowledgeBase, OutletEntry, PersonEntry, PlayerEntry } from './types.ts'

/** `data/kb/` of this checkout, found from this module's own location so any cwd works. */
export const DEFAULT_KB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../data/kb')

const Text = z.string().regex(/^\S(?:.*\S)?$/s, { error: 'a non-empty string without surrounding spaces' })
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a lower-case slug such as "real-madrid"' })
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a YYYY-MM-DD date' })
const Tier = z.literal([1, 2, 3, 4])
const Texts = z.array(Text)

const ClubSchema: z.ZodType<ClubEntry> = z.strictObject({
  id: Slug, name: Text, country: Text, league: Text, short: Texts, nicknames: Texts, metonyms: Texts,
  regions: z.array(z.string().refine((r) => REGIONS.has(r), { error: `a region the descriptors know (${[...REGIONS].join(', ')})` })).optional(),
})

const OutletSchema: z.ZodType<OutletEntry> = z.strictObject({
  id: Slug, name: Text, aliases: Texts, country: Text, tier: Tier,
  kind: z.enum(['newspaper', 'broadcaster', 'website', 'agency', 'magazine', 'social']),
})

const JournalistSchema: z.ZodType<JournalistEntry> = z.strictObject({
  id: Slug, name: Text, aliases: Texts, outlets: z.array(Slug), tier: Tier, beats: Texts.optional(),
})

const PlayerSchema: z.ZodType<PlayerEntry> = z.strictObject({
  id: Slug, name: Text, aliases: Texts, club: Text.optional(), position: Text.optional(),
  dateOfBirth: IsoDate.optional(), nationality: Text.optional(), contractExpires: IsoDate.optional(),
  clubSince: IsoDate.optional(),
})

const PersonSchema: z.ZodType<PersonEntry> = z.strictObject({
  id: Slug, name: Text, aliases: Texts, role: z.enum(['manager', 'director', 'executive', 'owner', 'pundit', 'agent']),
  clubs: z.array(z.strictObject({ club: Text, from: IsoDate.optional(), until: IsoDate.optional() })).optional(),
})

/**
 * Reads and checks `clubs.json`, `outlets.json`, `journalists.json` and `players.json`, and
 * `people.json` (managers, directors, pundits) when present.
 * Throws `kb: expected <X>, found <Y> in <file> entry <id>` on the first bad entry, a duplicate
 * id, a journalist's unknown outlet or beat, or a player's unknown club.
 * @example
 * const kb = loadKnowledgeBase()
 * kb.clubs.find((c) => c.nicknames.includes('Los Blancos'))?.id // 'real-madrid'
 * loadKnowledgeBase('/tmp/my-kb') // same four files from another folder
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR): KnowledgeBase {
  const clubs = readEntries(dir, 'clubs.json', ClubSchema)
  const outlets = readEntries(dir, 'outlets.json', OutletSchema)
  const journalists = readEntries(dir, 'journalists.json', JournalistSchema)
  const players = readEntries(dir, 'players.json', PlayerSchema)
  checkJournalists(journalists, outlets, clubs)
  checkPlayers(players, clubs)
  // INFO: people.json is optional, so a KB folder of the four core files still loads.
  const people = existsSync(join(dir, 'people.json')) ? readEntries(dir, 'people.json', PersonSchema) : []
  checkPeople(people, clubs)
  checkNameForms(players, people)
  return { clubs, outlets, journalists, players, people }
}

/**
 * Adds players known from elsewhere (a CSV import) to a knowledge base, without changing it.
 * An extra player matches a known one by id, else by name (case and accents ignored); the known
 * id and name stay, the extra's defined facts win, and aliases are pooled (the extra's name too).
 * @example
 * const kb2 = mergePlayers(kb, [{ id: 'x', name: 'Kylian Mbappé', aliases: [], contractExpires: '2029-06-30' }])
 * kb2.players.find((p) => p.id === 'kylian-mbappe')?.contractExpires // '2029-06-30'
 */
export function mergePlayers(kb: KnowledgeBase, extra: readonly PlayerEntry[]): KnowledgeBase {
  const players = kb.players.map((p) => ({ ...p, aliases: [...p.aliases] }))
  const byId = new Map(players.map((p, i) => [p.id, i]))
  const byName = new Map(players.map((p, i) => [foldName(p.name), i]))
  for (const e of extra) {
    const i = byId.get(e.id) ?? byName.get(foldName(e.name))
    if (i !== undefined) {
      players[i] = mergePlayer(players[i], e)
      continue
    }
    byId.set(e.id, players.length)
    byName.set(foldName(e.name), players.length)
    players.push({ ...e, aliases: [...e.aliases] })
  }
  return { ...kb, players }
}

function mergePlayer(base: PlayerEntry, extra: PlayerEntry): PlayerEntry {
  const facts = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined))
  const names = [...base.aliases, ...extra.aliases, extra.name].filter((a) => a !== base.name)
  return { ...base, ...facts, id: base.id, name: base.name, aliases: [...new Set(names)] }
}

function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

function readEntries<T extends { id: string }>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  const raw = readJson(dir, file)
  if (!Array.isArray(raw)) throw kbError('an array of entries', describe(raw), file, '(file)')
  const seen = new Set<string>()
  return raw.map((entry: unknown, index) => {
    const parsed = parseEntry(entry, index, file, schema)
    if (seen.has(parsed.id)) throw kbError('a unique id', `a second "${parsed.id}"`, file, parsed.id)
    seen.add(parsed.id)
    return parsed
  })
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw kbError('a readable file', `nothing at ${path}`, file, '(file)')
  }
  try {
    return JSON.parse(text) as unknown
  } catch (err) {
    throw kbError('valid JSON', (err as Error).message, file, '(file)')
  }
}

function parseEntry<T>(entry: unknown, index: number, file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(entry)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue.path.length > 0 ? ` for ${issue.path.join('.')}` : ''
  const found = issue.code === 'unrecognized_keys'
    ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    : describe(valueAt(entry, issue.path))
  throw kbError(expectedOf(issue) + field, found, file, entryLabel(entry, index))
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': return /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`
    case 'invalid_value': return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'unrecognized_keys': return 'only known fields'
    case 'too_small': return `at least ${issue.minimum} ${issue.origin === 'array' ? 'items' : 'characters'}`
    default: return issue.message
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  const s = JSON.stringify(value)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

function entryLabel(entry: unknown, index: number): string {
  const id = valueAt(entry, ['id'])
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`
}

function kbError(expected: string, found: string, file: string, entry: string): Error {
  return new Error(`kb: expected ${expected}, found ${found} in ${file} entry ${entry}`)
}

function checkJournalists(journalists: JournalistEntry[], outlets: OutletEntry[], clubs: ClubEntry[]): void {
  const outletIds = new Set(outlets.map((o) => o.id))
  const beats = new Set([...clubs.map((c) => c.id), ...clubs.map((c) => c.league)])
  for (const j of journalists) {
    for (const o of j.outlets) {
      if (!outletIds.has(o)) throw kbError('a known outlet id', `"${o}"`, 'journalists.json', j.id)
    }
    for (const b of j.beats ?? []) {
      if (!beats.has(b)) throw kbError('a club id or league name as beat', `"${b}"`, 'journalists.json', j.id)
    }
  }
}

function checkPlayers(players: PlayerEntry[], clubs: ClubEntry[]): void {
  const known = new Set(clubs.flatMap((c) => [c.id, c.name]))
  for (const p of players) {
    if (p.club !== undefined && !known.has(p.club)) {
      throw kbError('a known club id or name', `"${p.club}"`, 'players.json', p.id)
    }
  }
}

/**
 * Every name or alias of a player points at him alone: a form two players share, or a player
 * shares with a manager or director, would make the gazetteer pick one of them at random.
 * Forms are compared as the index keys them (`nameKey`: case, accents and punctuation ignored, so
 * `Konaté` = `konate` and `Alexander-Arnold` = `Alexander Arnold`).
 */
function checkNameForms(players: PlayerEntry[], people: PersonEntry[]): void {
  const owner = new Map<string, string>()
  for (const p of players) {
    for (const form of new Set([p.name, ...p.aliases].map(nameKey))) {
      const other = owner.get(form)
      if (other !== undefined) throw kbError(`a name form no other player has`, `"${form}" also on ${other}`, 'players.json', p.id)
      owner.set(form, p.id)
    }
  }
  for (const p of people) {
    for (const form of new Set([p.name, ...p.aliases].map(nameKey))) {
      const other = owner.get(form)
      if (other !== undefined) throw kbError(`a name form no player has`, `"${form}" also on player ${other}`, 'people.json', p.id)
    }
  }
}

function checkPeople(people: PersonEntry[], clubs: ClubEntry[]): void {
  const known = new Set(clubs.flatMap((c) => [c.id, c.name]))
  for (const p of people) {
    for (const spell of p.clubs ?? []) {
      if (!known.has(spell.club)) throw kbError('a known club id or name', `"${spell.club}"`, 'people.json', p.id)
      if (spell.from && spell.until && spell.from >= spell.until) throw kbError('a spell whose from is before its until', `${spell.from}..${spell.until}`, 'people.json', p.id)
    }
  }
}
