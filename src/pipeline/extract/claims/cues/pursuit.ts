/**
 * A club pursuing a player: talks, bids, approaches and interest (SPEC §5). Most general
 * last, so that the specific cues above own their spans.
 */
import { c, W, type Cue } from './shared.ts'

const BID_VERB = String.raw`(?:made|make|making|submitted|submit|submits|tabled|table|tables|lodged|lodge|lodges|launched|launch|sent|send|sends|submitting|tabling|lodging|presented|prepare|prepares|preparing|prepared|readying|plan|plans|planning)`
const ORDINAL = String.raw`(?:opening|improved|fresh|second|third|formal|official|record|club-record|verbal|written|first|new|final|initial)`

export const PURSUIT: Cue[] = [
  c('claim/talks@1', 'talks', String.raw`\b(?:talks|negotiations|negotiation|negotiating|negotiate|discussions|discussing)\b|\btalk(?:ing)? (?:directly )?(?:to|with)\b|\bin (?:advanced )?contact with\b|\bdiscuss (?:a|the) (?:deal|move|transfer)\b|\bworking on (?:deals|a deal|the deal|this deal) for\b`, 0.75),
  c('claim/bid-effort@1', 'interest', String.raw`\bbid to (?:bring|sign|land|lure|secure|acquire|tempt)\b`, 0.7),
  c('claim/approach-informal@1', 'approach', String.raw`\b(?:informal|verbal|tentative) (?:proposal|offer|contact|enquiry|approach)\b|\b(?:initial|opening|first) (?:contact|enquiry|approach)\b|\bproposal to (?:the|him|his)\b|\bpresented (?:the club's|their|his|its) (?:plans|project|vision)\b`, 0.75),
  c('claim/bid-received@1', 'bid', String.raw`\b(?:received|receive|receives|receiving)\b (?:a|an|any|the|their|his|its)? ?(?:\S+ ){0,3}?(?:bid|offer|proposal)s?\b`, 0.75, { actor: 'holder' }),
  // "offered him a three-year contract": to the player; from his own club it is a renewal offer.
  c('claim/offer-player@1', 'approach', String.raw`\boffer(?:ed|ing|s)? (?:him|her|the player|\S+) (?:a|an) (?:\S+ ){0,3}?(?:contract|deal)\b`, 0.7, { renewalAs: 'extension_offer' }),
  c('claim/bid@1', 'bid', String.raw`\b(?:offered|offer|offering) to (?:buy|sign|pay)\b|\b${BID_VERB}\b (?:a|an|their|his|its|the)? ?(?:\S+ ){0,3}?(?:bid|offer|proposal)\b|\b(?:bid|offer) (?:of|worth|in the region of)\b|\b${ORDINAL} (?:\S+ )?(?:bid|offer)\b|[£€$][\d.,]+ ?(?:m|million|bn|billion)?(?:-plus)? (?:bid|offer)\b|\bset for (?:\S+ ){1,3}?bid\b`, 0.8, { renewalAs: 'extension_offer' }),
  c('claim/approach@1', 'approach', String.raw`\b(?:approach|approached|approaches|approaching)\b|\b(?:made|make|making) (?:an? )?(?:\S+ )?(?:contact|enquiry|move)\b|\bfirst contact\b|\benquir(?:y|ies|ed)\b|\bsounded out\b|\bcontacted\b|\b(?:been|got|get|getting|gets) in touch\b|\btried for\b|\btest(?:ed)? the waters\b|\b(?:made|make|making) (?:a )?(?:move|play) for\b`, 0.75),

  c('claim/target@1', 'interest', String.raw`\b(?:top|primary|main|priority|number one|no\.? ?1|dream|key|prime|first-choice|leading|summer|january|transfer|prime) (?:\S+ ){0,3}?targets?\b|\btargets?\b|\btargeting\b|\btargeted\b`, 0.75),
  c('claim/interest-list@1', 'interest', String.raw`\b(?:high|top|first|near the top) (?:on|of) (?:the|their|his|its) (?:\S+ )?(?:list|shortlist|wishlist|agenda)\b|\bon (?:the|their|his|its) (?:\S+ )?(?:list|shortlist|wishlist|radar)\b|\bnames on (?:their|the|his) list\b|\bunder consideration\b|\bamong the (?:options|candidates|names)\b|\bprepared to wait\b|\bkeep(?:ing|s)? tabs on\b|\b(?:considered|seen as|viewed as) (?:the )?(?:favourites|front-runners|frontrunners)\b|\bturn(?:ed|s|ing)? (?:their |his |its )?attention to\b|\blin(?:ing|e|es|ed) up\b`, 0.7),
  c('claim/interest@1', 'interest', String.raw`\binterest(?:ed)? in\b|\binterest from\b|\b(?:stepped up|step up|steps up|register(?:ed)?|express(?:ed)?|show(?:n|ed)?|serious|strong|concrete|firm|held|hold|holds|have|has|had) (?:their |his |its |an |a )?interest\b|\bkeen (?:on|to sign|to bring|to land)\b|\badmirers?\b|\badmir(?:e|es|ed|ing)\b|\bmonitor(?:ing|ed)?\b|\btrack(?:ing|ed)?\b|\beye(?:ing|ing up)?\b|\blinked (?:with|to)\b|\bin the race\b|\b(?:lead|leads|leading|led|join|joined|joining|enter|entered|entering) the race\b|\bweigh(?:ing|s)? up\b|\bconsider(?:ing|s)? (?:a|an) (?:\S+ )?(?:move|bid|offer|approach)\b|\b(?:summer|january|winter|potential|possible|surprise|shock|late) move for\b|\bmove for\b|\bchas(?:e|ing)\b|\bpursu(?:it|ing|e|es|ed)\b|\bplotting\b|\bshortlist(?:ed)?\b|\bscout(?:ed|ing)\b|\bwant(?:s|ed)? to (?:sign|bring|land)\b|\bgoing (?:very )?strong for\b|\bconfident (?:of|about) (?:signing|landing)\b|\bconfident (?:that )?(?:he|they|the player) will (?:sign|join|land|move)\b|\bconfident they will (?:land|sign)\b|\b(?:waiting|hoping|hoped|looking|aiming) to (?:sign|land|lure|bring)\b|\bworking on (?:signing|a move|a package|bringing)\b|\bcoveted by\b|\bin their sights\b|\bpushing\b${W}\b(?:to sign|to bring|for)\b|\bconsider(?:s|ed)? him\b|\b(?:lure|tempt)\b|\bexplor(?:e|es|ed|ing) (?:a |the )?(?:move|deal|signing|possibility|whether)\b`, 0.7),
  // "The club wanted Bryan from the start": wanting a named player.
  c('claim/want-player@1', 'interest', String.raw`\bwant(?:s|ed)?\b`, 0.65, { objectPlayer: 3 }),
]
