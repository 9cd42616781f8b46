/**
 * Pass 40: who moves where. The player is the nearest player mention to the cue (or the one a
 * pronoun or role phrase points at, or the article's focal player); the holder is the club
 * the article says he plays for; the counterpart is the other club named in the sentence, or
 * the article's main suitor. Renewal-family cues take the holder on both sides.
 */
import type { ClaimType, Mention } from '../../../../domain/types.ts'
import { clauseAt, type Candidate, type ClaimContext } from '../candidate.ts'

const RENEWAL_TYPES = new Set<ClaimType>(['extension_offer', 'extension_signed'])
const NULL_SUITOR_OK = new Set<ClaimType>(['pre_contract', 'stays', 'rejected_move', 'not_for_sale', 'collapsed', 'extension_offer', 'extension_signed'])
/** Claims made by the holding club: with no holder known, the club doing the act holds him. */
const HOLDER_SIDE = new Set<ClaimType>(['not_for_sale', 'bid_rejected', 'extension_offer', 'extension_signed'])
const PRONOUN = /\b(?:he|him|his|the player)\b/
const RENEWAL_WORDS = /\b(?:new deal|new contract|contract extension|extension|renewal|fresh terms|extend|stay at|new terms|committing his future)\b/

/**
 * @example assignParticipants(candidates, ctx) // player, fromClub, toClub filled; unplaceable claims dropped
 */
export function assignParticipants(cands: Candidate[], ctx: ClaimContext): Candidate[] {
  const out: Candidate[] = []
  for (const c of cands) {
    if (c.dropped) { out.push(c); continue }
    if (c.cue.id === 'claim/footsteps@1') { out.push(...footsteps(c, ctx)); continue }
    if (c.cue.id === 'claim/past-move@1') { out.push(pastMove(c, ctx)); continue }
    const placed = place(c, ctx)
    out.push(placed)
    if (!placed.dropped && placed.type === 'interest') out.push(...coSuitors(placed, ctx))
  }
  return out
}

/** "PSG and Barcelona are monitoring him": one interest claim per club joined by and/or. */
function coSuitors(c: Candidate, ctx: ClaimContext): Candidate[] {
  const { sentence } = c.view
  const clubs = mentionsIn(ctx, sentence.start, c.cueStart, 'club')
  const out: Candidate[] = []
  for (let i = 1; i < clubs.length; i++) {
    const gap = ctx.text.slice(clubs[i - 1].end, clubs[i].start)
    if (!/^\s*(?:,|and|or|&|as well as)\s*$/.test(gap)) continue
    for (const m of [clubs[i - 1], clubs[i]]) {
      if (m.name !== c.toClub && m.name !== c.fromClub && !out.some((o) => o.toClub === m.name)) out.push({ ...c, toClub: m.name!, why: [...c.why, `also ${m.name}, named alongside`] })
    }
  }
  return out
}

export function mentionsIn(ctx: ClaimContext, start: number, end: number, kind: Mention['kind']): Mention[] {
  return ctx.entities.mentions.filter((m) => m.kind === kind && m.start >= start && m.end <= end && m.name)
}

function place(c: Candidate, ctx: ClaimContext): Candidate {
  const { sentence } = c.view
  const player = pickPlayer(c, ctx)
  if (!player) return { ...c, dropped: 'no player to attach the claim to' }
  const clubs = uniqueNames(mentionsIn(ctx, sentence.start, sentence.end, 'club'), c.cueStart)
  let holder = ctx.holder.get(player.name) ?? null
  if (!holder && HOLDER_SIDE.has(c.type) && clubs.length) holder = nearestBefore(ctx, c, sentence.start) ?? clubs[0]
  let type = c.type
  const others = clubs.filter((n) => n !== holder)
  if ((type === 'talks' || type === 'agreement') && others.length === 0 && isRenewalContext(c, ctx)) {
    type = type === 'agreement' && c.modality !== 'expected' ? 'extension_signed' : 'extension_offer'
  }
  if (RENEWAL_TYPES.has(type)) {
    const club = holder ?? clubs[0] ?? null
    if (!club) return { ...c, type, player: player.name, dropped: 'renewal claim without a known club' }
    return { ...c, type, player: player.name, fromClub: club, toClub: club, confidence: c.confidence * player.weight }
  }
  let toClub: string | null = others[0] ?? null
  if (!toClub && player.name === ctx.entities.focal && ctx.suitor && ctx.suitor !== holder) toClub = ctx.suitor
  if (!toClub && !NULL_SUITOR_OK.has(type)) return { ...c, type, player: player.name, dropped: 'no club to move to' }
  if (c.view.headline && player.weight < 1) return { ...c, dropped: 'headline without a named player' }
  const why = [...c.why, `player: ${player.name} (${player.how})`]
  if (toClub) why.push(`counterpart club: ${toClub}`)
  return { ...c, type, player: player.name, fromClub: holder, toClub, why, confidence: c.confidence * player.weight }
}

