/**
 * The claim cue lexicon (SPEC §5): data, not logic, one file per family in `cues/`. Order
 * matters: earlier cues win where spans overlap (a "rejected the approach" is one
 * bid_rejected, not an approach too). `stance` fixes the stance when the cue carries its own
 * polarity ("not for sale"); otherwise negation around the cue decides.
 *
 * Every cue needs `keywords`: lower-case words, one of which occurs as a whole word in any text
 * its pattern matches ("approach", "approached", "enquiry"). Pass 10 only runs a cue on
 * sentences containing one of its keywords, so a missing keyword silently loses matches;
 * `cues.test.ts` checks every cue over the examples, the seeds and the bench corpus.
 */
import { BLOCKERS, HISTORICAL } from './cues/blockers.ts'
import { COLLAPSE, COMPLETION, DEAL, LIST_ENTRY } from './cues/progress.ts'
import { PURSUIT } from './cues/pursuit.ts'
import { OWNER, REJECTIONS, STAYING } from './cues/refusal.ts'
import { RENEWAL } from './cues/renewal.ts'
import type { Cue } from './cues/shared.ts'

export type { Cue } from './cues/shared.ts'

/** Ordered: blockers, then the most specific cues first. */
export const CUES: Cue[] = [
  ...BLOCKERS, ...HISTORICAL, ...RENEWAL, ...OWNER, ...REJECTIONS, ...STAYING,
  ...COLLAPSE, ...COMPLETION, ...DEAL, ...PURSUIT, ...LIST_ENTRY,
]
