/**
 * A move's progress and its end: collapse, completion, medical, agreement, pre-contract and
 * personal terms (SPEC §5).
 */
import { c, W, type Cue } from './shared.ts'

export const COLLAPSE: Cue[] = [
  c('claim/collapsed@1', 'collapsed', String.raw`\b(?:collapsed|collapse|broken down|broke down|break down|fell through|falls through|fallen through|fell apart|falls apart|fallen apart|called off|pulled out|pull out|pulls out|walked away|walk away|walks away|abandoned|abandon|scrapped|off the table|ended (?:their|its|his) (?:interest|pursuit)|(?:deal|move|transfer) is (?:now )?off|ended talks|withdr(?:ew|awn|aws?) (?:from|out of) the (?:chase|race|pursuit|running|talks|deal)(?: for)?|withdrawn|withdrew|withdraws)\b`, 0.8, { keywords: ['collapsed', 'collapse', 'broken', 'broke', 'break', 'fell', 'falls', 'fallen', 'called', 'pulled', 'pull', 'pulls', 'walked', 'walk', 'walks', 'abandoned', 'abandon', 'scrapped', 'table', 'ended', 'off', 'withdrew', 'withdrawn', 'withdraw', 'withdraws'] }),
  // Pulling back from the race: "out of the running", "stepped back", "no longer in negotiation".
  c('claim/out-of-race@1', 'collapsed', String.raw`\bout of the (?:race|running)\b|\bstep(?:ped|s|ping)? (?:back|aside)\b|\bno longer (?:in (?:negotiations?|talks|the race|the running|contention)|involved|interested|pursuing)\b|\b(?:turn(?:ed|s|ing)?|switch(?:ed|es|ing)?) (?:their|his|its) (?:attention|focus) (?:elsewhere|to (?:other|alternative|different) (?:targets|options|players))\b|\b(?:look|looking|looks|looked) elsewhere\b|\bmoved on\b|\bg(?:ave|iven|ive|iving) up (?:on )?(?:the |their |his )?(?:chase|pursuit|hope)?\b`, 0.75, { keywords: ['race', 'running', 'step', 'stepped', 'steps', 'stepping', 'longer', 'attention', 'focus', 'elsewhere', 'moved', 'gave', 'given', 'give', 'giving'] }),
  c('claim/interest-cooled@1', 'interest', String.raw`\binterest (?:has |have |had )?(?:cooled|waned|faded)\b|\bcooled (?:their|its|his) interest\b`, 0.7, { keywords: ['cooled', 'waned', 'faded'], stance: 'denied' }),
]

export const COMPLETION: Cue[] = [
  c('claim/signed@1', 'signed', String.raw`\b(?:has|have|had) (?:now )?(?:completed|sealed|finalised|finalized|confirmed) (?:his|her|a|the|their) (?:\S+ )?(?:move|transfer|switch|loan|signing|arrival)\b|\b(?:completes|completed|seals|sealed|complete) (?:a |his |the |her )?(?:\S+ )?(?:move|transfer|switch|loan)\b|\bofficially (?:joined|signed|unveiled|announced|completed)\b|\b(?:announced|confirmed|unveiled|completed) (?:the )?(?:signing|arrival)\b|\b(?:has|have) (?:officially )?(?:joined|signed for)\b|\bsigned for\b|\bis now (?:a|an) \S+ player\b`, 0.85, { keywords: ['completed', 'sealed', 'finalised', 'finalized', 'confirmed', 'completes', 'seals', 'complete', 'officially', 'announced', 'unveiled', 'joined', 'signed', 'player'], stance: 'affirmed' }),
  // "has signed a contract until 2031": a move, or a renewal when only his own club is named.
  c('claim/contract-signed@1', 'signed', String.raw`\b(?:signed|signs|has signed|will sign|to sign|put pen to paper on|penned|pens) (?:a |his |the |an )?(?:\S+ )?(?:\S+ )?(?:contract|deal)\b`, 0.7, { keywords: ['signed', 'signs', 'sign', 'pen', 'penned', 'pens'], renewalAs: 'extension_signed' }),
  // "joined Villa on loan from United", "arrived from Wolves", "sold to Madrid".
  c('claim/joined@1', 'signed', String.raw`(?<!(?:to|of|about|into|before|after|on|from) )\b(?:joined|joining|joins)\b(?! (?:the|a|an) (?:race|queue|list|shortlist|chase|hunt))`, 0.75, { keywords: ['joined', 'joining', 'joins'], stance: 'affirmed', clubAfter: 6 }),
  c('claim/arrived-from@1', 'signed', String.raw`\b(?:arrived|arriving|arrives|arrival|moved|moving|came|switched) (?:\S+ )?from\b|\b(?:was|were|been) sold to\b|\bloan (?:spell )?(?:at|with)\b|\bon loan (?:at|with|to)\b|\bleft (?:\S+ ){0,2}?on loan for\b`, 0.7, { keywords: ['arrived', 'arriving', 'arrives', 'arrival', 'moved', 'moving', 'came', 'switched', 'sold', 'loan'], stance: 'affirmed', clubAfter: 4 }),
  // "signed Dean Huijsen from Bournemouth", "paid Brighton £115m for Caicedo": the object is the player.
  c('claim/signed-object@1', 'signed', String.raw`\b(?:signed|brought in|bought|recruited|snapped up)\b|(?<=, )signing\b|\bpaid (?:\S+ ){1,3}?for\b`, 0.75, { keywords: ['signed', 'brought', 'bought', 'recruited', 'snapped', 'signing', 'paid'], stance: 'affirmed', objectPlayer: 45 }),
]

