/**
 * A small synthetic transfer world for the backtest tests: seeded, deterministic sagas whose
 * outcome depends on how far they got, with the kind of noise real coverage has.
 *
 * What the world assumes (and so what a model can legitimately learn from it): completed moves
 * mostly progress through reliable reporters; failed ones stall, attract denials from reliable
 * reporters, sometimes end in a renewal, and often carry a tabloid's false "agreement"; many
 * rumours never get past interest (30% of sagas complete, close to the model's own prior). Noise both
 * ways: some failed moves reach a genuine agreement, some completed ones are denied on the way.
 */
import type { Saga, TimelineEntry } from '../../domain/saga.ts'
import type { ClaimType } from '../../domain/types.ts'
import type { SourceInfo } from './reliability.ts'
import { entry, makeSaga } from './test-builders.ts'

const RELIABLE = ['Fabrizio Romano', 'David Ornstein', 'Sky Sports News']
const MIDDLING = ['Marca', 'The Sun']
const TABLOID = ['Transfer Tattle', 'Gossip Weekly']
const CLUBS = ['Real Madrid', 'Arsenal', 'Bayern Munich', 'Juventus', 'Paris Saint-Germain', 'Chelsea']

/** Tiers of the synthetic sources (the knowledge base's role in the real system). */
export const SYNTHETIC_TIERS: Record<string, SourceInfo> = Object.fromEntries([
  ...RELIABLE.map((s) => [s, { tier: 1, kind: 'journalist' }]),
  ...MIDDLING.map((s) => [s, { tier: 2, kind: 'outlet' }]),
  ...TABLOID.map((s) => [s, { tier: 3, kind: 'outlet' }]),
])

/** mulberry32: a tiny seeded PRNG, so the world is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const addDays = (d: string, n: number) => new Date(Date.parse(d + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10)

interface Gen {
  rnd: () => number
  pick: <T>(xs: T[]) => T
  gap: (lo: number, hi: number) => number
}

/**
 * `n` players, each with one move saga (and sometimes a renewal saga), 25 days apart.
 * @example const sagas = syntheticWorld(7, 20)
 */
export function syntheticWorld(seed: number, n = 20): Saga[] {
  const rnd = prng(seed)
  const g: Gen = { rnd, pick: (xs) => xs[Math.floor(rnd() * xs.length)], gap: (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)) }
  const out: Saga[] = []
  for (let i = 0; i < n; i++) {
    const player = `Player ${String(i + 1).padStart(2, '0')}`
    const club = g.pick(CLUBS)
    const start = addDays('2023-07-01', i * 25)
    const { move, renewal } = rnd() < 0.3 ? completed(g, start, club) : rnd() < 0.4 ? rumour(g, start) : failed(g, start, club)
    out.push(makeSaga({ player, fromClub: 'Home FC', club, entries: move }))
    if (renewal.length) out.push(makeSaga({ kind: 'renewal', player, fromClub: 'Home FC', club: 'Home FC', entries: renewal }))
  }
  return out
}

const source = (g: Gen, reliableShare: number) => {
  const x = g.rnd()
  return x < reliableShare ? g.pick(RELIABLE) : x < reliableShare + (1 - reliableShare) / 2 ? g.pick(MIDDLING) : g.pick(TABLOID)
}

function completed(g: Gen, start: string, club: string): { move: TimelineEntry[]; renewal: TimelineEntry[] } {
  let t = start
  const move = [entry(t, 'interest', { by: [source(g, 0.5)] })]
  const renewal = g.rnd() < 0.2 ? [entry(addDays(start, 3), 'extension_offer', { by: [source(g, 0.5)] })] : []
  const steps: [ClaimType, number][] = [['approach', 0.6], ['talks', 0.8], ['personal_terms', 0.5], ['agreement', 0.9], ['medical', 0.6]]
  for (const [type, p] of steps) {
    if (g.rnd() >= p) continue
    t = addDays(t, g.gap(4, 25))
    move.push(entry(t, type, { by: [source(g, 0.7)] }))
    // INFO: real agreements are widely reported: other reliable sources follow within days.
    if (type === 'agreement' && g.rnd() < 0.7) move.push(entry(addDays(t, g.gap(0, 3)), 'agreement', { by: [source(g, 0.8)] }))
    if (type === 'talks' && g.rnd() < 0.25) move.push(entry(addDays(t, 2), 'agreement', { by: [source(g, 0.2)], stance: 'denied' }))
  }
  move.push(entry(addDays(t, g.gap(5, 15)), 'signed', { by: [club], modality: 'confirmed' }))
  return { move, renewal }
}

/** A rumour that goes nowhere: interest, perhaps echoed, then a confirmed end to the story. */
function rumour(g: Gen, start: string): { move: TimelineEntry[]; renewal: TimelineEntry[] } {
  const move = [entry(start, 'interest', { by: [source(g, 0.3)] })]
  if (g.rnd() < 0.5) move.push(entry(addDays(start, g.gap(5, 40)), 'interest', { by: [source(g, 0.3)] }))
  move.push(entry(addDays(start, g.gap(60, 200)), 'collapsed', { by: ['Home FC'], modality: 'confirmed' }))
  return { move, renewal: [] }
}

function failed(g: Gen, start: string, club: string): { move: TimelineEntry[]; renewal: TimelineEntry[] } {
  let t = start
  const move = [entry(t, 'interest', { by: [source(g, 0.3)] })]
  const reached = g.pick<ClaimType[]>([['approach'], ['approach', 'talks'], ['talks'], g.rnd() < 0.3 ? ['talks', 'personal_terms'] : ['interest']])
  for (const type of reached) {
    t = addDays(t, g.gap(5, 30))
    move.push(entry(t, type, { by: [source(g, 0.3)] }))
  }
  if (g.rnd() < 0.45) move.push(entry(addDays(t, g.gap(3, 20)), 'agreement', { by: [g.pick(TABLOID)] }))
  if (g.rnd() < 0.1) move.push(entry(addDays(t, g.gap(3, 20)), 'agreement', { by: [g.pick(RELIABLE)] }))
  if (g.rnd() < 0.5) move.push(entry(addDays(t, g.gap(10, 60)), g.pick<ClaimType>(['talks', 'agreement']), { by: [g.pick(RELIABLE)], stance: 'denied' }))
  const end = addDays(t, g.gap(20, 150))
  if (g.rnd() < 0.35) {
    const renewal = [entry(addDays(t, g.gap(5, 15)), 'extension_offer', { by: [g.pick(RELIABLE)] }), entry(end, 'extension_signed', { by: ['Home FC'], modality: 'confirmed' })]
    return { move, renewal }
  }
  if (g.rnd() < 0.3) move.push(entry(addDays(end, -g.gap(1, 10)), 'talks', { by: [source(g, 0.1)] }))
  move.push(entry(end, 'collapsed', { by: ['Home FC'], modality: 'confirmed' }))
  return { move, renewal: [] }
}
