/**
 * The page shell: `lang="en"`, a skip link first, banner with navigation and search, one
 * `main` landmark, footer. Loads only `/static/app.css` and `/static/app.js` (offline, CSP-safe).
 */
import type { Child } from 'hono/jsx'

export type NavKey = 'sagas' | 'sources' | 'search' | undefined

export interface LayoutProps {
  title: string
  nav?: NavKey
  children?: Child
  /** Current search text, echoed in the header search box. */
  q?: string
}

/**
 * Wraps page content in the site chrome.
 * @example <Layout title="Sagas" nav="sagas"><h1>Sagas</h1></Layout>
 */
export function Layout({ title, nav, children, q }: LayoutProps) {
  const current = (key: NavKey) => (nav === key ? 'page' : undefined)
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Mercato`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
          <div class="inner">
            <a class="brand" href="/">Mercato</a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                <li><a href="/" aria-current={current('sagas')}>Sagas</a></li>
                <li><a href="/sources" aria-current={current('sources')}>Sources</a></li>
                <li><a href="/search" aria-current={current('search')}>Search</a></li>
              </ul>
            </nav>
            <form class="header-search" role="search" action="/search" method="get">
              <label class="visually-hidden" for="header-q">Search articles</label>
              <input id="header-q" type="search" name="q" value={q ?? ''} placeholder="Search articles" />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" tabindex={-1}>{children}</main>
        <footer class="site-footer">
          Mercato: transfer sagas with their evidence. Machine-readable: <a href="/api/openapi.json">API description</a>.
        </footer>
      </body>
    </html>
  )
}
