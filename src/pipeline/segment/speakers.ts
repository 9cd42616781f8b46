/**
 * Who said a quote (SPEC §4.2). Rules in order: attribution after the quote (", Romano went on
 * to add"), "according to X" in its sentence, a subject and speech verb before it in the same
 * sentence ("Romano reports that ‘…’"), then an intro line ("He said:"). Pronouns and role
 * phrases resolve to the latest named speaker or journalist before them.
 */
import type { Block, CleanedArticle, Mention, Sentence, Speaker } from '../../domain/types.ts'
import {
  antecedentAt, expandName, expandNameVia, extractNames, isJournalistMention, NameLookup, toKind, toNameMention,
  type Antecedent, type NameMention,
} from './names.ts'
import {
  ACCORDING_TO, AFTER_SUBJECT_VERB, AFTER_VERB_SUBJECT, BEFORE_SUBJECT_VERB, CONJOINED_VERB, INTRO_LINE, INTRO_POSSESSIVE,
  INTRO_TAIL, JOURNALIST_CUE_IN, OPENING_SUBJECT, SPOKESPERSON_AFTER, VIA_AFTER,
} from './patterns.ts'
import { PRONOUNS } from './speaker-lexicon.ts'
import type { QuoteSpan } from './quote-marks.ts'

export interface SpeakerContext {
  text: string
  blocks: readonly Block[]
  sentences: readonly Sentence[]
  names: NameMention[]
  antecedents: Antecedent[]
  isKnownJournalist?: (name: string) => boolean
  /** The article's player and person mentions, in text order (see `FindQuotesOptions.people`). */
  people?: readonly Mention[]
}

const VIA_VERBS = /^(?:told|tells|informed|spoke\s+to|speaking\s+to|explained\s+to)$/
/** Longest attribution clause accepted after a quote that ended its own sentence. */
const MAX_TRAILING_CLAUSE = 80
const LOOKBEHIND = 300

/**
 * Prepares the per-article lookups speaker rules need. `names` and `antecedents` are computed on
 * first use, and the rules themselves evaluate antecedents one name at a time.
 * @example createSpeakerContext(cleaned, sentences).antecedents
 */
export function createSpeakerContext(cleaned: CleanedArticle, sentences: readonly Sentence[], isKnownJournalist?: (name: string) => boolean, people?: readonly Mention[]): SpeakerContext {
  // Speed: most quotes need no antecedent and many articles have no quote with a named subject,
  // so the name scan (a pass over the whole text) and the antecedent tests run only on demand.
  return new LazySpeakerContext(cleaned.text, cleaned.blocks, sentences, isKnownJournalist, people)
}

class LazySpeakerContext implements SpeakerContext {
  private nameList: NameMention[] | undefined
  private antecedentList: Antecedent[] | undefined
  /** Per name index: its antecedent, null when it is none, undefined when not yet tested. */
  private readonly tested: (Antecedent | null | undefined)[] = []
  private nameLookup: NameLookup | undefined
  /** Each speaker name's kind, as `kindOf` read it (all it reads is this context). */
  readonly kinds = new Map<string, Speaker['kind']>()

  constructor(
    readonly text: string,
    readonly blocks: readonly Block[],
    readonly sentences: readonly Sentence[],
    readonly isKnownJournalist?: (name: string) => boolean,
    readonly people?: readonly Mention[],
  ) {}

  get names(): NameMention[] {
    return (this.nameList ??= extractNames(this.text))
  }

  get antecedents(): Antecedent[] {
    if (!this.antecedentList) {
      const out: Antecedent[] = []
      for (let i = 0; i < this.names.length; i++) {
        const a = this.antecedentOf(i)
        if (a) out.push(a)
      }
      this.antecedentList = out
    }
    return this.antecedentList
  }

  /** The antecedent of `names[i]` (what `findAntecedents` would list for it), tested once. */
  antecedentOf(i: number): Antecedent | undefined {
    let a = this.tested[i]
    if (a === undefined) a = this.tested[i] = antecedentAt(this.text, this.names, i, this.isKnownJournalist) ?? null
    return a ?? undefined
  }

  /** Name mentions by last word, without the whole-text scan `names` needs. */
  get lookup(): NameLookup {
    return (this.nameLookup ??= new NameLookup(this.text))
  }

