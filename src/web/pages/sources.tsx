/** `/sources`: the source leaderboard, best shrunk reliability first (SPEC §8). */
import type { SourceRow } from '../../services/types.ts'
import { orDash, pct } from '../format.ts'
import { Layout } from './layout.tsx'

/**
 * @example c.html(<SourcesPage rows={rows} />)
 */
export function SourcesPage({ rows }: { rows: SourceRow[] }) {
  const sorted = [...rows].sort((a, b) => b.shrunk - a.shrunk)
  return (
    <Layout title="Sources" nav="sources">
      <h1>Source leaderboard</h1>
      <p>Reliability is shrunk towards the average for sources with few resolved claims, so a lucky newcomer does not top the table.</p>
      {sorted.length === 0 ? <p class="panel">No sources yet.</p> : (
        <div class="table-wrap">
          <table class="stack sources">
            <caption>Sources sorted by shrunk reliability</caption>
            <thead>
              <tr>
                <th scope="col">#</th><th scope="col">Source</th><th scope="col">Kind</th><th scope="col" class="num">Claims</th>
                <th scope="col" class="num">Right</th><th scope="col" class="num">Accuracy</th><th scope="col" class="num">Reliability (shrunk)</th>
                <th scope="col" class="num">Brier</th><th scope="col" class="num">Median days early</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r, i) => (
                <tr>
                  <td data-label="Rank" class="num">{i + 1}</td>
                  <td data-label="Source">{r.source}</td>
                  <td data-label="Kind">{r.kind ? `${r.kind}${r.tier ? ` (tier ${r.tier})` : ''}` : '—'}</td>
                  <td data-label="Claims" class="num">{r.claims}</td>
                  <td data-label="Right" class="num">{r.right}</td>
                  <td data-label="Accuracy" class="num">{pct(r.accuracy)}</td>
                  <td data-label="Reliability" class="num">{pct(r.shrunk)}</td>
                  <td data-label="Brier" class="num">{r.brier === null ? '—' : r.brier.toFixed(3)}</td>
                  <td data-label="Median days early" class="num">{orDash(r.medianDaysEarly)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  )
}
