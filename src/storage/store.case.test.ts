/**
 * The Store contract: one suite every dialect runs (hono's `common.case.test.ts` pattern).
 * `sqlite.test.ts` and `postgres.test.ts` call {@link runStoreTests}; each test gets a fresh,
 * empty, migrated store and closes it afterwards.
 */
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ArticleId, RawArticle } from '../domain/types.ts'
import type { Store } from './store.ts'
import { articleIdOf } from './identity.ts'
import { makeRaw } from './test-fixtures/builders.ts'
import { STORE_ANALYSIS_TESTS } from './store-analysis.case.ts'
import { STORE_BATCH_TESTS } from './store-batch.case.ts'
import { STORE_SAGA_TESTS } from './store-saga.case.ts'

/** A contract test body: receives a fresh store. */
export type StoreTest = (store: Store) => Promise<void>

/** What a dialect's test file passes in. */
export interface StoreSuiteOptions {
  name: string
  newStore: () => Promise<Store>
  /** Tests this dialect does not run, with the reason shown in the report. */
  skip?: { reason: string; tests: string[] }[]
}

const ARTICLE_TESTS: Record<string, StoreTest> = {
  async 'put then get returns an equal article'(store) {
    const raw = makeRaw({ url: 'https://x.test/a', title: 'Trent latest', outlet: 'Marca', author: 'Sam Blitz', published: '2025-01-02T10:00:00Z' })
    const put = await store.putArticle(raw)
    expect(put.status).toBe('new')
    expect(put.article).toMatchObject({ rawText: raw.text, url: raw.url, title: raw.title, outlet: 'Marca', author: 'Sam Blitz', published: '2025-01-02', revision: 1, format: 'text', source: 'test.txt' })
    expect(put.article.id).toBe(articleIdOf(raw.text, raw.url))
    expect(put.article.lineageId).toBe(put.article.id)
    expect(await store.getArticle(put.article.id)).toEqual(put.article)
    expect(await store.getArticle('ffffffffffffffff' as ArticleId)).toBeUndefined()
  },
  async 'putting the same article again is unchanged, also with other whitespace'(store) {
    const first = await store.putArticle(makeRaw({ text: 'Line one.\nLine  two.' }))
    const again = await store.putArticle(makeRaw({ text: 'Line one.\nLine  two.' }))
    const crlf = await store.putArticle(makeRaw({ text: '  Line one.\r\n\r\nLine two.  ' }))
    expect([first.status, again.status, crlf.status]).toEqual(['new', 'unchanged', 'unchanged'])
    expect(again.article).toEqual(first.article)
    expect(await store.countArticles()).toBe(1)
  },
  async 'the same URL with a new text is revision 2 and both stay retrievable'(store) {
    const url = 'https://x.test/story'
    const v1 = await store.putArticle(makeRaw({ url, text: 'First version.' }))
    const v2 = await store.putArticle(makeRaw({ url, text: 'Second version, updated.' }))
    expect(v2.status).toBe('revised')
    expect(v2.article.revision).toBe(2)
    expect(v2.article.lineageId).toBe(v1.article.id)
    expect((await store.getArticle(v1.article.id))?.rawText).toBe('First version.')
    expect((await store.getArticle(v2.article.id))?.rawText).toBe('Second version, updated.')
    expect((await store.listRevisions(v1.article.id)).map((a) => a.revision)).toEqual([1, 2])
    expect((await store.getArticleByUrl(url))?.id).toBe(v2.article.id)
    expect((await store.putArticle(makeRaw({ url, text: 'First version.' }))).status).toBe('unchanged')
    expect(await store.countArticles()).toBe(2)
  },
  async 'the same text without a URL and with one are different articles'(store) {
    const a = await store.putArticle(makeRaw({ text: 'Same words.' }))
    const b = await store.putArticle(makeRaw({ text: 'Same words.', url: 'https://x.test/b' }))
    expect(b.status).toBe('new')
    expect(a.article.id).not.toBe(b.article.id)
  },
  async 'listArticles pages by cursor in ingest order, stably'(store) {
    const ids: string[] = []
    for (let i = 0; i < 23; i++) ids.push((await store.putArticle(makeRaw({ text: `Article number ${i}.` }))).article.id)
    const pageAll = async () => {
      const seen: string[] = []
      let after: number | undefined
      for (let guard = 0; guard < 10; guard++) {
        const page = await store.listArticles({ after, limit: 5 })
        seen.push(...page.articles.map((a) => a.id))
        if (page.next === undefined) break
        after = page.next
      }
      return seen
    }
    const first = await pageAll()
    expect(first).toEqual(ids)
    const mid = await store.listArticles({ limit: 10 })
    await store.putArticle(makeRaw({ text: 'Late arrival.' }))
    const rest = await store.listArticles({ after: mid.next, limit: 100 })
    expect([...mid.articles, ...rest.articles].map((a) => a.id)).toEqual([...ids, articleIdOf('Late arrival.')])
    expect(rest.next).toBeUndefined()
    expect(await store.countArticles()).toBe(24)
  },
  async 'unicode text and metadata round trip (Ñ, ğ, ß, emoji, RTL)'(store) {
    const raw = makeRaw({ text: 'Ñíguez, Ğüler und Straße 🇪🇸 — «quoted» مرحبا 𝔘', title: 'Çalhanoğlu ß', author: 'Ségolène Ørsted', outlet: 'Fußball Bild' })
    const put = await store.putArticle(raw)
    const got = await store.getArticle(put.article.id)
    expect(got?.rawText).toBe(raw.text)
    expect(got).toMatchObject({ title: raw.title, author: raw.author, outlet: raw.outlet })
  },
  async 'untrusted text with quotes and SQL is stored verbatim'(store) {
    const nasty = `Robert'); DROP TABLE article;-- "x" \\' $1 ? :name \` %s ${'${x}'} ' OR '1'='1 \\n`
    const put = await store.putArticle(makeRaw({ text: nasty, title: `'; delete from claim; --`, url: `https://x.test/?q=' or 1=1--` }))
    const got = await store.getArticle(put.article.id)
    expect(got?.rawText).toBe(nasty)
    expect(got?.title).toBe(`'; delete from claim; --`)
    expect(got?.url).toBe(`https://x.test/?q=' or 1=1--`)
    expect(await store.countArticles()).toBe(1)
    expect(await store.search(`'); DROP TABLE article;-- " OR NEAR( * ^`)).toBeInstanceOf(Array)
  },
  async 'text with a NUL character is refused with a clear error'(store) {
    await expect(store.putArticle(makeRaw({ text: 'a\u0000b' }))).rejects.toThrow(/store: .*NUL/)
    expect(await store.countArticles()).toBe(0)
  },
  async 'concurrent puts of the same article yield one row'(store) {
    const raw = makeRaw({ text: 'Concurrent article.', url: 'https://x.test/c' })
    const results = await Promise.all(Array.from({ length: 8 }, () => store.putArticle(raw)))
    expect(results.filter((r) => r.status === 'new')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'unchanged')).toHaveLength(7)
    expect(await store.countArticles()).toBe(1)
  },
  async 'concurrent revisions of one URL get distinct revision numbers in one lineage'(store) {
    const url = 'https://x.test/race'
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => store.putArticle(makeRaw({ url, text: `Version ${i}.` }))))
    expect(results.map((r) => r.article.revision).sort()).toEqual([1, 2, 3, 4, 5])
    expect(new Set(results.map((r) => r.article.lineageId)).size).toBe(1)
  },
  async 'search finds words in text and title, with a snippet and a rank'(store) {
    await store.putArticle(makeRaw({ text: 'Liverpool rebuffed the approach from Real Madrid for the defender.', title: 'Reds say no' }))
    await store.putArticle(makeRaw({ text: 'Real Madrid, Real Madrid and Real Madrid again. Carvajal injured.', title: 'Madrid focus' }))
    await store.putArticle(makeRaw({ text: 'Bayern Munich are monitoring the situation.', title: 'Kane update' }))
    const inText = await store.search('rebuffed')
    expect(inText).toHaveLength(1)
    expect(inText[0].snippet).toContain('«rebuffed»')
    expect(inText[0].title).toBe('Reds say no')
    const inTitle = await store.search('kane')
    expect(inTitle.map((h) => h.title)).toEqual(['Kane update'])
    const ranked = await store.search('Madrid')
    expect(ranked).toHaveLength(2)
    expect(ranked[0].title).toBe('Madrid focus')
    expect(ranked[0].rank).toBeGreaterThanOrEqual(ranked[1].rank)
    expect(await store.search('madrid liverpool')).toHaveLength(1)
    expect(await store.search('   ')).toEqual([])
    expect(await store.search('nowhere')).toEqual([])
  },
  async 'search matches unicode words'(store) {
    await store.putArticle(makeRaw({ text: 'Ğüler and Ñíguez train at the Straße.' }))
    expect(await store.search('ñíguez')).toHaveLength(1)
    expect(await store.search('Ğüler')).toHaveLength(1)
  },
  async 'property: put then get returns an equal value'(store) {
    let n = 0
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).map((s) => s.replace(/\u0000/g, ' '))
    const opt = fc.option(fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\u0000/g, '')), { nil: undefined })
    await fc.assert(fc.asyncProperty(text, opt, opt, opt, async (body, title, outlet, author) => {
      const raw: RawArticle = makeRaw({ text: body, title, outlet, author, url: `https://x.test/p/${n++}` })
      const put = await store.putArticle(raw)
      expect(put.status).toBe('new')
      const given = Object.fromEntries(Object.entries({ title, outlet, author }).filter(([, v]) => v !== undefined))
      expect(put.article).toEqual({ ...put.article, ...given, rawText: body })
      for (const k of ['title', 'outlet', 'author'] as const) if (raw[k] === undefined) expect(put.article).not.toHaveProperty(k)
      expect(await store.getArticle(put.article.id)).toEqual(put.article)
    }), { numRuns: 60 })
  },
  async 'the integrity check passes on a fresh store'(store) {
    expect(await store.checkIntegrity()).toEqual({ ok: true, messages: ['ok'] })
  },
}

