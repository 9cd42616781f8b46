/** Expands path arguments (file, directory, glob) into file targets, sorted, dotfiles skipped. */
import { lstat, readdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { Reject } from '../../domain/types.ts'
import { INPUT_MESSAGES } from '../../messages.ts'
import { globToRegExp, isGlob, toGlobBase } from './glob.ts'

/** A file to read (`display` is the path as the user will see it) or a reject. */
export type Target = { path: string; display: string } | { reject: Reject }

/**
 * Expands one path argument relative to `cwd`. Never throws.
 * @example for await (const t of expandPath('articles', '/work')) console.log(t)
 */
export async function* expandPath(arg: string, cwd: string): AsyncGenerator<Target> {
  const abs = resolve(cwd, arg)
  const info = await lstat(abs).catch((e: NodeJS.ErrnoException) => e)
  if (info instanceof Error) {
    if (info.code === 'ENOENT' && isGlob(arg)) yield* expandGlob(arg, cwd)
    else yield toReject(arg, info.code === 'ENOENT' ? INPUT_MESSAGES.missing : INPUT_MESSAGES.unreadable(info.code ?? 'error'))
    return
  }
  if (info.isDirectory()) yield* walk(abs, arg)
  else yield { path: abs, display: arg }
}

async function* expandGlob(arg: string, cwd: string): AsyncGenerator<Target> {
  const { base, pattern } = toGlobBase(arg)
  const re = globToRegExp(pattern)
  const baseAbs = resolve(cwd, base)
  let matched = 0
  for await (const t of walk(baseAbs, base === '.' && !arg.startsWith('./') ? '' : base)) {
    if ('reject' in t) continue
    if (!re.test(relative(baseAbs, t.path).split('\\').join('/'))) continue
    matched++
    yield t
  }
  if (matched === 0) yield toReject(arg, INPUT_MESSAGES.globNoMatch)
}

/**
 * Walks a directory recursively in sorted order, skipping dotfiles; every non-directory entry
 * is yielded (the reader decides whether it can be read).
 * @example for await (const t of walk('/abs/dir', 'dir')) console.log(t)
 */
export async function* walk(absDir: string, displayDir: string): AsyncGenerator<Target> {
  const entries = await readdir(absDir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e)
  if (entries instanceof Error) {
    yield toReject(displayDir || '.', INPUT_MESSAGES.unreadable(entries.code ?? 'error'))
    return
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of names) {
    const path = join(absDir, e.name)
    const display = displayDir ? join(displayDir, e.name) : e.name
    if (e.isDirectory()) yield* walk(path, display)
    else yield { path, display }
  }
}

function toReject(source: string, reason: string): Target {
  return { reject: { source, stage: 'read', reason } }
}
