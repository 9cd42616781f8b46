/**
 * Pass 20: hedging and hypotheticals (SPEC §5). Conditionals ("if he joined"), opinions ("it is
 * hard to imagine", "would be well-advised") and appearances ("it appears") are not claims;
 * "could"/"may" make a claim speculative; "expect", "set to", "confident" make it expected;
 * "official", "confirmed" make it confirmed. A plan since overtaken ("looked set to join") and the
 * topic of a question ("Asked about a move for …") are not claims; the past perfect ("had been
 * linked with") tells what went before the news, so the claim is historical.
 */
import { scanWords, wordTable } from '../../time/word-scan.ts'
import { clauseAt, revise, type Candidate } from '../candidate.ts'
import { WISH_TO } from '../cues/shared.ts'

/** An appearance reported: "the move appears to have collapsed", "it seems the deal is off": hedged news, speculative. */
const APPEARS = /\b(?:appears|appeared|seems|seemed) to (?:have|be)\b/
/** An impersonal appearance opening a view: "it appears", "it seems" stay opinions. */
const IT_APPEARS = /\bit (?:appears|seems)\b/

/** Past moves mentioned in passing are facts even inside a conditional sentence ("should a move happen, he follows X and Y"). */
const PAST_MOVE_CUES = new Set(['claim/footsteps@1', 'claim/past-move@1'])
/** Cues quoting a report they deny ("denied claims he is set to depart"): the report's modal words are not the claim's. */
const REPORT_QUOTING_CUES = new Set(['claim/denies-exit@1'])
/** Claim types of a club making or holding an offer or interest: what a hypothetical or back-reference can name. */
const OFFERING = new Set(['approach', 'bid', 'interest'])
/** Words opening a condition ("if", "unless", "had he not"), and "once" opening one still to be met ("will be finalised once United reach an agreement with him"; not "once again", "once a target"). */
const HYPOTHETICAL = /\b(?:if|unless|should he|should she|were he|were she|were they|had (?:he|she|they|it) not|in the event|hypothetically|whether|once(?! again| more)(?= (?:[\w'’-]+ ){0,4}?(?:reach|reaches|agree|agrees|complete|completes|finalise|finalises|finalize|finalizes|pass|passes|sign|signs|get|gets|is|are|has|have)\b))\b/g
const OPINION = /\b(?:hard to imagine|well-advised|would more than|it appears|appears to|it seems|seems to|would be (?:a|an|the)|might be|dream of|fear|fears|feared|wonder|imagine|assumption|it remains to be seen|what if|so-called|(?:more|less|most) likely(?! (?:destination|landing spot|suitors?)\b))\b/
/** "a pre-contract agreement has always been the plan": an intention, not an event. */
const PLAN = /^[^,;]{0,20}?\b(?:has always been|is|remains|was|would be) the (?:plan|aim|idea|hope|dream|ambition)\b/
/** Hedges anywhere in the clause: "possibly", "rumoured", "in theory". */
const SPECULATIVE = /\b(?:possibly|potential(?:ly)?|perhaps|in theory|tipped to|rumou?r(?:ed|s)?)\b/
/**
 * A hedge inside a deal's noun phrase: "a potential transfer", "the rumoured move", "a possible
 * deal". It says the deal was never certain, not that what is told of it (its collapse) is a guess.
 */
const HEDGED_DEAL = /\b(?:potential|possible|rumou?red)\s+(?:[\w'’-]+\s+){0,2}?(?:transfer|move|deal|switch|loan|swap|sale|return|departure|exit|bid|offer|agreement)\b/g
/** Between a deal's noun phrase and the collapse cue when the phrase is the cue's subject: its "of/from/to …" and auxiliaries only. */
const SUBJECT_TAIL = /^(?:\s+(?:of|for|from|to|with|between|involving)\s[^,;:()—–]*?)?\s*(?:(?:has|have|had|was|were|is|are|now|then|finally|reportedly|also|officially|been|since)\s+)*$/

/** `before` (the clause up to a collapse cue) with a hedged deal blanked when it is the cue's subject ("A potential transfer … collapsed"). */
function withoutHedgedSubject(before: string): string {
  let last: RegExpExecArray | undefined
  HEDGED_DEAL.lastIndex = 0
  for (let m = HEDGED_DEAL.exec(before); m; m = HEDGED_DEAL.exec(before)) last = m
  if (!last || !SUBJECT_TAIL.test(before.slice(last.index + last[0].length))) return before
  return before.slice(0, last.index) + ' '.repeat(last[0].length) + before.slice(last.index + last[0].length)
}
/** The subject said by rumour to do the cue's act: "are rumoured to be interested", "is rumoured to have made a bid". */
const RUMOURED = /\b(?:is|are|was|were|been|being)\s+(?:also\s+|now\s+|still\s+)?rumou?red\s+to\b/
/** A modal governs the cue only right before it ("could make a bid", "may be open to a move")... */
const MODAL_BEFORE = /\b(?:could|may|might|would|can)\b(?:\s+(?:not|also|still|yet|now|even|soon|then|well|be|have|been|easily|try to|look to|seek to|want to|end up))*\s*[\w'-]*\s*$/
/** ...or right after a cue noun ("talks could begin", "a bid may follow"), not one opening a verb phrase joined by "and" ("signed X and could sell Y"). */
const MODAL_AFTER = /^(?:(?!\b(?:to|whether|if|that|who|which|when|before|after|until|because|since|unless|while|as|so)\b)[^,;.:!?]){0,50}?(?<!\band )\b(?:could|may|might|would|can)\b/
const EXPECTED = /\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|set to|set for|(?<!\bno\s)plan(?:s|ned|ning)? to|intend(?:s|ed|ing)? to|ready to (?=(?:complete|finalise|finalize|seal|sign|announce|wrap)\b)|poised to|on the verge|on the brink|on the cusp|on course|likely to|confident|will|is to|are to|close to|closing in|nearing|imminent|due to(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|injury|injuries|illness|fitness|financial|concerns?|problems?|issues?|a lack)\b))\b/
/**
 * A plan the article says came first and was then overtaken: "was initially set to join Parma, but
 * …", "had originally been expected to sign for Lyon", "looked set to join Atletico before their
 * ban was upheld", "had been widely expected to join Liverpool but". What was once expected is no
 * current claim.
 */
const SUPERSEDED = /\b(?:was|were|had been|had)\s+(?:initially|originally)\s+(?:been\s+)?(?:set|expected|due|poised|going|supposed|scheduled|slated|meant|on course)\s+to\b|\b(?:initially|originally)\s+(?:was|were)\s+(?:set|expected|due|poised|going|supposed|scheduled|slated|meant)\s+to\b|\b(?:looked|seemed|appeared)\s+(?:set|certain|destined|poised|bound|sure)\s+to\b|\bhad\s+(?:long\s+)?been\s+(?:widely\s+|strongly\s+|heavily\s+|largely\s+)?(?:expected|tipped|set|poised|destined)\s+to\b/
/** "an official bid", "an official approach": the offer's form, not a confirmation. */
const CONFIRMED = /\b(?:official(?!\s+(?:bid|bids|offer|offers|approach|approaches|proposal|enquiry|request|contact|talks|interest)\b)|officially|confirmed|announced|has signed|have signed|(?:has|have) (?:now |already )?(?:triggered|exercised|activated)|(?<!\b(?:not|n't|never|yet to|still to) (?:be |been )?)completed|statement)\b/
/** A general statement, about the rules or about any deal ("you only have an agreement when the contract is signed"), not about this player. */
const GENERIC = /\b(?:for (?:a|any) player to (?:go|leave|move|join|sign|stay)|(?:a|any|every) player (?:must|has to|needs to|should|cannot|can't|is obliged to)|usual standard|any other|a potential buyer|clubs? (?:are|is) obliged|under (?:current )?(?:transfer )?rules|(?:agree terms|talk|negotiate|speak) with any club|you (?:only |just )?(?:have|get|can (?:say|speak of)) (?:a |an )?(?:deal|agreement|transfer)(?:,)? (?:when|once|if)|(?:nothing|no deal|a deal|no transfer) is (?:ever |never )?(?:done|finished|complete|agreed|official) (?:until|before))\b/
/**
 * Past perfect right before the cue: "had both been linked with", "had also held talks", "had
 * made a bid". The article tells what went before its news (the claim is historical), unless a
 * reporting verb before it shifts a fresh report into the past ("said Arsenal had made a bid").
 */
const PAST_PERFECT = /\bhad\s+(?:(?:both|also|all|previously|already|long|once|earlier|reportedly|even|twice|first|each|initially|originally)\s+)*(?:been|[a-z]{2,}ed|held|made|sent|put|bid|met|struck|begun|shown|taken|given|spoken|won|lost|sold|bought|paid)\b(?:\s+(?!(?:but|and|or|so|until|before|after|when|because)\b)[a-z'-]+){0,3}\s+$/
/**
 * Talks told as a past state right before the cue: "Chelsea were in negotiations with Benfica",
 * "was locked in talks". With no reporting verb before it and no recent day named, the article
 * recalls where things stood (backstory, often after the talks ended), not fresh talks.
 */
const PAST_STATE = /\b(?:was|were)\s+(?:(?:still|also|already|previously|once|both|reportedly|then|even|all|long)\s+)*(?:in|locked in|deep in|engaged in|involved in)\s+(?:(?:advanced|early|initial|direct|detailed|lengthy|protracted|preliminary|serious|concrete|formal|the)\s+)*$/
/** A recent day named: past-tense talks of "last night" or "on Tuesday" are the news. */
const RECENT_DAY = /\b(?:yesterday|last night|overnight|today|tonight|this (?:morning|afternoon|evening|week)|earlier (?:today|this week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend|until late)\b/
/** A reporting verb (or "according to") before the past perfect: a backshifted report, news of the day. */
const REPORTING = /\b(?:said|says|say|reported|reports|revealed|reveals|claimed|claims|understands|understood|told|tells|insisted|insists|confirmed|confirms|believes|believed|added|explained|admitted|learned|learnt|according to|suggested|suggests|indicated|stated|announced)\b/

/**
 * The topic of a question put to someone ("Asked about a January move for Wirtz, Rolfes said …",
 * "when quizzed on interest from Arsenal"): what is asked, not what is said. A club that "asked
 * about his availability" is enquiring (the approach cue), so only the passive or opening forms.
 */
const ASKED_ABOUT = /(?:^|\b(?:when|after|being|was|were|is|been|if)\s+)(?:asked|quizzed|questioned|pressed)\s+(?:again\s+)?(?:about|on|over|whether|if)\b/

/**
 * "any approach to the club is unlikely to be welcomed", "any bid would have to exceed £80m": an
 * offer that has not been made, spoken of as a possibility.
 */
const ANY_BEFORE = /\bany\s+(?:(?:formal|official|fresh|new|further|future|serious|january|summer)\s+)?$/
const ANY_AFTER = /^[^,;.:!?]{0,60}?\b(?:would|will|could|should|must|is unlikely|are unlikely|is likely|are likely|needs? to|has to|have to)\b/
/** Cue nouns that a demonstrative can point back with ("That approach was never about January"). */
const OFFER_NOUN = /^(?:approach|approaches|offer|offers|bid|bids|enquiry|enquiries|interest|pursuit)$/
/** "that approach", "this interest", "the same offer": the offer already reported, not a new one. */
const DEMONSTRATIVE_BEFORE = /\b(?:that|this|those|these|the same|such an?|said)\s+$/
/** Steps of a move that a condition or a mere possibility can name. */
const STEP_TYPES = new Set<Candidate['type']>(['agreement', 'personal_terms', 'medical', 'signed', 'pre_contract'])
/**
 * Before a step: "subject to the player completing …", "will be able to sign", "is free to agree";
 * a step still missing: "the only thing needed is the agreement with", "what remains missing is".
 */
const NOT_YET_STEP = /\bsubject to\s+(?:[\w'-]+\s+){0,8}?$|\b(?:only|last|final|one|remaining)\s+(?:thing|step|hurdle|detail|piece|obstacle|formality)s?\s+(?:(?:still|now)\s+)?(?:needed|missing|left|remaining|lacking|required|outstanding|to be done)?\s*(?:(?:now|still)\s+)?(?:is|remains)\s+(?:\S+\s+){0,2}?$|\bwhat\s+(?:is|remains)\s+(?:still\s+)?(?:missing|needed|lacking|left|required)\s+(?:now\s+)?is\s+(?:\S+\s+){0,2}?$|\b(?:will be|would be|is|are|be)\s+(?:(?:now|then|also)\s+)?(?:able|allowed|free|eligible|permitted)\s+to\s+(?:\S+\s+){0,2}?$/
/**
 * A step the clause guards against or heads off: "protects the club against Son walking out or
 * signing a pre-contract", "to prevent him from agreeing a move", "to avoid him signing elsewhere".
 */
const WARDED_OFF = /\b(?:protect|protects|protected|protecting|guard|guards|guarded|guarding|insure|insures|insured|safeguard|safeguards|safeguarded)\s+(?:[\w'-]+\s+){0,3}?against\s+[^,;:!?]{0,100}?$|\bto\s+(?:avoid|prevent|stop|head\s+off)\s+(?:[\w'-]+\s+){1,3}?(?:from\s+)?[a-z]+ing\s+(?:[\w'-]+\s+){0,2}?$/
/** "has been waiting for the club to make a formal move", "still waiting for Chelsea to bid": not yet made. */
const AWAITED = /\b(?:wait|waits|waited|waiting|awaiting|await)\s+(?:on\s+|for\s+)(?:[\w'-]+\s+){1,4}?to\s+(?:\S+\s+){0,3}?$/
/** A cue ending in "whether"/"if" ("exploring whether they can bring him in") owns the modal after it. */
const ENDS_IN_COMPLEMENT = /\b(?:whether|if)\s*$/

/**
 * What someone would not comment on: "had no comment on Kane's desire to leave", "declined to
 * comment on reports he is unsettled". A wish or a stance named only as the topic of a non-answer
 * is not reported by it.
 */
const NO_COMMENT = /\b(?:no comment|(?:declined|declines|decline|declining|refused|refuses|refusing|would not|wouldn't|did not|didn't|will not|won't|not) (?:to )?(?:comment|be drawn))\s+(?:on|about|over|when asked about|regarding)\b[^.;:!?]*$/
/** Types of a player's wish or his club's stance, which a non-answer does not report. */
const STANCE_TYPES = new Set<Candidate['type']>(['stays', 'rejected_move', 'not_for_sale'])
/**
 * A move named only as a condition: "the only way he will leave is if …", "would only leave for
 * the right price", "will leave only if". What is said is the condition, not the move.
 */
const ONLY_WAY_BEFORE = /\bthe only (?:way|circumstances?|scenario|chance|condition)\b[^.;:!?,]{0,40}$/
const ONLY_BEFORE = /\bonly\s+$/
const ONLY_IF_AFTER = /^[^.;:!?,]{0,40}?\bonly (?:if|when)\b/
const IF_AFTER = /^[^.;:!?,]{0,40}?\b(?:if|when|unless)\b/

/** A question ("Should he sign a new deal?") asks; it does not report. */
const QUESTION = /\?\s*$/

/**
 * Speed: gates for the patterns above. Each bit stands for words one of which every match of its
 * patterns contains, spelled exactly (the patterns are case-sensitive and their spaces literal),
 * so a sentence holding none of a bit's words needs none of its patterns run on any part of it.
 * One scan of the folded sentence finds them all (see word-scan.ts); `hedges.test.ts` checks the
 * words against the patterns.
 */
export const HEDGE_GATES = {
  hypothetical: { bit: 1, re: HYPOTHETICAL, words: ['if', 'unless', 'should', 'were', 'had', 'event', 'hypothetically', 'whether', 'once'] },
  opinion: { bit: 2, re: OPINION, words: ['imagine', 'well-advised', 'would', 'appears', 'seems', 'might', 'dream', 'fear', 'wonder', 'assumption', 'remains', 'what', 'so-called', 'likely'] },
  plan: { bit: 4, re: PLAN, words: ['the plan', 'the aim', 'the idea', 'the hope', 'the dream', 'the ambition'] },
  speculative: { bit: 8, re: SPECULATIVE, words: ['possibly', 'potential', 'perhaps', 'theory', 'tipped', 'rumo'] },
  modal: { bit: 16, re: /\b(?:could|may|might|would|can)\b/, words: ['could', 'may', 'might', 'would', 'can'] },
  expected: { bit: 32, re: EXPECTED, words: ['expect', 'anticipat', 'set to', 'set for', 'plan', 'intend', 'ready to', 'poised', 'verge', 'brink', 'cusp', 'course', 'likely', 'confident', 'will', 'is to', 'are to', 'close to', 'closing', 'nearing', 'imminent', 'due to'] },
  confirmed: { bit: 64, re: CONFIRMED, words: ['official', 'confirmed', 'announced', 'signed', 'completed', 'statement', 'triggered', 'exercised', 'activated'] },
  generic: { bit: 128, re: GENERIC, words: ['player', 'usual', 'any other', 'potential', 'obliged', 'rules', 'any club', 'you', 'until', 'before'] },
  superseded: { bit: 256, re: SUPERSEDED, words: ['initially', 'originally', 'looked', 'seemed', 'appeared', 'had'] },
  pastPerfect: { bit: 512, re: PAST_PERFECT, words: ['had'] },
  asked: { bit: 1024, re: ASKED_ABOUT, words: ['asked', 'quizzed', 'questioned', 'pressed'] },
  pastState: { bit: 2048, re: PAST_STATE, words: ['was', 'were'] },
} as const

const GATE_TABLE = (() => {
  const bits = new Map<string, number>()
  for (const g of Object.values(HEDGE_GATES)) for (const w of g.words) bits.set(w, (bits.get(w) ?? 0) | g.bit)
  return wordTable(bits)
})()

/** The gate bits whose words occur in `s`. */
export function hedgeGates(s: string): number {
  return scanWords(GATE_TABLE, s, 0, s.length, false)
}

/** A wish or preference to stay: "keen to stay", "wants to remain", "preference was to stay", "happy to stay". */
const WISHED_STAY = new RegExp(String.raw`\b(?:${WISH_TO}|happy|prefer|prefers|preferred|preference (?:is|was|would be)|inclined|leaning towards)\s+(?:to\s+)?(?:stay|remain)(?:ing)?\b`)

/** The wish's subject is the speaker: "I want to stay", "I'm happy to stay", "we are keen to remain". */
const FIRST_PERSON_BEFORE = /\b(?:i|i'm|i’m|we|we're|we’re)\s+(?:am\s+|are\s+|really\s+|just\s+|only\s+|still\s+|always\s+|very\s+|so\s+)*$/

/** Steps that settle a move: only done or not done, never wished for. */
const SETTLED_TYPES = new Set<Candidate['type']>(['agreement', 'personal_terms'])
/** A wish right before the cue: "hope to", "are hoping to", "want to", "aim to", "keen to" (see `WISH_TO`). */
const INTENT_TO = new RegExp(String.raw`\b${WISH_TO}\s+to\s+$`)
/**
 * A deal as the aim of talks under way: "Negotiations are underway to reach full agreement", "in
 * an attempt to strike a deal" (the talks are the claim, the deal not yet).
 */
const PURPOSE_TO = /\b(?:underway|under way|ongoing|continu(?:e|es|ed|ing)|working|progressing|negotiating|meet(?:s|ing)?|met|efforts?|attempts?|(?:in|as) (?:a|an) (?:bid|attempt|effort|push))(?:\s+with\s+[^,;:!?]{1,40}?)?\s+to\s+$/
/**
 * An attempt right before a signing: "is in Paris to try and finalise a move", "trying to
 * complete his switch", "in a bid to seal the deal": the move is under way, not done.
 */
const ATTEMPT_TO = /\b(?:try|tries|tried|trying)\s+(?:and|to)\s+$|\b(?:in|as)\s+(?:a|an)\s+(?:bid|attempt|effort|push)\s+to\s+$|\b(?:attempts?|attempting|attempted|bid|bids|bidding|seeks?|seeking|looks?|looking)\s+to\s+$/
/**
 * After an agreement: "a gentleman's agreement with the chairman to allow him to leave", "an
 * understanding with the club to let him go": his club's word that he may go, not a deal for him.
 */
const LEAVE_PERMITTED = /^[^.;:!?]{0,70}?\bto (?:allow|let|permit) (?:him|her|the player|the \d{2}-year-old)(?: to)? (?:leave|go|depart|exit|move on|talk|speak|negotiate)\b/
/** A hope before the cue: "we hope that he will sign a new contract", "hopeful he will agree terms". */
const HOPE_THAT = /\b(?:hope|hopes|hoped|hoping|hopeful|wish|wishes|wished)\s+(?:that\s+)?(?:he|she|they|we|it|[\w'-]+)\s+(?:will|would|can|could|might|may)\s+(?:\S+\s+)?$/
/**
 * A wish for someone else's act right before the cue: "want Felix to", "hope Griezmann will", "are
 * pushing for him to", "would like the midfielder to". The one wished to act is named (not "want to").
 */
const WISHED_SIGNING = /\b(?:wants?|wanted|wanting|hope|hopes|hoped|hoping|hopeful|(?:keen|eager|desperate|push(?:es|ed|ing)?|pressing|call(?:s|ed|ing)?)\s+(?:for|on)|urg(?:e|es|ed|ing)|would\s+(?:like|love|prefer)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|get(?:ting)?)\s+(?:that\s+)?(?!to\b)(?:[\w'-]+\s+){1,4}?(?:to|will|would|can|could)\s+(?:(?:now|also|finally|soon|quickly)\s+)?$/
/** Steps a hope can be about: a deal, terms, a contract signed. */
const HOPED_TYPES = new Set<Candidate['type']>(['agreement', 'personal_terms', 'extension_signed', 'signed', 'pre_contract'])

/**
 * @example applyHedges(candidates) // hypotheticals dropped, modality set
 */
export function applyHedges(cands: Candidate[], text?: string): Candidate[] {
  // Speed: what holds for a whole sentence is read once per sentence, not once per candidate.
  const whole = new Map<Candidate['view'], { generic: boolean; question: boolean; gates: number; modalText: string }>()
  return cands.map((cand) => {
    let c = cand
    const { folded, sentence } = c.view
    let w = whole.get(c.view)
    if (!w) {
      const gates = hedgeGates(folded)
      const modalText = gates & HEDGE_GATES.modal.bit && text ? notAName(folded, text.slice(sentence.start, sentence.end)) : folded
      whole.set(c.view, (w = { generic: (gates & HEDGE_GATES.generic.bit) !== 0 && GENERIC.test(folded), question: QUESTION.test(folded), gates, modalText }))
    }
    const gates = w.gates
    const [cs, ce] = clauseAt(c.view, c.cueStart)
    if (gates & HEDGE_GATES.hypothetical.bit && isHypothetical(folded.slice(0, c.cueStart - sentence.start), folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start)) && !PAST_MOVE_CUES.has(c.cue.id)) return revise(c, { dropped: 'hypothetical (if/unless before the cue)' })
    // The sentence up to the end of the cue's clause (what is before the cue, then the clause from it).
    // The opinion words before the cue, or in its own conjunct ("Bayern were considered favourites,
    // and Hoeness said he would be a Bayern player": the second conjunct's words are not the cue's).
    // Nor those of a clause the cue's own clause introduces ("the problem in their chase for him is
    // that it appears he is set for Italy": the appearance is the problem's, not the chase's).
    // Nor those of a main clause before it that ", but" closes ("…, and it remains to be seen what
    // fee he would command, but Arsenal paid £45m to sign him": the payment is reported).
    if (gates & HEDGE_GATES.opinion.bit) {
      const scope = sinceLastBut(folded.slice(0, c.cueEnd - sentence.start)) + upToComplement(upToNextConjunct(folded.slice(c.cueEnd - sentence.start, ce - sentence.start), 0))
      if (APPEARS.test(scope) && !IT_APPEARS.test(scope)) return revise(c, { modality: 'speculative', confidence: c.confidence * 0.7, why: [...c.why, 'told as an appearance (“appears to have”, “seems to be”): speculative'] })
      if (OPINION.test(scope)) return revise(c, { dropped: 'opinion or appearance, not a report' })
    }
    if (gates & HEDGE_GATES.plan.bit && PLAN.test(folded.slice(c.cueEnd - sentence.start))) return revise(c, { dropped: 'an intention (“the plan”), not an event' })
    if (gates & HEDGE_GATES.superseded.bit && SUPERSEDED.test(folded.slice(cs - sentence.start, c.cueEnd - sentence.start))) return revise(c, { dropped: 'a first plan since overtaken (“initially set to”), not a current claim' })
    if (w.generic) return revise(c, { dropped: 'a general statement about the rules, not about this player' })
    if (w.question) return revise(c, { dropped: 'a question, not a claim' })
    if (STANCE_TYPES.has(c.type) && NO_COMMENT.test(folded.slice(cs - sentence.start, c.cueStart - sentence.start))) return revise(c, { dropped: 'the topic of a non-answer (“no comment on”), not a claim' })
    if (ONLY_WAY_BEFORE.test(folded.slice(cs - sentence.start, c.cueStart - sentence.start)) || ONLY_IF_AFTER.test(folded.slice(c.cueEnd - sentence.start)) || (ONLY_BEFORE.test(folded.slice(0, c.cueStart - sentence.start)) && IF_AFTER.test(folded.slice(c.cueEnd - sentence.start)))) return revise(c, { dropped: 'a condition (“the only way he will leave is if”), not a claim' })
    if (gates & HEDGE_GATES.asked.bit && ASKED_ABOUT.test(folded.slice(cs - sentence.start, c.cueStart - sentence.start))) return revise(c, { dropped: 'the topic of a question put to someone (“asked about”), not a claim' })
    const clauseBefore = folded.slice(cs - sentence.start, c.cueStart - sentence.start)
    // "Rabiot, who will be out of contract in the summer, has signed for Marseille": the modal
    // words of a relative clause closed before the cue are that clause's, not the claim's.
    const outerBefore = withoutClosedRelatives(clauseBefore)
    const clause = REPORT_QUOTING_CUES.has(c.cue.id) ? outerBefore : outerBefore + folded.slice(c.cueStart - sentence.start, ce - sentence.start)
    // "hope to agree a fee", "want to agree a deal", "are hoping to agree terms": a deal wished
    // for is not one made (the talks or interest around it are claims of their own).
    if (SETTLED_TYPES.has(c.type) && INTENT_TO.test(clauseBefore.slice(-30))) return revise(c, { dropped: 'an intention to reach a deal (“hope to agree”), not a deal' })
    if (SETTLED_TYPES.has(c.type) && PURPOSE_TO.test(clauseBefore.slice(-80))) return revise(c, { dropped: 'the aim of talks (“underway to reach”), not a deal' })
    // "Atletico want him to sign a new deal", "are pushing for Koke to extend": the club asking
    // for a renewal is offering one, not one signed.
    if (c.type === 'extension_signed' && WISHED_SIGNING.test(clauseBefore.slice(-80))) return revise(c, { type: 'extension_offer', why: [...c.why, 'wished for by someone else (“want him to sign”): an offer, not a signature'] })
    if (HOPED_TYPES.has(c.type) && HOPE_THAT.test(clauseBefore.slice(-50))) return revise(c, { dropped: 'a hope (“hope that he will sign”), not an event' })
    // "Willian has called for Chelsea to launch a bid for him": an offer someone else wishes for is not made.
    if (OFFERING.has(c.type) && c.stance === 'affirmed' && WISHED_SIGNING.test(clauseBefore.slice(-80))) return revise(c, { dropped: 'an offer wished for by someone else (“called for Chelsea to bid”), not made' })
    const cueText = folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start).trim()
    if (OFFERING.has(c.type) && ANY_BEFORE.test(clauseBefore) && ANY_AFTER.test(folded.slice(c.cueEnd - sentence.start))) return revise(c, { dropped: 'an offer spoken of as a possibility (“any approach … would”), not a report' })
    if (OFFERING.has(c.type) && OFFER_NOUN.test(cueText) && DEMONSTRATIVE_BEFORE.test(clauseBefore)) return revise(c, { dropped: 'a reference back (“that approach”) to an offer already reported' })
    // "The move is still subject to the player completing a medical and agreeing personal terms",
    // "will be able to sign an agreement with foreign clubs from January": a condition or a
    // possibility, not a step taken.
    if (STEP_TYPES.has(c.type) && NOT_YET_STEP.test(clauseBefore.slice(-90))) return revise(c, { dropped: 'a condition or possibility (“subject to”, “able to”), not a step taken' })
    if (STEP_TYPES.has(c.type) && WARDED_OFF.test(clauseBefore.slice(-140))) return revise(c, { dropped: 'a step guarded against (“protects the club against him signing”), not taken' })
    if (OFFERING.has(c.type) && AWAITED.test(clauseBefore.slice(-50))) return revise(c, { dropped: 'an offer waited for (“waiting for the club to make a move”), not made' })
    // "Tottenham are rumoured to be interested": an unnamed report of interest, hedged but not a
    // guess; its own clause's subject is what the rumour credits (pass 60 keeps a named source).
    if (gates & HEDGE_GATES.speculative.bit && RUMOURED.test(clauseBefore) && !MODAL_BEFORE.test(clauseBefore.slice(-40))) return revise(c, { modality: 'speculative', confidence: c.confidence * 0.85, attributedTo: ['anonymous sources'], why: [...c.why, '“rumoured to”: an unnamed report, so speculative'] })
    // "Napoli and Inter had both been linked with David earlier in the year": backstory, not news.
    if (!c.historical && gates & HEDGE_GATES.pastPerfect.bit && PAST_PERFECT.test(clauseBefore) && !REPORTING.test(folded.slice(0, c.cueStart - sentence.start))) {
      c = revise(c, { historical: true, why: [...c.why, 'past perfect (“had … been”): what went before the news, a past claim'] })
    }
    // "Chelsea were in negotiations with Benfica for most of January": where the talks stood, backstory.
    if (!c.historical && c.type === 'talks' && gates & HEDGE_GATES.pastState.bit && PAST_STATE.test(clauseBefore) && !REPORTING.test(folded.slice(0, c.cueStart - sentence.start)) && !RECENT_DAY.test(folded)) {
      c = revise(c, { historical: true, why: [...c.why, 'talks told as a past state (“were in negotiations”), no recent day named: backstory, a past claim'] })
    }
    // "… will pay £27m for Fullkrug, who only joined Dortmund last year": the hedge of the main
    // clause is not that of a relative clause still open at the cue (its own words still count).
    const rel = RELATIVE_AT_CUE.exec(clauseBefore)?.index ?? 0
    const mt = w.modalText
    const scoped = (mt === folded ? outerBefore : withoutClosedRelatives(mt.slice(cs - sentence.start, c.cueStart - sentence.start))).slice(rel)
    // "A potential transfer of Enzo from Benfica collapsed": the hedge describes the deal that
    // collapsed (the cue's subject), not the collapse, which is reported.
    const scopedBefore = c.type === 'collapsed' && gates & HEDGE_GATES.speculative.bit ? withoutHedgedSubject(scoped) : scoped
    if (isSpeculative(gates, scopedBefore, mt, ENDS_IN_COMPLEMENT.test(cueText) ? folded.length : c.cueEnd - sentence.start) && !c.historical) return revise(c, { modality: 'speculative', confidence: c.confidence * 0.5, why: [...c.why, 'hedged (“could”, “may”) so speculative'] })
    if (c.type === 'agreement' && LEAVE_PERMITTED.test(folded.slice(c.cueEnd - sentence.start))) return revise(c, { dropped: 'his club’s word that he may leave (“agreement … to allow him to leave”), not a deal for him' })
    if (c.type === 'signed' && ATTEMPT_TO.test(clauseBefore.slice(-30))) return revise(c, { modality: 'expected', why: [...c.why, 'an attempt (“try and finalise”) to complete the move: expected, not done'] })
    // "is keen to stay but wants to meet the coach first", "whose preference was to stay": his wish,
    // not his decision; the move is still open (a reported stay would end it).
    // ("I told the club I want to stay": the player's own word is his decision.)
    const wishText = c.type === 'stays' && c.stance === 'affirmed' ? `${clauseBefore.slice(-40)} ${cueText}` : ''
    const wish = wishText ? WISHED_STAY.exec(wishText) : null
    if (wish && !FIRST_PERSON_BEFORE.test(wishText.slice(0, wish.index))) return revise(c, { modality: 'expected', why: [...c.why, `a wish to stay (“${wish[0].replace(/\s+/g, ' ')}”), not a decision: expected`] })
    if (gates & HEDGE_GATES.confirmed.bit && CONFIRMED.test(clause) && !expectedAfterReport(outerBefore)) return revise(c, { modality: 'confirmed', confidence: Math.min(1, c.confidence + 0.05) })
    // The cue's own words count wherever it stands in a long clause ("…, said: 'Porto are very close to a full agreement'").
    if (gates & HEDGE_GATES.expected.bit && (EXPECTED.test(outerBefore.slice(rel)) || EXPECTED.test(upToNextConjunct(rel ? relativeOnly(clause.slice(rel, rel + 60), c.cueEnd - cs - rel) : clause.slice(0, 60), c.cueEnd - cs - rel)) || (!REPORT_QUOTING_CUES.has(c.cue.id) && EXPECTED.test(folded.slice(c.cueStart - sentence.start, c.cueEnd - sentence.start))))) return revise(c, { modality: 'expected' })
    return c
  })
}

/**
 * A new conjunct after the cue: "was turned down, and Leeds are expected to return" expects the
 * return, not the refusal; "are the two teams interested in signing him and it remains to be seen
 * whether …" wonders about what follows, not the interest; "rejected their offer and will stay"
 * (a second predicate of the same subject) expects the stay, not the refusal.
 */
const NEXT_CONJUNCT = /,\s+(?:and|but|while|whereas|although|though|with)\b|\s(?:and|but) (?=it (?:remains|is (?:not |un)?(?:clear|known|certain)))|\s(?:and|but) (?=(?:will|would|is|are|was|were|could|can|may|might|should|must|is set|are set)\b)/g

/** `s` from its last "while" or "whereas" (a contrasting clause of its own), or all of it. */
function sinceLastWhile(s: string): string {
  const at = Math.max(s.lastIndexOf(' while '), s.lastIndexOf(' whereas '))
  return at < 0 ? s : s.slice(at)
}

/** `s` from where its last ", but" (or semicolon) opens a new main clause. */
function sinceLastBut(s: string): string {
  let at = -1
  for (const m of s.matchAll(/,\s+but\b|;/g)) at = m.index
  return at < 0 ? s : s.slice(at)
}

/** `s` cut where a new conjunct opens after position `from` (the cue's end). */
function upToNextConjunct(s: string, from: number): string {
  NEXT_CONJUNCT.lastIndex = Math.max(0, from)
  const m = NEXT_CONJUNCT.exec(s)
  return m ? s.slice(0, m.index) : s
}

/** A source's word opening the clause it reports: "Romano has confirmed that", "the club announced". */
const REPORTED_BY = /\b(?:confirmed|confirms|announced|announces)\s+(?:that\s+)?/g

/**
 * "Romano has confirmed that Tottenham are expected to activate the option": what a source
 * confirms is an expectation (the words between its verb and the cue), not the act done.
 */
function expectedAfterReport(before: string): boolean {
  let from = -1
  for (const m of before.matchAll(REPORTED_BY)) from = m.index + m[0].length
  // Only an expectation governing the cue ("are expected to activate"), not one of another verb
  // ("announced that he will stay despite interest from Chelsea").
  return from >= 0 && EXPECTED.test(before.slice(Math.max(from, before.length - 30)))
}

/** A non-restrictive relative clause opened and closed by commas: ", who will be out of contract in the summer,". */
const CLOSED_RELATIVE = /,\s+(?:who|whose|which|where)\b[^,;()—–]*,/g

/** `s` with each relative clause closed inside it blanked (same length, so offsets hold). */
function withoutClosedRelatives(s: string): string {
  return s.includes(',') ? s.replace(CLOSED_RELATIVE, (m) => ' '.repeat(m.length)) : s
}

/** `s` cut where a "that" clause opens ("… is that it appears …"). */
function upToComplement(s: string): string {
  const m = /\bthat\b/.exec(s)
  return m ? s.slice(0, m.index) : s
}

/** The month, not the modal: "in May", "since May", "May 2025", "early May". */
const MONTH_MAY = /\b((?:in|of|early|late|mid|since|until|till|from|by|last|next|this|during|before|after|through|on|end of|start of)[\s-])may\b|\bmay(?=\s+\d)/g

/** `folded.slice(afterAt)` is the sentence after the cue. */
function isSpeculative(gates: number, clauseBefore: string, folded: string, afterAt: number): boolean {
  // "… are considered potential candidates while RAC1 said Bayern were negotiating for Coutinho":
  // a hedge before "while" or "whereas" is the other clause's.
  if (gates & HEDGE_GATES.speculative.bit && SPECULATIVE.test(sinceLastWhile(clauseBefore))) return true
  if (!(gates & HEDGE_GATES.modal.bit)) return false
  return MODAL_BEFORE.test(notMonth(clauseBefore.slice(-40))) || MODAL_AFTER.test(notMonth(folded.slice(afterAt).slice(0, 60)))
}

/**
 * A modal spelt with a capital inside the sentence is a name, not a modal: "Emre Can", "Theresa
 * May" (the folded text has lost the capital, the raw sentence `raw` still has it). Spelt so the
 * modal patterns pass it by (same length).
 */
function notAName(folded: string, raw: string): string {
  if (!/[a-z,]\s+(?:Can|May|Might|Could|Would)\b/.test(raw)) return folded
  return folded.replace(/\b(?:can|may|might|could|would)\b/g, (m, at: number) => {
    const before = raw.slice(Math.max(0, at - 2), at)
    return raw.charCodeAt(at) >= 65 && raw.charCodeAt(at) <= 90 && /[a-z,]\s$/.test(before) ? m[0] + '_' + m.slice(2) : m
  })
}

/** The month "may" spelt so the modal patterns pass it by (same length). */
function notMonth(s: string): string {
  return s.includes('may') ? s.replace(MONTH_MAY, (m, pre: string | undefined) => (pre ?? '') + 'm_y') : s
}

/**
 * Where a condition's scope ends: a new main clause opened by ", but" (or a semicolon). "If
 * Arsenal sell Jesus, they will need a striker, but Napoli have already bid for Osimhen": the bid
 * is reported, not supposed.
 */
const CONDITION_END = /,\s+but\b|;/
/** A reason or time clause with its own subject and finite verb: "as talks have stalled", "because the club has". */
const REASON_CLAUSE = /\s(?:as|because)\s+(?:(?:the|his|their|its|contract|renewal|transfer)\s+)?(?:talks|negotiations|discussions)\b|\s(?:as|because|since)\s+(?:the|his|their|its)\s+(?:[\w'-]+\s+){0,3}?(?:have|has|had|are|is|were|was)\b/

/** A non-restrictive relative clause about a person (", who …") still open before the cue. */
const RELATIVE_AT_CUE = /,\s+(?:who|whose|where|which)\b[^,;()—–]*$/

/** `s` (opening with a relative clause's comma) cut where that clause closes after `from` (the cue's end). */
function relativeOnly(s: string, from: number): string {
  const m = /[,;()—–]/.exec(s.slice(Math.max(1, from)))
  return m ? s.slice(0, Math.max(1, from) + m.index) : s
}

/** The cue stands in a non-restrictive relative clause (", who …") still open before it. */
const RELATIVE_OPEN = /,\s+(?:who|whose|which)\b[^,;()—–]*$/

/** `cue` is the cue's own text, read only to see where a reason clause it opens begins. */
function isHypothetical(before: string, cue = ''): boolean {
  HYPOTHETICAL.lastIndex = 0
  for (const m of before.matchAll(HYPOTHETICAL)) {
    const pre = before.slice(Math.max(0, m.index - 6), m.index)
    if (/\b(?:even|as) $/.test(pre)) continue
    if (CONDITION_END.test(before.slice(m.index))) continue
    // "Once the tests are finished, he will sign": a time clause before the main one; only a cue
    // inside the "once" clause ("will be finalised once United agree terms") is the condition.
    if (m[0] === 'once' && before.includes(',', m.index)) continue
    // "unsure if he will stay as talks over a new deal have stalled": a finite clause opened by
    // "as", "because" or "since" states a fact outside the condition (or indirect question).
    if (REASON_CLAUSE.test(before.slice(m.index) + cue)) continue
    // "whether he is a replacement for Carvajal, who signed an extension": a non-restrictive
    // relative clause tells a fact about the name it follows, outside the condition.
    if (RELATIVE_OPEN.test(before.slice(m.index))) continue
    return true
  }
  return false
}
