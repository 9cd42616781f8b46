/**
 * `mercato export claims|sagas [--format json|csv] [--out FILE]`: data out for analysts.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliContext } from '../context.ts'

const CLAIM_COLUMNS = ['id', 'articleId', 'date', 'dateEstimated', 'player', 'fromClub', 'toClub', 'type', 'stance', 'modality', 'window', 'fee', 'attributedTo', 'historical', 'headline', 'confidence', 'rule', 'sentence'] as const
const SAGA_COLUMNS = ['id', 'kind', 'player', 'fromClub', 'club', 'stage', 'stageDate', 'firstDate', 'lastDate', 'claimCount', 'reportCount', 'likelihood'] as const

export function register(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export claims or sagas as JSON or CSV')
    .argument('<what>', 'claims or sagas')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (what: string, o: { format: string; out?: string }) => {
      const { io } = ctx
      if (what !== 'claims' && what !== 'sagas') { io.stderr.write(`mercato export: expected claims or sagas, found ${JSON.stringify(what)}\n`); return ctx.fail(2) }
      if (o.format !== 'json' && o.format !== 'csv') { io.stderr.write(`mercato export: expected --format json or csv, found ${JSON.stringify(o.format)}\n`); return ctx.fail(2) }
      const store = await ctx.openStore()
      const rows = what === 'claims' ? await claimRows(store) : await sagaRows(store)
      const columns = (what === 'claims' ? CLAIM_COLUMNS : SAGA_COLUMNS) as readonly string[]
      const text = o.format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : toCsv(rows, columns)
      if (o.out) { await writeFile(resolve(io.cwd, o.out), text); io.stderr.write(`wrote ${rows.length} ${what} to ${o.out}\n`) } else io.stdout.write(text)
    })
}

async function claimRows(store: Awaited<ReturnType<CliContext['openStore']>>) {
  const out: Record<string, unknown>[] = []
  for (let after: number | undefined; ;) {
    const page = await store.listClaims({ after, limit: 5000 })
    for (const c of page) out.push({ ...c, fee: c.fee ? `${c.fee.amount} ${c.fee.currency}` : null, attributedTo: c.attributedTo.join('; '), sentence: c.evidence.sentence })
    if (page.length < 5000) return out
    after = page[page.length - 1].id
  }
}

async function sagaRows(store: Awaited<ReturnType<CliContext['openStore']>>) {
  const out: Record<string, unknown>[] = []
  for (let offset = 0; ; offset += 200) {
    const { items } = await store.listSagas({ limit: 200, offset })
    out.push(...items.map((s) => ({ ...s, trend: undefined })))
    if (items.length < 200) return out
  }
}

/** RFC 4180 CSV; formula-leading cells are prefixed with ' so spreadsheets do not execute them. */
export function toCsv(rows: Record<string, unknown>[], columns: readonly string[]): string {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v)
    if (/^[=+\-@]/.test(s)) s = `'${s}`
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n'
}
