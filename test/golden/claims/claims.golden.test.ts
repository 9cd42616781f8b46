/**
 * Golden claims: small articles written for the project, each pinning one extraction
 * mechanism (holder from text, negation scope, rule statements, role phrases, stays/leaves,
 * hedges, attribution chains, headline lines). `UPDATE_GOLDEN=1` regenerates; review diffs.
 */
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { loadKnowledgeBase } from '../../../src/pipeline/extract/kb/load-kb.ts'
import { toArticle } from '../../../src/storage/identity.ts'
import { parseText } from '../../../src/pipeline/ingest/parse-text.ts'
import { processArticle } from '../../../src/pipeline/run.ts'
import { checkGolden, listSlugs, readInput } from '../clean/golden.ts'

const DIR = join(import.meta.dirname, '.')
const kb = loadKnowledgeBase()

describe('claims golden', () => {
  for (const slug of listSlugs(DIR)) {
    it(slug, () => {
      const raw = parseText(readInput(DIR, slug), `${slug}/input.txt`)
      if (!raw) throw new Error(`${slug}: input did not parse`)
      const analysis = processArticle(toArticle(raw), { kb })
      const compact = analysis.claims.map((c) => ({
        player: c.player, type: c.type, stance: c.stance, modality: c.modality, fromClub: c.fromClub, toClub: c.toClub,
        window: c.window, fee: c.fee ? `${c.fee.amount} ${c.fee.currency}` : null, attributedTo: c.attributedTo,
        historical: c.historical, headline: c.headline, rule: c.rule,
      }))
      checkGolden(DIR, slug, compact)
    })
  }
})
