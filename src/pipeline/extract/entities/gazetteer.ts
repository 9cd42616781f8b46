/**
 * A token-level trie over the knowledge base's names: leftmost-longest matching on folded
 * tokens, 14× faster than a character Aho-Corasick here (STACK.md §2). Written by hand because
 * no library matches on our own tokens with our case rules.
 */
import type { Token } from './tokens.ts'
import { foldText, tokenize } from './tokens.ts'

export interface GazetteerEntry<T> {
  /** Surface form as written in the knowledge base. */
  form: string
  value: T
  /** Tokens of `form` whose first letter is upper case must match capitalised text tokens. */
  caps: boolean[]
  /** Tokens of `form` written in capitals ("AS", "BBC") must meet capitals. */
  upper: boolean[]
}

interface Node<T> {
  next: Map<string, Node<T>>
  entries?: GazetteerEntry<T>[]
}

export interface GazetteerMatch<T> {
  /** Token index range [from, to). */
  from: number
  to: number
  start: number
  end: number
  entries: GazetteerEntry<T>[]
}

export class Gazetteer<T> {
  private root: Node<T> = { next: new Map() }
  private text?: string

  /** Adds a surface form; a leading "the" also matches without it only when `optionalThe`. */
  add(form: string, value: T): void {
    const toks = tokenize(form).filter((t) => t.word || t.norm === '.' || t.norm === '&')
    if (toks.length === 0) return
    let node = this.root
    for (const t of toks) {
      let child = node.next.get(t.norm)
      if (!child) node.next.set(t.norm, (child = { next: new Map() }))
      node = child
    }
    const caps = toks.map((t, i) => t.cap && !(i === 0 && t.norm === 'the'))
    const upper = toks.map((t) => isAllCaps(form.slice(t.start, t.end)))
    ;(node.entries ??= []).push({ form, value, caps, upper })
  }

  /**
   * Leftmost-longest matches over `tokens`. Case rule: a capitalised form token must meet a
   * capitalised text token ("AS" the outlet never matches the word "as").
   */
  match(tokens: Token[], text?: string): GazetteerMatch<T>[] {
    this.text = text
    const out: GazetteerMatch<T>[] = []
    let i = 0
    while (i < tokens.length) {
      const hit = this.longestAt(tokens, i)
      if (hit) {
        out.push(hit)
        i = hit.to
      } else i++
    }
    return out
  }

  private longestAt(tokens: Token[], i: number): GazetteerMatch<T> | undefined {
    let node: Node<T> | undefined = this.root
    let best: GazetteerMatch<T> | undefined
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].norm)
      if (!node) break
      if (node.entries) {
        const ok = node.entries.filter((e) => capsAgree(e, tokens, i, this.text))
        if (ok.length > 0) best = { from: i, to: j + 1, start: tokens[i].start, end: tokens[j].end, entries: ok }
      }
    }
    return best
  }
}

function capsAgree<T>(e: GazetteerEntry<T>, tokens: Token[], from: number, text?: string): boolean {
  for (let k = 0; k < e.caps.length; k++) {
    const t = tokens[from + k]
    if (e.caps[k] && !t.cap) return false
    if (e.upper[k] && text !== undefined && !isAllCaps(text.slice(t.start, t.end))) return false
  }
  return true
}

function isAllCaps(s: string): boolean {
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase()
}

/** Folded key for comparing names across articles and gold files. */
export function nameKey(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, ' ').trim()
}
