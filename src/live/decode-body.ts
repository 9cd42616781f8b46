/**
 * Turns response bytes into text. The charset comes from, in order: a byte-order mark, the
 * Content-Type header, an XML declaration or an HTML `<meta charset>` in the first 1024 bytes,
 * else UTF-8. Unknown labels fall back to UTF-8; invalid bytes become U+FFFD (never throws).
 */

/**
 * Decodes a body.
 * @example
 * decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=ISO-8859-1') // 'café'
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const decoder = decoderFor(detectCharset(bytes, contentType))
  // INFO: Node 20's TextDecoder decodes the windows-1252 family (latin1, iso-8859-1, ascii) as
  // plain ISO-8859-1, so 0x93 stays U+0093 instead of “ (nodejs/node#56542). WHATWG says 1252.
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes)
}

/** Code points for bytes 0x80–0x9F in windows-1252 (the rest equal their byte value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte,
    )
    text += String.fromCharCode(...codes)
  }
  return text
}

/**
 * Finds the charset label a body declares, or `utf-8`.
 * @example
 * detectCharset(Buffer.from('<?xml version="1.0" encoding="windows-1252"?>'), undefined) // 'windows-1252'
 */
export function detectCharset(bytes: Uint8Array, contentType: string | undefined): string {
  const bom = fromBom(bytes)
  if (bom) return bom
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  if (header) return header.toLowerCase()
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  if (xml) return xml.toLowerCase()
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  return meta ? meta.toLowerCase() : 'utf-8'
}

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label)
  } catch {
    // INFO: unknown or unsupported label (e.g. `x-user-defined-foo`): UTF-8 is the web default.
    return new TextDecoder('utf-8')
  }
}
