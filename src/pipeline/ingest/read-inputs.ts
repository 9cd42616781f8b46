/**
 * The I/O edge of ingest: reads files, directories, globs and stdin, and yields articles and
 * rejects. Bad input never throws (SPEC §3): each bad file becomes one Reject with a reason.
 */
import { lstat, readFile, stat } from 'node:fs/promises'
import type { Reject } from '../../domain/types.ts'
import { INPUT_MESSAGES } from '../../messages.ts'
import { detectBinary, parseUtf8 } from './decode-bytes.ts'
import { detectFormat } from './detect-format.ts'
import { expandPath } from './expand-paths.ts'
import { parseInput, toRejectItem } from './parse-input.ts'
import type { InputItem } from './types.ts'

export interface ReadInputsOptions {
  /** Largest input accepted, in bytes (checked with stat before reading). */
  maxBytes: number
  stdin?: NodeJS.ReadableStream
  cwd?: string
}

/**
 * Reads every path (file, directory, glob or `-`) and yields articles and rejects in order.
 * @example for await (const item of readInputs(['seeds/'], { maxBytes: 2 ** 21 })) console.log(item.kind)
 */
export async function* readInputs(paths: string[], opts: ReadInputsOptions): AsyncGenerator<InputItem> {
  const cwd = opts.cwd ?? process.cwd()
  for (const arg of paths) {
    if (arg === '-') {
      yield* await readStdin(opts)
      continue
    }
    for await (const target of expandPath(arg, cwd)) {
      if ('reject' in target) yield toRejectItem(target.reject)
      else yield* await readFileItems(target.path, target.display, opts.maxBytes)
    }
  }
}

/**
 * One line for a reject: `path[:line]: reason`.
 * @example formatReject({ source: 'x.txt', stage: 'decode', reason: 'binary file (NUL bytes), skipped' }) // 'x.txt: binary file (NUL bytes), skipped'
 */
export function formatReject(r: Reject): string {
  return `${r.source}${r.line !== undefined ? `:${r.line}` : ''}: ${r.reason}`
}

async function readFileItems(path: string, display: string, maxBytes: number): Promise<InputItem[]> {
  const reject = (stage: Reject['stage'], reason: string): InputItem[] => [toRejectItem({ source: display, stage, reason })]
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e)
  if (info instanceof Error) {
    const dangling = info.code === 'ENOENT' && !((await lstat(path).catch((e: Error) => e)) instanceof Error)
    if (dangling) return reject('read', INPUT_MESSAGES.danglingLink)
    return reject('read', info.code === 'ENOENT' ? INPUT_MESSAGES.missing : INPUT_MESSAGES.unreadable(info.code ?? 'error'))
  }
  if (!info.isFile()) return reject('read', INPUT_MESSAGES.notRegular)
  if (info.size > maxBytes) return reject('read', INPUT_MESSAGES.tooLarge(info.size, maxBytes))
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => e)
  if (bytes instanceof Error) return reject('read', INPUT_MESSAGES.unreadable(bytes.code ?? 'error'))
  if (bytes.length > maxBytes) return reject('read', INPUT_MESSAGES.tooLarge(bytes.length, maxBytes))
  return fromBytes(bytes, display, path)
}

/**
 * Checks, decodes and parses the bytes of one input. Pure.
 * @example fromBytes(Buffer.from('Real are close.'), 'a.txt', 'a.txt')[0].kind // 'article'
 */
export function fromBytes(bytes: Uint8Array, source: string, formatPath: string): InputItem[] {
  const reject = (stage: Reject['stage'], reason: string): InputItem[] => [toRejectItem({ source, stage, reason })]
  if (bytes.length === 0) return reject('read', INPUT_MESSAGES.empty)
  const binary = detectBinary(bytes)
  if (binary) return reject('decode', binary)
  const decoded = parseUtf8(bytes)
  if (decoded === undefined) return reject('decode', INPUT_MESSAGES.invalidUtf8)
  const text = decoded.replace(/^\uFEFF/, '')
  if (text.trim() === '') return reject('read', INPUT_MESSAGES.empty)
  return parseInput(text, detectFormat(formatPath, text), source)
}

async function readStdin(opts: ReadInputsOptions): Promise<InputItem[]> {
  const stream = opts.stdin ?? process.stdin
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
      total += buf.length
      if (total > opts.maxBytes) return [toRejectItem({ source: '-', stage: 'read', reason: INPUT_MESSAGES.tooLargeStream(opts.maxBytes) })]
      chunks.push(buf)
    }
  } catch (e) {
    return [toRejectItem({ source: '-', stage: 'read', reason: INPUT_MESSAGES.unreadable((e as NodeJS.ErrnoException).code ?? 'error') })]
  }
  return fromBytes(Buffer.concat(chunks), '-', '-')
}
