/** `/search?q=`: full-text search over articles, matches marked in their snippets. */
import type { SearchHit } from '../../storage/store.ts'
import { articleHref, longDate } from '../format.ts'
import { splitSnippet } from '../highlight.ts'
import { Layout } from './layout.tsx'

/**
 * @example c.html(<SearchPage q="Romano" hits={hits} />)
 */
export function SearchPage({ q, hits }: { q: string; hits: SearchHit[] | undefined }) {
  return (
    <Layout title={q ? `Search: ${q}` : 'Search'} nav="search" q={q}>
      <h1>Search articles</h1>
      <form class="filters panel" role="search" method="get" action="/search" aria-label="Search articles">
        <label for="q">Words to find<input id="q" name="q" type="search" value={q} required /></label>
        <button type="submit">Search</button>
      </form>
      {hits === undefined ? null : (
        <section aria-labelledby="h-results">
          <h2 id="h-results">{`${hits.length} result${hits.length === 1 ? '' : 's'} for “${q}”`}</h2>
          <ol class="results">
            {hits.map((h) => (
              <li>
                <a href={articleHref(h.id)}>{h.title ?? 'Untitled article'}</a>
                <div class="muted">{`${h.outlet ?? 'Unknown outlet'} · ${longDate(h.published)}`}</div>
                <p class="snippet">{splitSnippet(h.snippet).map((s) => (s.hit ? <mark>{s.text}</mark> : s.text))}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </Layout>
  )
}
