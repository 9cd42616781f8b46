import { describe, expect, it } from 'vitest'
import { decodeBody, detectCharset } from './decode-body.ts'

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))))

describe('decodeBody', () => {
  const rows: [name: string, body: Buffer, contentType: string | undefined, expected: string][] = [
    ['empty', bytes(''), undefined, ''],
    ['whitespace', bytes(' \n'), 'text/plain', ' \n'],
    ['utf-8 default', bytes('Ñandú ğ ß'), undefined, 'Ñandú ğ ß'],
    ['utf-8 BOM wins over header', bytes([0xef, 0xbb, 0xbf], 'é'), 'text/html; charset=iso-8859-1', 'é'],
    ['latin1 header', bytes([0xe9]), 'text/html; charset=ISO-8859-1', 'é'],
    ['quoted charset', bytes([0xe9]), 'text/html; charset="latin1"', 'é'],
    ['windows-1252 quotes', bytes([0x93, 0x61, 0x94, 0x80]), 'text/plain; charset=windows-1252', '“a”€'],
    ['xml declaration', bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>', [0xe9], '</a>'), 'application/xml', '<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'],
    ['html meta', bytes('<meta charset="windows-1252"><p>', [0x96]), 'text/html', '<meta charset="windows-1252"><p>–'],
    ['unknown label → utf-8', bytes('ok é'), 'text/plain; charset=x-nonsense', 'ok é'],
    ['invalid utf-8 → U+FFFD', bytes([0x61, 0xff, 0x62]), undefined, 'a\uFFFDb'],
    ['utf-16le BOM', Buffer.from([0xff, 0xfe, 0x61, 0x00]), undefined, 'a'],
  ]
  it.each(rows)('%s', (_name, body, contentType, expected) => {
    expect(decodeBody(body, contentType)).toBe(expected)
  })

  it('detects the charset label', () => {
    expect(detectCharset(bytes('x'), 'text/html; charset=UTF-8')).toBe('utf-8')
    expect(detectCharset(bytes('x'), undefined)).toBe('utf-8')
  })

  it('decodes a large windows-1252 body', () => {
    const big = Buffer.alloc(100_000, 0x93)
    expect(decodeBody(big, 'text/plain; charset=cp1252')).toBe('“'.repeat(100_000))
  })
})
