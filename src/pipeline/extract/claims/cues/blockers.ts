/**
 * Cues that block (rule statements and generic talk that look like claims) and cues for past
 * moves mentioned in passing (SPEC §5: historical `signed`).
 */
import { c, OPTION_ACT, W, type Cue } from './shared.ts'

export const BLOCKERS: Cue[] = [
  c('block/free-to-negotiate', 'talks', String.raw`\bfree to (?:negotiate|discuss|talk|speak|sign)\b[^.;:!?,]{0,80}`, 0, { keywords: ['free'], block: true }),
  c('block/purpose-talks', 'talks', String.raw`(?<!\b(?:intend|intends|intended|intending|plan|plans|planned|planning|set|expected|poised|due|likely) )\bto (?:open|hold|begin|start|initiate) (?:talks|negotiations|discussions)\b|\bto discuss (?:a|the) (?:deal|move|transfer)\b`, 0, { keywords: ['talks', 'negotiations', 'discussions', 'discuss'], block: true }),
  c('block/before-approach', 'approach', String.raw`\bbefore (?:making|launching|submitting) a (?:formal |firm )?(?:approach|bid|offer)\b`, 0, { keywords: ['making', 'launching', 'submitting'], block: true }),
  c('block/release-clause', 'bid', String.raw`\b(?:release|buyout|exit|termination|rescission) clause\b`, 0, { keywords: ['clause'], block: true }),
  // "a pre-contract is an agreement between a player and a club", "pre-contract agreements with
  // players in England": explainers define the terms; no player is doing anything.
  c('block/definition', 'pre_contract', String.raw`\b(?:an? |the )?(?:pre-?contracts?|bosman (?:move|transfer)s?|free transfers?)(?: agreements?)? (?:is|are|means|refers to|allows?|allow)\b[^.;!?]{0,120}|\b(?:pre-?contract|contract|transfer) (?:agreements?|discussions|talks|negotiations) with (?:players|a player|any player)\b`, 0, { keywords: ['contract', 'contracts', 'pre', 'precontract', 'precontracts', 'bosman', 'transfer', 'transfers'], block: true }),
  // "have held discussions internally about a move", "internal talks": a club talking to itself.
  c('block/internal-talks', 'talks', String.raw`\b(?:talks|discussions|meetings) internally\b|\binternal (?:talks|discussions|meetings)\b`, 0, { keywords: ['talks', 'discussions', 'meetings'], block: true }),
  // "is keen on a move to England", "desperate for a return home": the player's preference, not a club's interest.
  c('block/keen-on-move', 'interest', String.raw`\b(?:keen on|eager for|desperate for|hoping for) (?:a |the )?(?:\S+ )?(?:move|switch|transfer|return) (?:to|abroad|away|back|elsewhere|home)\b`, 0, { keywords: ['keen', 'eager', 'desperate', 'hoping'], block: true }),
  // "the club hold the option of extending his deal by a year", "with an option to extend until
  // 2030": a clause of a contract already signed, no offer being made. (An option triggered,
  // "have exercised an option to extend his deal", renews him: claim/option-extension@1.)
  c('block/option-to-extend', 'extension_offer', String.raw`(?<!\b${OPTION_ACT} (?:(?:an?|the|his|her|their|its) )?(?:(?:one|two|1|2|12)-(?:year|month|season) |further |extra |club )?)\b(?:an? |the )?(?:club )?options? (?:of|to) (?:extend(?:ing)?|renew(?:ing)?|trigger(?:ing)? (?:a |an )?(?:one-year |further )?extension)\b[^.;:!?]{0,40}`, 0, { keywords: ['option', 'options'], block: true }),
  // "a back-up option", "one of several options": a ranking, not a club's act.
  c('block/back-up', 'interest', String.raw`\b(?:considered|seen as|viewed as|regarded as) (?:a |an |the )?(?:back-up|backup|fallback|cheaper|alternative|secondary) (?:option|target|alternative)\b`, 0, { keywords: ['option', 'target', 'alternative'], block: true }),
  // "not prepared to name targets", "would not discuss potential targets": talk about naming
  // names, no club's interest in anyone ("named their top target as Isak" names one).
  c('block/name-targets', 'interest', String.raw`\b(?:name|names|naming|reveal|reveals|revealing|discuss|discussing|disclose|disclosing|(?:talk|talking|speak|speaking|go|going) (?:about|into)|comment on|commenting on) (?:any |specific |individual |potential |possible |transfer |our |their |his |the club's |[\w.-]+'s )*targets?\b(?! as\b)`, 0, { keywords: ['target', 'targets'], block: true }),
  // "Ten Hag's remaining two key positional targets are a goalkeeper and a striker", "their main
  // target is a new left-back": targets that are positions name no player, whoever is named nearby.
  c('block/position-targets', 'interest', String.raw`\b(?:[\w-]+ ){0,4}?targets? (?:is|are|remain|remains|include|includes|being) (?:(?:a|an|another) )?(?:new |top-class |quality |young |experienced |backup |back-up |first-choice |senior |[\w-]+-footed )?(?:goalkeeper|keeper|defender|centre-back|center-back|centre back|full-back|right-back|left-back|wing-back|midfielder|defensive midfielder|holding midfielder|playmaker|winger|wide man|forward|striker|centre-forward|center-forward|number nine|no\.? ?9|no\.? ?6|frontman|attacker)s?\b(?! (?:[\w'’.-]+ )?(?:from|at|of|in)\b)`, 0, { keywords: ['target', 'targets'], block: true }),
  // "the 'not for sale' announcement often comes before a sale": a generic remark about the phrase
  // (habitual: "often", "usually"), no club refusing to sell anyone.
  c('block/not-for-sale-talk', 'not_for_sale', String.raw`\bnot[- ]for[- ]sale['"]? (?:announcements?|tags?|signs?|labels?|stances?|lines?|messages?|declarations?|statements?|claims?|insistence)\b(?= (?:[\w'’-]+ ){0,4}?(?:often|usually|typically|generally|invariably|always|rarely|seldom|tends? to|tended to)\b)`, 0, { keywords: ['sale'], block: true }),
]

export const HISTORICAL: Cue[] = [
  c('claim/footsteps@1', 'signed', String.raw`\bfollow(?:ing|ed|s)? in the footsteps of\b`, 0.7, { keywords: ['footsteps'], stance: 'affirmed' }),
  c('claim/past-move@1', 'signed', String.raw`\b(?:his|her|their) (?:own )?(?:bosman|free|big-money|record|record-breaking|high-profile|switch|dream)? ?(?:move|transfer|switch) (?:to|from) ${W}(?:last (?:summer|season|year|january)|in (?:19|20)\d\d|years ago)`, 0.7, { keywords: ['move', 'transfer', 'switch'], stance: 'affirmed' }),
]
