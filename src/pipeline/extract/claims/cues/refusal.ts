/**
 * The owning club refusing or agreeing to sell, rejections of bids and moves, and the player
 * staying or leaving (SPEC §5 `not_for_sale`, `bid_rejected`, `rejected_move`, `stays`).
 */
import { c, type Cue } from './shared.ts'

const REJECT = String.raw`(?:rejected|rebuffed|dismissed|turned down|snubbed|knocked back|refused|rejects|rebuffs|dismisses|turns down|rejecting|rebuffing|dismissing|turning down|said no to|says no to|say no to)`
const REJECTED = String.raw`(?:rejected|rebuffed|dismissed|turned down|knocked back|snubbed)`

export const OWNER: Cue[] = [
  c('claim/not-for-sale@1', 'not_for_sale', String.raw`\bnot (?:for sale|be sold|going to be sold|available|selling)\b|\bgoing nowhere\b`, 0.85, { keywords: ['not', 'nowhere'], stance: 'affirmed' }),
  c('claim/not-for-sale-2@1', 'not_for_sale', String.raw`\b(?:not|no|never) (?:opening|open|open to opening) (?:the )?doors?\b|\b(?:no intention|no desire|no plans?|unwilling|not willing|not prepared|refus(?:e|es|ed|ing)|reluctant) (?:of |to )?(?:sell|selling|part with|let him (?:go|leave)|cash in|release (?:him|the player|their \S+))\b|\bwill not (?:sell|let him (?:go|leave))\b|\bholding firm\b|\bnon-negotiable\b|\buntouchable\b|\bnot for sale\b`, 0.8, { keywords: ['door', 'doors', 'sell', 'selling', 'part', 'let', 'cash', 'firm', 'negotiable', 'untouchable', 'sale', 'release'], stance: 'affirmed' }),
  // "Elliot is our player and he will be our player next season" (an owner or coach speaking).
  c('claim/our-player@1', 'not_for_sale', String.raw`\b(?:is|remains|will (?:be|remain|stay)) our player\b`, 0.7, { keywords: ['our'], stance: 'affirmed' }),
  c('claim/open-to-sale@1', 'not_for_sale', String.raw`\b(?:would|will|could|might) (?:be (?:prepared|willing|happy) to )?listen to (?:offers|bids|proposals)\b|\b(?:open to|willing to|ready to|prepared to) (?:sell|selling|offload|cash in|let him (?:go|leave)|sanction (?:a|his) sale|a sale|listen|do business|(?:a |an )?(?:loan|sale|permanent) (?:deal|move|exit|departure)|offers)\b|\b(?:pushing|looking|keen|trying|want|wants) to (?:sell|offload|cash in on)\b|\bsale (?:has been )?(?:greenlit|sanctioned|approved)\b|\b(?:greenlit|sanctioned|approved) (?:a|the|his) sale\b|\bup for sale\b|\btransfer-listed\b|\bavailable for transfer\b|\b(?:not|n't) stand in (?:his|the player's|the) way\b|\bresigned to losing\b|\baccept(?:s|ed)? (?:that )?\S+ (?:could|can|will|may) leave\b`, 0.75, { keywords: ['sell', 'selling', 'offload', 'cash', 'let', 'sanction', 'sale', 'listen', 'business', 'listed', 'available', 'stand', 'losing', 'leave', 'loan', 'permanent', 'offers'], stance: 'denied', negatable: true }),
]

export const REJECTIONS: Cue[] = [
  c('claim/bid-rejected@1', 'bid_rejected', String.raw`\b${REJECT}\b(?: (?:a|an|the|their|his|its|this|that|any))?(?: \S+){0,3}? (?:approach|approaches|bid|bids|offer|offers|proposal|enquiry|overtures|advances)\b`, 0.85, { keywords: ['approach', 'approaches', 'bid', 'bids', 'offer', 'offers', 'proposal', 'enquiry', 'overtures', 'advances'], actor: 'holder' }),
  c('claim/bid-rejected-2@1', 'bid_rejected', String.raw`\b(?:approach|bid|offer|proposal|enquiry|offers|bids)\b(?: (?!(?:after|before|but|and|while|as)\b)\S+){0,6}? (?:(?:was|has been|had been|were|have been) (?:also )?)?(?:swiftly |quickly |flatly |firmly )?${REJECTED}\b`, 0.85, { keywords: ['rejected', 'rebuffed', 'dismissed', 'turned', 'knocked', 'snubbed'], actor: 'holder' }),
  c('claim/rejected-move@1', 'rejected_move', String.raw`\b(?:does not|doesn't|did not|didn't|has no|is not|isn't|not|no) (?:want|wish|intend|interested|desire)(?: \w+){0,2}? (?:to )?(?:move|leave|join|go|moving|leaving|joining|switch)\b`, 0.8, { keywords: ['want', 'wish', 'intend', 'interested', 'desire'], stance: 'affirmed', actor: 'player' }),
  c('claim/rejected-move-2@1', 'rejected_move', String.raw`\b(?:turned down|rejected|snubbed|refused|turns down|rejects|snubs|refuses|ruled out|rules out)\b (?:a |the |an )?(?:\S+ )?(?:move|switch|transfer|chance|opportunity|proposal from|offer from|approach from)\b`, 0.75, { keywords: ['turned', 'rejected', 'snubbed', 'refused', 'turns', 'rejects', 'snubs', 'refuses', 'ruled', 'rules'], stance: 'affirmed', actor: 'player' }),
  c('claim/open-to-move@1', 'rejected_move', String.raw`\bopen to (?:a move|moving|joining|a switch|a transfer)\b`, 0.7, { keywords: ['open'], stance: 'denied', actor: 'player' }),
]

export const STAYING: Cue[] = [
  c('claim/wants-out@1', 'stays', String.raw`\bwants? to (?:leave|depart|quit|move on|exit|join)\b|\b(?:determined|plans?|planning|intends?|decided) to (?:leave|depart|quit)\b|\bhanded in a transfer request\b|\bpush(?:ing|es)? for (?:a|an) (?:move|exit|transfer)\b|\bwill leave (?:the club|on a free|in the summer|at the end|this summer|next summer|when)\b|\bmade up his mind to leave\b|\b(?:expected|set|likely|poised|going) to (?:leave|depart)\b|\bdesire to (?:move|leave)\b|\bno future at\b`, 0.75, { keywords: ['want', 'wants', 'leave', 'depart', 'quit', 'request', 'push', 'pushing', 'pushes', 'mind', 'desire', 'future'], stance: 'denied', actor: 'player' }),
  c('claim/will-leave@1', 'stays', String.raw`\bwill leave\b`, 0.7, { keywords: ['leave'], stance: 'denied', actor: 'player', clubAfter: 4 }),
  c('claim/stays@1', 'stays', String.raw`(?<!(?:contract|deal|terms|offer) )\b(?:will|to|set to|expected to|wants? to|happy to|intends to|plans to|decided to|going to) (?:stay|remain)\b(?! in the (?:north|south|capital|city|area|country|league))|\b(?:is staying|stays|remains) at\b|\bnot (?:be )?leaving\b|\bplay(?:ed|s|ing)? down (?:talk|speculation|rumours|links|reports)\b|\b(?:i'm|i am) happy here\b`, 0.7, { keywords: ['stay', 'remain', 'staying', 'stays', 'remains', 'leaving', 'down', 'happy'], actor: 'player' }),
]
