/**
 * `/articles/:id`: the cleaned text with boilerplate labelled and dimmed, mentions and evidence
 * sentences highlighted, and the claims list. Article text reaches the page through JSX text
 * only; its URL becomes a link only when it is http(s) (SPEC §14).
 */
import type { Analysis, Article, ClaimType } from '../../domain/types.ts'
import { ExternalLink } from '../components/saga-sections.tsx'
import { evidenceAnchor, feeText, longDate, words } from '../format.ts'
import { toRenderBlocks, type Inline, type Part, type RenderBlock } from '../highlight.ts'
import { Layout } from './layout.tsx'

/**
 * @example c.html(<ArticlePage article={article} analysis={analysis} />)
 */
export function ArticlePage({ article, analysis }: { article: Article; analysis?: Analysis }) {
  const title = article.title ?? 'Untitled article'
  const date = article.published ?? analysis?.date.date ?? null
  const estimated = !article.published && !!analysis?.date.date
  return (
    <Layout title={title}>
      <article aria-labelledby="article-title">
        <h1 id="article-title">{title}</h1>
        <p class="muted">
          {`${article.outlet ?? 'Unknown outlet'}${article.author ? ` · ${article.author}` : ''} · ${longDate(date)}${estimated ? ' (estimated)' : ''}`}
          <ExternalLink url={article.url} />
          {` · revision ${article.revision}`}
        </p>
        {analysis ? <HighlightLegend /> : null}
        <section class="article-text" aria-label="Article text">
          {analysis ? toRenderBlocks(analysis).map((b) => <TextBlock block={b} analysis={analysis} />) : <p class="block">{article.rawText}</p>}
        </section>
      </article>
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">Claims</h2>
        {analysis ? <ClaimList analysis={analysis} /> : <p>This article has not been analysed yet.</p>}
      </section>
    </Layout>
  )
}

function HighlightLegend() {
  return (
    <ul class="legend" aria-label="Highlight legend">
      <li><mark class="evidence">Evidence sentence of a claim</mark></li>
      <li><mark class="mention mention-player">player</mark></li>
      <li><mark class="mention mention-club">club</mark></li>
      <li><mark class="mention mention-journalist">journalist or outlet</mark></li>
      <li><span class="block-label">Boilerplate</span> dimmed, not used for claims</li>
    </ul>
  )
}

function TextBlock({ block, analysis }: { block: RenderBlock; analysis: Analysis }) {
  const content = block.parts.map((p) => <PartView part={p} analysis={analysis} />)
  if (!block.boilerplate) return <p class={`block ${block.label}`}>{content}</p>
  return (
    <div class={`block boilerplate label-${block.label}`}>
      <span class="block-label">{`Boilerplate: ${words(block.label)}`}</span>
      {content}
    </div>
  )
}

function PartView({ part, analysis }: { part: Part; analysis: Analysis }) {
  if (part.kind !== 'evidence') return <InlineView part={part} />
  const claims = part.claims.map((i) => analysis.claims[i])
  const title = `Evidence for ${claims.map((c) => `${words(c.type)} (${c.stance}, ${c.modality})`).join('; ')}`
  const classes = ['evidence', ...new Set(claims.map((c) => `claim-${c.type}`)), ...new Set(claims.map((c) => `stance-mark-${c.stance}`))]
  return <mark id={part.id} class={classes.join(' ')} title={title}>{part.children.map((c) => <InlineView part={c} />)}</mark>
}

function InlineView({ part }: { part: Inline }) {
  if (part.kind === 'text') return <>{part.text}</>
  const m = part.mention
  const title = `${m.kind}${m.name && m.name !== m.surface ? `: ${m.name}` : ''}`
  return <mark class={`mention mention-${m.kind}`} title={title}>{part.text}</mark>
}

/**
 * Claim types that name the club a move would go to: with none, the text left it unnamed ("interest
 * from the Premier League", "turned down approaches from two clubs"), or denied it of every club.
 */
const NAMES_A_DESTINATION = new Set<ClaimType>(['interest', 'approach', 'bid', 'bid_rejected', 'talks', 'personal_terms', 'agreement', 'medical', 'signed', 'collapsed'])

function ClaimList({ analysis }: { analysis: Analysis }) {
  if (analysis.claims.length === 0) return <p>No claims found in this article.</p>
  return (
    <ol class="claims">
      {analysis.claims.map((c, i) => (
        <li id={`claim-${i}`}>
          <strong>{`${words(c.type)}${c.fee ? ` (${feeText(c.fee)})` : ''}`}</strong>
          {`: ${c.player}${c.toClub ? ` → ${c.toClub}` : NAMES_A_DESTINATION.has(c.type) ? (c.stance === 'denied' ? ' → no club' : ' → a club not named') : ''} · `}
          <span class={`stance-${c.stance}`}>{c.stance}</span>
          {` · ${c.modality}${c.historical ? ' · a past move, told as background' : ''} · ${c.attributedTo.length > 0 ? `according to ${c.attributedTo.join(' via ')}` : 'the article itself'}`}
          {` · ${longDate(c.date)}${c.dateEstimated ? ' (est.)' : ''} · confidence ${Math.round(c.confidence * 100)}% · `}
          <a href={`#${evidenceAnchor(c.evidence)}`}>show sentence</a>
          <details class="why">
            <summary>why?</summary>
            <ul>
              {c.why.map((w) => <li>{w}</li>)}
              <li>{`rule ${c.rule}`}</li>
            </ul>
          </details>
        </li>
      ))}
    </ol>
  )
}
