/**
 * Claims over time (SPEC §9): x = date, one row per claim type, marks shaped and coloured by
 * stance (filled circle = affirmed, hollow diamond = denied), dashed when the date is estimated.
 * Each mark links to its evidence sentence and carries a `<title>` "date · type · stance · source".
 */
import type { TimelineEntry } from '../../domain/saga.ts'
import { CLAIM_TYPES } from '../../domain/types.ts'
import { articleHref, longDate, words } from '../format.ts'
import { buildDateScale } from './chart-scale.ts'

const W = 760
const LEFT = 140
const RIGHT = 20
const ROW = 34
const TOP = 12
const AXIS = 36

/**
 * @example <TimelineChart entries={saga.timeline} />
 */
export function TimelineChart({ entries }: { entries: TimelineEntry[] }) {
  const dated = entries.filter((e) => e.date)
  if (dated.length === 0) return <p class="panel">No dated claims to chart.</p>
  const types = CLAIM_TYPES.filter((t) => dated.some((e) => e.type === t))
  const h = TOP + types.length * ROW + AXIS
  const scale = buildDateScale(dated.map((e) => e.date!), LEFT + 10, W - RIGHT - 10)
  const y = (type: string) => TOP + types.indexOf(type as never) * ROW + ROW / 2
  return (
    <figure class="chart timeline-chart">
      <svg viewBox={`0 0 ${W} ${h}`} role="group" aria-labelledby="timeline-title" data-chart="timeline">
        <title id="timeline-title">{`Claims over time: ${dated.length} dated claims in ${types.length} types`}</title>
        {types.map((t) => (
          <g>
            <line class="grid" x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} />
            <text class="row-label" x={LEFT - 8} y={y(t) + 4} text-anchor="end">{words(t)}</text>
          </g>
        ))}
        <g class="axis">
          <line class="axis-line" x1={LEFT} x2={W - RIGHT} y1={h - AXIS + 4} y2={h - AXIS + 4} />
          {scale.ticks.map((t) => (
            <text x={t.x} y={h - AXIS + 22} text-anchor="middle">{t.label}</text>
          ))}
        </g>
        {dated.map((e) => <Mark entry={e} cx={scale.x(e.date!)} cy={y(e.type)} />)}
      </svg>
      <figcaption>
        <TimelineLegend />
        {entries.length > dated.length ? <span>{`${entries.length - dated.length} undated claims are listed in the table only.`}</span> : null}
      </figcaption>
    </figure>
  )
}

function Mark({ entry, cx, cy }: { entry: TimelineEntry; cx: number; cy: number }) {
  const source = entry.attributedTo[0] ?? entry.carriers[0]?.outlet ?? 'unattributed'
  const title = `${longDate(entry.date)}${entry.dateEstimated ? ' (estimated)' : ''} · ${words(entry.type)} · ${entry.stance} · ${source}`
  const cls = `mark ${entry.stance}${entry.dateEstimated ? ' estimated' : ''}${entry.modality === 'speculative' ? ' speculative' : ''}`
  return (
    <a href={articleHref(entry.evidence.articleId, entry.evidence)} aria-label={title}>
      <title>{title}</title>
      {entry.stance === 'denied' ? <path class={cls} d={diamond(cx, cy, 8)} /> : <circle class={cls} cx={cx.toFixed(1)} cy={cy} r="7" />}
    </a>
  )
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${cx.toFixed(1)} ${cy - r}L${(cx + r).toFixed(1)} ${cy}L${cx.toFixed(1)} ${cy + r}L${(cx - r).toFixed(1)} ${cy}Z`
}

/** Legend of the timeline chart's mark shapes. */
export function TimelineLegend() {
  return (
    <ul class="legend" aria-label="Legend">
      <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="mark affirmed" cx="8" cy="8" r="6" /></svg> affirmed</li>
      <li><svg viewBox="0 0 16 16" aria-hidden="true"><path class="mark denied" d={diamond(8, 8, 6)} /></svg> denied</li>
      <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="mark affirmed estimated" cx="8" cy="8" r="6" /></svg> estimated date (dashed)</li>
    </ul>
  )
}