/** Every contract test, by name. */
export const STORE_TESTS: Readonly<Record<string, StoreTest>> = { ...ARTICLE_TESTS, ...STORE_ANALYSIS_TESTS, ...STORE_BATCH_TESTS, ...STORE_SAGA_TESTS }

/**
 * Registers the contract suite for one dialect.
 * @example runStoreTests({ name: 'sqlite :memory:', newStore: () => openSqliteStore(':memory:') })
 */
export function runStoreTests(opts: StoreSuiteOptions): void {
  const skipped = new Map<string, string>()
  for (const s of opts.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason)
  describe(`store contract: ${opts.name}`, () => {
    let open: Store[] = []
    afterEach(async () => {
      await Promise.all(open.map((s) => s.close()))
      open = []
    })
    for (const [name, body] of Object.entries(STORE_TESTS)) {
      const reason = skipped.get(name)
      if (reason !== undefined) {
        it.skip(`${name} (skipped: ${reason})`, () => undefined)
        continue
      }
      it(name, async () => {
        const store = await opts.newStore()
        open.push(store)
        await body(store)
      })
    }
  })
}

describe('store contract suite', () => {
  it('has unique, non-empty test names (it runs from sqlite.test.ts and postgres.test.ts)', () => {
    const names = Object.keys(STORE_TESTS)
    expect(names.length).toBeGreaterThan(10)
    expect(new Set(names).size).toBe(names.length)
  })
})