interface PickedPlayer { name: string; weight: number; how: string }

function pickPlayer(c: Candidate, ctx: ClaimContext): PickedPlayer | undefined {
  const { sentence } = c.view
  const [cs, ce] = clauseAt(c.view, c.cueStart)
  const inClause = mentionsIn(ctx, cs, ce, 'player')
  const inSentence = inClause.length || c.view.headline ? inClause : mentionsIn(ctx, sentence.start, sentence.end, 'player')
  if (inSentence.length) {
    const best = inSentence.reduce((a, b) => (distance(b, c.cueStart) < distance(a, c.cueStart) ? b : a))
    return { name: best.name!, weight: best.confidence >= 0.75 ? 1 : 0.9, how: `named as “${best.surface}”` }
  }
  if (c.view.headline) return undefined
  if (PRONOUN.test(c.view.folded)) {
    const prev = ctx.entities.mentions.filter((m) => m.kind === 'player' && m.end <= sentence.start && sentence.start - m.end < 600).pop()
    if (prev?.name) return { name: prev.name, weight: 0.85, how: `“he” refers back to ${prev.name}` }
  }
  if (ctx.entities.focal) return { name: ctx.entities.focal, weight: 0.8, how: 'the article’s focal player' }
  return undefined
}

function nearestBefore(ctx: ClaimContext, c: Candidate, from: number): string | undefined {
  return mentionsIn(ctx, from, c.cueStart, 'club').pop()?.name
}

function distance(m: Mention, at: number): number {
  return m.end <= at ? at - m.end : m.start >= at ? (m.start - at) * 1.2 : 0
}

/** Club names in the sentence, nearest to the cue first, each once. */
function uniqueNames(ms: Mention[], at: number): string[] {
  const sorted = [...ms].sort((a, b) => distance(a, at) - distance(b, at))
  return [...new Set(sorted.map((m) => m.name!))]
}

function isRenewalContext(c: Candidate, ctx: ClaimContext): boolean {
  if (RENEWAL_WORDS.test(c.view.folded)) return true
  const para = ctx.views.filter((v) => v.paragraph === c.view.paragraph)
  return para.some((v) => RENEWAL_WORDS.test(v.folded)) || /\bbetter\b.*\bnews about\b|\bnew deal\b/.test(headingBefore(c, ctx))
}

function headingBefore(c: Candidate, ctx: ClaimContext): string {
  for (let i = c.view.index - 1; i >= 0; i--) {
    const v = ctx.views[i]
    if (ctx.blocks[v.sentence.block]?.label === 'heading') return v.folded
    if (c.view.paragraph - v.paragraph > 3) break
  }
  return ''
}

/** "following in the footsteps of A and B": each named player made the same move before. */
function footsteps(c: Candidate, ctx: ClaimContext): Candidate[] {
  const { sentence } = c.view
  const players = mentionsIn(ctx, c.cueEnd, sentence.end, 'player')
  const clubs = uniqueNames(mentionsIn(ctx, sentence.start, sentence.end, 'club'), c.cueStart)
  const focal = ctx.entities.focal
  const from = focal ? ctx.holder.get(focal) ?? null : null
  const to = clubs.find((n) => n !== from) ?? null
  return players.map((p) => ({
    ...c, player: p.name!, fromClub: from, toClub: to, historical: true, confidence: 0.7,
    why: [...c.why, `${p.name} made this move before: a past transfer, not news`],
  }))
}

/** "his own Bosman move to the Bernabeu last summer": a completed move in the past. */
function pastMove(c: Candidate, ctx: ClaimContext): Candidate {
  const { sentence } = c.view
  const before = mentionsIn(ctx, sentence.start, c.cueStart, 'player').pop()
  if (!before) return { ...c, dropped: 'past move without a named player' }
  const to = mentionsIn(ctx, c.cueStart, c.cueEnd, 'club')[0]?.name ?? null
  return { ...c, player: before.name!, fromClub: null, toClub: to, historical: true, why: [...c.why, `${before.name}’s move is in the past`] }
}
