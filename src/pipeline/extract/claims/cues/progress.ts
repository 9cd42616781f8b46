/**
 * A move's progress and its end: collapse, completion, medical, agreement, pre-contract and
 * personal terms (SPEC §5).
 */
import { c, FEE, INTENT, NOT_WAGE, W, type Cue } from './shared.ts'

export const COLLAPSE: Cue[] = [
  c('claim/collapsed@1', 'collapsed', String.raw`\b(?:collapsed|collapse|broken down|broke down|break down|fell through|falls through|fallen through|fell apart|falls apart|fallen apart|called off|pulled out|pull out|pulls out|walked away|walk away|walks away|abandoned|abandon|scrapped|off the table|ended (?:their|its|his) (?:interest|pursuit)|(?:deal|move|transfer) is (?:now )?off|ended talks|withdr(?:ew|awn|aws?) (?:from|out of) the (?:chase|race|pursuit|running|talks|deal)(?: for)?|withdrawn|withdrew|withdraws)\b`, 0.8, { keywords: ['collapsed', 'collapse', 'broken', 'broke', 'break', 'fell', 'falls', 'fallen', 'called', 'pulled', 'pull', 'pulls', 'walked', 'walk', 'walks', 'abandoned', 'abandon', 'scrapped', 'table', 'ended', 'off', 'withdrew', 'withdrawn', 'withdraw', 'withdraws'] }),
  // Pulling back from the race: "out of the running", "stepped back", "no longer in negotiation".
  c('claim/out-of-race@1', 'collapsed', String.raw`\bout of the (?:race|running)\b|\bstep(?:ped|s|ping)? (?:back|aside)\b|\bno longer (?:in (?:negotiations?|talks|the race|the running|contention)|involved|interested|pursuing)\b|\b(?:turn(?:ed|s|ing)?|switch(?:ed|es|ing)?) (?:their|his|its) (?:attention|focus) (?:elsewhere|to (?:other|alternative|different) (?:targets|options|players))\b|\b(?:look|looking|looks|looked) elsewhere\b|\bmoved on\b(?! to\b)|\bg(?:ave|iven|ive|iving) up\b(?: on)?(?: (?:the |their |his )?(?:chase|pursuit|hope)\b)?`, 0.75, { keywords: ['race', 'running', 'step', 'stepped', 'steps', 'stepping', 'longer', 'attention', 'focus', 'elsewhere', 'moved', 'gave', 'given', 'give', 'giving'] }),
  c('claim/interest-cooled@1', 'interest', String.raw`\binterest (?:has |have |had )?(?:cooled|waned|faded)\b|\bcooled (?:their|its|his) interest\b`, 0.7, { keywords: ['cooled', 'waned', 'faded'], stance: 'denied' }),
]

/**
 * What a club "joins" when it is no club: "joined the race to sign", "have joined the queue for",
 * "join the scramble": one more suitor (interest, pass 10's pursuit cues), never a move done.
 */
const NOT_A_CLUB = String.raw`(?:(?:the|a|an) )?(?:[\w-]+ )?(?:race|queue|list|shortlist|chase|hunt|scramble|battle|fight|running|bidding|fray)\b`

