/** `/players/:name` and `/clubs/:name`: the sagas involving one player or one club. */
import type { SagaSummary } from '../../services/types.ts'
import { SagaTable } from '../components/saga-table.tsx'
import { Layout } from './layout.tsx'

/**
 * @example c.html(<SagaGroupPage kind="player" name="Trent Alexander-Arnold" items={items} />)
 */
export function SagaGroupPage({ kind, name, items }: { kind: 'player' | 'club'; name: string; items: SagaSummary[] }) {
  const moves = items.filter((s) => s.kind === 'move')
  const renewals = items.filter((s) => s.kind === 'renewal')
  return (
    <Layout title={name} nav="sagas">
      <h1>{name}</h1>
      <p class="muted">{kind === 'player' ? 'Every saga about this player.' : 'Every saga in which this club is buying, selling or renewing.'}</p>
      <section aria-labelledby="h-moves">
        <h2 id="h-moves">Moves</h2>
        <SagaTable items={moves} caption={`Moves involving ${name}`} />
      </section>
      <section aria-labelledby="h-renewals">
        <h2 id="h-renewals">Renewals</h2>
        <SagaTable items={renewals} caption={`Renewals involving ${name}`} />
      </section>
    </Layout>
  )
}
