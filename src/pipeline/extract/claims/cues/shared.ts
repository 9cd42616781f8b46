/**
 * The shape of a claim cue and the helpers the cue families share (SPEC §5). Cues are data:
 * a pattern over the folded sentence (lower case, curly quotes normalised) that signals one
 * claim type, plus the structural conditions the participants pass checks.
 */
import type { ClaimType, Stance } from '../../../../domain/types.ts'

export interface Cue {
  id: string
  type: ClaimType
  re: RegExp
  /**
   * Lower-case words, at least one of which occurs as a whole word (a `\w+` run) in every
   * text the pattern matches. Pass 10 runs the pattern only on sentences holding one of
   * them (the keyword prefilter); `cues.test.ts` checks the promise over the corpora.
   */
  keywords: readonly string[]
  confidence: number
  /** Stance carried by the cue itself; negation scope is then not consulted (unless `negatable`). */
  stance?: Stance
  /** The cue's own stance flips when a negator stands before it: "not looking to sell" is not for sale. */
  negatable?: boolean
  /** A second claim the same words make ("turned down a new contract" = offer + refusal). */
  also?: { type: ClaimType; stance: Stance }
  /** Cue describes the player's own club keeping him (renewal family). */
  renewal?: boolean
  /** Blocks: matched spans that are never claims (rule statements, generic talk). */
  block?: boolean
  /** Who does the act: decides player vs club subject for rejections. */
  actor?: 'holder' | 'suitor' | 'player'
  /** A club must be named within this many characters after the cue ("joined Villa"). */
  clubAfter?: number
  /** The player is the one named within this many characters after the cue ("signed Huijsen"). */
  objectPlayer?: number
  /** The club before the cue lends or sells the player ("Boro loaned Wing to Wednesday"). */
  lender?: boolean
  /** When no club other than the holder takes part, the claim is this renewal type instead. */
  renewalAs?: ClaimType
  /** The cue's subject is a pronoun for the offer just reported ("That was turned down"): no such offer, no claim. */
  backRef?: boolean
  /** The player is the cue's subject, named before it ("Garner has become Everton's eighth signing"), never one named after. */
  subjectPlayer?: boolean
  /** The move goes "the other way" to the sentence's other move: a swap's second leg (pass 40 reverses the clubs). */
  otherWay?: boolean
  /** The cue's subject is a group of clubs named just before ('Neither club has …'): one claim per club. */
  group?: boolean
}

/**
 * What a club wants a player it has to do rather than join it: "wants him to stay", "want A and B
 * to extend". The want-player cue refuses them, and pass 40 refuses a list of players wanted for them.
 */
export const STAY_VERBS = String.raw`stay|remain|extend|continue|commit|stick|keep|sign a new|sign a fresh|renew|leave|go|depart|move on|find a new club`

/** A fee standing before the noun of a move: "the £30 million signing of", "their €8.5m capture of". */
export const FEE = String.raw`(?:[£€$][\d.,]+ ?(?:m|million|bn|billion)? )?`
/**
 * Wanting a move done is no move done: "are hoping to complete the signing of Haaland" (a pursuit
 * cue reads it as interest).
 */
export const INTENT = String.raw`(?:hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|aim(?:s|ed|ing)?|look(?:s|ed|ing)?|keen|eager|desperate|determined|try|tries|trying|plan(?:s|ned|ning)?|bid|push(?:es|ing)?|battl(?:e|es|ing)|fight(?:s|ing)?|rac(?:e|es|ing))`

/**
 * A wish before "to", as pass 20 reads it to drop an agreement only wished for ("hope to agree a
 * fee"). Narrower than `INTENT` (which also holds "look", "plan", "bid", "push"…) and than the
 * look-behind of `claim/agreement@1`, which stops its own match instead; merging the three would
 * move outputs, so they stay apart (this one and `INTENT` at least side by side here).
 */
export const WISH_TO = String.raw`(?:hope|hopes|hoped|hoping|want|wants|wanted|wanting|aim|aims|aiming|keen|eager|desperate|determined|intend|intends|intending|try|tries|trying|seek|seeks|seeking|would like|would love)`

/**
 * After an amount: it is no wage ("£200,000 a week", "€5m a year in salary", past its conversion
 * in brackets: "£150,000 (€175,000) a week") nor a penalty ("a £5m penalty to get out of the
 * obligation"), so no fee or bid. The amount is read whole: "£150" is no amount of "£150,000 a week".
 */
