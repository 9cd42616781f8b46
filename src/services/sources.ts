/**
 * The source leaderboard (SPEC §8): reliability learned over resolved sagas, stage-aware,
 * shrunk towards the knowledge base's tier priors.
 */
import type { Resolution, Saga } from '../domain/saga.ts'
import { findClubByName } from './club-lookup.ts'
import { canonicalSource } from '../pipeline/extract/kb/source-names.ts'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { resolveOutcome } from '../pipeline/score/outcomes.ts'
import { scoreSources, type SourceScore } from '../pipeline/score/reliability.ts'
import type { Store } from '../storage/store.ts'
import { sourceTiers } from './source-tiers.ts'
import type { SourceRow } from './types.ts'

/** Every stored saga (detail), page by page. */
export async function loadAllSagas(store: Store): Promise<Saga[]> {
  const out: Saga[] = []
  for (let offset = 0; ; offset += 200) {
    const page = await store.listSagaDetails({ limit: 200, offset })
    out.push(...page)
    if (page.length < 200) return out
  }
}

/** Resolutions of every saga: by hand first, else from confirmed terminal claims. */
export function resolveAll(sagas: Saga[], manual: Resolution[]): { saga: Saga; resolution: Resolution }[] {
  const byPlayer = new Map<string, Saga[]>()
  for (const s of sagas) (byPlayer.get(s.player) ?? byPlayer.set(s.player, []).get(s.player)!).push(s)
  const out: { saga: Saga; resolution: Resolution }[] = []
  for (const saga of sagas) {
    const competing = (byPlayer.get(saga.player) ?? []).filter((o) => o.id !== saga.id)
    const resolution = resolveOutcome(saga, { manual, competing })
    if (resolution) out.push({ saga, resolution })
  }
  return out
}

/** @example (await computeSources(store, kb))[0] // { source: 'Fabrizio Romano', claims: 12, … } */
export async function computeSources(store: Store, kb: KnowledgeBase): Promise<SourceRow[]> {
  const scores = await computeSourceScores(store, kb)
  return scores.map((s) => ({
    source: s.source, kind: s.kind as SourceRow['kind'], tier: s.tier, claims: s.claims, right: s.right,
    accuracy: s.claims ? s.accuracy : null, shrunk: s.shrunk, brier: s.claims ? s.brier : null, medianDaysEarly: s.medianDaysEarly,
  }))
}

export async function computeSourceScores(store: Store, kb: KnowledgeBase): Promise<SourceScore[]> {
  const sagas = await loadAllSagas(store)
  const resolved = resolveAll(sagas, await store.listResolutions())
  const tiers = sourceTiers(kb)
  return scoreSources(resolved, {
    tierOf: (s) => { const t = tiers.tierOf(s); return t ? { tier: t.tier, kind: t.kind } : undefined },
    canonical: (s) => canonicalSource(kb, s),
    leagueOf: (club) => findClubByName(kb, club)?.league,
  })
}
