/**
 * Live sources end to end (SPEC §9 alerts, §10): a feed server and a webhook receiver on
 * 127.0.0.1, the CLI run in-process (`feeds add`, `hooks add`, `watch --once`…) over a temp
 * SQLite file. The story (written for this test): Atletico Madrid's interest in Andrew
 * Robertson becomes talks, then an agreed deal, one feed item at a time.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.ts'
import { startLoopbackServer, type LoopbackServer } from '../../src/live/test-support/loopback-server.ts'
import { verifySignature } from '../../src/live/webhooks.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'

interface Item {
  guid: string
  title: string
  date: string
  /** Full text (content:encoded), or undefined for a summary-only item. */
  body?: string
  summary?: string
  link: string
  /** When the publisher last changed the item (RSS `atom:updated`). */
  updated?: string
}

const STORY: Item[] = [
  {
    guid: 'rob-1', title: 'Atletico keen on Robertson', date: 'Mon, 02 Jun 2025 09:00:00 GMT', link: '/articles/robertson-interest',
    body: 'Atletico Madrid are interested in signing Andrew Robertson from Liverpool, according to sources close to the club. The Spanish side see the Scotland captain as an experienced option at left-back.',
  },
  {
    guid: 'rob-2', title: 'Atletico and Liverpool talk Robertson', date: 'Thu, 05 Jun 2025 09:00:00 GMT', link: '/articles/robertson-talks',
    summary: 'The two clubs are now talking.',
  },
  {
    guid: 'rob-3', title: 'Robertson deal agreed', date: 'Mon, 09 Jun 2025 09:00:00 GMT', link: '/articles/robertson-agreed',
    body: 'Atletico Madrid have agreed a deal with Liverpool to sign Andrew Robertson for €5m. The left-back is expected in Madrid later this week.',
  },
]

const TALKS_PAGE = `<!doctype html><html><head><title>Atletico and Liverpool talk Robertson</title></head><body>
<nav>Home | Transfers</nav><article><h1>Atletico and Liverpool talk Robertson</h1>
<p>Atletico Madrid have opened talks with Liverpool over a move for Andrew Robertson.</p>
<p>The left-back has a year left on his contract and is open to a new challenge in Spain.</p></article></body></html>`

const SECRET = 'integration-secret'
let generatedSecret = ''

let feedServer: LoopbackServer
let hookServer: LoopbackServer
let published: Item[] = []
let dir: string

