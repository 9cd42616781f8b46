/**
 * The dashboard in a real browser (Debian chromium through playwright-core) against the server
 * on loopback with the fixture services. Playwright gives each launch a fresh temporary profile. Screenshots go to artifacts/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_IDS, createFixtureServices } from '../../src/api/test-support/fixture-services.ts'
import { startServer, type RunningServer } from '../../src/server/start-server.ts'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = join(process.cwd(), 'artifacts', 'screenshots')
const available = existsSync(CHROMIUM)
if (!available && process.env.CI) throw new Error(`browser tests: expected ${CHROMIUM} in CI (.ci/run installs chromium), found none`)
if (!available) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (they run in CI)`)

describe.skipIf(!available)('dashboard in chromium', () => {
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const dialogs: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    server = await startServer({ services: createFixtureServices(), port: 0, maxBodyBytes: 1 << 20, log: () => undefined })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().includes('/no-such')) errors.push(`${r.status()} ${r.url()}`)
    })
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const shot = (name: string, p: Page = page) => p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })

  it('lists sagas and opens the Alexander-Arnold saga with both charts drawn', async () => {
    await page.goto(server.url + '/')
    await expect.poll(() => page.locator('table.sagas tbody tr').count()).toBe(3)
    await shot('saga-list')
    await page.getByRole('link', { name: 'Trent Alexander-Arnold' }).first().click()
    await page.waitForURL(/\/sagas\//)
    expect(await page.locator('h1').textContent()).toBe('Trent Alexander-Arnold → Real Madrid')
    for (const sel of ['svg[data-chart="timeline"]', 'svg[data-chart="likelihood"]']) {
      const box = await page.locator(sel).boundingBox()
      expect(box!.width, sel).toBeGreaterThan(200)
      expect(box!.height, sel).toBeGreaterThan(50)
    }
    expect(await page.locator('svg[data-chart="timeline"] .mark').count()).toBe(7)
    const markBox = await page.locator('svg[data-chart="timeline"] .mark').first().boundingBox()
    expect(markBox!.width).toBeGreaterThan(4)
    expect(await page.locator('svg[data-chart="likelihood"] circle.point').count()).toBe(6)
    await shot('saga')
  })

  it('follows an evidence link to a visible highlighted sentence', async () => {
    await page.locator('a.evidence-link').nth(5).click()
    await page.waitForURL(/\/articles\/.+#ev-/)
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1))
    const mark = page.locator(`[id="${id}"]`)
    await expect.poll(() => mark.isVisible()).toBe(true)
    expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true)
    const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(bg).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.height > 0 && r.top < innerHeight && r.bottom > 0
    })
    expect(inView).toBe(true)
    await shot('article-evidence')
  })

  it('searches from the header form and shows results', async () => {
    await page.goto(server.url + '/')
    await page.getByLabel('Search articles').first().fill('Romano')
    await page.getByLabel('Search articles').first().press('Enter')
    await page.waitForURL(/\/search\?q=Romano/)
    expect(await page.locator('.results li').count()).toBeGreaterThan(0)
    expect(await page.locator('.snippet mark').first().textContent()).toBe('Romano')
    await shot('search')
  })

  it('shows the hostile article without running anything', async () => {
    await page.goto(`${server.url}/articles/${ARTICLE_IDS.hostile}`)
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    expect(dialogs).toEqual([])
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0)
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0)
    expect(await page.locator('main').textContent()).toContain('<script>alert(1)</script>')
    await shot('hostile-article')
  })

  it('fits a 390 px phone without horizontal overflow', async () => {
    const phone = await context.newPage()
    await phone.setViewportSize({ width: 390, height: 844 })
    for (const [name, path] of [['phone-saga-list', '/'], ['phone-saga', '/sagas/move%3Atrent-alexander-arnold%3Areal-madrid'], ['phone-article', `/articles/${ARTICLE_IDS.agreement}`], ['phone-sources', '/sources']]) {
      await phone.goto(server.url + path)
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      await shot(name, phone)
    }
    await phone.close()
  })

  it('reaches the skip link first with Tab and moves focus to main', async () => {
    await page.goto(server.url + '/')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }))
    expect(focused).toEqual({ cls: 'skip-link', text: 'Skip to main content' })
    const box = await page.locator('a.skip-link').boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    await shot('skip-link-focus')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('logged no script errors or CSP violations', () => {
    expect(errors).toEqual([])
  })
})
