/**
 * Calibration scores of probabilistic predictions: Brier score, log loss and a 10-bin reliability
 * diagram (Murphy & Winkler 1977; DeGroot & Fienberg 1983).
 */

export interface ReliabilityBin {
  /** Inclusive lower and exclusive upper edge (the last bin includes 1). */
  lo: number
  hi: number
  count: number
  /** Mean predicted probability in the bin; null when empty. */
  meanPredicted: number | null
  /** Share of the bin's predictions whose event happened; null when empty. */
  observed: number | null
}

export interface ModelScore {
  model: string
  label: string
  n: number
  /** Mean squared error of the probability (0 perfect, 0.25 a coin flip). */
  brier: number
  /** Mean negative log-likelihood, natural log (0.693 a coin flip). */
  logLoss: number
  bins: ReliabilityBin[]
}

const EPS = 1e-6

/**
 * Scores a list of `[predicted probability, outcome 0|1]` pairs.
 * @example scorePredictions('mercato', 'Mercato', [[0.9, 1], [0.2, 0]]).brier // 0.025
 */
export function scorePredictions(model: string, label: string, pairs: [number, 0 | 1][]): ModelScore {
  const n = pairs.length
  let sq = 0
  let ll = 0
  for (const [p, y] of pairs) {
    sq += (p - y) ** 2
    const q = Math.min(1 - EPS, Math.max(EPS, p))
    ll -= y ? Math.log(q) : Math.log(1 - q)
  }
  return { model, label, n, brier: n ? sq / n : 0, logLoss: n ? ll / n : 0, bins: reliabilityBins(pairs) }
}

/**
 * Ten equal-width bins of predicted probability with their observed rate.
 * @example reliabilityBins([[0.05, 0], [0.95, 1]])[9] // { lo: 0.9, hi: 1, count: 1, meanPredicted: 0.95, observed: 1 }
 */
export function reliabilityBins(pairs: [number, 0 | 1][], bins = 10): ReliabilityBin[] {
  const sums = Array.from({ length: bins }, () => ({ count: 0, p: 0, y: 0 }))
  for (const [p, y] of pairs) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))
    sums[i].count++
    sums[i].p += p
    sums[i].y += y
  }
  return sums.map((s, i) => ({
    lo: i / bins,
    hi: (i + 1) / bins,
    count: s.count,
    meanPredicted: s.count ? s.p / s.count : null,
    observed: s.count ? s.y / s.count : null,
  }))
}
