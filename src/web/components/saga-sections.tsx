/** The saga page's evidence sections: factors, timeline table, reports, conflicts. */
import type { Conflict, LikelihoodPoint, Report, TimelineEntry } from '../../domain/saga.ts'
import { DEAL_LABELS, articleHref, feeText, longDate, orDash, safeHref, words } from '../format.ts'

/**
 * What raised or lowered the latest likelihood, and by how much (log-odds).
 * @example <Factors point={detail.likelihood.at(-1)} />
 */
export function Factors({ point }: { point: LikelihoodPoint | undefined }) {
  if (!point || point.factors.length === 0) return <p>No factors recorded.</p>
  const sorted = [...point.factors].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
  return (
    <div class="table-wrap">
      <table class="stack factors">
        <caption>{`Factors behind the likelihood on ${longDate(point.date)}`}</caption>
        <thead><tr><th scope="col">Factor</th><th scope="col" class="num">Change (log-odds)</th><th scope="col">Why</th></tr></thead>
        <tbody>
          {sorted.map((f) => (
            <tr>
              <td data-label="Factor">{f.factor}</td>
              <td data-label="Change" class={`num ${f.delta >= 0 ? 'delta-up' : 'delta-down'}`}>
                {`${f.delta >= 0 ? '▲ raised +' : '▼ lowered −'}${Math.abs(f.delta).toFixed(2)}`}
              </td>
              <td data-label="Why">{f.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * Every timeline entry with its date (estimates flagged), stance, modality, who and carriers.
 * @example <TimelineTable entries={saga.timeline} />
 */
export function TimelineTable({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p>No claims in this period.</p>
  return (
    <div class="table-wrap">
      <table class="stack timeline">
        <caption>Timeline of claims, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th><th scope="col">Type</th><th scope="col">Stance</th><th scope="col">Modality</th>
            <th scope="col">Who</th><th scope="col">Carried by</th><th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td data-label="Date">{longDate(e.date)}{e.dateEstimated ? <span class="est" title="date estimated from the text"> (est.)</span> : null}</td>
              <td data-label="Type">{words(e.type)}{e.fee ? ` (${feeText(e.fee)})` : ''}{e.deal ? `, ${DEAL_LABELS[e.deal]}` : ''}</td>
              <td data-label="Stance"><span class={`stance-${e.stance}`}>{e.stance === 'denied' ? '✕ denied' : '✓ affirmed'}</span></td>
              <td data-label="Modality">{e.modality}</td>
              <td data-label="Who">{e.attributedTo.length > 0 ? e.attributedTo.join(' via ') : 'the article itself'}</td>
              <td data-label="Carried by">{e.carriers.map((c) => orDash(c.outlet)).join(', ')}</td>
              <td data-label="Evidence"><a class="evidence-link" href={articleHref(e.evidence.articleId, e.evidence)}>{e.evidence.sentence}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * Reports (origins) with the outlets that carried them.
 * @example <Reports reports={saga.reports} />
 */
export function Reports({ reports }: { reports: Report[] }) {
  if (reports.length === 0) return <p>No reports.</p>
  return (
    <ol class="reports">
      {reports.map((r) => (
        <li class="panel">
          <strong>{r.origin}</strong>
          <span class="muted">{` · ${r.originRule === 'named-source' ? 'named source' : 'earliest carrier'} · first ${longDate(r.firstDate)} · ${r.carriers.length} carrier${r.carriers.length === 1 ? '' : 's'}`}</span>
          <ul>
            {r.carriers.map((c) => (
              <li>
                <a href={articleHref(c.articleId)}>{c.outlet ?? 'Unknown outlet'}</a>
                {` · ${longDate(c.date)}${c.dateEstimated ? ' (est.)' : ''}`}
                <ExternalLink url={c.url} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}

/**
 * An article's original URL: a link when http(s), plain text otherwise (SPEC §14).
 * @example <ExternalLink url="https://bbc.example/x" />
 */
export function ExternalLink({ url }: { url: string | undefined }) {
  if (!url) return null
  const href = safeHref(url)
  return href
    ? <> · <a class="break" href={href} rel="noopener noreferrer nofollow">original</a></>
    : <> · <span class="break">{`original (not a web link): ${url}`}</span></>
}

/**
 * Conflicting values side by side, never averaged (SPEC §6).
 * @example <Conflicts conflicts={saga.conflicts} />
 */
export function Conflicts({ conflicts }: { conflicts: Conflict[] }) {
  if (conflicts.length === 0) return <p>No conflicting facts.</p>
  return (
    <>
      {conflicts.map((c) => (
        <section aria-label={`Conflicting ${c.field}`}>
          <h3>{`Conflicting ${words(c.field.replace('-', '_'))}`}</h3>
          <div class="conflicts">
            {c.values.map((v) => (
              <div class="panel">
                <div class="conflict-value">{v.value}</div>
                <div>{`by ${v.by.join(' via ')}`}</div>
                <div><a href={articleHref(v.articleId)}>{longDate(v.date)}</a></div>
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  )
}
