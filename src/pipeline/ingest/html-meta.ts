/** Article metadata from HTML head: Open Graph, meta tags, <title> and JSON-LD NewsArticle. */

/** The slice of a DOM document this module reads. */
interface DocLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>
}

export interface HtmlMeta {
  title?: string
  outlet?: string
  author?: string
  published?: string
  url?: string
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting'])

/**
 * Reads metadata; JSON-LD wins over meta tags, meta tags over `<title>`. Never throws.
 * @example extractHtmlMeta(document).outlet // 'Sky Sports'
 */
export function extractHtmlMeta(doc: DocLike): HtmlMeta {
  const ld = extractJsonLd(doc)
  const meta = (sel: string): string | undefined => clean(safe(() => doc.querySelector(sel)?.getAttribute('content')))
  return dropUndefined({
    title: ld.title ?? meta('meta[property="og:title"]') ?? clean(safe(() => doc.querySelector('title')?.textContent)),
    outlet: ld.outlet ?? meta('meta[property="og:site_name"]'),
    author: ld.author ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    published: ld.published ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]'),
    url: meta('meta[property="og:url"]') ?? clean(safe(() => doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))),
  })
}

function extractJsonLd(doc: DocLike): HtmlMeta {
  const scripts = safe(() => doc.querySelectorAll('script[type="application/ld+json"]'))
  if (!scripts) return {}
  for (let i = 0; i < scripts.length; i++) {
    const article = findArticle(parseJson(scripts[i].textContent ?? ''))
    if (article) return toMeta(article)
  }
  return {}
}

function findArticle(value: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 4 || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = findArticle(v, depth + 1)
      if (hit) return hit
    }
    return undefined
  }
  const obj = value as Record<string, unknown>
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']]
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return obj
  return findArticle(obj['@graph'], depth + 1)
}

function toMeta(a: Record<string, unknown>): HtmlMeta {
  return {
    title: text(a.headline),
    published: text(a.datePublished),
    author: nameOf(a.author),
    outlet: nameOf(a.publisher),
  }
}

function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return nameOf(v[0])
  if (typeof v === 'string') return clean(v)
  if (v && typeof v === 'object') return text((v as Record<string, unknown>).name)
  return undefined
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? clean(v) : undefined
}

function clean(v: string | null | undefined): string | undefined {
  const t = v?.replace(/\s+/g, ' ').trim()
  return t ? t : undefined
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return undefined
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f()
  } catch {
    return undefined
  }
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
