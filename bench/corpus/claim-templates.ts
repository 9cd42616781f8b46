/**
 * Sentence templates per claim type. `[a|b|]` picks one alternative (possibly empty); `{slot}`
 * is filled from the article's cast: {P} player, {T} buying club, {F} selling club, {fee},
 * {when}, {pos}, {nat}, {age}, {conf}, {coach}. Negated forms are separate entries.
 */
import type { ClaimType } from '../../src/domain/types.ts'

export const CLAIM_TEMPLATES: Record<ClaimType, readonly string[]> = {
  interest: [
    '{T} [are|have been|remain] [keen on|interested in|admirers of] {F} {pos} {P}.',
    '{T} [are|have been] [monitoring|tracking|watching] {F} {pos} {P} [closely|for months|since last season|].',
    '{T} have [added|placed] {P} [to|on] their [shortlist|list of targets|radar] {when}.',
    '{P} is [a|the] [top|primary|long-term|surprise] target for {T}.',
    '{T} [scouts|officials] [watched|have watched|were at the game to watch] {P} [again|on several occasions|last weekend].',
    '{T} [admire|are admirers of|rate] the {age} {nat} {pos} [highly|]',
    '{P} has emerged as a [shock|serious|realistic] option for {T} {when}.',
    '{T} are [among several clubs|one of a number of clubs|leading the race] [chasing|circling|eyeing] {P}.',
    '{T} [are not|are no longer] interested in {P}, [despite the reports|contrary to reports|it is understood].',
  ],
  approach: [
    '{T} have [made an approach|made contact|opened contact|sounded out] [for|over|regarding] {P}.',
    '{T} [enquired|made enquiries|asked] about {P}\'s [availability|situation|price] {when}.',
    '{T} have [approached|contacted] {F} [to ask about|over] {P}.',
    'An approach from {T} for {P} is [expected|imminent|likely] {when}.',
    'There has been no approach from {T} for {P}, [club sources insist|we understand|it is claimed].',
  ],
  bid: [
    '{T} have [submitted|made|lodged|tabled] [a|an opening|a second|an improved|a formal] [bid|offer] of {fee} for {P}.',
    '{T} [are preparing|are ready|plan] to [bid|offer] {fee} for {P} {when}.',
    'A {fee} [offer|proposal|bid] from {T} for {P} [has been sent|landed|arrived] {when}.',
    '{T} [have returned|came back] with [an improved|a fresh|a final] [offer|bid] worth {fee}.',
    '{T} have [not|yet to] [made|submit] a formal [bid|offer] for {P}.',
  ],
  bid_rejected: [
    '{F} have [rejected|turned down|knocked back|dismissed] [a|an opening|a second] {fee} [bid|offer] from {T} for {P}.',
    '{T}\'s {fee} [offer|bid] for {P} was [rejected|turned down|deemed too low] by {F}.',
    '{F} [swiftly|] rebuffed {T}\'s [approach|offer] for {P}, [valuing him at|holding out for] {fee}.',
    '{F} are [set|expected] to reject {T}\'s latest offer of {fee}.',
  ],
  talks: [
    '{T} [are in|have opened|have held|continue] [talks|negotiations|discussions] with {F} over {P}.',
    '[Talks|Negotiations] between {T} and {F} over {P} are [ongoing|progressing|advanced|at an early stage].',
    '{T} and {F} [will meet|are set to meet] {when} to [discuss|negotiate] a deal for {P}.',
    '{T} are [negotiating|in negotiations] to sign {P} {when}.',
    'There are no [talks|negotiations] between {T} and {F} over {P} [at this stage|yet|at present].',
  ],
  personal_terms: [
    '{P} has [agreed|accepted] personal terms with {T}.',
    '{T} have reached [an agreement|a verbal agreement|an understanding] with {P} on personal terms.',
    '{P} has said yes to {T} and [agreed|accepted] a [four|five|three]-year contract.',
    'Personal terms [are not expected to be|will not be] a problem for {P} and {T}.',
  ],
  agreement: [
    '{T} have agreed a {fee} [fee|deal] with {F} for {P}.',
    '{T} and {F} [have reached|are close to|are nearing] [an agreement|a deal|full agreement] for {P}.',
    '[Here we go|Done deal|Deal agreed]: {P} to {T} for {fee}.',
    '{F} have accepted {T}\'s {fee} offer for {P}.',
    'A fee has been agreed [in principle|] between {T} and {F} for {P}.',
    '{T} have [not|yet to] agree[d|] a fee with {F} for {P}.',
  ],
  pre_contract: [
    '{P} has signed a pre-contract [agreement|deal] with {T}.',
    '{P} will join {T} on a free transfer [when his contract expires|in the summer|at the end of the season].',
    '{T} have [agreed|secured] a pre-contract with {P}, who is out of contract {when}.',
  ],
  medical: [
    '{P} [will undergo|is undergoing|has completed|has passed] [a|his] medical [with|at] {T} {when}.',
    '{P} [flew in|travelled|arrived] [overnight|this morning|on Monday] to [complete|undergo] a medical with {T}.',
    'Medical tests for {P} with {T} are [booked|scheduled|planned] {when}.',
  ],
  signed: [
    '{T} have [completed|confirmed|announced|sealed] the signing of {P} from {F} [for|for a fee of] {fee}.',
    '{P} has [joined|signed for|completed his move to] {T} {when}.',
    '{T} [unveiled|presented] {P} as their new signing.',
    '{P} [put pen to paper|signed] on a [four|five|three]-year deal with {T}.',
    '{F} have confirmed {P} has left the club to join {T}.',
  ],
  collapsed: [
    '{P}\'s [move|proposed transfer|switch] to {T} has [collapsed|fallen through|broken down].',
    '{T} have [pulled out of|walked away from|abandoned] a deal for {P}.',
    'The deal taking {P} to {T} is off [after a failed medical|over a disagreement on the fee|after talks stalled].',
  ],
  rejected_move: [
    '{P} has [rejected|turned down|snubbed] a move to {T}.',
    '{P} [does not want|has no desire] to [join|move to] {T}.',
    '{P} [told|has informed] {F} he [would prefer|wants] to stay rather than join {T}.',
  ],
  extension_offer: [
    '{F} have offered {P} a new [contract|deal|long-term deal] [worth|reportedly worth] {fee}.',
    '{F} [are preparing|want] to offer {P} [an extension|a contract extension|improved terms] {when}.',
    '{F} [have opened|are in] talks with {P} over a new contract.',
  ],
  extension_signed: [
    '{P} has signed a new [contract|deal] with {F} [until|running to] {year}.',
    '{F} have [confirmed|announced] that {P} has extended his contract until {year}.',
    '{P} has committed his future to {F} by signing a [two|three|four|five]-year extension.',
  ],
  not_for_sale: [
    '{F} [insist|have made it clear|maintain] {P} is not for sale.',
    '{F} have [no intention|no plans] of selling {P} {when}.',
    '{coach} has ruled out [a sale of|selling|letting go of] {P}.',
    '{F} will [only|not] consider offers above {fee} for {P}.',
  ],
  stays: [
    '{P} [will stay|is staying|has decided to stay] at {F} {when}.',
    '{P} [has ended|ended] speculation over his future by [committing to|staying at] {F}.',
    '{coach} [expects|is confident] {P} will [remain|stay] at {F} beyond {when}.',
  ],
}
