/**
 * Pass 30: stance. A negator in the cue's clause shortly before it ("no concrete negotiation",
 * "not close to agreeing", "has yet to commit", "no chance of a deal") or a negated auxiliary
 * right after it ("talks have not started") makes the claim denied. Cues that carry their
 * own polarity ("not for sale") keep it.
 */
import type { Stance } from '../../../../domain/types.ts'
import { clauseAt, revise, type Candidate } from '../candidate.ts'

const NEG_BEFORE = /\b(?:no|not|never|nothing|nobody|none|no-one|no one|neither|without|yet to|still to|far from|far away from|(?:a long|some|a fair|a good) way (?:from|off)|nowhere near|rule out|ruled out|rules out|deny|denied|denies|denying|zero|nor|no longer|n't|cannot|can't|unable to|refuse to|refused to|refuses to|unlikely|prevent|prevented|prevents|preventing|block|blocked|blocking|fail to|fails to|failed to|failing to|failure to|declined to|declines to|decline to|declining to|ran out of time(?: to)?|run out of time(?: to)?|runs out of time(?: to)?|too late to|little (?:inclination|intention|desire|appetite|interest) (?:to|in))\b|n't\b/g
/**
 * `text.slice(from, to)` starting at a word's start: a look-back window cut by length must not
 * begin inside a word, where the tail of "Romano" reads as "no" and of "Cannot" as "not".
 */
export function wordsBefore(text: string, from: number, to: number): string {
  let at = from
  while (at > 0 && at < to && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(text[at])) at++
  return text.slice(at, to)
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’]/u

/** Right before a cue: the decision to do it was undone ("reversed his original decision to", "made a U-turn on his decision to"). */
const REVERSED_BEFORE = /\b(?:reversed|reverses|reversing|overturned|u-turned on|(?:made )?a u-turn on) (?:his|her|their|its) (?:\S+ )?decision to $/

/** Between two cues: the second is the first one's purpose ("talks to extend", "talks in order to renew"). */
const PURPOSE_GAP = /^\s+(?:in order\s+)?to\s+$/

