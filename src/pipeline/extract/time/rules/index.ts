/**
 * The ordered time rules: windows first, then calendar expressions, then relative ones. When two
 * matches start at the same offset the longer wins; on equal spans the earlier rule wins.
 */
import type { TimeRule } from '../types.js'
import { WINDOW_RULES } from './10-windows.js'
import { CALENDAR_RULES } from './20-calendar.js'
import { RELATIVE_RULES } from './30-relative.js'

/** Every time rule, in tie-break order. */
export const TIME_RULES: readonly TimeRule[] = [...WINDOW_RULES, ...CALENDAR_RULES, ...RELATIVE_RULES]
