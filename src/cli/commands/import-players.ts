/**
 * `mercato import-players FILE.csv`: seed known players from a CSV in the column layout of the
 * widely used open Transfermarkt player dataset (SPEC §4.3). Missing columns are allowed.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { parse } from 'csv-parse/sync'
import type { EntityId } from '../../domain/types.ts'
import { slugify } from '../../pipeline/extract/entities/slug.ts'
import { loadKnowledgeBase } from '../../pipeline/extract/kb/load-kb.ts'
import { findClubByName } from '../../services/club-lookup.ts'
import type { CliContext } from '../context.ts'

const COLUMNS = ['name', 'current_club_name', 'contract_expiration_date', 'position', 'date_of_birth', 'country_of_citizenship']

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import-players')
    .description(`import players from CSV (columns: ${COLUMNS.join(', ')}; only name is required)`)
    .argument('<file>', 'CSV file')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, o: { json?: boolean }) => {
      const { io } = ctx
      let rows: Record<string, string>[]
      try {
        rows = parse(await readFile(resolve(io.cwd, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true })
      } catch (err) {
        io.stderr.write(`mercato import-players: ${file}: ${(err as Error).message.split('\n')[0]}\n`)
        return ctx.fail(1)
      }
      if (rows.length && !('name' in rows[0])) { io.stderr.write(`mercato import-players: ${file}: expected a "name" column, found ${Object.keys(rows[0]).join(', ')}\n`); return ctx.fail(1) }
      const kb = loadKnowledgeBase()
      const store = await ctx.openStore()
      const sum = { new: 0, updated: 0, unchanged: 0, skipped: 0 }
      for (const [i, r] of rows.entries()) {
        const name = r.name?.trim()
        if (!name) { sum.skipped++; io.stderr.write(`${file}:${i + 2}: no name, skipped\n`); continue }
        const club = r.current_club_name ? findClubByName(kb, r.current_club_name)?.id ?? r.current_club_name : undefined
        const status = await store.putEntity({
          id: `player:${slugify(name)}` as EntityId, kind: 'player', name, aliases: [],
          data: { imported: true, club, position: r.position || undefined, dateOfBirth: r.date_of_birth?.slice(0, 10) || undefined, nationality: r.country_of_citizenship || undefined, contractExpires: r.contract_expiration_date?.slice(0, 10) || undefined },
        })
        sum[status]++
      }
      io.stdout.write(o.json ? JSON.stringify(sum) + '\n' : `imported players: ${sum.new} new, ${sum.updated} updated, ${sum.unchanged} unchanged, ${sum.skipped} skipped\n`)
      if (sum.skipped) ctx.fail(1)
    })
}
