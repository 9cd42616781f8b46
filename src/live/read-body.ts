/**
 * Response-body helpers for `safeFetch`: header flattening, Content-Encoding decoding and a
 * streaming reader that stops at a byte limit.
 */
import type { IncomingMessage } from 'node:http'
import { pipeline, type Readable } from 'node:stream'
import zlib from 'node:zlib'
import { FetchRefused } from './errors.ts'
import { MESSAGES } from './messages.ts'

/**
 * Lower-case header names, repeated values joined with `, `.
 * @example
 * flattenHeaders({ 'set-cookie': ['a=1', 'b=2'] }) // { 'set-cookie': 'a=1, b=2' }
 */
export function flattenHeaders(raw: IncomingMessage['headers']): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

/**
 * Undoes Content-Encoding (gzip, deflate, br); the size limit then applies to the decoded bytes,
 * so a small compressed bomb cannot blow past it.
 * @example
 * const text = await readLimited(decodedStream(response), 1024, url)
 */
export function decodedStream(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined
  if (!decoder) return response
  return pipeline(response, decoder, () => undefined)
}

/**
 * Reads a stream into one buffer, destroying it and throwing `FetchRefused('too-large')` as soon
 * as more than `maxBytes` arrived.
 * @example
 * const bytes = await readLimited(stream, 5 * 1024 * 1024, 'https://example.org/')
 */
export async function readLimited(stream: Readable, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = chunk as Buffer
    total += buffer.length
    if (total > maxBytes) {
      stream.on('error', () => undefined)
      stream.destroy()
      throw new FetchRefused('too-large', MESSAGES.tooLarge(maxBytes), url)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks, total)
}
