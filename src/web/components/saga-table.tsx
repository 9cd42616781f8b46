/** The saga list as a table that stacks into cards at phone width. */
import type { SagaSummary } from '../../services/types.ts'
import { clubHref, longDate, orDash, pct, sagaHref } from '../format.ts'
import { Sparkline } from './sparkline.tsx'
import { StageBadge } from './stage-badge.tsx'

/**
 * @example <SagaTable items={items} caption="Sagas" />
 */
export function SagaTable({ items, caption }: { items: SagaSummary[]; caption: string }) {
  if (items.length === 0) return <p class="panel">No sagas match.</p>
  return (
    <div class="table-wrap">
      <table class="stack sagas">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Player</th>
            <th scope="col">Move</th>
            <th scope="col">Kind</th>
            <th scope="col">Stage</th>
            <th scope="col">Likelihood</th>
            <th scope="col">Last update</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s, i) => (
            <tr>
              <td data-label="Player"><a href={sagaHref(s.id)}>{s.player}</a></td>
              <td data-label="Move">
                {s.kind === 'renewal' ? <>stays at <ClubLink name={s.club} /></> : <><ClubLink name={s.fromClub} /> → <ClubLink name={s.club} /></>}
              </td>
              <td data-label="Kind">{s.kind}</td>
              <td data-label="Stage"><StageBadge stage={s.stage} /></td>
              <td data-label="Likelihood">
                <span class="likelihood">{pct(s.likelihood)}<Sparkline values={s.trend} id={String(i)} /></span>
              </td>
              <td data-label="Last update">{longDate(s.lastDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * A club name linking to its page, or a dash when unknown.
 * @example <ClubLink name="Liverpool" />
 */
export function ClubLink({ name }: { name: string | null }) {
  return name ? <a href={clubHref(name)}>{name}</a> : <span>{orDash(name)}</span>
}
