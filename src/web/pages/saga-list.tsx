/** `/`: every saga, newest activity first, with GET filters and paging. */
import type { SagaQuery, SagaSummary } from '../../services/types.ts'
import { SagaTable } from '../components/saga-table.tsx'
import { STAGE_LABELS, toQuery } from '../format.ts'
import { STAGES } from '../../api/validate.ts'
import { Layout } from './layout.tsx'

export interface SagaListProps {
  items: SagaSummary[]
  total: number
  query: SagaQuery & { limit: number; offset: number }
}

/**
 * @example c.html(<SagaListPage items={items} total={3} query={{ limit: 50, offset: 0 }} />)
 */
export function SagaListPage({ items, total, query }: SagaListProps) {
  const from = total === 0 ? 0 : query.offset + 1
  const to = query.offset + items.length
  return (
    <Layout title="Sagas" nav="sagas">
      <h1>Transfer sagas</h1>
      <Filters query={query} />
      <p aria-live="polite">{`Showing ${from}–${to} of ${total} saga${total === 1 ? '' : 's'}`}</p>
      <SagaTable items={items} caption="Sagas, most recently active first" />
      <Pager query={query} total={total} />
    </Layout>
  )
}

function Filters({ query }: { query: SagaQuery }) {
  return (
    <form class="filters panel" method="get" action="/" data-clean-query aria-label="Filter sagas">
      <label for="f-player">Player<input id="f-player" name="player" type="text" value={query.player ?? ''} /></label>
      <label for="f-club">Club<input id="f-club" name="club" type="text" value={query.club ?? ''} /></label>
      <label for="f-stage">Stage
        <select id="f-stage" name="stage">
          <option value="">Any stage</option>
          {STAGES.map((s) => <option value={s} selected={query.stage === s}>{STAGE_LABELS[s]}</option>)}
        </select>
      </label>
      <label for="f-kind">Kind
        <select id="f-kind" name="kind">
          <option value="">Any kind</option>
          <option value="move" selected={query.kind === 'move'}>Move</option>
          <option value="renewal" selected={query.kind === 'renewal'}>Renewal</option>
        </select>
      </label>
      <button type="submit">Filter</button>
      <a href="/">Clear</a>
    </form>
  )
}

function Pager({ query, total }: { query: SagaListProps['query']; total: number }) {
  const base = { player: query.player, club: query.club, stage: query.stage, kind: query.kind, since: query.since }
  const prev = query.offset > 0 ? Math.max(0, query.offset - query.limit) : undefined
  const next = query.offset + query.limit < total ? query.offset + query.limit : undefined
  if (prev === undefined && next === undefined) return null
  return (
    <nav class="pager" aria-label="Pages">
      {prev !== undefined ? <a href={`/${toQuery({ ...base, offset: prev || undefined })}`} rel="prev">Previous page</a> : null}
      {next !== undefined ? <a href={`/${toQuery({ ...base, offset: next })}`} rel="next">Next page</a> : null}
    </nav>
  )
}