export const NOT_WAGE = String.raw`(?![.,]?\d|(?: ?(?:m|million|bn|billion)\b)?(?: ?\([^()]{1,40}\))?(?:-?\s?(?:a|per) (?:week|year|month|season|game|match)\b| ?(?:wages?|salary|penalty|fine)\b))`

/** Taking up a contract's option: "triggered", "have exercised", "activating", "took up". */
export const OPTION_ACT = String.raw`(?:trigger(?:ed|s|ing)?|activat(?:e|ed|es|ing)|exercis(?:e|ed|es|ing)|t(?:ake|akes|aking|aken|ook) up)`

/** A bounded gap inside one clause: never crosses sentence punctuation. */
export const W = String.raw`[^.;:!?]{0,40}?`
export const NEWDEAL = String.raw`(?:new|fresh|improved|extended|long-term|lengthy|bumper|lucrative)(?: and improved| and lengthy)?(?: [\w-]+)?(?: [\w-]+)? (?:deal|contract|terms)`
/** Keywords of `NEWDEAL`: one of its adjectives always occurs as a word. */
export const NEWDEAL_KEYS = ['new', 'fresh', 'improved', 'extended', 'long', 'lengthy', 'bumper', 'lucrative']
export const NEWDEAL_SHORT = String.raw`(?:new|fresh|improved|bumper)(?: [\w-]+)? (?:deal|contract|terms)`

/** Spaces in patterns match any run of white space (folded quotes leave double spaces). */
const spaced = (re: string) => re.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')

/** A letter of the folded text (lower case; accented letters too). */
const LETTER = String.raw`[a-z\u00df-\u024f]`
/** Asserts the position is not inside a word: never between two letters. */
const NOT_MID_WORD = String.raw`(?<!${LETTER}(?=${LETTER}))`

/**
 * The one boundary rule of the lexicon: a cue speaks of whole words. Its match never starts or
 * ends inside a word, and the words its look-arounds name are whole words too: "deal" in the
 * look-behind of "(contract|deal) to stay" is not the end of "ideal", "a" in "rejected (not) a …"
 * is not the start of "Atalanta", "her" is not "Hertha". Each look-ahead body must end, and each
 * look-behind body must start, where no word goes on. Written once here rather than as a `\b`
 * remembered (or forgotten) in each pattern; `cues.test.ts` checks the matches over the corpora.
 */
export function wholeWords(re: string): string {
  const out: string[] = []
  /** Open groups: for a look-ahead, where its body ends needs the rule. */
  const stack: ('ahead' | 'behind' | 'group')[] = []
  for (let i = 0; i < re.length; i++) {
    const ch = re[i]
    if (ch === '\\') { out.push(ch, re[i + 1] ?? ''); i++; continue }
    if (ch === '[') {
      // A character class, copied whole (escapes and ']' as its first member included).
      let j = i + 1
      if (re[j] === '^') j++
      if (re[j] === ']') j++
      for (; j < re.length && re[j] !== ']'; j++) if (re[j] === '\\') j++
      out.push(re.slice(i, j + 1))
      i = j
      continue
    }
    if (ch === '(') {
      const head = re.startsWith('(?<=', i) || re.startsWith('(?<!', i) ? 4 : re.startsWith('(?=', i) || re.startsWith('(?!', i) ? 3 : 0
      if (head === 4) { out.push(re.slice(i, i + 4), NOT_MID_WORD); stack.push('behind'); i += 3; continue }
      if (head === 3) { out.push(re.slice(i, i + 3)); stack.push('ahead'); i += 2; continue }
      stack.push('group')
    } else if (ch === ')') {
      if (stack.pop() === 'ahead') out.push(NOT_MID_WORD)
    }
    out.push(ch)
  }
  return `${NOT_MID_WORD}(?:${out.join('')})${NOT_MID_WORD}`
}

/** A cue; `extra.keywords` is required (see `Cue.keywords`). */
export const c = (id: string, type: ClaimType, re: string, confidence: number, extra: Partial<Cue> & Pick<Cue, 'keywords'>): Cue => ({
  id, type, re: new RegExp(wholeWords(spaced(re)), 'g'), confidence, ...extra,
})
