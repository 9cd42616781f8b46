/**
 * Locates `../shared` (seed articles and gold) beside the project. Tests that read the seeds
 * call `seedsOrSkip()` and skip with a clear reason when the folder is absent.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const SHARED_DIR = process.env.MERCATO_SHARED_DIR ?? resolve(PROJECT_ROOT, '../shared')
export const SEEDS_DIR = join(SHARED_DIR, 'seeds')
export const SEEDS_GOLD = join(SHARED_DIR, 'gold', 'seeds.json')

/** True when the seed articles and their gold file are present. */
export function hasSeeds(): boolean {
  return existsSync(SEEDS_DIR) && existsSync(SEEDS_GOLD)
}

/** The message tests print when they skip for lack of `../shared`. */
export const NO_SEEDS_REASON = `seed articles not found at ${SEEDS_DIR}: the shared/ folder beside the project is absent, so seed tests are skipped`