function rss(origin: string): string {
  const items = published.map((i) => `<item><title>${i.title}</title><guid isPermaLink="false">${i.guid}</guid>
<link>${origin}${i.link}</link><pubDate>${i.date}</pubDate>${i.updated ? `<atom:updated>${i.updated}</atom:updated>` : ''}${i.body ? `<content:encoded><![CDATA[<p>${i.body}</p>]]></content:encoded>` : `<description>${i.summary}</description>`}</item>`)
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Transfer Desk</title><link>${origin}/</link>${items.join('\n')}</channel></rss>`
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mercato-live-'))
  feedServer = await startLoopbackServer({
    '/transfers.xml': (req, res) => {
      const body = rss(feedServer.origin)
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body)
    },
    '/articles/robertson-talks': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(TALKS_PAGE),
  })
  hookServer = await startLoopbackServer({
    '/hook': (_req, res) => res.writeHead(204).end(),
    '/hook-likelihood': (_req, res) => res.writeHead(204).end(),
  })
})

afterAll(async () => {
  await feedServer.close()
  await hookServer.close()
  rmSync(dir, { recursive: true, force: true })
})

const ALLOW = { MERCATO_ALLOW_PRIVATE_NETWORK: '1' }

async function cli(argv: string[], env: Record<string, string> = ALLOW, out = { stdout: '', stderr: '' }, db = 'live.db') {
  const io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    env,
    isTTY: false,
    cwd: dir,
  }
  const code = await runCli(['--db', join(dir, db), ...argv], io)
  return { code, ...out }
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('mercato feeds, hooks and watch', () => {
  const feedPath = '/transfers.xml'
  const pagePath = '/articles/robertson-talks'

  it('adds a feed and two hooks', async () => {
    const added = await cli(['feeds', 'add', `${feedServer.origin}${feedPath}`, '--name', 'Transfer Desk', '--interval', '10m'])
    expect(added).toMatchObject({ code: 0, stdout: `added feed 1: ${feedServer.origin}${feedPath}\n` })
    expect((await cli(['hooks', 'add', `${hookServer.origin}/hook`, '--on', 'stage', '--secret', SECRET])).code).toBe(0)
    const generated = await cli(['hooks', 'add', `${hookServer.origin}/hook-likelihood`, '--on', 'likelihood>0.7'])
    expect(generated.code).toBe(0)
    generatedSecret = /^secret: ([A-Za-z0-9_-]{32}) {2}\(shown once/m.exec(generated.stdout)?.[1] ?? ''
    expect(generatedSecret).not.toBe('')
    const listed = await cli(['hooks', 'list', '--json'])
    expect(JSON.parse(listed.stdout).map((h: { trigger: string }) => h.trigger)).toEqual(['stage', 'likelihood>0.7'])
    expect(listed.stdout).not.toContain(SECRET)
  })

  it('first poll: stores both items, fetching the linked page of the summary-only one', async () => {
    published = STORY.slice(0, 2)
    const run = await cli(['watch', '--once'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('Transfer Desk: 200 ok, 2 new items, 2 articles stored')
    expect(feedServer.hits(pagePath)).toHaveLength(1)
    const store = await openSqliteStore(join(dir, 'live.db'))
    try {
      expect(await store.countArticles()).toBe(2)
      const talks = await store.getArticleByUrl(`${feedServer.origin}${pagePath}`)
      expect(talks?.rawText).toContain('opened talks with Liverpool')
    } finally {
      await store.close()
    }
  })

  it('second poll of an unchanged feed: a conditional request answered 304', async () => {
    const run = await cli(['watch', '--once'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('Transfer Desk: 304 not modified')
    const feedHits = feedServer.hits(feedPath)
    expect(feedHits.at(-1)?.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/)
  })

  it('third poll: only the new item is stored; the seen summary-only item is not refetched', async () => {
    published = STORY.slice(0, 3)
    const run = await cli(['watch', '--once'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('Transfer Desk: 200 ok, 1 new items, 1 articles stored')
    expect(feedServer.hits(pagePath)).toHaveLength(1)
    expect(feedServer.hits(feedPath)).toHaveLength(3)
    const store = await openSqliteStore(join(dir, 'live.db'))
    try {
      expect(await store.countArticles()).toBe(3)
    } finally {
      await store.close()
    }
    const saga = await cli(['saga', 'move:andrew-robertson:atletico-madrid', '--json'])
    expect(saga.code, saga.stderr).toBe(0)
    const detail = JSON.parse(saga.stdout) as { saga: { stage: string; claimCount: number }; likelihood: Array<{ p: number }> }
    expect(detail.saga.stage).toBe('agreement')
    expect(detail.saga.claimCount).toBeGreaterThanOrEqual(3)
    expect(detail.likelihood.at(-1)!.p).toBeGreaterThan(detail.likelihood[0]!.p)
  })

  it('delivered signed stage changes to the hook and logged every attempt', async () => {
    const deliveries = hookServer.hits('/hook').map((r) => {
      expect(verifySignature(SECRET, r.body, r.headers['x-mercato-signature'] as string)).toBe(true)
      return JSON.parse(r.body).event as { type: string; sagaId: string; stageBefore: string | null; stageAfter: string }
    })
    const robertson = deliveries.filter((e) => e.sagaId === 'move:andrew-robertson:atletico-madrid')
    expect(robertson.map((e) => [e.type, e.stageBefore, e.stageAfter])).toEqual([['stage', null, 'talks'], ['stage', 'talks', 'agreement']])
    const crossings = hookServer.hits('/hook-likelihood').map((r) => {
      expect(verifySignature(generatedSecret, r.body, r.headers['x-mercato-signature'] as string)).toBe(true)
      return JSON.parse(r.body).event as { type: string; sagaId: string; likelihoodAfter: number; threshold: number }
    })
    expect(crossings).toMatchObject([{ type: 'likelihood', sagaId: 'move:andrew-robertson:atletico-madrid', threshold: 0.7 }])
    expect(crossings[0]!.likelihoodAfter).toBeGreaterThan(0.7)
    const log = JSON.parse((await cli(['hooks', 'deliveries', '--json'])).stdout) as Array<{ status?: number; attempt: number }>
    expect(log.length).toBe(hookServer.requests.length)
    expect(log.every((d) => d.status === 204 && d.attempt === 1)).toBe(true)
  })

  it('lists the feed with its state and exports it as OPML', async () => {
    const [feed] = JSON.parse((await cli(['feeds', 'list', '--json'])).stdout)
    expect(feed).toMatchObject({ id: 1, name: 'Transfer Desk', intervalSeconds: 600, failures: 0 })
    expect(feed.etag).toMatch(/^"[0-9a-f]{16}"$/)
    const opml = await cli(['feeds', 'export-opml'])
    expect(opml.stdout).toContain(`xmlUrl="${feedServer.origin}${feedPath}"`)
  })

  it('an item the publisher rewrote is read again: a new revision of its article, and the sagas follow it', async () => {
    const sagaOf = async (id: string) => {
      const shown = await cli(['saga', id, '--json'])
      return shown.code === 0 ? (JSON.parse(shown.stdout) as { saga: { claimCount: number } }).saga : undefined
    }
    const before = await sagaOf('move:andrew-robertson:atletico-madrid')
    // The first story was about the wrong full-back: the outlet corrected it in place.
    published = [{ ...STORY[0], updated: '2025-06-10T08:00:00Z', body: 'Atletico Madrid are interested in signing Kieran Trippier from Newcastle United, according to sources close to the club. The Spanish side know the England defender from his years in Madrid.' }, ...STORY.slice(1, 3)]
    const run = await cli(['watch', '--once'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('Transfer Desk: 200 ok, 1 new items, 1 articles stored')
    const store = await openSqliteStore(join(dir, 'live.db'))
    try {
      const revised = await store.getArticleByUrl(`${feedServer.origin}${STORY[0].link}`)
      expect(revised?.revision).toBe(2)
      expect(revised?.rawText).toContain('Kieran Trippier')
    } finally {
      await store.close()
    }
    const after = await sagaOf('move:andrew-robertson:atletico-madrid')
    expect(after!.claimCount).toBeLessThan(before!.claimCount)
    expect((await sagaOf('move:kieran-trippier:atletico-madrid'))?.claimCount).toBeGreaterThanOrEqual(1)
  })
})

describe('mercato feeds import-opml and remove', () => {
  it('imports public feeds, refuses private ones in one line each, and removes by id or URL', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="Football"><outline text="Public Desk" type="rss" xmlUrl="https://feeds.example.org/football.xml"/>
<outline text="Intranet" type="rss" xmlUrl="http://10.0.0.7/feed.xml"/></outline></body></opml>`
    writeFileSync(join(dir, 'feeds.opml'), opml)
    const run = await cli(['feeds', 'import-opml', 'feeds.opml'], {}, undefined, 'opml.db')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('imported feeds: 1 new, 0 already watched, 1 refused\n')
    expect(run.stderr).toBe('feeds.opml: host 10.0.0.7 resolves to 10.0.0.7 (private), which is not a public address\n')
    expect((await cli(['feeds', 'import-opml', 'feeds.opml', '--allow-private'], {}, undefined, 'opml.db')).stdout)
      .toBe('imported feeds: 1 new, 1 already watched, 0 refused\n')
    expect((await cli(['feeds', 'remove', '1'], {}, undefined, 'opml.db')).stdout).toBe('removed feed 1: https://feeds.example.org/football.xml\n')
    expect((await cli(['feeds', 'remove', 'http://10.0.0.7/feed.xml'], {}, undefined, 'opml.db')).code).toBe(0)
    const missing = await cli(['feeds', 'remove', '1'], {}, undefined, 'opml.db')
    expect(missing).toMatchObject({ code: 1, stderr: 'mercato feeds: no feed with id or URL 1 (see mercato feeds list)\n' })
  })

  it('rejects a bad scheme and a bad interval with one line and exit 2', async () => {
    expect(await cli(['feeds', 'add', 'ftp://example.org/feed'], {}, undefined, 'opml.db'))
      .toMatchObject({ code: 2, stderr: 'mercato feeds: scheme ftp: is not allowed (only http and https)\n' })
    expect(await cli(['feeds', 'add', 'https://example.org/feed', '--interval', 'soon'], {}, undefined, 'opml.db'))
      .toMatchObject({ code: 2, stderr: 'mercato feeds: expected an interval such as 90s, 15m or 2h, found "soon"\n' })
    expect(await cli(['hooks', 'add', 'https://example.org/hook', '--on', 'likelihood>2'], {}, undefined, 'opml.db'))
      .toMatchObject({ code: 2, stderr: 'mercato hooks: expected --on stage or --on likelihood>0.7 (threshold in [0, 1)), found "likelihood>2"\n' })
  })
})

