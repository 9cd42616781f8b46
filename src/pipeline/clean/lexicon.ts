/**
 * Cue lexicons for block labels (SPEC §4.1), kept apart from the rules that use them.
 * Patterns describe shapes and cue words, never one site's exact strings.
 *
 * Each `…_OPENERS` string lists, in lower case, every letter the patterns of the list above it
 * can start with: the labeller skips a list for blocks opening with any other ASCII character.
 * Keep them in step when adding a pattern.
 */

/** Picture agencies and wire services seen in captions and credits. */
export const PHOTO_AGENCIES = [
  'Getty Images', 'Getty', 'AFP', 'Reuters', 'PA Images', 'PA Wire', 'PA Media', 'Press Association',
  'Shutterstock', 'Alamy', 'EPA', 'EPA-EFE', 'AP Photo', 'Associated Press', 'Action Images',
  'Offside', 'Sportsfile', 'IMAGO', 'Imago', 'Icon Sport', 'Back Page Images', 'Camera Sport',
  'CameraSport', 'NurPhoto', 'Sipa', 'Pool', 'UEFA', 'Mirrorpix', 'Allstar', 'LaPresse', 'Europa Press',
]

/** Lines that open with these (then `:`, `–`, `-`, `|`, `>` or the end) point to other articles. */
export const READ_MORE_OPENERS = [
  'go deeper', 'read more', 'read', 'more', 'related', 'also read', 'see also', 'watch', 'listen',
  'read next', 'must read', 'recommended', 'further reading', 'more reading',
]

/** Headings of related-article lists ("Latest Liverpool news", "More stories"). */
export const RELATED_HEADING = [
  /^(?:the )?(?:latest|more|top|related|trending|recent|other|popular)\b.{0,40}\b(?:news|stories|articles|headlines|reads|reading|updates|content|links|posts)$/i,
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|most (?:read|popular|viewed)|recommended(?: for you)?|trending(?: now)?|more from .{1,40}|elsewhere(?: on .{1,30})?|in other news)$/i,
]
export const RELATED_HEADING_OPENERS = 'tlmropyei'

export const POLL = [
  /\byou decide!?$/i,
  /^(?:vote now|have your say|cast your vote|take (?:our|the) poll|poll:|vote:|what do you think\??$)/i,
  /^(?:should|will|would|can) .{3,80}\? (?:vote|have your say)/i,
]
/** The first POLL pattern is anchored at the end instead: it ends in `e` or `!`. */
export const POLL_OPENERS = 'vhctpws'
export const POLL_ENDINGS = 'e!'

export const SOCIAL_PROMPT = [
  /^(?:follow|like) (?:us|me|@\S+|\S+ \S+) on (?:facebook|twitter|x|instagram|tiktok|youtube|whatsapp|threads|bluesky|google news)\b/i,
  /^(?:follow|like) us\b/i,
  /^(?:share this|share on (?:facebook|twitter|x|whatsapp))\b/i,
  /^(?:click here to (?:follow|join|subscribe))\b/i,
  /^join (?:our|the) .{0,40}(?:whatsapp|telegram|community|channel)\b/i,
]
export const SOCIAL_PROMPT_OPENERS = 'flscj'

export const NEWSLETTER = [
  /\b(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b/i,
  /^(?:get|receive) (?:our|the) .{0,60}(?:newsletter|in your inbox)/i,
]
/** The first NEWSLETTER pattern is not anchored; it needs this word instead. */
export const NEWSLETTER_OPENERS = 'gr'
export const NEWSLETTER_WORD = /newsletter/i

export const ADVERT = [
  /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted(?: content)?|paid partnership|partner content)$/i,
  /^(?:story|article) continues (?:below|after)\b/i,
  /^scroll (?:down )?to continue/i,
]
export const ADVERT_OPENERS = 'asp'

/** "By Sam Blitz", "By Sam Blitz and Jo Lee, Chief Reporter". */
export const BYLINE_BY = /^by\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:and\s+|&\s+|de\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’.-]+){0,4}(?:\s*[,|–-]\s*[^.]{0,60})?$/iu
/** "Sky Sports' Sam Blitz:" — an outlet's possessive and a person's name, then a colon. */
export const BYLINE_POSSESSIVE = /^(?:\p{Lu}[\p{L}&.]*\s){0,3}\p{Lu}[\p{L}&.]*['’]s?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}:$/u
