/** Terminal text for a `RulesExplanation` (`mercato rules`). Pure; no colours. */
import type { RuleAnswer, RulesExplanation } from './types.ts'

const LABELS: Record<RuleAnswer['question'], string> = {
  talks: 'talks',
  pre_contract: 'pre-contract',
  fee_transfer: 'fee transfer',
  registration: 'registration',
  free_agent: 'free agent',
}

function verdict(a: RuleAnswer): string {
  const word = a.possible === 'unknown' ? 'unknown' : a.possible ? 'yes' : 'no'
  return a.possible !== false && a.conditions.length > 0 ? `${word}, ${a.conditions.join('; ')}` : word
}

/**
 * Formats an explanation for the terminal: a heading, one block per question, then notes.
 * @example formatExplanation(explainRules(book, input)).split('\n')[0]
 * // 'Trent Alexander-Arnold: Liverpool (England) -> Real Madrid (Spain), 2025-01-02'
 */
export function formatExplanation(e: RulesExplanation): string {
  const from = e.fromClub ? `${e.fromClub.name} (${e.fromClub.country})` : 'current club unknown'
  const lines = [`${e.player}: ${from} -> ${e.toClub.name} (${e.toClub.country}), ${e.date}`]
  lines.push(e.contractExpires ? `Contract expires ${e.contractExpires}` : 'Contract expiry unknown')
  for (const a of e.answers) {
    lines.push('', `  ${LABELS[a.question].padEnd(13)} ${verdict(a)}`)
    for (const why of a.why) lines.push(`    - ${why}`)
    lines.push(`    rules: ${a.rules.join(', ')}`)
  }
  if (e.notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of e.notes) lines.push(`  - ${note}`)
  }
  return lines.join('\n') + '\n'
}
