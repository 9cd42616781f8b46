/** `/sagas/:id`: one saga with its charts, evidence, reports and conflicts (SPEC §9). */
import type { Saga } from '../../domain/saga.ts'
import type { SagaDetail } from '../../services/types.ts'
import { LikelihoodChart } from '../components/likelihood-chart.tsx'
import { ClubLink } from '../components/saga-table.tsx'
import { Conflicts, Factors, Reports, TimelineTable } from '../components/saga-sections.tsx'
import { StageBadge } from '../components/stage-badge.tsx'
import { TimelineChart } from '../components/timeline-chart.tsx'
import { DEAL_LABELS, longDate, pct, playerHref, sagaHref } from '../format.ts'
import { Layout } from './layout.tsx'

/**
 * Title of a saga in words.
 * @example sagaTitle(saga) // 'Trent Alexander-Arnold → Real Madrid'
 */
export function sagaTitle(saga: Pick<Saga, 'kind' | 'player' | 'club'>): string {
  return saga.kind === 'renewal' ? `${saga.player}: renewal with ${saga.club}` : `${saga.player} → ${saga.club}`
}

/**
 * @example c.html(<SagaPage detail={detail} asOf="2025-01-31" />)
 */
export function SagaPage({ detail, asOf, since }: { detail: SagaDetail; asOf?: string; since?: string }) {
  const { saga, likelihood } = detail
  const latest = likelihood[likelihood.length - 1]
  return (
    <Layout title={sagaTitle(saga)} nav="sagas">
      <h1>{sagaTitle(saga)}</h1>
      <div class="saga-head">
        <StageBadge stage={saga.stage} />
        <span><span class="big-number">{pct(latest?.p ?? null)}</span> <span class="muted">likelihood</span></span>
        {detail.resolution ? <span class="panel">{`Resolved: ${detail.resolution.outcome} on ${longDate(detail.resolution.date)}`}</span> : null}
      </div>
      <SagaFacts saga={saga} />
      <PeriodControls id={saga.id} asOf={asOf} since={since} />
      <section aria-labelledby="h-timeline-chart">
        <h2 id="h-timeline-chart">Claims over time</h2>
        <TimelineChart entries={saga.timeline} />
      </section>
      <section aria-labelledby="h-likelihood">
        <h2 id="h-likelihood">Likelihood over time</h2>
        <LikelihoodChart points={likelihood} />
        <h3>What moved it</h3>
        <Factors point={latest} />
      </section>
      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">Timeline</h2>
        <TimelineTable entries={saga.timeline} />
      </section>
      <section aria-labelledby="h-reports">
        <h2 id="h-reports">Reports and their carriers</h2>
        <Reports reports={saga.reports} />
      </section>
      <section aria-labelledby="h-conflicts">
        <h2 id="h-conflicts">Conflicting facts</h2>
        <Conflicts conflicts={saga.conflicts} />
      </section>
      <section aria-labelledby="h-related">
        <h2 id="h-related">Related sagas</h2>
        {saga.related.length === 0 ? <p>None.</p> : (
          <ul>{saga.related.map((id) => <li><a href={sagaHref(id)}>{id}</a></li>)}</ul>
        )}
      </section>
    </Layout>
  )
}

function SagaFacts({ saga }: { saga: Saga }) {
  return (
    <dl class="facts">
      <div><dt>Player</dt><dd><a href={playerHref(saga.player)}>{saga.player}</a></dd></div>
      <div><dt>From</dt><dd><ClubLink name={saga.fromClub} /></dd></div>
      <div><dt>{saga.kind === 'renewal' ? 'Club' : 'To'}</dt><dd><ClubLink name={saga.club} /></dd></div>
      <div><dt>Stage since</dt><dd>{longDate(saga.stageDate)}{saga.stageDeal ? ` (${DEAL_LABELS[saga.stageDeal]})` : ''}</dd></div>
      <div><dt>First report</dt><dd>{longDate(saga.firstDate)}</dd></div>
      <div><dt>Last update</dt><dd>{longDate(saga.lastDate)}</dd></div>
      <div><dt>Claims</dt><dd>{saga.claimCount}</dd></div>
      <div><dt>Independent reports</dt><dd>{saga.reportCount}</dd></div>
      {saga.deals?.length ? <div><dt>Deal</dt><dd>{saga.deals.map((d) => `${DEAL_LABELS[d.kind]}: ${d.stage} (${d.reports} report${d.reports === 1 ? '' : 's'})`).join('; ')}</dd></div> : null}
    </dl>
  )
}

function PeriodControls({ id, asOf, since }: { id: string; asOf?: string; since?: string }) {
  return (
    <form class="controls panel" method="get" action={sagaHref(id)} data-clean-query aria-label="Time travel">
      <label for="asOf">As of<input id="asOf" type="date" name="asOf" value={asOf ?? ''} /></label>
      <label for="since">Changes since<input id="since" type="date" name="since" value={since ?? ''} /></label>
      <button type="submit">Apply</button>
      {asOf || since ? <a href={sagaHref(id)}>Show everything</a> : null}
      {asOf ? <p class="muted">{`Showing the saga as it stood on ${longDate(asOf)}.`}</p> : null}
      {since ? <p class="muted">{`Showing claims since ${longDate(since)}.`}</p> : null}
    </form>
  )
}
