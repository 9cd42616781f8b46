/**
 * Gazetteers built once per knowledge base (cached on the KB object): clubs, outlets,
 * journalists and known players, each surface form pointing at its entity.
 */
import type { ClubEntry, JournalistEntry, KnowledgeBase, OutletEntry, PersonEntry, PlayerEntry } from '../kb/types.ts'
import { Gazetteer, nameKey } from './gazetteer.ts'

export type KbRef =
  | { kind: 'club'; via: 'name' | 'short' | 'nickname' | 'metonym'; club: ClubEntry }
  | { kind: 'outlet'; outlet: OutletEntry }
  | { kind: 'journalist'; journalist: JournalistEntry }
  | { kind: 'player'; player: PlayerEntry }
  | { kind: 'person'; person: PersonEntry }

export interface KbIndex {
  gazetteer: Gazetteer<KbRef>
  clubsById: Map<string, ClubEntry>
  clubsByKey: Map<string, ClubEntry>
  outletsById: Map<string, OutletEntry>
  outletsByKey: Map<string, OutletEntry>
  journalistsByKey: Map<string, JournalistEntry>
  playersByKey: Map<string, PlayerEntry>
  /** Known players' names of two words or more by their first word's key: each name's rest ("fernandez") and the player. */
  playersByFirst: Map<string, { rest: string; player: PlayerEntry }[]>
  /** Lower-case country adjectives and league names → clubs' country or league. */
  leagues: Set<string>
}

const cache = new WeakMap<KnowledgeBase, KbIndex>()

/** Single-word outlet aliases that are also ordinary words: matched only in attribution context. */
const RISKY_SINGLE = new Set(['as', 'sport', 'record', 'ole', 'goal', 'sun', 'times', 'mail', 'express', 'mirror', 'star', 'independent', 'guardian', 'telegraph', 'standard', 'observer'])

/**
 * Builds (or returns the cached) index of a knowledge base.
 * @example indexKnowledgeBase(kb).clubsByKey.get('real madrid')?.id // 'real-madrid'
 */
export function indexKnowledgeBase(kb: KnowledgeBase): KbIndex {
  const hit = cache.get(kb)
  if (hit) return hit
  const g = new Gazetteer<KbRef>()
  const idx: KbIndex = {
    gazetteer: g,
    clubsById: new Map(),
    clubsByKey: new Map(),
    outletsById: new Map(),
    outletsByKey: new Map(),
    journalistsByKey: new Map(),
    playersByKey: new Map(),
    playersByFirst: new Map(),
    leagues: new Set(),
  }
  for (const c of kb.clubs) addClub(idx, c)
  for (const o of kb.outlets) addOutlet(idx, o)
  for (const j of kb.journalists) addJournalist(idx, j)
  for (const p of kb.players) addPlayer(idx, p)
  for (const p of kb.people ?? []) for (const form of [p.name, ...p.aliases]) g.add(form, { kind: 'person', person: p })
  cache.set(kb, idx)
  return idx
}

function addClub(idx: KbIndex, c: ClubEntry): void {
  idx.clubsById.set(c.id, c)
  idx.leagues.add(c.league.toLowerCase())
  const add = (form: string, via: 'name' | 'short' | 'nickname' | 'metonym') => {
    idx.gazetteer.add(form, { kind: 'club', via, club: c })
    if (via === 'name' || via === 'short') if (!idx.clubsByKey.has(nameKey(form))) idx.clubsByKey.set(nameKey(form), c)
  }
  add(c.name, 'name')
  for (const s of c.short) add(s, 'short')
  for (const n of c.nicknames) add(n, 'nickname')
  for (const m of c.metonyms) add(m, 'metonym')
}

function addOutlet(idx: KbIndex, o: OutletEntry): void {
  idx.outletsById.set(o.id, o)
  for (const form of [o.name, ...o.aliases]) {
    idx.outletsByKey.set(nameKey(form), o)
    const single = !/\s/.test(form.trim())
    if (single && RISKY_SINGLE.has(form.toLowerCase()) && form !== form.toUpperCase()) continue
    idx.gazetteer.add(form, { kind: 'outlet', outlet: o })
  }
}

function addJournalist(idx: KbIndex, j: JournalistEntry): void {
  for (const form of [j.name, ...j.aliases]) {
    idx.journalistsByKey.set(nameKey(form), j)
    idx.gazetteer.add(form, { kind: 'journalist', journalist: j })
  }
}

function addPlayer(idx: KbIndex, p: PlayerEntry): void {
  for (const form of [p.name, ...p.aliases]) {
    const key = nameKey(form)
    idx.playersByKey.set(key, p)
    idx.gazetteer.add(form, { kind: 'player', player: p })
    const space = key.indexOf(' ')
    if (space > 0) {
      const first = key.slice(0, space)
      const list = idx.playersByFirst.get(first) ?? []
      if (!list.some((x) => x.player === p && x.rest === key.slice(space + 1))) list.push({ rest: key.slice(space + 1), player: p })
      idx.playersByFirst.set(first, list)
    }
  }
}
