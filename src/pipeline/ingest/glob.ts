/**
 * A small glob matcher (Node 20 has no fs.glob): `*`, `?`, `**`, `[abc]` and `{a,b}` over
 * `/`-separated relative paths.
 */

const SPECIAL = /[*?[{]/

/**
 * True when a path argument contains glob syntax.
 * @example isGlob('articles/*.txt') // true
 */
export function isGlob(path: string): boolean {
  return SPECIAL.test(path)
}

/**
 * Splits a pattern into the directory to walk and the pattern part.
 * @example toGlobBase('a/b/*.txt') // { base: 'a/b', pattern: '*.txt' }
 */
export function toGlobBase(pattern: string): { base: string; pattern: string } {
  const parts = pattern.split('/')
  const i = parts.findIndex((p) => SPECIAL.test(p))
  const baseParts = parts.slice(0, i)
  const base = baseParts.join('/') || (pattern.startsWith('/') ? '/' : '.')
  return { base, pattern: parts.slice(i).join('/') }
}

/**
 * Compiles a glob to an anchored regular expression over relative paths.
 * @example globToRegExp('**\/*.txt').test('a/b/c.txt') // true
 */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  let inGroup = false
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      re += slash ? '(?:[^/]*/)*' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1)
      if (close < 0) re += '\\['
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'
        i = close
      }
    } else if (c === '{') {
      inGroup = true
      re += '(?:'
    } else if (c === '}' && inGroup) {
      inGroup = false
      re += ')'
    } else if (c === ',' && inGroup) re += '|'
    else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}
