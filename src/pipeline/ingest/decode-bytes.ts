/** Byte-level checks before any parsing: binary content and UTF-8 validity (SPEC §3). */
import { INPUT_MESSAGES } from '../../messages.ts'

/** Share of control characters above which a file counts as binary. */
export const MAX_CONTROL_RATIO = 0.1
const SAMPLE_BYTES = 64 * 1024

/**
 * Says why bytes look binary, or undefined when they look like text.
 * @example detectBinary(new Uint8Array([104, 0, 105])) // 'binary file (NUL bytes), skipped'
 */
export function detectBinary(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE_BYTES)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return INPUT_MESSAGES.binaryNul
    // Tab, LF, CR and form feed are ordinary in text.
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 127) control++
  }
  return n > 0 && control / n > MAX_CONTROL_RATIO ? INPUT_MESSAGES.binaryControl : undefined
}

/**
 * Decodes strict UTF-8 (a leading BOM is dropped); undefined when the bytes are not UTF-8.
 * @example parseUtf8(new Uint8Array([0xc3, 0x91])) // 'Ñ'
 */
export function parseUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}
