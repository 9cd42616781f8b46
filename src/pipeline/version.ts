/**
 * The extraction's version, stored with every analysis: a digest of the code and data that decide
 * what an article yields (cleaning, segmentation, extraction, the rule flags, the domain types,
 * the knowledge base, lexicons and rule data). `reprocess --stale` and re-ingesting an unchanged
 * article compare it, so an upgrade re-extracts what it changed without anyone remembering to
 * bump a number (a hand-kept '1' had stayed '1' through every extraction change).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** What extraction reads: folders walked whole (tests aside) and single files. */
const PARTS = ['src/pipeline/clean', 'src/pipeline/segment', 'src/pipeline/extract', 'src/pipeline/rules', 'src/pipeline/run.ts', 'src/domain', 'data/kb', 'data/lexicon', 'data/rules']
/** Bumped by hand only for a change outside PARTS that alters extraction. */
const EPOCH = '2'

let memo: string | undefined

/**
 * Reads the sources once per process (first call), then answers from memory.
 * @example pipelineVersion() // '2-5d41402abc4b'
 */
export function pipelineVersion(): string {
  return (memo ??= digestOrMark(ROOT))
}

/** A bundle without the sources beside it (the bench's instruction counter) cannot hash them: it says so. */
function digestOrMark(root: string): string {
  try {
    return digest(root)
  } catch {
    return `${EPOCH}-unhashed`
  }
}

/** The digest of PARTS under `root`: paths and contents, in a fixed order. */
export function digest(root: string): string {
  const hash = createHash('sha256')
  for (const file of PARTS.flatMap((p) => filesOf(join(root, p))).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return `${EPOCH}-${hash.digest('hex').slice(0, 12)}`
}

function filesOf(path: string): string[] {
  if (/\.\w+$/.test(path)) return [path]
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !/\.test\.ts$|test-builders\.ts$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
}
