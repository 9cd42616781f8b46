/** A likelihood trend sparkline: inline SVG with a `<title>` for assistive technology. */
import { pct } from '../format.ts'

const W = 80
const H = 24
const PAD = 3

/**
 * Draws recent likelihood values, oldest first. Nothing when there are none.
 * @example <Sparkline values={[0.2, 0.5, 0.9]} label="Likelihood trend" />
 */
export function Sparkline({ values, id }: { values: number[]; id: string }) {
  if (values.length === 0) return null
  const xs = (i: number) => (values.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (values.length - 1))
  const ys = (p: number) => H - PAD - Math.min(1, Math.max(0, p)) * (H - 2 * PAD)
  const points = values.map((p, i) => `${xs(i).toFixed(1)},${ys(p).toFixed(1)}`).join(' ')
  const last = values[values.length - 1]
  const titleId = `spark-${id}`
  const title = `Likelihood trend: ${pct(values[0])} to ${pct(last)} over ${values.length} update${values.length === 1 ? '' : 's'}`
  return (
    <svg class="sparkline" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {values.length > 1 ? <polyline points={points} /> : null}
      <circle cx={xs(values.length - 1).toFixed(1)} cy={ys(last).toFixed(1)} r="2.5" />
    </svg>
  )
}
