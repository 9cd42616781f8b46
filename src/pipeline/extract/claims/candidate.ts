/**
 * The working record the claim passes refine, and the context they share. Passes are pure:
 * each takes candidates and returns new ones.
 */
import type { ArticleId, Block, ClaimType, Fee, Modality, Quote, Sentence, Stance } from '../../../domain/types.ts'
import type { KnowledgeBase } from '../kb/types.ts'
import type { WindowCalendar } from '../time/windows.ts'
import type { ArticleEntities } from '../entities/find-mentions.ts'
import type { Cue } from './cues.ts'

export interface SentenceView {
  index: number
  sentence: Sentence
  /** Sentence text folded for cue matching: lower case, quotes normalised, same length as the original. */
  folded: string
  /** Absolute offsets where clauses start (after ", but", "; ", " – " …). */
  clauseStarts: number[]
  headline: boolean
  paragraph: number
}

export interface Candidate {
  view: SentenceView
  cue: Cue
  cueStart: number
  cueEnd: number
  type: ClaimType
  stance: Stance
  modality: Modality
  confidence: number
  why: string[]
  player?: string
  fromClub: string | null
  toClub: string | null
  window: string | null
  fee: Fee | null
  attributedTo: string[]
  historical: boolean
  /**
   * A completed move told as background to the news ("have already signed", "his third signing
   * after Garcia arrived"): historical, but recent, so its window is read as a done deal's.
   */
  background: boolean
  /** A player a definite reference points back to ("The bid was rejected" → the bid's player). */
  playerHint?: string
  /** The club this article last named as the player's counterpart, for sentences naming none. */
  counterpartHint?: string
  /** Reason the candidate was dropped; dropped candidates never become claims. */
  dropped?: string
}

export interface ClaimContext {
  articleId: ArticleId
  text: string
  date: string | null
  dateEstimated: boolean
  kb: KnowledgeBase
  /** The window calendar of a buying club, when it differs from the default (SPEC §7). */
  windowCalendar?: (club: string) => WindowCalendar | undefined
  entities: ArticleEntities
  blocks: Block[]
  sentences: Sentence[]
  quotes: Quote[]
  views: SentenceView[]
  /** Player name → the club holding him, as learned from the knowledge base or the text. */
  holder: Map<string, string>
  /** The club most often named as pursuing the focal player. */
  suitor?: string
  /** An outlet that reports in its own name ("Sky Sports News has been told"). */
  houseOutlet?: string
}

/** Clause containing an absolute offset: [start, end). */
export function clauseAt(view: SentenceView, at: number): [number, number] {
  let start = view.sentence.start
  let end = view.sentence.end
  for (const s of view.clauseStarts) {
    if (s <= at) start = s
    else { end = s; break }
  }
  return [start, end]
}

/**
 * `{ ...c, ...patch }`. Speed: the copy is one object literal with every field, so all
 * candidates share one shape; spreads met a dozen shapes (fields widening as passes fill them)
 * and V8's object-spread cache gave up on them, making each copy a slow runtime call.
 */
export function revise(c: Candidate, patch: Partial<Candidate>): Candidate {
  return Object.assign(copyCandidate(c), patch)
}

/** A field-by-field copy (every field of `Candidate`, in `newCandidate`'s order). */
function copyCandidate(c: Candidate): Candidate {
  return {
    view: c.view, cue: c.cue, cueStart: c.cueStart, cueEnd: c.cueEnd, type: c.type, stance: c.stance, modality: c.modality,
    confidence: c.confidence, why: c.why, fromClub: c.fromClub, toClub: c.toClub, window: c.window, fee: c.fee,
    attributedTo: c.attributedTo, historical: c.historical, background: c.background,
    player: c.player, playerHint: c.playerHint, counterpartHint: c.counterpartHint, dropped: c.dropped,
  }
}
