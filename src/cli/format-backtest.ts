/**
 * Terminal rendering of a backtest report: the scores of Mercato and both baselines side by side,
 * then the reliability diagram as text.
 */
import type { BacktestReport } from '../pipeline/score/backtest.ts'
import { renderReliabilityText } from '../pipeline/score/reliability-diagram.ts'

/**
 * @example formatBacktestReport(backtest(sagas, resolutions)) // 'Backtest: 20 resolved move sagas, 64 predictions …'
 */
export function formatBacktestReport(r: BacktestReport): string {
  const n = r.predictions.length
  let out = `Backtest: ${r.sagas} resolved move sagas, ${n} predictions (${r.resolutions} resolutions known)\n\n`
  if (!n) return out + 'Nothing to score: no resolved move saga has a dated claim before its outcome.\n'
  const best = Math.min(...r.models.map((m) => m.brier))
  out += `${'model'.padEnd(22)}${'Brier'.padStart(8)}${'log loss'.padStart(10)}\n`
  for (const m of r.models) {
    const mark = m.brier === best ? '  ← best' : ''
    out += `${m.label.padEnd(22)}${m.brier.toFixed(3).padStart(8)}${m.logLoss.toFixed(3).padStart(10)}${mark}\n`
  }
  out += '\nLower is better. A coin flip scores Brier 0.250 and log loss 0.693.\n\n'
  return out + renderReliabilityText(r.models)
}