  /** `expandName(name, at, this.names)`, by the list when already built, else by lookup. */
  expand(name: string, at: number): string {
    return this.nameList ? expandName(name, at, this.nameList) : expandNameVia(this.lookup, name, at)
  }
}

/**
 * Finds the speaker of one quoted span, or undefined.
 * @example findSpeaker(ctx, span)?.name // 'Fabrizio Romano'
 */
export function findSpeaker(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  return speakerAfter(ctx, span) ?? speakerSpokesperson(ctx, span) ?? speakerAccordingTo(ctx, span) ?? speakerBefore(ctx, span) ?? speakerIntroLine(ctx, span) ?? speakerLeftOpen(ctx, span)
}

/**
 * '"We have received no offer," a Forest spokesperson said': the club's voice. The speaker is the
 * club's name where it stands (pass 60 reads the spokesperson after it and credits the club).
 */
function speakerSpokesperson(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  const tail = ctx.text.slice(span.end, span.end + 80)
  if (!/spokes|statement/.test(tail)) return undefined
  const m = SPOKESPERSON_AFTER.exec(tail)
  if (!m) return undefined
  const at = span.end + m.index + m[0].indexOf(m[1])
  return { name: m[1], kind: 'unknown', start: at, end: at + m[1].length, rule: 'speaker/spokesperson@1', confidence: 0.8 }
}

