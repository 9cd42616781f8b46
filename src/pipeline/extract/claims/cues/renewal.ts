/**
 * Renewal cues (SPEC §5 `extension_offer`, `extension_signed`): the current club offering,
 * negotiating or agreeing a new contract. A refused contract offer is an offer and a refusal.
 */
import { c, NEWDEAL, NEWDEAL_KEYS, NEWDEAL_SHORT, W, type Cue } from './shared.ts'

/** A new deal described by its wage or length: "a new £100,000-per-week contract", "a fresh five-year deal". */
const NEWDEAL_X = String.raw`(?:new|fresh|improved|bumper|lucrative) [£€$]?[\d.,]+[\w-]* (?:deal|contract|terms)`
/** `NEWDEAL` whose middle words may be hyphenated: "a new long-term deal", "a fresh five-year contract" (keywords: `NEWDEAL_KEYS`). */
const NEWDEAL_H = String.raw`(?:new|fresh|improved|extended|long-term|lengthy|bumper|lucrative)(?: and improved| and lengthy)?(?: [\w-]+)?(?: [\w-]+)? (?:deal|contract|terms)`

export const RENEWAL: Cue[] = [
  c('claim/contract-offer-refused@1', 'extension_offer', String.raw`\b(?:turned down|rejected|rebuffed|snubbed|refused|knocked back|turns down|rejects|declined|(?:refus(?:ed|es|e|ing)|declin(?:ed|es|e|ing)) to sign)\b(?: the (?:opportunity|chance|offer) of)? (?:a|an|the|his|their)? ?(?:${NEWDEAL}|${NEWDEAL_X}|contract extension|contract offer|renewal)`, 0.8, { keywords: ['turned', 'rejected', 'rebuffed', 'snubbed', 'refused', 'knocked', 'turns', 'rejects', 'declined', 'sign'], stance: 'affirmed', also: { type: 'extension_signed', stance: 'denied' }, renewal: true }),
  // "an agreement in principle on a new contract", "… over an extension": renewal words.
  c('claim/extension-in-principle@1', 'extension_signed', String.raw`\bagreement in principle\b${W}\b(?:${NEWDEAL}|contract extension|extension|renewal)\b`, 0.8, { keywords: ['principle'], renewal: true }),
  // A bare "deal" or "contract": "an agreement in principle is in place for a deal until 2030" is a
  // renewal when only his own club takes part; "Lazio have an agreement in principle with Monaco,
  // over a six-month deal" is a move agreed.
  c('claim/in-principle@1', 'agreement', String.raw`\bagreement in principle\b${W}\b(?:contract|deal)\b`, 0.8, { keywords: ['principle'], renewalAs: 'extension_signed' }),
  // "talks over an extension failed to produce an agreement", "contract talks have stalled", "still no
  // agreement on a new deal": the club offered (talks took place) and nothing was signed.
  c('claim/renewal-talks-failed@1', 'extension_signed', String.raw`\b(?:talks|discussions|negotiations)\b(?: (?:with|for) ${W})? (?:over|on|about|regarding|for) (?:a |an |the |his )?(?:${NEWDEAL_H}|contract extension|extension|renewal)\b(?: (?!(?:but|and|while|as|after)\b)[^.;:!?]{0,40}?)? (?:have |has |had )?(?:now |since |so far |ultimately |finally )?(?:stalled|broken down|broke down|failed|collapsed|faltered|hit (?:a|an) (?:snag|impasse|wall|stumbling block)|reached (?:a|an) (?:impasse|stalemate|deadlock)|ended without|gone nowhere|gone cold)\b|\b(?:contract|renewal|extension) (?:talks|negotiations|discussions)(?: (?:between|with|involving) [^.;:!?]{0,60}?)? (?:have |has |had )?(?:now |since |so far |ultimately |finally )?(?:stalled|broken down|broke down|failed|collapsed|faltered|hit (?:a|an) (?:snag|impasse|wall|stumbling block)|reached (?:a|an) (?:impasse|stalemate|deadlock)|ended without|gone nowhere|gone cold)\b|\bfailed (?:contract |renewal )?(?:extension|renewal|contract talks|contract negotiations|renewal talks|extension talks)\b|\bno agreement (?:yet )?(?:on|over|for) (?:a |an |the )?(?:${NEWDEAL_H}|contract extension|extension|renewal)\b`, 0.75, { keywords: ['stalled', 'broken', 'broke', 'failed', 'collapsed', 'faltered', 'hit', 'reached', 'ended', 'gone', 'agreement'], stance: 'denied', also: { type: 'extension_offer', stance: 'affirmed' }, renewal: true }),
  c('claim/extension-signed@1', 'extension_signed', String.raw`(?:\b(?:signed|signs|has signed|penned|pens|put pen to paper on|agreed|agrees|struck|strikes|inked|inks|committed to|commits to)\b|\bsign(?<=\b(?:will|set to|poised to|expected to|due to|about to|ready to|going to|agreed to) sign)) (?:a |an |his |the )?(?:${NEWDEAL}|contract extension|contract renewal)`, 0.85, { keywords: [...NEWDEAL_KEYS, 'contract'], renewal: true }),
  // "ended with the winger signing a new contract at Athletic": the gerund after a subject, never "close to signing".
  c('claim/extension-signing@1', 'extension_signed', String.raw`\b(?:with|after|by|following|since) (?:the |his |him |\S+ )?(?:\S+ )?signing (?:a |an |his )?(?:${NEWDEAL_H}|contract extension)`, 0.8, { keywords: ['signing'], renewal: true }),
  c('claim/extension-signed-2@1', 'extension_signed', String.raw`\b(?:committed|commits|extended|extends|renewed|renews) (?:his|her) (?:future|contract|deal|stay)\b|\bcommit(?:ting|ted|s)? (?:his future )?to the club (?:until|till|to) \d{4}\b`, 0.8, { keywords: ['committed', 'commits', 'extended', 'extends', 'renewed', 'renews', 'commit', 'committing'], renewal: true }),
  // "Napoli have tied Lobotka down until 2029" (the act; "he is tied down until 2027" is his contract's state).
  c('claim/tied-down@1', 'extension_signed', String.raw`\b(?:have|has|had)(?: now| finally| already)? (?:tied|locked) (?!down\b)(?:\S+ ){1,3}?down (?:until|till|to|on|for)\b`, 0.8, { keywords: ['tied', 'locked'], renewal: true }),
  c('claim/extension-signed-3@1', 'extension_signed', String.raw`\b(?:contract extension|new deal|new contract|extension|renewal) (?:has been |was |is )?(?:signed|agreed|completed|confirmed|announced|sealed)\b`, 0.8, { keywords: ['signed', 'agreed', 'completed', 'confirmed', 'announced', 'sealed'], renewal: true }),
  c('claim/extension-not-agreed@1', 'extension_signed', String.raw`\bclose to agreeing (?:a |an )?${NEWDEAL}`, 0.7, { keywords: ['agreeing'], renewal: true }),
  c('claim/extension-far-off@1', 'extension_signed', String.raw`\bfar (?:away )?from (?:agreeing|signing|committing to) (?:a |an )?${NEWDEAL}`, 0.7, { keywords: ['far'], stance: 'denied', renewal: true }),
  // "will not be signing a new deal": only the refused form; "close to signing a new deal" is an offer in progress.
  // "is out of contract and didn't want to sign a new one": "one" standing for the contract just named.
  c('claim/extension-commit-refused@1', 'extension_signed', String.raw`\b(?:commit(?:ted)? to|sign|agree|(?<=(?:\bnot|[a-z]+n't|\bnever) be )signing) (?:a )?${NEWDEAL_SHORT}|\bsign (?:a )?(?:new|fresh) one\b(?<=\b(?:contract|deal)\b[^.;:!?]{1,60})`, 0.6, { keywords: ['new', 'fresh', 'improved', 'bumper'], renewal: true }),
  // "he will not renew", "refused to renew": the player's side of a renewal.
  c('claim/renew@1', 'extension_signed', String.raw`\b(?:will not|won't|not|refus(?:e|es|ed|ing) to|decided not to|does not want to|doesn't want to) renew\b`, 0.75, { keywords: ['renew'], stance: 'denied', renewal: true }),
  // "did not extend his contract", "has decided not to extend his stay": the player's side of a
  // renewal refused, as "will not renew" (an offer to extend, not taken up, is the cue below's).
  c('claim/not-extend@1', 'extension_signed', String.raw`(?:\bnot|\bnever|\b[a-z]+n't|\brefus(?:ed|es|e|ing) to|\bdeclin(?:ed|es|e|ing) to|\bdecided against|\bopted against|\bchose not to) (?:to )?extend(?:ing)? (?:his|her|(?:[\w-]+ ){0,2}?[\w'-]+'s) (?:stay|deal|contract|terms)\b`, 0.75, { keywords: ['extend', 'extending'], stance: 'denied', renewal: true }),
  // "trying to extend Osimhen's contract": the club naming the player it wants to keep.
  c('claim/extend-stay@1', 'extension_offer', String.raw`\bextend(?:ing)? (?:his|her|(?:[\w-]+ ){0,2}?[\w'-]+'s) (?:stay|deal|contract|terms)\b`, 0.75, { keywords: ['extend', 'extending'], renewal: true }),
  c('claim/keep-him@1', 'extension_offer', String.raw`\b(?:try|trying|tries|fight|fighting|battle|battling|determined|desperate|efforts?|push(?:ing)?|work(?:ing)? hard) (?:\S+ ){0,4}?to keep (?:him|hold of)\b`, 0.65, { keywords: ['keep'], renewal: true }),
  // "opened discussions with the player's representatives over a new long-term deal": "over" ties the
  // talks to the renewal across a longer gap than W.
  c('claim/talks-over-renewal@1', 'extension_offer', String.raw`\b(?:talks|discussions|negotiations|conversations)\b (?:with [^.;:!?]{0,70}? )?(?:over|about|regarding|on) (?:a |an |his )?(?:${NEWDEAL_H}|contract extension|extension|renewal)\b`, 0.75, { keywords: ['talks', 'discussions', 'negotiations', 'conversations'], renewal: true }),
  // "hopeful of persuading him to commit his future", "hope to secure Gabriel's future": the club working on a renewal.
  c('claim/commit-future@1', 'extension_offer', String.raw`\b(?:persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|hope|hopes|hoping|hopeful|want|wants|keen|looking|aim|aiming|try|trying|push|pushing|efforts?|bid)\b(?: \S+){0,4}? to (?:commit (?:his|her) (?:long-term )?future|secure (?:\S+ ){0,3}?(?:long-term )?future|tie (?:\S+ ){1,3}?down)\b(?! (?:elsewhere|away|abroad)\b)`, 0.7, { keywords: ['commit', 'secure', 'tie'], renewal: true }),
  c('claim/extension-offer@1', 'extension_offer', String.raw`\b(?:talks|discussions|discussing|negotiations|negotiating|working towards|close to|closer to|pushing|push|offered|offer|talks over|extend|extending|tie)\b${W}\b(?:${NEWDEAL}|contract extension|extension|renewal|his contract|his deal|his stay|(?:him )?down to)\b`, 0.75, { keywords: ['talks', 'discussions', 'discussing', 'negotiations', 'negotiating', 'working', 'close', 'closer', 'pushing', 'push', 'offered', 'offer', 'extend', 'extending', 'tie'], renewal: true }),
  c('claim/extension-offer-2@1', 'extension_offer', String.raw`(?<!pre-)\b(?:contract|renewal|extension) (?:talks|offer|negotiations|discussions)\b|\bworking on the renewal\b`, 0.75, { keywords: ['contract', 'renewal', 'extension'], renewal: true }),
  // "No contract renewals are being discussed", "an extension was discussed": renewal talks (a negator before denies them).
  c('claim/renewal-discussed@1', 'extension_offer', String.raw`\b(?:contract )?(?:renewals?|extensions?|new (?:contracts?|deals?)) (?:is |are |was |were |has been |have been |had been )?(?:being |now |already |not )?(?:discussed|negotiated|on the agenda)\b`, 0.7, { keywords: ['discussed', 'negotiated', 'agenda'], renewal: true }),
  c('claim/extension-offer-3@1', 'extension_offer', String.raw`\b(?:an |a |the )?offer (?:has been|is|was) on the table\b`, 0.6, { keywords: ['table'], renewal: true }),
]