export const DEAL: Cue[] = [
  c('claim/medical@1', 'medical', String.raw`\bmedical\b|\bundergo(?:ne|es|ing)? tests\b|\bunderwent tests\b`, 0.8, { keywords: ['medical', 'tests'] }),
  c('claim/here-we-go@1', 'agreement', String.raw`\bhere we go\b`, 0.9, { keywords: ['here'], stance: 'affirmed' }),
  c('claim/pre-contract@1', 'pre_contract', String.raw`\bpre-?contract\b(?: agreement| deal)?|\bcommit(?:ted)? to a future (?:outside|away)\b|\bagreed to join\b${W}\bon a free\b|\bgiven (?:his|her) word to\b`, 0.75, { keywords: ['contract', 'precontract', 'future', 'join', 'word'] }),
  c('claim/personal-terms@1', 'personal_terms', String.raw`\bpersonal terms\b|\b(?:agreed|agree) terms\b|\bterms (?:have been |are |were )?agreed\b|\b(?:his|her) decision is\b`, 0.8, { keywords: ['terms', 'decision'] }),
  c('claim/bid-accepted@1', 'agreement', String.raw`\b(?:accepted|accept|accepts|accepting)\b(?: (?:a|an|the|their|his|its))?(?: \S+){0,3}? (?:bid|offer|proposal)\b|\b(?:bid|offer) (?:has been |was |had been )?accepted\b|\baccepting the (?:third|second|fourth|latest|new|improved|final)\b`, 0.85, { keywords: ['accepted', 'accept', 'accepts', 'accepting'], actor: 'holder' }),
  c('claim/agreement@1', 'agreement', String.raw`\b(?:agreement|deal|fee) (?:has been |is |was |had been )?(?:agreed|reached|struck|done|in place|finalised|finalized|sealed)\b|\b(?:agreed|reached|struck|agree|agrees|reach|reaches|strike|strikes|agreeing) (?:a |an |the )?(?:\S+ ){0,2}?(?:deal|agreement|fee)\b|\bagreement (?:in principle|between|with)\b|\bchance of a deal\b|\b(?:close to|closing in on|on the verge of|nearing) (?:a |an |the )?(?:deal|agreement|move|switch|transfer)\b|\bdeal (?:is )?(?:close|imminent|on the cards)\b|\b(?:set|poised|expected|due) to join\b|\bis now sealed\b`, 0.75, { keywords: ['agreement', 'deal', 'fee', 'agreed', 'reached', 'struck', 'agree', 'agrees', 'reach', 'reaches', 'strike', 'strikes', 'agreeing', 'chance', 'close', 'closing', 'verge', 'nearing', 'join', 'sealed'] }),
]
