/**
 * The dashboard's one stylesheet, one script and its icon, read once when the web app is created (never
 * at import time) and served from `/static/` with no network dependency.
 */
import { readFileSync } from 'node:fs'

export interface StaticAsset {
  body: string
  contentType: string
}

const FILES: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
}

/**
 * Reads the static files next to this module.
 * @example loadStaticAssets().get('app.css')?.contentType // 'text/css; charset=utf-8'
 */
export function loadStaticAssets(): Map<string, StaticAsset> {
  const out = new Map<string, StaticAsset>()
  for (const [name, contentType] of Object.entries(FILES)) {
    out.set(name, { body: readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8'), contentType })
  }
  return out
}