export const COMPLETION: Cue[] = [
  // "Spurs have triggered a £40m obligation to purchase Romero", "will exercise the buy option": a
  // loan made permanent, the permanent move done (or, with "will", expected).
  c('claim/option-triggered@1', 'signed', String.raw`\b(?:trigger(?:ed|s|ing)?|activat(?:e|ed|es|ing)|exercis(?:e|ed|es|ing)|take up|took up|taken up|takes up|taking up) (?:the |a |an |his |their |its )?(?:[£€$][\d.,]+ ?(?:m|million|bn|billion)? )?(?:(?:buy|purchase|buy-back|permanent) (?:option|obligation|clause)|(?:option|obligation) to (?:buy|purchase|sign|make)|(?:option|obligation|clause) (?:in (?:the|his|their) (?:loan )?(?:deal|contract|agreement) )?to (?:buy|purchase|make (?:the|his) (?:move|loan|deal) permanent))\b`, 0.75, { keywords: ['trigger', 'triggered', 'triggers', 'triggering', 'activate', 'activated', 'activates', 'activating', 'exercise', 'exercised', 'exercises', 'exercising', 'take', 'took', 'taken', 'takes', 'taking'] }),
  // "They completed the signing of Portugal defender Cancelo", "announced the arrival of Lang", "are
  // set to finalise their £12m capture of Salah" (expected: pass 20 reads "set to"; "close to
  // completing the signing of" is the talks cue's): the
  // player is the object, the cue's subject club the destination.
  c('claim/signing-of@1', 'signed', String.raw`\b(?:announced|confirmed|unveiled|completed|completes|finalised|finalized|sealed|secured|secures|wrapped up) (?:the |their |its )?${FEE}(?:\S+ )?(?:signings?|arrivals?|captures?|acquisitions?) of\b|\b(?:complete|completing|finalise|finalises|finalising|finalize|finalizes|finalizing|seal|seals|sealing|secure|securing|announce|announces|announcing|wrap up|wraps up|wrapping up)(?<!\b(?:close to|closer to|closing in on|nearing|verge of|brink of|cusp of|edging towards|ready to|${INTENT} to) [\w ]+) (?:the |their |its )?${FEE}(?:\S+ )?(?:signings?|captures?|acquisitions?) of\b`, 0.85, { keywords: ['announced', 'confirmed', 'unveiled', 'completed', 'completes', 'finalised', 'finalized', 'sealed', 'secured', 'secures', 'secure', 'securing', 'announce', 'announces', 'announcing', 'wrapped', 'complete', 'completing', 'finalise', 'finalises', 'finalising', 'finalize', 'finalizes', 'finalizing', 'seal', 'seals', 'sealing', 'wrap', 'wraps', 'wrapping'], stance: 'affirmed', objectPlayer: 45 }),
  // "third signing of the summer following the signing of Bologna's Calafiori", "following the
  // completion of a deal for Raya and the signing of Calafiori": a signing named as done before another.
  c('claim/after-signing-of@1', 'signed', String.raw`\b(?:following|after) (?:the )?(?:signing|arrival|capture|acquisition) of\b|(?<=\b(?:following|after) [^.;:!?]{0,60}?)\band (?:the )?(?:signing|arrival|capture|acquisition) of\b`, 0.75, { keywords: ['signing', 'arrival', 'capture', 'acquisition'], stance: 'affirmed', objectPlayer: 45 }),
  c('claim/signed@1', 'signed', String.raw`\b(?:has|have|had) (?:now )?(?:completed|sealed|finalised|finalized|confirmed) (?:his|her|a|the|their) (?:\S+ )?(?:move|transfer|switch|loan|signing|arrival)\b|(?:(?<!\bto )|(?<=\b(?:set|expected|poised|about|ready|going|likely|able) to ))\b(?:completes|completed|seals|sealed|complete|finalise|finalize|finalises|finalizes|finalised|finalized|seal) (?:a |his |the |her )?(?:[£€$][\d.,]+ ?(?:m|million|bn|billion)? (?:\+ |plus )[£€$]?[\d.,]+ ?(?:m|million|bn|billion)? )?(?:\S+ )?(?:move|transfer|switch|loan)\b|\bofficially (?:joined|signed|unveiled|announced|completed)\b|\b(?:announced|confirmed|unveiled|completed) (?:the )?(?:signing|arrival)\b|\b(?:has|have) (?:officially )?(?:joined(?! (?:[\w'-]+ ){1,4}?in \w+ing\b)(?! ${NOT_A_CLUB})|signed for)\b|\bsigned for\b|\bis now (?:a|an) \S+ player\b|\b(?:completed|completes|completing(?<=\b(?:after|since|upon|on|having|by) completing)) (?:a |the |their )?(?:\S+ ){0,3}?deals? (?:for|to sign)\b`, 0.85, { keywords: ['completed', 'sealed', 'finalised', 'finalized', 'confirmed', 'completes', 'seals', 'complete', 'officially', 'announced', 'unveiled', 'joined', 'signed', 'player', 'finalise', 'finalize', 'finalises', 'finalizes', 'seal', 'completing'], stance: 'affirmed' }),
  // "has signed a contract until 2031": a move, or a renewal when only his own club is named.
  c('claim/contract-signed@1', 'signed', String.raw`\b(?:signed|signs|has signed|will sign|to sign|put pen(?:-| )to(?:-| )paper on|penned|pens) (?:a |his |the |an )?(?:\S+ )?(?:\S+ )?(?:contract|deal|paperwork|documents|papers)\b`, 0.7, { keywords: ['signed', 'signs', 'sign', 'pen', 'penned', 'pens'], renewalAs: 'extension_signed' }),
  // "are expected to confirm him as their first signing of the summer", "unveiled Tah as their new
  // centre-back signing": the club naming the player its own (expected when pass 20 reads "expected").
  c('claim/confirmed-as@1', 'signed', String.raw`\b(?:confirm|confirms|confirmed|confirming|announce|announces|announced|announcing|unveil|unveils|unveiled|unveiling|present|presents|presented|presenting) (?:[\w'’.-]+ ){1,3}?as (?:their|its|the club's|a|an) (?:\S+ ){0,3}?(?:signing|recruit|arrival|acquisition)\b`, 0.75, { keywords: ['confirm', 'confirms', 'confirmed', 'confirming', 'announce', 'announces', 'announced', 'announcing', 'unveil', 'unveils', 'unveiled', 'unveiling', 'present', 'presents', 'presented', 'presenting'], stance: 'affirmed' }),
  // "joined Villa on loan from United", "arrived from Wolves", "arrived at Villa from Lyon", "sold to Madrid".
  c('claim/joined@1', 'signed', String.raw`(?<!\b(?:to|of|about|into|before|on|from) )\b(?:joined|joining|joins)\b(?! ${NOT_A_CLUB})(?! by\b)`, 0.75, { keywords: ['joined', 'joining', 'joins'], stance: 'affirmed', clubAfter: 6 }),
  c('claim/arrived-from@1', 'signed', String.raw`\b(?:arrived|arriving|arrives|arrival|moved|moving|came|switched) (?:\S+ )?from\b|\b(?:arrived|arriving|arrives|moved|moving|came|switched) (?:at|to) (?=(?:\S+ ){1,4}?from\b)|\b(?:was|were|been) sold to\b|\bloan (?:spell )?(?:at|with)\b|\bon loan (?:at|with|to)\b|\bleft (?:\S+ ){0,2}?on loan for\b`, 0.7, { keywords: ['arrived', 'arriving', 'arrives', 'arrival', 'moved', 'moving', 'came', 'switched', 'sold', 'loan'], stance: 'affirmed', clubAfter: 4 }),
  // "when Toney moved to Al-Ahli last summer", "switched to Lazio in 2019": a move done, to the
  // club named right after the verb (never "could be moved to", whose modality pass 20 reads).
  c('claim/moved-to@1', 'signed', String.raw`\b(?:moved|switched|transferred) (?:\S+ )?to\b`, 0.7, { keywords: ['moved', 'switched', 'transferred'], stance: 'affirmed', clubAfter: 4 }),
  // "who swapped Dortmund for the Bernabeu in 2023", "traded Ajax for Barcelona": from the first
  // club to the one after "for".
  c('claim/swapped@1', 'signed', String.raw`\b(?:swapped|swapping|swaps|traded|exchanged)\b`, 0.7, { keywords: ['swapped', 'swapping', 'swaps', 'traded', 'exchanged'], stance: 'affirmed', clubAfter: 40 }),
  // "McManaman left Liverpool for Real Madrid in 1999": the swap of one club for another.
  c('claim/left-for@1', 'signed', String.raw`\bleft(?= (?:[\w'’.-]+ ){1,6}?for )`, 0.7, { keywords: ['left'], stance: 'affirmed', clubAfter: 40 }),
  // "Brighton sold Caicedo to Chelsea", "Chelsea have offloaded Lukaku to Napoli": the subject sells
  // the player named next to the club after "to".
  c('claim/sold-to@1', 'signed', String.raw`\b(?:sold|offloaded)(?= (?:[\w'’.-]+ ){1,6}?to\b)`, 0.75, { keywords: ['sold', 'offloaded'], stance: 'affirmed', objectPlayer: 45, lender: true }),
  // "the £18m Chelsea received from Wolfsburg for De Bruyne": the club paying buys him.
  c('claim/received-for@1', 'signed', String.raw`\b(?:received|recouped|banked|pocketed|collected)(?= (?:[\w'’.-]+ ){0,4}?from (?:[\w'’.-]+ ){1,4}?for\b)`, 0.7, { keywords: ['received', 'recouped', 'banked', 'pocketed', 'collected'], stance: 'affirmed', lender: true, clubAfter: 40 }),
  // "spent £250m on the likes of A, B and C", "splashed out €80m on Rodri", "paid his £50m release
  // clause": money spent on a player buys him (the players of a list each, pass 40).
  c('claim/spent-on@1', 'signed', String.raw`\b(?:spent|splashed out|splashed|forked out|shelled out|lavished) (?:more than |over |almost |nearly |around |about |some |a combined |a total of )?[£€$][\d.,]+ ?(?:m|million|bn|billion)?\b(?: [\w-]+){0,3}? on (?:the likes of |the signings? of |signing |deals for )?`, 0.7, { keywords: ['spent', 'splashed', 'forked', 'shelled', 'lavished'], stance: 'affirmed', objectPlayer: 20 }),
  // The cue stops before "release clause", a blocker's span (a clause's mere existence is no claim).
  c('claim/clause-paid@1', 'signed', String.raw`\b(?:paid|met|triggered|activated) (?:his|her|the|a|an|their)(?: (?:staggering|reported|whopping|hefty|huge|full|entire|record|club-record|world-record|mammoth))?(?: [£€$][\d.,]+ ?(?:m|million|bn|billion)?| \S+)?(?= (?:release|buyout|buy-out|exit) clause\b)`, 0.7, { keywords: ['paid', 'met', 'triggered', 'activated'], stance: 'affirmed' }),
  // "spent the second half of last season at Aston Villa", "spent last season on loan in Turin":
  // a season spent at another club is a (loan) move there.
  c('claim/season-at@1', 'signed', String.raw`\bspent (?:the )?(?:(?:first|second|latter|last) (?:half|part) of )?(?:the )?(?:last|previous|\d{4}-\d{2}|\d{4}/\d{2}) (?:season|campaign) (?:on loan )?(?:at|with|in)\b`, 0.7, { keywords: ['spent'], stance: 'affirmed', clubAfter: 4 }),
  // "Lille paid €27m to sign him from Gent", "after paying big sums for Bellingham in 2023".
  c('claim/paid-to-sign@1', 'signed', String.raw`\bpaid (?:\S+ ){1,4}?to (?:sign|buy|land|bring in|secure)\b|\b(?:after|since|by|when) (?:paying|splashing out|spending) (?:\S+ ){1,4}?(?:for|on)\b`, 0.75, { keywords: ['paid', 'paying', 'splashing', 'spending'], stance: 'affirmed', objectPlayer: 45 }),
  // "before he made his loan move to Real Sociedad permanent in 2012", "made the switch permanent":
  // a loan turned into a transfer, to the club named after "to" (or the cue's subject).
  c('claim/made-permanent@1', 'signed', String.raw`(?<!\b(?:obligation|option|options|right|clause|chance|possibility|view|intention|aim|plan|plans|hope|hopes|hoping|want|wants|looking|keen|able|would|could|may|might|can|will) (?:\w+ )?(?:to )?)\b(?:made|make|makes|making) (?:his|her|the|their|that) (?:loan )?(?:move|deal|switch|loan|transfer)(?= (?:to|at|with|from|for) [^.;:!?]{0,40}?\bpermanent\b| permanent\b)`, 0.75, { keywords: ['made', 'make', 'makes', 'making'] }),
  // "Middlesbrough loaned Wing to Sheffield Wednesday", "was sent out on loan to Albion": the
  // lending club's player moves to the club named next.
  c('claim/loaned-to@1', 'signed', String.raw`\bloaned (?:out )?(?:\S+ ){0,3}?to\b|\b(?:sent|send|sends|sending) (?:\S+ ){0,3}?(?:out )?on loan to\b`, 0.75, { keywords: ['loaned', 'loan'], stance: 'affirmed', clubAfter: 6, lender: true }),
  // "The forward, signed from Atletico Madrid in 2022, ...", "was bought from Ajax": a passive
  // signing names the club he came from; the destination is his club.
  c('claim/signed-from@1', 'signed', String.raw`\b(?:signed|bought|recruited|brought in|snapped up) from\b`, 0.7, { keywords: ['signed', 'bought', 'recruited', 'brought', 'snapped'], stance: 'affirmed', clubAfter: 4 }),
  // The player's side of a contract, signed or not: "everything is signed on the player's side",
  // "has completed his side of the deal", "nothing is signed yet", "has not signed anything". Pass
  // 40 reads a pre-contract when the player is running down his contract; else his terms agreed (his
  // side only: the clubs' part is still to come), or the move not signed.
  c('claim/player-side-signed@1', 'personal_terms', String.raw`\beverything (?:is|has been|was) (?:now |already )?signed\b|\b(?:completed|done|signed|fulfilled) (?:his|her) (?:side|part) of the (?:deal|agreement|contract)\b`, 0.75, { keywords: ['everything', 'side', 'part'], stance: 'affirmed' }),
  c('claim/nothing-signed@1', 'signed', String.raw`\bnothing (?:is|has been|was|had been) (?:yet |still |officially )?signed\b`, 0.7, { keywords: ['signed'], stance: 'denied' }),
  c('claim/signed-anything@1', 'signed', String.raw`(?<=\b(?:not|never|n't|yet to) (?:yet )?)signed? anything\b`, 0.7, { keywords: ['signed', 'sign'] }),
  // "signed Dean Huijsen from Bournemouth", "paid Brighton £115m for Caicedo": the object is the
  // player ("was signed by the then-manager Wenger" names who signed him, no object).
  // player. Borrowing verbs count only before "on loan": "landed Ferguson on a season-long loan
  // from Brighton", "got him on loan", never "took Saka off" or "secured a 2-0 win".
  c('claim/signed-object@1', 'signed', String.raw`\b(?:signed|brought in|bought|recruited|snapped up)\b(?! by\b)|(?<=, )signing\b|\bpaid (?:\S+ ){1,3}?for\b|\b(?:got|landed|secured|taken|took|captured|acquired|borrowed|added)\b(?=(?: [\w'’.-]+){1,5}? on (?:a |an )?(?:[\w-]+ ){0,2}?loan\b)`, 0.75, { keywords: ['signed', 'brought', 'bought', 'recruited', 'snapped', 'signing', 'paid', 'got', 'landed', 'secured', 'taken', 'took', 'captured', 'acquired', 'borrowed', 'added'], stance: 'affirmed', objectPlayer: 45 }),
]