describe('private addresses', () => {
  it('refuses to add a loopback feed without the allowance, in one line', async () => {
    const run = await cli(['feeds', 'add', `${feedServer.origin}/other.xml`], {})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('mercato feeds: host 127.0.0.1 resolves to 127.0.0.1 (loopback), which is not a public address\n')
  })

  it('refuses to fetch a loopback feed without the allowance, and says so', async () => {
    const before = feedServer.requests.length
    const run = await cli(['watch', '--once'], {})
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^Transfer Desk: failed \(host 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\), which is not a public address\); next try after \S+$/m)
    expect(feedServer.requests.length).toBe(before)
    const [feed] = JSON.parse((await cli(['feeds', 'list', '--json'])).stdout)
    expect(feed.failures).toBe(1)
  })
})

describe('mercato watch (loop)', () => {
  it('polls, then stops cleanly on SIGINT and exits 0', async () => {
    const url = `${feedServer.origin}/transfers.xml`
    expect((await cli(['feeds', 'add', url, '--name', 'Loop Desk'], ALLOW, undefined, 'loop.db')).code).toBe(0)
    const ours = new Set(process.listeners('SIGINT'))
    const out = { stdout: '', stderr: '' }
    const running = cli(['watch', '--interval', '3600'], ALLOW, out, 'loop.db')
    await until(() => out.stderr.includes('Loop Desk: 200 ok'))
    const listener = process.listeners('SIGINT').find((l) => !ours.has(l))
    expect(listener).toBeDefined()
    const stop = listener as (sig: string) => void
    stop('SIGINT')
    const { code, stderr } = await running
    expect(code).toBe(0)
    expect(stderr).toContain('stopping after the current poll')
    expect(stderr).toMatch(/watch: 1 polls, 0 failed, \d+ articles stored\n$/)
    expect(process.listeners('SIGINT').filter((l) => !ours.has(l))).toEqual([])
  })
})
