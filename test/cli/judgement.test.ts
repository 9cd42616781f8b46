/**
 * The judgement commands end to end on the example corpus: rules, resolve, sources, backtest
 * (with the corpus's known outcomes) writing its reliability diagram as SVG.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli, tempDb } from './helpers.ts'

describe('judgement commands on the examples', () => {
  const db = tempDb()
  beforeAll(async () => {
    expect((await cli(['--db', db, 'ingest', 'examples/articles'])).code).toBe(0)
  })

  it('explains the rules on a date with the contract learned from the articles', async () => {
    const r = await cli(['--db', db, 'rules', 'Trent Alexander-Arnold', '--club', 'Real Madrid', '--date', '2025-01-02', '--expires', '2025-06-30', '--json'])
    expect(r.code).toBe(0)
    const e = JSON.parse(r.stdout)
    const pre = e.answers.find((a: { question: string }) => a.question === 'pre_contract')
    expect(pre.possible).toBe(true)
    expect(pre.why.join(' ')).toMatch(/18\.3/)
    const early = JSON.parse((await cli(['--db', db, 'rules', 'Trent Alexander-Arnold', '--club', 'Real Madrid', '--date', '2024-11-05', '--expires', '2025-06-30', '--json'])).stdout)
    expect(early.answers.find((a: { question: string }) => a.question === 'pre_contract').possible).toBe(false)
  })

  it('refuses an unknown club and a bad date with usage errors', async () => {
    expect((await cli(['--db', db, 'rules', 'X', '--club', 'Nowhere Rovers FC'])).code).toBe(2)
    expect((await cli(['--db', db, 'resolve', 'move:x:y', '--outcome', 'signed', '--date', 'soon'])).code).toBe(2)
  })

  it('resolves a saga by hand, and the saga shows it', async () => {
    const id = 'move:trent-alexander-arnold:real-madrid'
    expect((await cli(['--db', db, 'resolve', id, '--outcome', 'signed', '--date', '2025-05-30', '--note', 'announced'])).code).toBe(0)
    const d = JSON.parse((await cli(['--db', db, 'saga', id, '--json'])).stdout)
    expect(d.resolution).toMatchObject({ outcome: 'signed', date: '2025-05-30', by: 'hand' })
  })

  it('lists sources with learned reliability within [0, 1]', async () => {
    const rows = JSON.parse((await cli(['--db', db, 'sources', '--json'])).stdout) as { shrunk: number; claims: number }[]
    expect(rows.length).toBeGreaterThan(3)
    for (const r of rows) expect(r.shrunk).toBeGreaterThanOrEqual(0), expect(r.shrunk).toBeLessThanOrEqual(1)
  })

  it('backtests against the known outcomes with two baselines and writes the diagram', async () => {
    const svg = join(dirname(db), 'rel.svg')
    const r = await cli(['--db', db, 'backtest', '--outcomes', 'examples/outcomes.json', '--svg', svg, '--json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.models.map((m: { label: string }) => m.label)).toEqual(['Mercato', 'Constant base rate', 'Stage reached alone'])
    expect(report.predictions.length).toBeGreaterThan(10)
    for (const m of report.models) expect(m.brier).toBeGreaterThanOrEqual(0), expect(m.brier).toBeLessThanOrEqual(1)
    // Issue 5: on the examples corpus Mercato beats both baselines, on Brier and on log loss.
    const [mercato, constant, stage] = report.models
    expect(mercato.brier).toBeLessThan(constant.brier)
    expect(mercato.brier).toBeLessThan(stage.brier)
    expect(mercato.logLoss).toBeLessThan(constant.logLoss)
    expect(mercato.logLoss).toBeLessThan(stage.logLoss)
    expect(existsSync(svg)).toBe(true)
    expect(readFileSync(svg, 'utf8')).toMatch(/^(?:<\?xml[^>]*>\s*)?<svg[\s\S]*<\/svg>\s*$/)
  })
})