/** A negated auxiliary right after the cue, or after the party it names ("talks with Sassuolo have not started"). */
const NEG_AFTER = /^\s*(?:with\s+(?:the\s+)?(?:(?!(?:and|but|or|who|which)\b)[\w'’-]+\s+){1,3}?(?=(?:has|have|had|is|are|was|were|will|would)\b))?(?:has|have|had|is|are|was|were|will|would)?\s*(?:not|never|n't)\b|^\s*(?:hasn't|haven't|isn't|aren't|wasn't|won't|didn't)\b/

/**
 * A negated outcome after the cue: "talks have not yet resulted in a new agreement", "discussions
 * have not produced a deal": the talks took place, only their result is denied.
 */
const NO_OUTCOME_AFTER = /^\s*(?:with\s+(?:the\s+)?(?:(?!(?:and|but|or|who|which)\b)[\w'’-]+\s+){1,3}?(?=(?:has|have|had|is|are|was|were)\b))?(?:has|have|had|is|are|was|were)?\s*(?:not|never|n't)\s+(?:yet\s+|so far\s+|as yet\s+)?(?:resulted|produced|led|yielded|brought|borne|bore|succeeded|reached|ended)\b|^\s*(?:hasn't|haven't|didn't)\s+(?:yet\s+)?(?:resulted|produced|led|yielded|brought|borne|succeeded|reached|ended)\b/

/**
 * @example applyStance(candidates) // "there is no concrete negotiation" → talks, denied
 */
export function applyStance(cands: Candidate[]): Candidate[] {
  // Speed: candidates grouped by sentence once, not filtered from all candidates per candidate.
  const byView = new Map<Candidate['view'], Candidate[]>()
  for (const o of cands) {
    const list = byView.get(o.view)
    if (list) list.push(o)
    else byView.set(o.view, [o])
  }
  return subsumeRejectedBids(cands.map((c) => {
    // "after almost joining Newcastle", "nearly signed for Arsenal": the move did not happen.
    if (c.type === 'signed' && ALMOST_BEFORE.test(wordsBefore(c.view.folded, Math.max(0, c.cueStart - c.view.sentence.start - 12), c.cueStart - c.view.sentence.start))) {
      return revise(c, { stance: 'denied', why: [...c.why, 'only “almost”: the move did not happen'] })
    }
    // "after they prevented Eric Dier joining United": the move was stopped.
    if (c.type === 'signed' && PREVENTED_BEFORE.test(wordsBefore(c.view.folded, Math.max(0, c.cueStart - c.view.sentence.start - 40), c.cueStart - c.view.sentence.start))) {
      return revise(c, { stance: 'denied', why: [...c.why, 'prevented: the move did not happen'] })
    }
    // "reversed his original decision to reject Tottenham": the act was undone.
    if (REVERSED_BEFORE.test(wordsBefore(c.view.folded, Math.max(0, c.cueStart - c.view.sentence.start - 50), c.cueStart - c.view.sentence.start))) {
      return revise(c, { stance: c.stance === 'denied' ? 'affirmed' : 'denied', why: [...c.why, 'a decision since reversed (“reversed his decision to”)'] })
    }
    if ((c.cue.stance && !c.cue.negatable) || c.cue.also) return c
    const { folded, sentence } = c.view
    const [cs] = clauseAt(c.view, c.cueStart)
    // INFO: a negator before an earlier cue belongs to that cue ("no chance of a deal and a
    // pre-contract agreement has always been the plan": the deal is denied, the plan is not).
    // A cue that is the purpose of the one before ("no plans to reopen talks to extend his
    // contract") is in that cue's scope: the negator before the talks denies the extension too.
    const prevCueEnd = Math.max(cs, ...byView.get(c.view)!.filter((o) => o.cueEnd <= c.cueStart && !o.cue.objectPlayer && !o.cue.clubAfter && !PURPOSE_GAP.test(folded.slice(o.cueEnd - sentence.start, c.cueStart - sentence.start))).map((o) => o.cueEnd))
    const windowStart = Math.max(prevCueEnd, c.cueStart - 45)
    const before = wordsBefore(folded, windowStart - sentence.start, c.cueStart - sentence.start)
    // A negated cue takes the opposite of its stance: denied, or affirmed for a cue that is itself a denial.
    const negated: Stance = c.cue.stance === 'denied' ? 'affirmed' : 'denied'
    if (c.cue.negatable) {
      // Only the cue's own verb phrase negated ("are not actively looking to sell", "don't want to
      // sell"), not any negator nearby ("a season without success, and were resigned to losing him").
      const own = VERB_NEGATION.exec(before)
      return own ? revise(c, { stance: negated, why: [...c.why, `negated by “${own[0].trim()}” before it`] }) : c
    }
    const after = folded.slice(c.cueEnd - sentence.start, c.cueEnd - sentence.start + 50)
    let negBefore: RegExpExecArray | undefined
    NEG_BEFORE.lastIndex = 0
    for (let m = NEG_BEFORE.exec(before); m; m = NEG_BEFORE.exec(before)) negBefore = m
    if (negBefore && !cancelled(before.slice(negBefore.index)) && !doubleNegation(before, negBefore) && !reasonBetween(before.slice(negBefore.index))) {
      return revise(c, { stance: negated, why: [...c.why, `negated by “${negBefore[0].trim()}” before it`] })
    }
    const denial = reportDenialBefore(c.view, c.cueStart)
    if (denial) return revise(c, { stance: negated, why: [...c.why, `what “${denial}” before it calls untrue`] })
    if (NEG_AFTER.test(after) && !NO_OUTCOME_AFTER.test(folded.slice(c.cueEnd - sentence.start, c.cueEnd - sentence.start + 60))) return revise(c, { stance: negated, why: [...c.why, 'negated right after it'] })
    const untrue = calledUntrueAfter(c)
    if (untrue) return revise(c, { stance: negated, why: [...c.why, `called “${untrue}” after it`] })
    if (OBSTACLE_AFTER.test(folded.slice(c.cueEnd - sentence.start, c.cueEnd - sentence.start + 60))) {
      return revise(c, { stance: negated, why: [...c.why, 'named as what is still in the way right after it'] })
    }
    return c
  }), byView)
}

/** Between a bid and its rejection: the clause that turns it down ("but it was", ", which was", "only for it to be"). */
const THEN_REJECTED = /^[^.;!?]{0,80}?(?:\bbut\b|,\s*which\b|\bonly (?:for|to)\b|\bwhich was\b)/

/**
 * "Chelsea made a bid for Duran but it was turned down by Villa": one rejected bid (SPEC §5: a
 * rejected bid is one `bid_rejected`, not a bid plus a rejection). A bid followed in its sentence
 * by an affirmed rejection of it is dropped; a bid after a rejection ("rejected the offer and are
 * preparing another") is a new one and stays.
 */
function subsumeRejectedBids(cands: Candidate[], byView: Map<Candidate['view'], Candidate[]>): Candidate[] {
  const rejections = new Set(cands.filter((c) => c.type === 'bid_rejected' && c.stance === 'affirmed').map((c) => c.view))
  if (!rejections.size) return cands
  return cands.map((c) => {
    if (c.type !== 'bid' || c.stance !== 'affirmed' || !rejections.has(c.view)) return c
    const rej = byView.get(c.view)!.find((o) => o.type === 'bid_rejected' && o.cueStart >= c.cueEnd)
    if (!rej || !THEN_REJECTED.test(c.view.folded.slice(c.cueEnd - c.view.sentence.start, rej.cueStart - c.view.sentence.start + 6))) return c
    return revise(c, { dropped: 'the rejection after it subsumes the bid (one bid_rejected)' })
  })
}

/**
 * What stands in the way, said right after the cue: "personal terms, still the issue to be
 * resolved", "the personal terms represented the main stumbling block", "terms are yet to be agreed".
 */
const OBSTACLE_AFTER = /^\W*(?:(?:however|though|still|also|though)\W+)?(?:(?:is|are|was|were|remain|remains|remained|represent|represents|represented)\s+)?(?:still\s+)?(?:the\s+|a\s+)?(?:main\s+|biggest\s+|only\s+|last\s+|major\s+|key\s+)?(?:issue|obstacle|stumbling block|sticking point|hurdle)s?\b|^\s*(?:are|is|have|has)?\s*(?:still\s+)?(?:yet|still) to be (?:agreed|resolved|finalised|finalized|settled)\b/

/** A move stopped by someone, right before its verb: "prevented Eric Dier joining", "blocked him from joining", "will not allow Olmo to be signed". */
const PREVENTED_BEFORE = /\b(?:prevent(?:ed|s|ing)?|stopp(?:ed|ing)|block(?:ed|s|ing)?|barred)\s+(?:\S+\s+){0,3}?(?:from\s+)?$|\b(?:not|n't|never|refus(?:e|es|ed|ing) to)\s+(?:allow|permit|let)\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:be\s+)?$/

/** "almost", "nearly" right before a completed move's verb. */
const ALMOST_BEFORE = /\b(?:almost|nearly)\s+$/

/** A negated verb right before a cue, with at most two adverbs between: "not actively", "won't", "never"; or a negated possessor: "it is not Olmo's wish to leave". */
const VERB_NEGATION = /(?:\bnot|n['’]t|\bnever|\bno longer)(?:\s+(?:be|been|\w+ly))?(?:\s+\w+ly)?\s+$|\b(?:is|was|are|were)\s+not\s+(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s|his|her|their)\s+(?:\w+\s+)?$/

/**
 * A speaker calling reports untrue: "has dismissed reports that he is set to join United",
 * "refuted any talk of a transfer after reports claimed he had agreed terms". What the reports
 * say, further on in the sentence, is denied.
 */
const REPORT_DENIAL = /\b(?:dismiss(?:ed|es|ing)?|den(?:ied|ies|y|ying)|refut(?:ed|es|e|ing)|rubbish(?:ed|es|ing)?|quash(?:ed|es|ing)?|scotch(?:ed|es|ing)?|sh(?:ot|oot|oots|ooting) down|laugh(?:ed|s|ing)? off|play(?:ed|s|ing)? down|brush(?:ed|es|ing)? (?:off|aside)|rejected|rejects|poured cold water on)\s+(?:all\s+|any\s+|the\s+|those\s+|these\s+|recent\s+|latest\s+|fresh\s+|media\s+|press\s+)*(?:reports?|claims?|rumou?rs?|suggestions?|speculation|talk|stories|story)\b|\b(?:categorically\s+|flatly\s+|strongly\s+)?den(?:ied|ies|y|ying)['’"]?\s+that\b/g
/**
 * Report nouns, one of which every `REPORT_DENIAL` match holds (or, for "denied that", the verb's
 * "deni"/"deny"): the gate before the regex runs.
 */
const REPORT_NOUNS = ['report', 'claim', 'rumo', 'suggestion', 'speculation', 'talk', 'stor', 'deni', 'deny']
/** A clause that turns away from the denial: ", but he admitted talks took place", ", and insist he is staying". */
const TURN = /^[,;\s]*(?:but|however|although|though|while|whereas)\b|^;/
/** The speaker goes on to say something of his own: ", and insist he has no intention of leaving". */
const OWN_WORDS = /,\s+(?:and\s+)?(?:insist|insists|insisted|say|says|said|add|adds|added|stress|stresses|stressed|maintain|maintains|maintained)\b/

const denialsByView = new WeakMap<Candidate['view'], { end: number; text: string }[]>()

/** The report denial standing before `at` in its sentence with no turning clause between; or undefined. */
function reportDenialBefore(view: Candidate['view'], at: number): string | undefined {
  let found = denialsByView.get(view)
  if (!found) {
    found = []
    const { folded, sentence } = view
    if (REPORT_NOUNS.some((n) => folded.includes(n))) {
      for (const m of folded.matchAll(REPORT_DENIAL)) found.push({ end: sentence.start + m.index + m[0].length, text: m[0] })
    }
    denialsByView.set(view, found)
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i]
    if (d.end > at) continue
    const turned = view.clauseStarts.some((s) => s > d.end && s <= at && TURN.test(view.folded.slice(s - view.sentence.start, s - view.sentence.start + 12))) ||
      OWN_WORDS.test(view.folded.slice(d.end - view.sentence.start, at - view.sentence.start))
    return turned ? undefined : d.text
  }
  return undefined
}

/** A denial verb negated in turn: "not categorically ruling out talks", "did not deny", "won't rule out". */
const NEGATED_DENIAL = /(?:\bnot|n['’]t|\bnever)\s+(?:\w+ly\s+)?(?:be\s+)?$/
const DENIAL_WORDS = /^(?:rule out|ruled out|rules out|deny|denied|denies|denying)$/
const NOT_THEN_DENIAL = /^(?:not|n['’]t|never)\s+(?:\w+ly\s+)?(?:rul(?:e|ed|es|ing)\s+out|den(?:y|ied|ies|ying))\b/

/** The last negator is a denial that a "not" cancels: "not ruling out talks", "didn't deny" are no denials. */
function doubleNegation(before: string, neg: RegExpExecArray): boolean {
  if (NOT_THEN_DENIAL.test(before.slice(neg.index).replace(/^n['’]t/, "n't"))) return true
  return DENIAL_WORDS.test(neg[0].trim()) && NEGATED_DENIAL.test(before.slice(0, neg.index))
}

/**
 * After the cue, in its sentence: what was just said is called untrue ("I have read that we have
 * reached an agreement, but it is not true", "reports of a fee being agreed are false").
 */
const UNTRUE_AFTER = /^[^.;!?]{0,120}?(?:\b(?:but|and)\s+(?:it|this|that)\s+(?:is|was|'s|’s)\s+(?:simply\s+|just\s+|completely\s+|totally\s+)?(?:not true|untrue|false|not correct|incorrect|wrong|fake|nonsense|rubbish|not the case)\b|\b(?:are|is|were|was)\s+(?:simply\s+|completely\s+|totally\s+|categorically\s+)?['‘"]?(?:untrue|false|fake news|not true)\b)/

function calledUntrueAfter(c: Candidate): string | undefined {
  const { folded, sentence } = c.view
  const m = UNTRUE_AFTER.exec(folded.slice(c.cueEnd - sentence.start))
  return m ? m[0].slice(m[0].search(/\b(?:but|and|are|is|were|was)\b[^]*$/)).trim() : undefined
}

/**
 * A negated verb of its own, then the cue as its reason or setting: "chose not to play due to the
 * ongoing negotiations", "did not train amid talks", "was left out because of the talks". The "not"
 * denies the playing, not the talks.
 */
const REASON_BETWEEN = /^(?:not|n't|never|no longer)\s+(?:\S+\s+){0,6}?(?:due to|because of|owing to|amid|amidst|given|in light of|in view of|ahead of|as a result of|on account of)\b/

function reasonBetween(fromNeg: string): boolean {
  return REASON_BETWEEN.test(fromNeg.replace(/^n['’]t/, "n't"))
}

/** "not only", "no doubt", "no surprise", "had no hesitation in turning down": negators that do not negate the claim. */
function cancelled(fromNeg: string): boolean {
  // "refused to comment on the negotiations", "declined to be drawn on talks": silence, not a denial.
  if (/^(?:refuse|refused|refuses|declined|declines|decline|declining|unable) to (?:comment|be drawn|elaborate|go into|confirm or deny|reveal|disclose|name|speak about|talk about)\b/.test(fromNeg)) return true
  // "(their words, not mine) and will reject any offers": a negator inside a closed aside.
  if (CLOSED_ASIDE.test(fromNeg)) return true
  // "should not be satisfied with Bayern's improved offer": the possessor's offer exists; what is
  // negated is what someone else makes of it.
  if (POSSESSED_CUE.test(fromNeg)) return true
  return /^(?:not only|no doubt|no surprise|no secret|nothing new|not just|not least|no stranger|not far behind|not the only|none other|none the less|none too|no hesitation|no qualms|no reservations)/.test(fromNeg)
}

/** A negator whose parenthesis closes before the cue: "not mine) and will reject". */
const CLOSED_ASIDE = /^[^(]*\)/
/**
 * The cue as a possessed noun after a verb of its own: "not be satisfied with Bayern's improved
 * offer", "have not responded to United's bid". Not "no club's offer": a "no" is the determiner.
 */
const POSSESSED_CUE = /^(?:not|n't|never)\s+(?:\S+\s+){1,5}?(?:to|with|by|over|about|of|on)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s\s+(?:\S+\s+){0,2}$/
