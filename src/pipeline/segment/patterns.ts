/** Regular-expression sources built from the speaker lexicons (compiled once at import). */
import { JOURNALIST_CUES, PERSON_CUES, SPEECH_VERBS, SPOKESPERSON_NOUNS } from './speaker-lexicon.ts'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|')

const NAME_TOKEN = "(?:\\p{Lu}\\.(?= \\p{Lu})|\\p{Lu}[\\p{L}\\p{M}'’-]*)"
/** A capitalised name run on one line: "Fabrizio Romano", "J. Pearce", "Virgil van Dijk". */
export const NAME_SRC = `${NAME_TOKEN}(?: (?:(?:van|de|da|di|von|del|dos|der|den|le|la|ten) )?${NAME_TOKEN}){0,3}`
export const PRONOUN_SRC = '(?:he|she|they|He|She|They)'
export const JOURNALIST_CUE_SRC = alternation(JOURNALIST_CUES)
export const PERSON_CUE_SRC = alternation(PERSON_CUES)
export const ROLE_SRC = `(?:the|The|our|Our)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${JOURNALIST_CUE_SRC}|${PERSON_CUE_SRC})`
export const SUBJECT_SRC = `(${PRONOUN_SRC}|${ROLE_SRC}|${NAME_SRC})`
export const VERB_SRC = `(${alternation(SPEECH_VERBS)})`
/** Auxiliaries and adverbs between a subject and its verb: "has also", "then", "just", "clearly". */
export const AUX_SRC = "(?:(?:has|have|had|also|then|later|further|previously|recently|once|again|would|just|\\p{Ll}+ly)\\s+){0,3}"
/** An outlet or person a speaker told: "told Sky Sports", "informed The Daily Briefing". */
export const VIA_SRC = "((?:The )?\\p{Lu}[\\p{L}&'’-]*(?: \\p{Lu}[\\p{L}&'’-]*){0,4})"

/** The name-run pattern; `extractNames` uses the equivalent scanner in name-scan.ts (tested against it). */
export const NAME_RE = new RegExp(NAME_SRC, 'gu')
/** A club and a lower-case role before a name: "owner ", "Forest owner ", "sporting director ". */
const ROLE_BEFORE_NAME_SRC = "(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}(?:(?!(?:of|at|for|from|and|or|in|with|to|on|by|via|the|a|an|who|which)\\s)\\p{Ll}[\\p{L}-]*\\s+|of\\s+(?=\\p{Ll})){1,4}(?=\\p{Lu}))?"
/**
 * A second verb of speech closing the words before a quote, with whom it was told: "… and said: ",
 * "…, before adding: ", "…, telling Kicker: ".
 */
export const CONJOINED_VERB = new RegExp(`(?:\\band|\\bbefore|\\bthen|,)\\s+(?:then\\s+)?(${alternation(SPEECH_VERBS)}|adding|saying|explaining|insisting|telling)((?:\\s+(?:to\\s+)?(?:The\\s+)?\\p{Lu}[\\p{L}&'’-]*(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,4})?)\\s*[:,]?\\s*$`, 'u')
/**
 * A sentence's subject: "Saliba", "Speaking after the win, Saliba", "Saliba, now 24," (the aside,
 * then a lower-case word), "Sporting director Simon Rolfes" (a role before the name).
 */
export const OPENING_SUBJECT = new RegExp(`^\\s*(?:[^,.;:!?“”"‘’]{1,80},\\s+)?${ROLE_BEFORE_NAME_SRC}${SUBJECT_SRC}(?=(?:,[^,.;:“”"]{1,120},)?\\s+\\p{Ll})`, 'u')
/** After a quote, a club's voice: ", a Forest spokesperson said", ", said a Chelsea spokesman", ", the club statement read". */
export const SPOKESPERSON_AFTER = new RegExp(`^\\s*[,–—-]?\\s*(?:(?:said|added|told|confirmed)\\s+)?(?:a|an|the)\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(?:club\\s+)?(?:${SPOKESPERSON_NOUNS})\\b`, 'u')
/** A paragraph introducing the quote after it, ending with its speaker's verb: "Here is what Florian Plettenberg wrote last Friday:". */
export const INTRO_TAIL = new RegExp(`(?<![\\p{L}\\p{M}])${SUBJECT_SRC}\\s+${AUX_SRC}${VERB_SRC}\\b[^:.!?“”"]{0,60}:$`, 'u')

/**
 * `, Romano went on to add` / `the CaughtOffside columnist informed The Daily Briefing` /
 * `, owner Evangelos Marinakis told Greek media` after a quote.
 */
export const AFTER_SUBJECT_VERB = new RegExp(`^\\s*[,–—-]?\\s*${ROLE_BEFORE_NAME_SRC}${SUBJECT_SRC}\\s+${AUX_SRC}${VERB_SRC}\\b`, 'u')
/** `, said Slot` after a quote. */
export const AFTER_VERB_SUBJECT = new RegExp(`^\\s*[,–—-]?\\s*${VERB_SRC}\\s+${SUBJECT_SRC}`, 'u')
/** An aside between a subject and its verb: "Ornstein, who broke the story, said". */
const ASIDE_SRC = '(?:,[^,.;:“”"‘«]{1,120},)?'
/**
 * `Romano has also emphasised that ‘` (or `Ornstein, who broke the story, said: “`) — a subject and verb earlier in the quote's sentence. The
 * subject starts a word: "he" inside "the" or "she" is no subject.
 */
export const BEFORE_SUBJECT_VERB = new RegExp(`(?<![\\p{L}\\p{M}])${SUBJECT_SRC}${ASIDE_SRC}\\s+${AUX_SRC}${VERB_SRC}\\b[^“”"‘«.!?]*$`, 'u')
export const ACCORDING_TO = new RegExp(`\\baccording\\s+to\\s+(?:the\\s+)?(${NAME_SRC})`, 'iu')
/** `He said:` / `Romano told Marca:` as a line of its own. */
export const INTRO_LINE = new RegExp(`^${SUBJECT_SRC}\\s+${AUX_SRC}${VERB_SRC}\\b[^:]{0,80}:$`, 'u')
/** `Sky Sports' Sam Blitz:` — outlet's possessive, person, colon. */
export const INTRO_POSSESSIVE = new RegExp(`^(${NAME_SRC})['’]s?\\s+(${NAME_SRC}):$`, 'u')
export const VIA_AFTER = new RegExp(`^\\s+(?:to\\s+)?${VIA_SRC}`, 'u')
export const JOURNALIST_CUE_BEFORE = new RegExp(`\\b(?:${JOURNALIST_CUE_SRC})\\s*,?\\s*$`, 'iu')
export const PERSON_CUE_BEFORE = new RegExp(`\\b(?:${PERSON_CUE_SRC})\\s*,?\\s*$`, 'iu')
export const JOURNALIST_CUE_IN = new RegExp(`\\b(?:${JOURNALIST_CUE_SRC})$`, 'iu')
/** What may follow a name before its speech verb: an aside ", who …," then auxiliaries. */
export const VERB_AFTER_NAME = new RegExp(`^(?:,[^,.;“”"]{0,200},)?\\s+${AUX_SRC}${VERB_SRC}\\b`, 'u')
