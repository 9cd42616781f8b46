/**
 * The time lexicon (`data/lexicon/time.json`), typed. Data lives apart from code (STYLE: compromise's
 * `model/`); this module only gives it a shape and derives the regex fragments the scanners share.
 */
import raw from '../../../../data/lexicon/time.json' with { type: 'json' }

/** Opening and closing day (`MM-DD`) of a window kind. */
export interface WindowDays {
  open: string
  close: string
}

export interface TimeLexicon {
  windows: { january: WindowDays; summer: WindowDays }
  /** Windows that broke the common dates, by window id (`2020-summer`: extended to 5 October). */
  windowExceptions: Record<string, WindowDays | string>
  season: { start: string; lastMatchday: string; contractEnd: string }
  months: Record<string, number>
  numbers: Record<string, number>
  unitDays: Record<string, number>
}

/** The loaded, frozen time lexicon. */
export const TIME_LEXICON: Readonly<TimeLexicon> = Object.freeze(raw as TimeLexicon)

/**
 * Alternation of full month names (plus `sept`), longest first, for regexes. Three-letter
 * abbreviations are left out on purpose: `mar`, `may`, `dec` collide with ordinary words. Callers
 * must still check that `may` is written `May` (the modal verb is far more common).
 */
export const MONTH_ALT = Object.keys(TIME_LEXICON.months)
  .filter((k) => k.length >= 4 || k === 'may')
  .sort((a, b) => b.length - a.length)
  .join('|')

/** Alternation of number words and digits for counts: `a couple of|two|…|\d{1,2}`. */
export const COUNT_ALT = [...Object.keys(TIME_LEXICON.numbers).sort((a, b) => b.length - a.length), '\\d{1,2}'].join('|')

/**
 * Month number for a name or abbreviation (any case); undefined when unknown.
 * @example monthNumber('Sept') // 9
 */
export function monthNumber(name: string): number | undefined {
  return TIME_LEXICON.months[name.toLowerCase()]
}

/**
 * Count for a number word or digits (`two` → 2, `18` → 18, `a couple of` → 2).
 * @example countValue('a couple of') // 2
 */
export function countValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim()
  if (/^\d+$/.test(w)) return Number(w)
  return TIME_LEXICON.numbers[w]
}