/** A speech intro, then a quote mark opening speech the paragraph never closes: "Romano wrote on X: 'The agreement …". */
const LEFT_OPEN = /:\s*(['‘"“])(?=\p{Lu})(?:[^'‘’"“”]|(?<=\p{L})['’](?=\p{L}))*$/u

/**
 * A quote opening its paragraph that goes on with speech the paragraph before left open, press
 * style ("Romano wrote on X: 'The agreement is close." ¶ "'Talks never stopped.'"): that speech's speaker.
 */
function speakerLeftOpen(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  const b = blockAt(ctx.blocks, span.start)
  if (b === 0 || ctx.blocks[b].start !== span.start) return undefined
  const prev = ctx.blocks[b - 1]
  const line = ctx.text.slice(prev.start, prev.end)
  const open = LEFT_OPEN.exec(line)
  if (!open || (open[1] === "'" || open[1] === '‘' ? 'single' : 'double') !== span.kind) return undefined
  const m = BEFORE_SUBJECT_VERB.exec(line.slice(Math.max(0, open.index - LOOKBEHIND), open.index + 1))
  if (!m) return undefined
  const from = prev.start + Math.max(0, open.index - LOOKBEHIND)
  return toSpeaker(ctx, m[1], from + m.index + m[0].indexOf(m[1]), 'speaker/left-open@1', 0.75)
}

function speakerAfter(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  const block = ctx.blocks[blockAt(ctx.blocks, span.end - 1)]
  const tail = ctx.text.slice(span.end, Math.min(block.end, span.end + LOOKBEHIND))
  const sv = AFTER_SUBJECT_VERB.exec(tail)
  const vs = sv ? null : AFTER_VERB_SUBJECT.exec(tail)
  const m = sv ?? vs
  if (!m) return undefined
  const [subject, verb] = sv ? [m[1], m[2]] : [m[2], m[1]]
  const rest = tail.slice(m[0].length)
  if (endsSentence(ctx.text, span) && (rest.split(/[.!?]/)[0] ?? '').length > MAX_TRAILING_CLAUSE) return undefined
  const at = span.end + (sv ? m[0].indexOf(subject) : m[0].lastIndexOf(subject))
  return toSpeaker(ctx, subject, at, 'speaker/after-quote@1', 0.9, viaOf(verb, rest), span.start)
}

function speakerAccordingTo(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  const s = ctx.sentences[sentenceAt(ctx.sentences, span.start)]
  const from = Math.max(s ? s.start : 0, span.start - LOOKBEHIND)
  const prefix = ctx.text.slice(from, span.start)
  const e = ctx.sentences[sentenceAt(ctx.sentences, span.end - 1)]
  const suffix = e && e.end > span.end ? ctx.text.slice(span.end, Math.min(e.end, span.end + 200)) : ''
  // Speed: both patterns need the word "according" (ASCII letters only, even under /iu).
  const before = mayHoldAccording(prefix) ? lastMatch(ACCORDING_TO_ALL, prefix) : null
  if (before) return toSpeaker(ctx, before[1], from + before.index + before[0].lastIndexOf(before[1]), 'speaker/according-to@1', 0.85)
  const after = mayHoldAccording(suffix) ? ACCORDING_TO.exec(suffix) : null
  if (after) return toSpeaker(ctx, after[1], span.end + after.index + after[0].lastIndexOf(after[1]), 'speaker/according-to@1', 0.85)
  return undefined
}

function speakerBefore(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  const s = ctx.sentences[sentenceAt(ctx.sentences, span.start)]
  const from = Math.max(s ? s.start : 0, span.start - LOOKBEHIND)
  const prefix = ctx.text.slice(from, span.start)
  const m = BEFORE_SUBJECT_VERB.exec(prefix)
  if (!m) return s && from === s.start ? speakerConjoined(ctx, prefix, from) : undefined
  const rest = ctx.text.slice(from + m.index + m[0].indexOf(m[2]) + m[2].length, span.start)
  return toSpeaker(ctx, m[1], from + m.index + m[0].indexOf(m[1]), 'speaker/before-quote@1', 0.8, viaOf(m[2], rest))
}

/**
 * The sentence's subject speaking through a second verb: "Saliba, now 24, was asked about his
 * future and said: '…'", "Slot praised the squad before adding: '…'". `prefix` is the sentence up
 * to the quote; its opening subject (after an opening phrase and comma at most) speaks, unless a
 * clause of its own ("that the …", "who", "which", ", and the winger …") sits between it and the verb
 * ("repeated that message" is no clause).
 */
function speakerConjoined(ctx: SpeakerContext, prefix: string, from: number): Speaker | undefined {
  const verb = CONJOINED_VERB.exec(prefix)
  if (!verb) return undefined
  const subject = OPENING_SUBJECT.exec(prefix)
  if (!subject || subject[0].length > verb.index) return undefined
  if (/\b(?:who|which|whom|whose)\b|\bthat\s+(?:the|a|an|he|she|they|it|his|her|their|\p{Lu})|[“”";]|,\s*(?:and|but|while|as)\b/u.test(prefix.slice(subject[0].length, verb.index))) return undefined
  const via = verb[2] ? viaOf(verb[1] === 'telling' ? 'told' : verb[1], verb[2]) : undefined
  return toSpeaker(ctx, subject[1], from + subject[0].lastIndexOf(subject[1]), 'speaker/conjoined@1', 0.75, via)
}

function speakerIntroLine(ctx: SpeakerContext, span: QuoteSpan): Speaker | undefined {
  const b = blockAt(ctx.blocks, span.start)
  if (b === 0 || ctx.blocks[b].start !== span.start) return undefined
  const prev = ctx.blocks[b - 1]
  const line = ctx.text.slice(prev.start, prev.end)
  if (!line.endsWith(':')) return undefined
  const m = INTRO_LINE.exec(line)
  if (m) return toSpeaker(ctx, m[1], prev.start + m[0].indexOf(m[1]), 'speaker/intro-line@1', 0.85, viaOf(m[2], line.slice(m[0].length)))
  // "… it is worth going back to the quote. Here is what Florian Plettenberg wrote last Friday:"
  const tail = INTRO_TAIL.exec(line)
  if (tail) return toSpeaker(ctx, tail[1], prev.start + tail.index + tail[0].indexOf(tail[1]), 'speaker/intro-line@1', 0.8)
  const p = INTRO_POSSESSIVE.exec(line)
  if (!p) return undefined
  const person = toSpeaker(ctx, p[2], prev.start + p[0].lastIndexOf(p[2]), 'speaker/intro-line@1', 0.8)
  return person ? { ...person, via: p[1] } : undefined
}

/** An outlet's possessive before its reporter's name: "The Athletic's David Ornstein", "Sky Sports' Kaveh Solhekol". */
const OUTLET_POSSESSIVE = /^((?:The\s+)?\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})['’]s?\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\S+){0,3})$/u

/** Turns a subject (pronoun, role phrase or name) at offset `at` into a Speaker. */
function toSpeaker(ctx: SpeakerContext, subject: string, at: number, rule: string, confidence: number, via?: string, quoteStart?: number): Speaker | undefined {
  const owned = OUTLET_POSSESSIVE.exec(subject)
  if (owned && toKind(owned[1]) === 'outlet') {
    // The reporter speaks; his outlet is where he said it (unless the verb named another).
    const person = toSpeaker(ctx, owned[2], at + subject.lastIndexOf(owned[2]), rule, confidence, via)
    // A long outlet name can leave its "The" before the subject the name pattern matched.
    const outlet = !owned[1].startsWith('The ') && /\bThe\s$/.test(ctx.text.slice(Math.max(0, at - 4), at)) ? `The ${owned[1]}` : owned[1]
    return person && !person.via ? { ...person, via: outlet } : person
  }
  if (PRONOUNS.has(subject)) {
    const a = lastAntecedent(ctx, at, (x) => x.kind !== 'outlet' && x.name.includes(' '))
    // "Saliba played down talk of a switch. '…,' he said.": with no speaker named near, the
    // pronoun is the subject of the sentence before the quote.
    const near = a !== undefined && quoteStart !== undefined && blockAt(ctx.blocks, a.start) >= blockAt(ctx.blocks, quoteStart) - 1
    const subject = near || quoteStart === undefined ? undefined : subjectBefore(ctx, quoteStart)
    if (subject) return withVia(via, { ...subject, rule: rule.replace('@', '/pronoun-subject@'), confidence: round(confidence * 0.7) })
    return a ? withVia(via, fromAntecedent(a, rule.replace('@', '/pronoun@'), round(confidence * 0.8))) : undefined
  }
  if (/^(?:the|our)\s/i.test(subject)) {
    const journalist = JOURNALIST_CUE_IN.test(subject)
    const a = lastAntecedent(ctx, at, (x) => (journalist ? x.kind === 'journalist' : x.kind === 'person'))
    if (a) return withVia(via, fromAntecedent(a, rule.replace('@', '/role@'), round(confidence * 0.8)))
    const role = subject.replace(/\s+/g, ' ')
    return withVia(via, { name: role, kind: journalist ? 'journalist' : 'unknown', start: at, end: at + subject.length, rule: rule.replace('@', '/role@'), confidence: 0.3 })
  }
  const mention = toNameMention(subject, at)
  if (!mention) return undefined
  // Speed: the lazy context expands through its lookup, never scanning the whole text for names.
  const name = ctx instanceof LazySpeakerContext ? ctx.expand(mention.name, mention.start) : expandName(mention.name, mention.start, ctx.names)
  return withVia(via, { name, kind: kindOf(ctx, name), start: mention.start, end: mention.end, rule, confidence })
}

function kindOf(ctx: SpeakerContext, name: string): Speaker['kind'] {
  // Speed: an article's quotes name the same few speakers; each name's kind is read once.
  if (!(ctx instanceof LazySpeakerContext)) return readKind(ctx, name)
  let kind = ctx.kinds.get(name)
  if (kind === undefined) ctx.kinds.set(name, (kind = readKind(ctx, name)))
  return kind
}

function readKind(ctx: SpeakerContext, name: string): Speaker['kind'] {
  if (ctx.isKnownJournalist?.(name)) return 'journalist'
  if (toKind(name) === 'outlet') return 'outlet'
  if (hasJournalistAntecedent(ctx, name)) return 'journalist'
  return toKind(name)
}

/**
 * Same as `ctx.antecedents.some((a) => a.name === name && a.kind === 'journalist')`, for a name
 * that is not a known journalist.
 */
function hasJournalistAntecedent(ctx: SpeakerContext, name: string): boolean {
  if (!(ctx instanceof LazySpeakerContext)) return ctx.antecedents.some((a) => a.name === name && a.kind === 'journalist')
  // Speed: an antecedent is named `name` only when its own name is `name` or the last word that
  // expands to it ("Romano" → "Fabrizio Romano"), so only those names (found by lookup) are tested.
  const last = name.slice(name.lastIndexOf(' ') + 1)
  return ctx.lookup.endingWith(last).some((m) =>
    (m.name === name || m.name === last) && isJournalistMention(ctx.text, m, ctx.expand(m.name, m.start), name))
}

/** Before a sentence's subject: nothing, or an opening phrase closed by a comma ("Speaking after the win, "). */
const SUBJECT_LEAD = /^[\s\-–—•*]*(?:[^,.;:!?“”"‘’]{1,120},\s+)?$/
/** After it: an aside at most, then a lower-case word (its verb). */
const SUBJECT_TAIL = /^(?:,[^,.;:!?“”"]{1,120},)?\s+\p{Ll}/u

/**
 * The player or person opening the sentence before the quote's (in its paragraph or the one
 * before), when the quote opens its own sentence: "Saliba played down talk of a switch. '…'".
 */
function subjectBefore(ctx: SpeakerContext, quoteStart: number): Speaker | undefined {
  const people = ctx.people
  if (!people?.length) return undefined
  const si = sentenceAt(ctx.sentences, quoteStart)
  const s = ctx.sentences[si]
  const prev = ctx.sentences[si - 1]
  if (!s || !prev || s.start > quoteStart || ctx.text.slice(s.start, quoteStart).trim() !== '') return undefined
  if (blockAt(ctx.blocks, prev.start) < blockAt(ctx.blocks, quoteStart) - 1) return undefined
  const m = people[firstAtOrAfter(people, prev.start)]
  if (!m || m.end > prev.end || !m.name) return undefined
  if (!SUBJECT_LEAD.test(ctx.text.slice(prev.start, m.start)) || !SUBJECT_TAIL.test(ctx.text.slice(m.end, m.end + 130))) return undefined
  return { name: m.name, kind: 'person', start: m.start, end: m.end, rule: 'speaker/pronoun-subject@1', confidence: 0.6 }
}

/** The latest antecedent starting before `before` that `ok` accepts. */
function lastAntecedent(ctx: SpeakerContext, before: number, ok: (a: Antecedent) => boolean): Antecedent | undefined {
  if (!(ctx instanceof LazySpeakerContext)) {
    for (let i = ctx.antecedents.length - 1; i >= 0; i--) {
      const a = ctx.antecedents[i]
      if (a.start < before && ok(a)) return a
    }
    return undefined
  }
  // Speed: antecedents keep their name's start and order, so walk the names back, testing lazily.
  for (let i = ctx.names.length - 1; i >= 0; i--) {
    if (ctx.names[i].start >= before) continue
    const a = ctx.antecedentOf(i)
    if (a && ok(a)) return a
  }
  return undefined
}

/** The speaker, told through `via` when given. (A module function: tsx names each closure made per call.) */
function withVia(via: string | undefined, s: Speaker): Speaker {
  return via ? { ...s, via } : s
}

function fromAntecedent(a: Antecedent, rule: string, confidence: number): Speaker {
  return { name: a.name, kind: a.kind, start: a.start, end: a.end, rule, confidence }
}

function viaOf(verb: string, rest: string): string | undefined {
  if (!VIA_VERBS.test(verb.replace(/\s+/g, ' '))) return undefined
  const m = VIA_AFTER.exec(rest)
  return m ? m[1].replace(/\s+/g, ' ') : undefined
}

/** True when the quote's last inner character ends a sentence (“… here.”). */
function endsSentence(text: string, span: QuoteSpan): boolean {
  return /[.!?…]/.test(text[span.end - 2] ?? '')
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}

/** `ACCORDING_TO` for `lastMatch`, compiled once. */
const ACCORDING_TO_ALL = new RegExp(ACCORDING_TO.source, `${ACCORDING_TO.flags}g`)

function mayHoldAccording(s: string): boolean {
  return s.length >= 9 && s.toLowerCase().includes('according')
}

/** The last match of a global pattern in `s`. */
function lastMatch(g: RegExp, s: string): RegExpExecArray | null {
  g.lastIndex = 0
  let last: RegExpExecArray | null = null
  for (let m = g.exec(s); m; m = g.exec(s)) last = m
  return last
}

/**
 * Index of the block holding offset `pos` (binary search; the nearest earlier block in a gap).
 * @example blockAt([{ start: 0, end: 5 }, { start: 7, end: 9 }], 8) // 1
 */
export function blockAt(items: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0
  let hi = items.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (items[mid].start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Index of the first of `ms` (sorted by start) starting at or after `at`; `ms.length` when none. */
export function firstAtOrAfter(ms: readonly { start: number }[], at: number): number {
  let lo = 0
  let hi = ms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ms[mid].start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

const sentenceAt = blockAt
