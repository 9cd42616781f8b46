/**
 * `mercato ingest` end to end on a real SQLite file: the examples, idempotence, revisions,
 * stdin, bad input (issue 2 §3, §8), and the commands that read what was stored.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync, symlinkSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../../bench/generate-corpus.ts'
import { openSqliteStore } from '../../src/storage/open-store.ts'
import { cli, cliProcess, tempDb } from './helpers.ts'

describe('ingesting the example corpus', () => {
  const db = tempDb()
  let first: Record<string, number>
  beforeAll(async () => {
    const r = await cli(['--db', db, 'ingest', 'examples/articles', '--json'])
    expect(r.code).toBe(0)
    first = JSON.parse(r.stdout)
  })

  it('stores every article and extracts claims and sagas', () => {
    expect(first.new).toBeGreaterThanOrEqual(44)
    expect(first.rejected).toBe(0)
    expect(first.claims).toBeGreaterThan(100)
    expect(first.sagas).toBeGreaterThanOrEqual(8)
  })

  it('changes nothing the second time and says so', async () => {
    const r = await cli(['--db', db, 'ingest', 'examples/articles'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/0 new, \d+ unchanged, 0 revised, 0 rejected/)
    expect(r.stdout).toContain('nothing new')
  })

  it('finds articles by full-text search and shows one with labelled boilerplate', async () => {
    const s = await cli(['--db', db, 'search', 'Alexander-Arnold', 'Bernabeu', '--json'])
    const hits = JSON.parse(s.stdout) as { id: string }[]
    expect(hits.length).toBeGreaterThan(0)
    const a = await cli(['--db', db, 'article', hits[0].id])
    expect(a.code).toBe(0)
    expect(a.stdout).toMatch(/claims \(\d+\):/)
  })

  it('lists sagas and shows the Alexander-Arnold move with its renewal as a related saga', async () => {
    const list = JSON.parse((await cli(['--db', db, 'sagas', '--player', 'Trent Alexander-Arnold', '--json'])).stdout)
    const ids = list.items.map((s: { id: string }) => s.id)
    expect(ids).toContain('move:trent-alexander-arnold:real-madrid')
    expect(ids).toContain('renewal:trent-alexander-arnold:liverpool')
    const saga = await cli(['--db', db, 'saga', 'move:trent-alexander-arnold:real-madrid', '--json'])
    const detail = JSON.parse(saga.stdout)
    expect(detail.saga.related).toContain('renewal:trent-alexander-arnold:liverpool')
    expect(detail.likelihood.length).toBeGreaterThan(0)
    for (const p of detail.likelihood) expect(p.p).toBeGreaterThanOrEqual(0)
  })

  it('exports claims as CSV with a header row', async () => {
    const r = await cli(['--db', db, 'export', 'claims', '--format', 'csv'])
    expect(r.stdout.split('\n')[0]).toContain('player,fromClub,toClub,type,stance')
  })
})

describe('revisions and stdin', () => {
  it('treats the same URL with new text as a revision and keeps the first', async () => {
    const db = tempDb()
    const line = (text: string) => JSON.stringify({ id: 'a', url: 'https://example.test/a', published: '2025-01-02T10:00:00Z', text }) + '\n'
    const r1 = await cli(['--db', db, 'ingest', '-'], { stdin: line('Chelsea have made an approach for Joao Pedro, Brighton confirmed.') })
    expect(r1.stdout).toMatch(/1 new/)
    const r2 = await cli(['--db', db, 'ingest', '-'], { stdin: line('Chelsea have made an approach for Joao Pedro, Brighton confirmed on Friday evening.') })
    expect(r2.stdout).toMatch(/0 new, 0 unchanged, 1 revised/)
    const store = await openSqliteStore(db)
    expect(await store.countArticles()).toBe(2)
    await store.close()
  })
})

describe('bad input: one line each, the rest stored, exit status non-zero, store whole', () => {
  it('rejects each bad file and keeps every good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mercato-bad-'))
    copyFileSync('examples/articles/txt/001-trent-madrid-interest.txt', join(dir, 'good-1.txt'))
    copyFileSync('examples/articles/html/2024-12-31-bbc-trent-approach-rejected.html', join(dir, 'good-2.html'))
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'huge.txt'), '')
    truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024)
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x52, 0x65, 0x61, 0x6c, 0x20, 0xe9, 0xe8, 0xff, 0x0a]))
    writeFileSync(join(dir, 'wire.jsonl'), [
      JSON.stringify({ id: 'w1', text: 'Arsenal have agreed a fee with Real Sociedad for Martin Zubimendi.' }),
      '{"id": "w2", "text": "broken',
      JSON.stringify({ id: 'w3', text: 'Napoli rejected an opening bid from Chelsea for Victor Osimhen.' }),
    ].join('\n'))
    writeFileSync(join(dir, 'broken.html'), '<html><head><title>x</title></head><body><div><p>')
    mkdirSync(join(dir, 'sub'))
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'sub', 'dangling.txt'))
    const db = tempDb()
    const r = await cli(['--db', db, 'ingest', dir, '--json'])
    expect(r.code).toBe(1)
    const sum = JSON.parse(r.stdout)
    expect(sum.new).toBe(4)
    const lines = r.stderr.trim().split('\n')
    for (const [file, reason] of [['binary.txt', /binary/], ['empty.txt', /empty/], ['huge.txt', /larger|too large|limit/], ['latin1.txt', /UTF-8/i], ['wire.jsonl:2', /JSON/i], ['broken.html', /HTML|no text|content/i], ['dangling.txt', /link|missing|not found/i]] as const) {
      const line = lines.find((l) => l.includes(file))
      expect(line, `a line naming ${file}`).toBeDefined()
      expect(line).toMatch(reason)
    }
    const store = await openSqliteStore(db)
    expect(await store.countArticles()).toBe(4)
    expect((await store.checkIntegrity()).ok).toBe(true)
    await store.close()
  })
})

describe('extraction threads', () => {
  it('stores the same claims with worker threads as without, and refuses a bad thread count in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mercato-threads-'))
    const raws = [...generateCorpus({ articles: 260, seed: 21 })]
    writeFileSync(join(dir, 'wire.jsonl'), raws.map((r, i) => JSON.stringify({ id: `g${i}`, url: r.url, title: r.title, outlet: r.outlet, published: r.published, text: r.text })).join('\n'))
    const dbs = [tempDb(), tempDb()]
    // The threaded run is the real binary: tsx's loader and real worker threads, as users run it.
    const runs = [await cli(['--db', dbs[0], 'ingest', dir, '--threads', '0', '--json']), await cliProcess(['--db', dbs[1], 'ingest', dir, '--threads', '2', '--json'])]
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(runs[1].stdout)).toEqual(JSON.parse(runs[0].stdout))
    expect(JSON.parse(runs[0].stdout).new).toBe(260)
    const claims = await Promise.all(dbs.map(async (db) => {
      const store = await openSqliteStore(db)
      try {
        return (await store.listClaims({ limit: 100_000 })).map(({ id: _id, ...c }) => c)
      } finally {
        await store.close()
      }
    }))
    expect(claims[0].length).toBeGreaterThan(260)
    expect(claims[1]).toEqual(claims[0])
    const bad = await cli(['--db', tempDb(), 'ingest', dir, '--threads', 'many'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toMatch(/--threads/)
  })
})
