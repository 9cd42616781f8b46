/**
 * Golden-file helper (readability's test-pages style): discovers every slug folder, compares
 * the actual output with `expected.json`, and reports the path to the first difference.
 * `UPDATE_GOLDEN=1` rewrites the expected files instead; review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Slug folders under `dir` that hold an `input.txt`, sorted.
 * @example listSlugs('test/golden/clean') // ['entities-and-wraps', 'photo-credits', …]
 */
export function listSlugs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'input.txt')))
    .sort()
}

/**
 * Path to the first difference between two JSON values, or undefined when equal.
 * @example firstDifference({ a: [1, 2] }, { a: [1, 3] }) // '$.a[1]: expected 3, found 2'
 */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (Object.is(actual, expected)) return undefined
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`)
      if (d) return d
    }
    return undefined
  }
  if (isObject(actual) && isObject(expected)) {
    for (const k of [...new Set([...Object.keys(expected), ...Object.keys(actual)])]) {
      const d = firstDifference(actual[k], expected[k], `${path}.${k}`)
      if (d) return d
    }
    return undefined
  }
  return `${path}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`
}

/**
 * Compares (or with UPDATE_GOLDEN=1 writes) `<dir>/<slug>/expected.json`; throws on a difference.
 * @example checkGolden('test/golden/clean', 'photo-credits', output)
 */
export function checkGolden(dir: string, slug: string, actual: unknown): void {
  const file = join(dir, slug, 'expected.json')
  const json = JSON.parse(JSON.stringify(actual)) as unknown
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
    return
  }
  const diff = firstDifference(json, JSON.parse(readFileSync(file, 'utf8')))
  if (diff) throw new Error(`${file}: ${diff} (run with UPDATE_GOLDEN=1 to accept)`)
}

/**
 * Reads a slug's input.
 * @example readInput('test/golden/clean', 'photo-credits')
 */
export function readInput(dir: string, slug: string): string {
  return readFileSync(join(dir, slug, 'input.txt'), 'utf8')
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}
