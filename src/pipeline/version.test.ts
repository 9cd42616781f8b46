import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { digest, pipelineVersion } from './version.ts'

const ROOT = join(import.meta.dirname, '../..')
const copy = mkdtempSync(join(tmpdir(), 'mercato-version-'))
for (const p of ['src/pipeline', 'src/domain', 'data']) cpSync(join(ROOT, p), join(copy, p), { recursive: true })
afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('pipelineVersion', () => {
  it('is a digest of the extraction code and data, the same for the same files', () => {
    expect(pipelineVersion()).toMatch(/^\d+-[0-9a-f]{12}$/)
    expect(digest(copy)).toBe(pipelineVersion())
  })

  it('changes when a cue lexicon, the knowledge base or the domain types change, not for a test file', () => {
    const before = digest(copy)
    writeFileSync(join(copy, 'src/pipeline/extract/claims/extra.test.ts'), 'export {}\n')
    expect(digest(copy)).toBe(before)
    for (const f of ['src/pipeline/extract/claims/cues/shared.ts', 'data/kb/clubs.json', 'src/domain/types.ts']) {
      const was = digest(copy)
      writeFileSync(join(copy, f), '\n', { flag: 'a' })
      expect(digest(copy), f).not.toBe(was)
    }
  })

  it('ignores what does not decide extraction (scoring, storage)', () => {
    const before = digest(copy)
    writeFileSync(join(copy, 'src/pipeline/score/new-factor.ts'), 'export const x = 1\n')
    expect(digest(copy)).toBe(before)
  })
})
