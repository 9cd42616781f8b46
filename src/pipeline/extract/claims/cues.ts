/**
 * The claim cue lexicon (SPEC §5): data, not logic. Each cue is a pattern over the folded
 * sentence (lower case, curly quotes normalised) that signals one claim type. Order matters:
 * earlier cues win where spans overlap (a "rejected the approach" is one bid_rejected, not an
 * approach too). `stance` fixes the stance when the cue carries its own polarity ("not for
 * sale"); otherwise negation around the cue decides.
 */
import type { ClaimType, Stance } from '../../../domain/types.ts'

export interface Cue {
  id: string
  type: ClaimType
  re: RegExp
  confidence: number
  /** Stance carried by the cue itself; negation scope is then not consulted. */
  stance?: Stance
  /** A second claim the same words make ("turned down a new contract" = offer + refusal). */
  also?: { type: ClaimType; stance: Stance }
  /** Cue describes the player's own club keeping him (renewal family). */
  renewal?: boolean
  /** Blocks: matched spans that are never claims (rule statements, generic talk). */
  block?: boolean
  /** Who does the act: decides player vs club subject for rejections. */
  actor?: 'holder' | 'suitor' | 'player'
}

const W = String.raw`[^.;:!?]{0,40}?`
const NEWDEAL = String.raw`(?:new|fresh|improved|extended|long-term|lengthy|bumper|lucrative)(?: and improved| and lengthy)?(?: \w+)?(?: \w+)? (?:deal|contract|terms)`
const NEWDEAL_SHORT = String.raw`(?:new|fresh|improved|bumper)(?: \w+)? (?:deal|contract|terms)`

/** Spaces in patterns match any run of white space (folded quotes leave double spaces). */
const spaced = (re: string) => re.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')

const c = (id: string, type: ClaimType, re: string, confidence: number, extra: Partial<Cue> = {}): Cue => ({
  id, type, re: new RegExp(spaced(re), 'g'), confidence, ...extra,
})

