import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { createApp } from '../server/create-app.ts'
import { ARTICLE_IDS, HOSTILE, SAGA_IDS, createFixtureServices } from '../api/test-support/fixture-services.ts'

const enc = encodeURIComponent

function makeApp() {
  const logs: string[] = []
  const services = createFixtureServices()
  return { app: createApp({ services, maxBodyBytes: 4096, log: (l) => logs.push(l) }), services, logs }
}

async function getDoc(url: string) {
  const { app } = makeApp()
  const res = await app.request(url)
  const html = await res.text()
  return { res, html, document: parseHTML(html).document }
}

const PAGES: { url: string; status: number; text?: string }[] = [
  { url: '/', status: 200, text: 'Trent Alexander-Arnold' },
  { url: '/?player=wirtz&stage=interest', status: 200, text: 'Florian Wirtz' },
  { url: '/?stage=bogus', status: 400, text: 'stage' },
  { url: '/?limit=1', status: 200, text: 'Next page' },
  { url: `/sagas/${enc(SAGA_IDS.move)}`, status: 200, text: 'Conflicting fee' },
  { url: `/sagas/${enc(SAGA_IDS.move)}?asOf=2025-01-31&since=2024-12-01`, status: 200, text: 'as it stood on 31 Jan 2025' },
  { url: `/sagas/${enc(SAGA_IDS.move)}?asOf=nope`, status: 400, text: 'asOf' },
  { url: `/sagas/${enc(SAGA_IDS.renewal)}`, status: 200, text: 'renewal with Liverpool' },
  { url: '/sagas/move:nobody:nowhere', status: 404, text: 'not found' },
  { url: `/articles/${ARTICLE_IDS.agreement}`, status: 200, text: 'Fabrizio Romano' },
  { url: `/articles/${ARTICLE_IDS.hostile}`, status: 200 },
  { url: '/articles/0000000000000000', status: 404 },
  { url: `/players/${enc('Trent Alexander-Arnold')}`, status: 200, text: 'renewal' },
  { url: '/players/Nobody', status: 404 },
  { url: '/clubs/Liverpool', status: 200, text: 'Florian Wirtz' },
  { url: '/clubs/Atlantis', status: 404 },
  { url: '/sources', status: 200, text: 'Fabrizio Romano' },
  { url: '/search', status: 200, text: 'Search articles' },
  { url: '/search?q=Romano', status: 200, text: '<mark>Romano</mark>' },
  { url: '/no/such/page', status: 404, text: 'There is no page' },
]

