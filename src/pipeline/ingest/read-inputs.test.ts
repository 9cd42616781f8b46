import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INPUT_MESSAGES } from '../../messages.ts'
import { formatReject, readInputs } from './read-inputs.ts'
import type { InputItem } from './types.ts'

const MAX = 2 * 1024 * 1024
let dir: string

async function collect(paths: string[], opts: { stdin?: NodeJS.ReadableStream; maxBytes?: number } = {}): Promise<InputItem[]> {
  const out: InputItem[] = []
  for await (const item of readInputs(paths, { maxBytes: opts.maxBytes ?? MAX, cwd: dir, stdin: opts.stdin })) out.push(item)
  return out
}

const rejects = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'reject' ? [i.reject] : []))
const articles = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.raw] : []))

/** Something unreadable even as root: chmod 000 when it bites, else a FIFO named like a text file. */
async function makeUnreadable(path: string): Promise<string> {
  await writeFile(path, 'secret text')
  await chmod(path, 0o000)
  if (process.getuid?.() !== 0) return INPUT_MESSAGES.unreadable('EACCES')
  await rm(path)
  execFileSync('mkfifo', [path])
  return INPUT_MESSAGES.notRegular
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mercato-ingest-'))
  await mkdir(join(dir, 'bad'))
  await mkdir(join(dir, 'good/sub'), { recursive: true })
  await writeFile(join(dir, 'good/a.txt'), ' date 2025-03-25 Real Madrid are close to a deal.')
  await writeFile(join(dir, 'good/sub/b.txt'), 'Ñ ğ ß: mixed scripts are fine.')
  await writeFile(join(dir, 'good/.hidden.txt'), 'never read')
  await writeFile(join(dir, 'good/c.html'), '<html><head><title>T</title></head><body><p>Liverpool want to keep him.</p></body></html>')
  await writeFile(join(dir, 'bad/binary.txt'), Buffer.from([0x68, 0x00, 0x69, 0x00]))
  await writeFile(join(dir, 'bad/control.txt'), Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 97))))
  await writeFile(join(dir, 'bad/empty.txt'), '')
  await writeFile(join(dir, 'bad/blank.txt'), '  \n\t\n ')
  await writeFile(join(dir, 'bad/latin1.txt'), Buffer.from([0x53, 0x61, 0x6e, 0x20, 0xd1, 0x61]))
  await writeFile(join(dir, 'bad/lines.jsonl'), '{"text":"one"}\n{"text": broken\n{"text":"three"}\n')
  await writeFile(join(dir, 'bad/page.html'), '<html><body><script>x()</script></body></html>')
  await writeFile(join(dir, 'bad/feed.rss'), '<rss><channel><title>x &amp b</title><item><title>a</item>')
  const big = await open(join(dir, 'bad/huge.txt'), 'w')
  await big.truncate(50 * 1024 * 1024) // sparse: created instantly, never read
  await big.close()
  await symlink(join(dir, 'nowhere.txt'), join(dir, 'bad/dangling.txt'))
})

afterAll(async () => {
  await chmod(join(dir, 'locked/secret.txt'), 0o644).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

describe('readInputs: bad input table', () => {
  it.each([
    ['bad/binary.txt', undefined, INPUT_MESSAGES.binaryNul],
    ['bad/control.txt', undefined, INPUT_MESSAGES.binaryControl],
    ['bad/empty.txt', undefined, INPUT_MESSAGES.empty],
    ['bad/blank.txt', undefined, INPUT_MESSAGES.empty],
    ['bad/latin1.txt', undefined, INPUT_MESSAGES.invalidUtf8],
    ['bad/huge.txt', undefined, INPUT_MESSAGES.tooLarge(50 * 1024 * 1024, MAX)],
    ['bad/lines.jsonl', 2, 'malformed JSON'],
    ['bad/page.html', undefined, INPUT_MESSAGES.htmlNoText],
    ['bad/feed.rss', undefined, 'malformed feed'],
    ['bad/dangling.txt', undefined, INPUT_MESSAGES.danglingLink],
    ['missing.txt', undefined, INPUT_MESSAGES.missing],
    ['nothing/*.txt', undefined, INPUT_MESSAGES.globNoMatch],
    ['good/*.xml', undefined, INPUT_MESSAGES.globNoMatch],
  ])('%s → one reject', async (path, line, reason) => {
    const items = await collect([path])
    const rs = rejects(items)
    expect(rs).toHaveLength(1)
    expect(rs[0].source).toBe(path)
    expect(rs[0].line).toBe(line)
    expect(rs[0].reason).toContain(reason)
    expect(formatReject(rs[0])).toBe(`${path}${line ? `:${line}` : ''}: ${rs[0].reason}`)
  })

  it('a JSONL file with one broken line still yields the good lines', async () => {
    const items = await collect(['bad/lines.jsonl'])
    expect(articles(items).map((a) => [a.text, a.line])).toEqual([['one', 1], ['three', 3]])
  })

  it('a directory of bad and good files: one reject per bad file, every good file comes through', async () => {
    await mkdir(join(dir, 'locked'), { recursive: true })
    const reason = await makeUnreadable(join(dir, 'locked/secret.txt'))
    await writeFile(join(dir, 'locked/ok.txt'), 'A readable neighbour.')
    const items = await collect(['bad', 'good', 'locked'])
    const rs = rejects(items)
    expect(rs.map((r) => r.source).sort()).toEqual([
      'bad/binary.txt', 'bad/blank.txt', 'bad/control.txt', 'bad/dangling.txt', 'bad/empty.txt', 'bad/feed.rss',
      'bad/huge.txt', 'bad/latin1.txt', 'bad/lines.jsonl', 'bad/page.html', 'locked/secret.txt',
    ])
    expect(rs.find((r) => r.source === 'locked/secret.txt')?.reason).toBe(reason)
    expect(articles(items).map((a) => a.source)).toEqual([
      'bad/lines.jsonl', 'bad/lines.jsonl', 'good/a.txt', 'good/c.html', 'good/sub/b.txt', 'locked/ok.txt',
    ])
    expect(articles(items).find((a) => a.source === 'good/a.txt')?.published).toBe('2025-03-25')
  })

  it('expands globs recursively and sorted, skipping dotfiles', async () => {
    const items = await collect(['good/**/*.txt'])
    expect(articles(items).map((a) => a.source)).toEqual(['good/a.txt', 'good/sub/b.txt'])
  })

  it('reads stdin with the format sniffed from content', async () => {
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from('{"text":"from stdin"}\n')]) })
    expect(articles(items)).toMatchObject([{ source: '-', format: 'jsonl', text: 'from stdin', line: 1 }])
  })

  it('rejects stdin over the limit without reading it all', async () => {
    const items = await collect(['-'], { maxBytes: 10, stdin: Readable.from([Buffer.from('0123456789'), Buffer.from('abc')]) })
    expect(rejects(items)).toMatchObject([{ source: '-', reason: INPUT_MESSAGES.tooLargeStream(10) }])
  })

  it('rejects empty stdin', async () => {
    const items = await collect(['-'], { stdin: Readable.from([]) })
    expect(rejects(items)).toMatchObject([{ source: '-', reason: INPUT_MESSAGES.empty }])
  })
})