/** Ordered: blockers, then the most specific cues first. */
export const CUES: Cue[] = [
  // Rule statements and generic talk that look like claims but are not.
  c('block/free-to-negotiate', 'talks', String.raw`\bfree to (?:negotiate|discuss|talk|speak|sign)\b[^.;:!?,]{0,80}`, 0, { block: true }),
  c('block/purpose-talks', 'talks', String.raw`\bto (?:open|hold|begin|start|initiate) (?:talks|negotiations|discussions)\b`, 0, { block: true }),
  c('block/before-approach', 'approach', String.raw`\bbefore (?:making|launching|submitting) a (?:formal |firm )?(?:approach|bid|offer)\b`, 0, { block: true }),
  c('block/release-clause', 'bid', String.raw`\b(?:release|buyout|exit) clause\b`, 0, { block: true }),

  // Historical moves mentioned in passing.
  c('claim/footsteps@1', 'signed', String.raw`\bfollow(?:ing|ed|s)? in the footsteps of\b`, 0.7, { stance: 'affirmed' }),
  c('claim/past-move@1', 'signed', String.raw`\b(?:his|her|their) (?:own )?(?:bosman|free|big-money|record|record-breaking|high-profile|switch|dream)? ?(?:move|transfer|switch) (?:to|from) ${W}(?:last (?:summer|season|year|january)|in (?:19|20)\d\d|years ago)`, 0.7, { stance: 'affirmed' }),

  // Extensions: a refused contract offer is an offer and a refusal.
  c('claim/contract-offer-refused@1', 'extension_offer', String.raw`\b(?:turned down|rejected|rebuffed|snubbed|refused|knocked back|turns down|rejects)\b(?: the (?:opportunity|chance|offer) of)? (?:a|an|the|his|their)? ?${NEWDEAL}`, 0.8, { stance: 'affirmed', also: { type: 'extension_signed', stance: 'denied' }, renewal: true }),
  c('claim/extension-in-principle@1', 'extension_signed', String.raw`\bagreement in principle\b${W}\b(?:new|contract|extension|deal)\b`, 0.8, { renewal: true }),
  c('claim/extension-signed@1', 'extension_signed', String.raw`\b(?:signed|signs|has signed|penned|pens|put pen to paper on|agreed|agrees|struck|strikes|inked|inks|committed to|commits to)\b (?:a |an |his |the )?${NEWDEAL}`, 0.85, { renewal: true }),
  c('claim/extension-signed-2@1', 'extension_signed', String.raw`\b(?:committed|commits|extended|extends|renewed|renews) (?:his|her) (?:future|contract|deal|stay)\b`, 0.8, { renewal: true }),
  c('claim/extension-signed-3@1', 'extension_signed', String.raw`\b(?:contract extension|new deal|new contract|extension|renewal) (?:has been |was |is )?(?:signed|agreed|completed|confirmed|announced|sealed)\b`, 0.8, { renewal: true }),
  c('claim/extension-not-agreed@1', 'extension_signed', String.raw`\bclose to agreeing (?:a |an )?${NEWDEAL}`, 0.7, { renewal: true }),
  c('claim/extension-commit-refused@1', 'extension_signed', String.raw`\b(?:commit(?:ted)? to|sign|agree) (?:a )?${NEWDEAL_SHORT}`, 0.6, { renewal: true }),
  c('claim/extension-offer@1', 'extension_offer', String.raw`\b(?:talks|discussions|discussing|negotiations|negotiating|working towards|close to|closer to|pushing|push|agreeing|offered|offer|talks over|extend|extending|tie)\b${W}\b(?:${NEWDEAL}|contract extension|extension|renewal|his contract|his deal|(?:him )?down to)\b`, 0.75, { renewal: true }),
  c('claim/extension-offer-2@1', 'extension_offer', String.raw`\b(?:contract|renewal|extension) (?:talks|offer|negotiations|discussions)\b`, 0.75, { renewal: true }),
  c('claim/extension-offer-3@1', 'extension_offer', String.raw`\b(?:an |a |the )?offer (?:has been|is|was) on the table\b`, 0.6, { renewal: true }),

  // The owning club refuses.
  c('claim/not-for-sale@1', 'not_for_sale', String.raw`\bnot (?:for sale|be sold|going to be sold|available)\b`, 0.85, { stance: 'affirmed' }),
  c('claim/not-for-sale-2@1', 'not_for_sale', String.raw`\b(?:not|no|never) (?:opening|open|open to opening) (?:the )?doors?\b|\b(?:no intention|unwilling|not willing|refus(?:e|es|ed|ing)|reluctant) (?:of |to )?(?:sell|selling|part with|let him (?:go|leave)|cash in)\b|\bwill not (?:sell|let him (?:go|leave))\b|\bholding firm\b|\bnon-negotiable\b|\buntouchable\b|\bnot for sale\b`, 0.8, { stance: 'affirmed' }),
  c('claim/open-to-sale@1', 'not_for_sale', String.raw`\b(?:open to|willing to|ready to|prepared to) (?:sell|selling|offload|cash in|let him (?:go|leave)|sanction (?:a|his) sale)\b|\bsale (?:has been )?(?:greenlit|sanctioned|approved)\b|\b(?:greenlit|sanctioned|approved) (?:a|the|his) sale\b|\bup for sale\b|\btransfer-listed\b|\bavailable for transfer\b`, 0.75, { stance: 'denied' }),

  // Rejections: a club turning down an approach or bid; the player turning down a move.
  c('claim/bid-rejected@1', 'bid_rejected', String.raw`\b(?:rejected|rebuffed|dismissed|turned down|snubbed|knocked back|refused|rejects|rebuffs|dismisses|turns down|rejecting|rebuffing|dismissing|turning down)\b(?: (?:a|an|the|their|his|its|this|that|any))?(?: \S+){0,3}? (?:approach|approaches|bid|bids|offer|offers|proposal|enquiry|overtures|advances)\b`, 0.85, { actor: 'holder' }),
  c('claim/bid-rejected-2@1', 'bid_rejected', String.raw`\b(?:approach|bid|offer|proposal|enquiry)\b(?: \S+){0,4}? (?:was|has been|had been|were|have been) (?:swiftly |quickly |flatly |firmly )?(?:rejected|rebuffed|dismissed|turned down|knocked back|snubbed)\b`, 0.85, { actor: 'holder' }),
  c('claim/rejected-move@1', 'rejected_move', String.raw`\b(?:does not|doesn't|did not|didn't|has no|is not|isn't|not|no) (?:want|wish|intend|interested|desire)(?: \w+){0,2}? (?:to )?(?:move|leave|join|go|moving|leaving|joining|switch)\b`, 0.8, { stance: 'affirmed', actor: 'player' }),
  c('claim/rejected-move-2@1', 'rejected_move', String.raw`\b(?:turned down|rejected|snubbed|refused|turns down|rejects|snubs|refuses|ruled out|rules out)\b (?:a |the |an )?(?:move|switch|transfer|chance|opportunity|proposal from|offer from|approach from)\b`, 0.75, { stance: 'affirmed', actor: 'player' }),

  // Staying or leaving.
  c('claim/wants-out@1', 'stays', String.raw`\bwants? to (?:leave|depart|quit|move on|exit|join)\b|\b(?:determined|plans?|planning|intends?|decided) to (?:leave|depart|quit)\b|\bhanded in a transfer request\b|\bpush(?:ing|es)? for (?:a|an) (?:move|exit|transfer)\b|\bwill leave (?:the club|on a free|in the summer|at the end)\b|\bmade up his mind to leave\b`, 0.75, { stance: 'denied', actor: 'player' }),
  c('claim/stays@1', 'stays', String.raw`(?<!(?:contract|deal|terms|offer) )\b(?:will|to|set to|expected to|wants to|happy to|intends to|plans to|decided to|going to) (?:stay|remain)\b(?! in the (?:north|south|capital|city|area|country|league))|\b(?:is staying|stays|remains) at\b|\bnot (?:be )?leaving\b`, 0.7, { actor: 'player' }),

  // Collapse.
  c('claim/collapsed@1', 'collapsed', String.raw`\b(?:collapsed|collapse|broken down|broke down|break down|fell through|falls through|fallen through|called off|pulled out|pull out|pulls out|walked away|walk away|walks away|abandoned|abandon|scrapped|off the table|ended (?:their|its|his) (?:interest|pursuit)|(?:deal|move|transfer) is (?:now )?off|ended talks|withdrawn)\b`, 0.8),

  // Completion.
  c('claim/signed@1', 'signed', String.raw`\b(?:has|have|had) (?:now )?(?:completed|sealed|finalised|finalized|confirmed) (?:his|her|a|the|their) (?:\S+ )?(?:move|transfer|switch|loan|signing|arrival)\b|\b(?:completes|completed|seals|sealed) (?:a |his |the |her )?(?:\S+ )?(?:move|transfer|switch|loan)\b|\bofficially (?:joined|signed|unveiled|announced|completed)\b|\b(?:announced|confirmed|unveiled) (?:the )?(?:signing|arrival)\b|\b(?:has|have) (?:officially )?(?:joined|signed for)\b|\bsigned for\b|\bis now (?:a|an) \S+ player\b`, 0.85, { stance: 'affirmed' }),

  // Medical, agreement, pre-contract, personal terms.
  c('claim/medical@1', 'medical', String.raw`\bmedical\b`, 0.8),
  c('claim/here-we-go@1', 'agreement', String.raw`\bhere we go\b`, 0.9, { stance: 'affirmed' }),
  c('claim/pre-contract@1', 'pre_contract', String.raw`\bpre-?contract\b(?: agreement| deal)?|\bcommit(?:ted)? to a future (?:outside|away)\b|\bagreed to join\b${W}\bon a free\b`, 0.75),
  c('claim/personal-terms@1', 'personal_terms', String.raw`\bpersonal terms\b|\b(?:agreed|agree) terms\b|\bterms (?:have been |are |were )?agreed\b`, 0.8),
  c('claim/bid-accepted@1', 'agreement', String.raw`\b(?:accepted|accept|accepts|accepting)\b(?: (?:a|an|the|their|his|its))?(?: \S+){0,3}? (?:bid|offer|proposal)\b|\b(?:bid|offer) (?:has been |was |had been )?accepted\b`, 0.85, { actor: 'holder' }),
  c('claim/agreement@1', 'agreement', String.raw`\b(?:agreement|deal|fee) (?:has been |is |was |had been )?(?:agreed|reached|struck|done|in place|finalised|finalized|sealed)\b|\b(?:agreed|reached|struck|agree|agrees|reach|reaches|strike|strikes) (?:a |an |the )?(?:\S+ ){0,2}?(?:deal|agreement|fee)\b|\bagreement (?:in principle|between|with)\b|\bchance of a deal\b|\b(?:close to|closing in on|on the verge of|nearing) (?:a |an |the )?(?:deal|agreement|move|switch|transfer)\b|\bdeal (?:is )?(?:close|imminent|on the cards)\b`, 0.75),

  // Talks, bids, approaches.
  c('claim/talks@1', 'talks', String.raw`\b(?:talks|negotiations|negotiation|negotiating|negotiate|discussions|discussing)\b|\btalk(?:ing)? (?:directly )?(?:to|with)\b|\bin (?:advanced )?contact with\b|\bdiscuss (?:a|the) (?:deal|move|transfer)\b`, 0.75),
  c('claim/bid-effort@1', 'interest', String.raw`\bbid to (?:bring|sign|land|lure|secure|acquire|tempt)\b`, 0.7),
  c('claim/approach-informal@1', 'approach', String.raw`\b(?:informal|verbal|tentative) (?:proposal|offer|contact|enquiry|approach)\b|\b(?:initial|opening|first) (?:contact|enquiry|approach)\b|\bproposal to (?:the|him|his)\b`, 0.75),
  c('claim/bid-received@1', 'bid', String.raw`\b(?:received|receive|receives|receiving)\b (?:a|an|any|the|their|his|its)? ?(?:\S+ ){0,3}?(?:bid|offer|proposal)s?\b`, 0.75, { actor: 'holder' }),
  c('claim/bid@1', 'bid', String.raw`\b(?:offered|offer|offering) to (?:buy|sign|pay)\b|\b(?:made|make|making|submitted|submit|submits|tabled|table|tables|lodged|lodge|lodges|launched|launch|sent|send|sends|submitting|tabling|lodging|presented)\b (?:a|an|their|his|its|the)? ?(?:\S+ ){0,3}?(?:bid|offer|proposal)\b|\b(?:bid|offer) (?:of|worth|in the region of)\b|\b(?:opening|improved|fresh|second|formal|official|record|club-record|verbal|written|first) (?:bid|offer)\b|[£€$][\d.,]+ ?(?:m|million|bn|billion)?(?:-plus)? (?:bid|offer)\b`, 0.8),
  c('claim/approach@1', 'approach', String.raw`\b(?:approach|approached|approaches|approaching)\b|\b(?:made|make|making) (?:an? )?(?:\S+ )?(?:contact|enquiry|move)\b|\bfirst contact\b|\benquir(?:y|ies|ed)\b|\bsounded out\b|\b(?:been|got|get|getting|gets) in touch\b|\btried for\b|\btest(?:ed)? the waters\b|\b(?:made|make|making) (?:a )?(?:move|play) for\b`, 0.75),

  // Interest.
  c('claim/target@1', 'interest', String.raw`\b(?:top|primary|main|priority|number one|no\.? ?1|dream|key|prime|first-choice|leading|summer|january|transfer|prime) (?:\S+ ){0,3}?targets?\b|\btargets?\b|\btargeting\b|\btargeted\b`, 0.75),
  c('claim/interest@1', 'interest', String.raw`\binterest(?:ed)? in\b|\binterest from\b|\b(?:stepped up|step up|steps up|register(?:ed)?|express(?:ed)?|show(?:n|ed)?|serious|strong|concrete|firm) (?:their |his |its )?interest\b|\bkeen (?:on|to sign|to bring|to land)\b|\badmirers?\b|\badmire\b|\bmonitor(?:ing|ed)?\b|\btrack(?:ing|ed)?\b|\beye(?:ing|ing up)?\b|\blinked (?:with|to)\b|\bin the race\b|\b(?:lead|leads|leading|led|join|joined|joining|enter|entered|entering) the race\b|\bweigh(?:ing|s)? up\b|\bconsider(?:ing|s)? (?:a|an) (?:\S+ )?(?:move|bid|offer|approach)\b|\b(?:summer|january|winter|potential|possible|surprise|shock|late) move for\b|\bmove for\b|\bchas(?:e|ing)\b|\bpursu(?:it|ing)\b|\bplotting\b|\bshortlist(?:ed)?\b|\bscout(?:ed|ing)\b|\bwant(?:s|ed)? to (?:sign|bring|land)\b|\bgoing (?:very )?strong for\b|\bconfident (?:of|about) (?:signing|landing)\b|\bconfident (?:that )?(?:he|they|the player) will (?:sign|join|land|move)\b|\bconfident they will (?:land|sign)\b|\b(?:waiting|hoping|looking|aiming) to (?:sign|land|lure|bring)\b|\bworking on (?:signing|a deal|this deal|the deal|a move|a package|bringing)\b|\bcoveted by\b|\bin their sights\b|\bpushing\b${W}\b(?:to sign|to bring|for)\b|\bconsider(?:s|ed)? him\b|\b(?:lure|tempt)\b`, 0.7),
]