export const DEAL: Cue[] = [
  c('claim/medical@1', 'medical', String.raw`\bmedicals?\b|\bundergo(?:ne|es|ing)? tests\b|\bunderwent tests\b`, 0.8, { keywords: ['medical', 'medicals', 'tests'] }),
  // "United will pay £65m up front with a further £6m in add-ons", "the fee is €45 million with a
  // further €5m in add-ons": the price of a deal agreed.
  c('claim/will-pay@1', 'agreement', String.raw`\b(?:will|are to|is to|are set to|is set to|have agreed to|has agreed to|agreed to) (?:reportedly |now |also )?pay (?:\S+ ){0,3}?[£€$][\d.,]+ ?(?:m|million|bn|billion)?\b${NOT_WAGE}|^\s*(?:the|a) (?:agreed |transfer |total |initial |guaranteed )?fee (?:is|will be|was|has been set at) (?:an? )?(?:initial |guaranteed |fixed )?(?:around |about |roughly |in the region of )?[£€$]?[\d.,]+ ?(?:m|million|bn|billion)?(?: euros| pounds| dollars)?\b`, 0.7, { keywords: ['pay', 'fee'] }),
  c('claim/here-we-go@1', 'agreement', String.raw`\bhere we go\b`, 0.9, { keywords: ['here'], stance: 'affirmed' }),
  c('claim/pre-contract@1', 'pre_contract', String.raw`\bpre-?contract\b(?: agreement| deal)?|\bcommit(?:ted)? to a future (?:outside|away)\b|\bagreed to join\b${W}\bon a free\b|\bgiven (?:his|her) word to\b`, 0.75, { keywords: ['contract', 'precontract', 'future', 'join', 'word'] }),
  // "Chelsea and Real Madrid have agreed terms for the transfer of Morata": the clubs' deal, not the player's terms.
  c('claim/clubs-agree-terms@1', 'agreement', String.raw`\b(?:agreed|agree|agrees) terms (?:for|over|on) the (?:transfer|sale|signing)\b|\bterms (?:have been |were |are )?agreed (?:for|over|on) the (?:transfer|sale|signing)\b`, 0.8, { keywords: ['terms'] }),
  // "No agreement has been reached on personal terms", "there is no agreement yet over his wages":
  // the player's terms denied, not the clubs' deal (the personal terms follow the denial).
  c('claim/no-terms-agreed@1', 'personal_terms', String.raw`\bno (?:full |final )?agreement (?:(?:has|had|have) (?:yet |so far )?been |was |is )?(?:reached |struck |found )?(?:yet |so far |as yet )?(?:on|over|regarding) (?:the |his |the player's )?(?:personal terms|wages|salary|contract terms)\b`, 0.75, { keywords: ['agreement'], stance: 'denied' }),
  c('claim/personal-terms@1', 'personal_terms', String.raw`\bpersonal terms\b|\b(?:agreed|agree) terms\b|\bterms (?:have been |are |were )?agreed\b|\b(?:his|her) decision is\b`, 0.8, { keywords: ['terms', 'decision'] }),
  // "has agreed a provisional contract with PSG", "has provisionally agreed to a five-year
  // contract": the player's side of a move settled (with only his own club named, a renewal).
  c('claim/agreed-contract@1', 'personal_terms', String.raw`\b(?:has|have|had) (?:now |already |reportedly |provisionally |verbally |effectively |all but )?agreed (?:to )?(?:a|an|the) (?:[\w-]+ ){0,3}?contract\b(?= (?:with|at|until|till|to run|worth|running)\b| ?[,.;:!?]| ?$)`, 0.75, { keywords: ['agreed'], renewalAs: 'extension_signed' }),
  // A player accepting an offer takes the club's terms; a club accepts a bid. "accepted the offer
  // and join Sevilla", "accepted an offer to sign for Lille": the club he joins is named next.
  c('claim/player-accepts@1', 'personal_terms', String.raw`\b(?:accepted|accept|accepts|accepting)\b(?: (?:a|an|the|their|his|its))?(?: \S+){0,3}? (?:offer|proposal) (?:and |to )(?:join|move to|sign for|switch to)\b`, 0.8, { keywords: ['accepted', 'accept', 'accepts', 'accepting'], actor: 'player', clubAfter: 4 }),
  // "was convinced to accept the offer", "persuaded him to accept a pay cut": only people are persuaded.
  c('claim/player-accepts@1', 'personal_terms', String.raw`\b(?:convinced|persuaded|convince|persuade|convincing|persuading) (?:\S+ ){0,2}?to accept\b(?: (?:a|an|the|their|his|its))?(?: \S+){0,3}? (?:offer|proposal|terms|contract|deal|pay cut|wage cut)\b`, 0.8, { keywords: ['accept'], actor: 'player' }),
  c('claim/bid-accepted@1', 'agreement', String.raw`\b(?:accepted|accept|accepts|accepting)\b(?: (?:a|an|the|their|his|its))?(?: \S+){0,3}? (?:bid|offer|proposal)\b|\b(?:bid|offer) (?:has been |was |had been )?accepted\b|\baccepting the (?:third|second|fourth|latest|new|improved|final)\b`, 0.85, { keywords: ['accepted', 'accept', 'accepts', 'accepting'], actor: 'holder' }),
  // "is heading to Manchester United", "will join Juventus", "is set to head to Napoli": a move on
  // its way, to the club named next. The verb "head" only after "will" or "set to" and the like
  // (never "head coach"); those words stay out of the cue. "could head to" is a pursuit cue.
  c('claim/heading-to@1', 'agreement', String.raw`\b(?:headed|heading|bound) (?:for|to)\b|\bwill (?:now )?join\b|\bhead(?<=\b(?:will|set to|poised to|expected to|likely to|ready to|due to|going to) (?:now |also |still )?head) (?:for|to)\b`, 0.65, { keywords: ['headed', 'heading', 'bound', 'join', 'head'], clubAfter: 4 }),
  // "United have reached an agreement to loan Pereira to Lazio", "agreed to sell Ake to City": the
  // subject lends or sells the player named next to the club after "to".
  c('claim/agreed-to-send@1', 'agreement', String.raw`\b(?:agreement|deal|agreed|agree|agrees) to (?:loan|sell|send|offload|transfer)(?: out)?(?= (?:[\w'’.-]+ ){1,5}?to\b)`, 0.75, { keywords: ['agreement', 'deal', 'agreed', 'agree', 'agrees'], objectPlayer: 45, lender: true, actor: 'holder' }),
  // "Kean and Everton have both agreed to a loan to Lazio": a move settled, to the club named next.
  c('claim/agreed-move-to@1', 'agreement', String.raw`\b(?:has|have) (?:both |now |all )*agreed to (?:a |an |the )?(?:season-long |permanent |initial )?(?:loan|move|switch|transfer)(?: move| deal)? to\b`, 0.75, { keywords: ['agreed'], clubAfter: 6 }),
  // "Sevilla have locked down a move for Reyna", "tied up a deal for": the clubs' deal made, for the
  // player named next (a contract "locked down until 2028" is a renewal cue's).
  c('claim/locked-down@1', 'agreement', String.raw`\b(?:locked|locks|locking|tied|ties|tying) (?:down|up) (?:a |an |the |their )?${FEE}(?:\S+ )?(?:move|deal|transfer|switch|signing|agreement) (?:for|to sign)\b`, 0.75, { keywords: ['locked', 'locks', 'locking', 'tied', 'ties', 'tying'], objectPlayer: 45 }),
  // "United have already agreed the £62.5m signing of Cunha", "agreed the transfer of Morata": the
  // clubs' deal, for the player named next.
  c('claim/agreed-signing@1', 'agreement', String.raw`\b(?:agreed|agree|agrees|agreeing) (?:the |a |an )?${FEE}(?:\S+ )?(?:signing|transfer|sale|purchase) of\b`, 0.8, { keywords: ['agreed', 'agree', 'agrees', 'agreeing'], objectPlayer: 45 }),
  // "there is no agreement yet", "no deal at the moment", "no breakthrough yet": the deal denied in
  // so many words (with only his own club taking part, the renewal). Only before "yet", a time, a
  // party or the clause's end: "no deal is done until it is signed" is a rule, "no agreement on
  // personal terms" the player's side.
  c('claim/no-agreement@1', 'agreement', String.raw`\bno (?:(?:full|final|formal|concrete|total|official|club-to-club) )?(?:agreement|deal|breakthrough)\b(?= (?:yet|as yet|so far|in place|at (?:the|this) (?:moment|stage|time|point)|between|(?:has|have) been reached|reached)\b|\s*(?:[,.;:!?…]|$)| (?:with|over|for) (?!(?:the |his |a )?(?:player|personal|terms|wages?|salary|contract|new|fresh|extension|renewal|\w+'s (?:camp|agents?|representatives))\b))`, 0.7, { keywords: ['agreement', 'deal', 'breakthrough'], stance: 'denied' }),
  c('claim/agreement@1', 'agreement', String.raw`\b(?:has|have|had) (?:now )?agreed (?:a |an |the )?(?:\S+ )?(?:move|switch|transfer) (?:to|from)\b|\bagreed (?:a |an )(?:loan |permanent )?(?:move|switch|transfer) (?:to|from)\b|\b(?:has|have) (?:now |all but |effectively |virtually |practically )?agreed to join\b|\b(?:has|have|had) (?:now |finally |already )?(?:decided|chosen|opted) to join\b|\b(?:has|have) (?:now )?agreed to sign\b(?! (?:a |an |his |the )?(?:new|fresh|improved|extended|contract|deal)\b)|\b(?:agreement|deal|fee) (?:now )?(?:(?:has|had) (?:now )?been |is |was |having been )?(?:agreed|reached|struck|done|in place|finalised|finalized|sealed)\b|\b(?:agreed|reached|struck|agree|agrees|reach|reaches|reaching|strike|strikes|striking|agreeing) (?:a |an |the )?(?:\S+ ){0,2}?(?:deal|agreement|fee)\b|\b(?:come|came|comes|coming) to (?:a |an )?(?:\S+ )?(?:agreement|arrangement|deal)\b|\bagreement (?:in principle|between|with)\b|\bchance of a deal\b|\b(?:close to|closing in on|on the verge of|nearing) (?:(?:reaching|striking|agreeing) )?(?:a |an |the )?(?:(?:full|total|final|complete|definitive|formal|verbal|permanent|loan|first) )?(?:deal|agreement|move|switch|transfer)\b|\bdeal (?:is )?(?:close|imminent|on the cards)\b|\b(?:set|poised|expected|due) to join\b|\bis now sealed\b|\bin order to (?:join|complete (?:his|a|the) (?:move|loan|switch|transfer))\b|(?<!\b(?:hope|hopes|hoping|hoped|want|wants|wanted|look|looks|looking|aim|aims|aiming|push|pushing|keen|eager|desperate|try|tries|trying|attempt|attempting|seek|seeks|seeking|wait|waits|waiting|waited|plan|plans|planning|wish|wishes|bid|battle|battling|fight|fighting|race|racing|rush|rushing|scramble|scrambling|able|unable) )\bto (?:complete|finalise|finalize|seal) (?:his|her|a|the) (?:\S+ )?(?:move|loan|switch|transfer|signing|deal)\b|\b(?:wrapped|wraps|wrapping|wrap) up (?:a |an |the )?(?:\S+ )?(?:deal|agreement)\b|\b(?:arrangement|agreement|deal) (?:has been |is |was |had been )?(?:agreed|reached|struck)\b|\b(?:deal|fee|agreement) for (?:\S+ ){1,4}?(?:has|had|was|is) (?:been )?(?:finally |now |already |provisionally |eventually )?(?:agreed|reached|struck)\b`, 0.75, { keywords: ['agreement', 'deal', 'fee', 'agreed', 'reached', 'struck', 'agree', 'agrees', 'reach', 'reaches', 'strike', 'strikes', 'agreeing', 'chance', 'close', 'closing', 'verge', 'nearing', 'join', 'sealed', 'complete', 'finalise', 'finalize', 'seal', 'wrapped', 'wraps', 'wrapping', 'wrap', 'arrangement'] }),
  // "looks set to move to Napoli on loan", "City are set to sign Negredo": a move about to be done
  // (expected: pass 20 reads "set to"). Not "set to sign a new deal", a renewal.
  c('claim/set-to-move@1', 'agreement', String.raw`\b(?:set|poised|expected|due) to (?:move to|switch to|complete (?:a |the |his )?(?:move|switch|transfer) to)\b|\b(?:set|poised|due) to sign\b(?! (?:a |an |his |the )?(?:new|fresh|improved|extended|contract|deal|extension)\b)|\b(?:has|have|had) (?:now |finally |already )?decided to sign\b(?! (?:a |an |his |the )?(?:new|fresh|improved|extended|contract|deal|extension)\b)`, 0.75, { keywords: ['set', 'poised', 'expected', 'due', 'decided'] }),
]