describe('dashboard pages', () => {
  it.each(PAGES)('GET $url → $status', async ({ url, status, text }) => {
    const { res, html, document } = await getDoc(url)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(document.documentElement.getAttribute('lang')).toBe('en')
    for (const sel of ['header', 'nav', 'main#main', 'footer']) expect(document.querySelector(sel), sel).not.toBeNull()
    expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main')
    if (text) expect(html.toLowerCase()).toContain(text.toLowerCase())
  })

  it('shows a renewal as a stay, not as a move from a club to itself', async () => {
    const { document } = await getDoc('/')
    const rows = [...document.querySelectorAll('table.sagas tbody tr')]
    const renewal = rows.find((r) => r.querySelector('a')?.getAttribute('href')?.includes(enc(SAGA_IDS.renewal)))
    expect(renewal, 'renewal row').toBeTruthy()
    const move = renewal!.querySelector('td[data-label="Move"]')!.textContent!.replace(/\s+/g, ' ').trim()
    expect(move).toBe('stays at Liverpool')
  })

  it('labels every form control', async () => {
    for (const url of ['/', `/sagas/${enc(SAGA_IDS.move)}`, '/search?q=x']) {
      const { document } = await getDoc(url)
      for (const el of document.querySelectorAll('input, select')) {
        const id = el.getAttribute('id')
        expect(id && document.querySelector(`label[for="${id}"]`), `${url} ${el.outerHTML}`).toBeTruthy()
      }
    }
  })

  it('uses no inline script or style, so the CSP needs no unsafe-inline', async () => {
    for (const url of ['/', `/sagas/${enc(SAGA_IDS.move)}`, `/articles/${ARTICLE_IDS.agreement}`]) {
      const { document } = await getDoc(url)
      for (const s of document.querySelectorAll('script')) expect(s.getAttribute('src')).toBe('/static/app.js')
      expect(document.querySelectorAll('[style], style')).toHaveLength(0)
    }
  })

  it('serves the stylesheet and the script locally', async () => {
    const { app } = makeApp()
    for (const [path, type] of [['/static/app.css', 'text/css'], ['/static/app.js', 'text/javascript']]) {
      const res = await app.request(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain(type)
    }
    expect((await app.request('/static/../../etc/passwd')).status).toBe(404)
  })

  it('draws both charts with titled marks and links evidence to highlighted sentences', async () => {
    const { document } = await getDoc(`/sagas/${enc(SAGA_IDS.move)}`)
    const timeline = document.querySelector('svg[data-chart="timeline"]')!
    const marks = timeline.querySelectorAll('.mark')
    expect(marks.length).toBe(7)
    const titles = [...timeline.querySelectorAll('a > title')].map((t) => t.textContent)
    expect(titles).toContain('10 Jan 2025 · talks · denied · Liverpool')
    expect(titles.some((t) => t?.includes('(estimated)'))).toBe(true)
    expect(document.querySelectorAll('svg[data-chart="likelihood"] circle.point')).toHaveLength(6)
    const link = document.querySelector('a.evidence-link')!.getAttribute('href')!
    const [path, anchor] = link.split('#')
    const article = await getDoc(path)
    const mark = article.document.getElementById(anchor)
    expect(mark?.tagName).toBe('MARK')
    expect(mark?.className).toContain('evidence')
  })

  it('renders the article with labelled boilerplate, mentions and claim anchors', async () => {
    const { document } = await getDoc(`/articles/${ARTICLE_IDS.interest}`)
    expect(document.querySelector('.boilerplate .block-label')?.textContent).toBe('Boilerplate: photo credit')
    expect(document.querySelector('.article-text mark.mention-player')?.getAttribute('title')).toBe('player: Trent Alexander-Arnold')
    expect(document.querySelector('mark.evidence.claim-interest mark.mention-club')).not.toBeNull()
    expect(document.getElementById('claim-0')?.querySelector('a')?.getAttribute('href')).toMatch(/^#ev-\d+-\d+$/)
    // "Why?" answered in sentences (the claim's own), then the rule that made it.
    const why = [...(document.getElementById('claim-0')?.querySelectorAll('details.why li') ?? [])].map((li) => li.textContent ?? '')
    expect(why.length).toBeGreaterThanOrEqual(2)
    expect(why[0]).toMatch(/Real Madrid/)
    expect(why.at(-1)).toMatch(/^rule claim\/interest@1$/)
  })
})

describe('hostile article', () => {
  it('renders hostile text as text: no script, no event handler, no javascript: link', async () => {
    for (const url of [`/articles/${ARTICLE_IDS.hostile}`, `/sagas/${enc(SAGA_IDS.move)}`, '/search?q=alert']) {
      const { html, document } = await getDoc(url)
      const scripts = [...document.querySelectorAll('script')]
      expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['/static/app.js'])
      expect(scripts.every((s) => s.textContent === '')).toBe(true)
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name.startsWith('on'), `${url}: ${attr.name}`).toBe(false)
          expect(attr.value.trim().toLowerCase().startsWith('javascript:'), `${url}: ${attr.name}=${attr.value}`).toBe(false)
        }
      }
      expect(document.querySelectorAll('img')).toHaveLength(0)
      expect(html).not.toContain(HOSTILE.script)
      expect(html).not.toContain(HOSTILE.img)
    }
  })

  it('still shows the hostile strings to the reader, escaped', async () => {
    const { document } = await getDoc(`/articles/${ARTICLE_IDS.hostile}`)
    const text = document.querySelector('main')!.textContent!
    expect(text).toContain(HOSTILE.script)
    expect(text).toContain(HOSTILE.img)
    expect(text).toContain(`original (not a web link): ${HOSTILE.js}`)
  })
})

describe('errors', () => {
  it('renders a bare 500 page and logs the error with its request id', async () => {
    const { app, services, logs } = makeApp()
    services.sources = async () => {
      throw new Error('kaboom /secret')
    }
    const res = await app.request('/sources')
    expect(res.status).toBe(500)
    const html = await res.text()
    expect(html).not.toContain('secret')
    expect(logs[0]).toContain('kaboom')
    expect(logs[0]).toContain(res.headers.get('x-request-id'))
  })

  it('answers JSON 404s under /api and HTML 404s elsewhere', async () => {
    const { app } = makeApp()
    expect((await app.request('/api/zzz')).headers.get('content-type')).toMatch(/json/)
    expect((await app.request('/zzz')).headers.get('content-type')).toMatch(/html/)
  })
})
