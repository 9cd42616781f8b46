/**
 * Terminal rendering of an evaluation report: scores first, then every error with its sentence,
 * then the matched claims whose window or attribution disagrees with the gold.
 */
import type { EvalResult } from '../eval/run-eval.ts'
import type { Prf } from '../eval/score.ts'

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%'
const row = (name: string, p: Prf) =>
  `${name.padEnd(18)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})\n`

/**
 * @example formatEvalReport(report, 20) // 'strict  P  80.0% …'
 */
export function formatEvalReport(r: EvalResult, maxErrors = Infinity): string {
  let out = `Articles scored: ${r.articles}\n\n`
  out += row('strict', r.strict) + row('lenient', r.lenient) + row('denied claims', r.denied)
  out += `window agrees     ${pct(r.windowAgreement.rate)}  (${r.windowAgreement.agree}/${r.windowAgreement.of} matched claims)\n`
  out += `attribution agrees${pct(r.attributionAgreement.rate)}  (${r.attributionAgreement.agree}/${r.attributionAgreement.of}; ${pct(r.attributionAgreementOwnOutlet.rate).trim()} reading the article's own outlet as the article itself)\n`
  if (r.historicalAgreement) out += `past moves agree  ${pct(r.historicalAgreement.rate)}  (${r.historicalAgreement.agree}/${r.historicalAgreement.of} matched claims flagged historical or not as the gold is)\n`
  out += `entity accuracy   ${pct(r.entityAccuracy.rate)}  (${r.entityAccuracy.found}/${r.entityAccuracy.of} gold players and clubs found)\n\nPer type (strict):\n`
  for (const [t, p] of Object.entries(r.perType)) out += '  ' + row(t, p)
  const errs = r.errors.slice(0, maxErrors)
  if (errs.length) out += `\nErrors (${r.errors.length}):\n`
  for (const e of errs) {
    out += `  ${e.kind === 'missed' ? 'MISSED  ' : 'SPURIOUS'} ${e.article}: ${e.player} ${e.type} ${e.stance}${e.toClub ? ' → ' + e.toClub : ''}${e.rule ? ` [${e.rule}]` : ''}\n      “${e.sentence.slice(0, 220)}”\n`
  }
  const dis = r.disagreements.slice(0, maxErrors)
  if (dis.length) out += `\nWindow, attribution and past-move disagreements on matched claims (${r.disagreements.length}):\n`
  for (const d of dis) {
    out += `  ${d.field.toUpperCase().padEnd(11)} ${d.article}: ${d.player} ${d.type} ${d.stance}: got ${d.predicted}, gold ${d.gold}\n      “${d.sentence.slice(0, 220)}”\n`
  }
  return out
}
