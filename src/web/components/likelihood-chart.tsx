/** Likelihood over time: an SVG line with a point per update, percentage and date axes. */
import type { LikelihoodPoint } from '../../domain/saga.ts'
import { longDate, pct } from '../format.ts'
import { buildDateScale } from './chart-scale.ts'

const W = 760
const H = 240
const LEFT = 48
const RIGHT = 20
const TOP = 14
const BOTTOM = 36
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1]

/**
 * @example <LikelihoodChart points={detail.likelihood} />
 */
export function LikelihoodChart({ points }: { points: LikelihoodPoint[] }) {
  if (points.length === 0) return <p class="panel">No likelihood history yet.</p>
  const scale = buildDateScale(points.map((p) => p.date), LEFT + 10, W - RIGHT - 10)
  const y = (p: number) => TOP + (1 - Math.min(1, Math.max(0, p))) * (H - TOP - BOTTOM)
  const line = points.map((p) => `${scale.x(p.date).toFixed(1)},${y(p.p).toFixed(1)}`).join(' ')
  const first = points[0]
  const last = points[points.length - 1]
  return (
    <figure class="chart likelihood-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="likelihood-title" data-chart="likelihood">
        <title id="likelihood-title">{`Likelihood over time: ${pct(first.p)} on ${longDate(first.date)}, ${pct(last.p)} on ${longDate(last.date)}`}</title>
        <g class="axis">
          {Y_TICKS.map((t) => (
            <g>
              <line class="grid" x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} />
              <text x={LEFT - 6} y={y(t) + 4} text-anchor="end">{pct(t)}</text>
            </g>
          ))}
          <line class="axis-line" x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} />
          {scale.ticks.map((t) => (
            <text x={t.x} y={H - BOTTOM + 20} text-anchor="middle">{t.label}</text>
          ))}
        </g>
        {points.length > 1 ? <polyline class="line" points={line} /> : null}
        {points.map((p) => (
          <circle class="point" cx={scale.x(p.date).toFixed(1)} cy={y(p.p).toFixed(1)} r="5">
            <title>{`${longDate(p.date)} · ${pct(p.p)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>Likelihood of the move happening after each update (points), from the evidence factors below.</figcaption>
    </figure>
  )
}
