/**
 * Reliability diagrams (predicted probability against observed rate, one series per model) as a
 * standalone SVG file and as terminal text. No dependencies: plain strings, escaped labels.
 */
import type { ModelScore } from './calibration.ts'

const W = 520
const H = 440
const M = { left: 60, right: 150, top: 40, bottom: 50 }
const PW = W - M.left - M.right
const PH = H - M.top - M.bottom
const COLOURS = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#ff7f0e']
const DASHES = ['', '6 3', '2 3', '8 2 2 2', '4 4']

const x = (p: number) => (M.left + p * PW).toFixed(1)
const y = (p: number) => (M.top + (1 - p) * PH).toFixed(1)

/**
 * Escapes text for XML content and attributes.
 * @example escapeXml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;'
 */
export const escapeXml = (s: string): string =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)

/**
 * The diagram as a standalone SVG document: axes with ticks, the diagonal of perfect calibration,
 * one line of points per model (point area grows with the bin's count) and a legend.
 * @example writeFileSync('reliability.svg', renderReliabilitySvg(report.models))
 */
export function renderReliabilitySvg(models: ModelScore[], title = 'Reliability diagram'): string {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...axes(),
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999999" stroke-dasharray="4 4"/>`,
    ...models.flatMap((m, i) => series(m, i)),
    ...legend(models),
    `</svg>`,
  ]
  return parts.join('\n') + '\n'
}

function axes(): string[] {
  const out = [
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(0)}" stroke="#000000"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(1)}" stroke="#000000"/>`,
  ]
  for (let i = 0; i <= 10; i += 2) {
    const t = i / 10
    out.push(
      `<line x1="${x(t)}" y1="${y(0)}" x2="${x(t)}" y2="${(M.top + PH + 5).toFixed(1)}" stroke="#000000"/>`,
      `<text x="${x(t)}" y="${(M.top + PH + 18).toFixed(1)}" text-anchor="middle">${t.toFixed(1)}</text>`,
      `<line x1="${(M.left - 5).toFixed(1)}" y1="${y(t)}" x2="${x(0)}" y2="${y(t)}" stroke="#000000"/>`,
      `<text x="${(M.left - 8).toFixed(1)}" y="${(Number(y(t)) + 4).toFixed(1)}" text-anchor="end">${t.toFixed(1)}</text>`,
    )
  }
  out.push(
    `<text x="${x(0.5)}" y="${H - 10}" text-anchor="middle">Predicted probability</text>`,
    `<text x="16" y="${y(0.5)}" text-anchor="middle" transform="rotate(-90 16 ${y(0.5)})">Observed rate</text>`,
  )
  return out
}

function series(m: ModelScore, i: number): string[] {
  const colour = COLOURS[i % COLOURS.length]
  const pts = m.bins.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observed !== null)
  if (!pts.length) return []
  const dash = DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''
  const line = pts.map((b) => `${x(b.meanPredicted as number)},${y(b.observed as number)}`).join(' ')
  const max = Math.max(...pts.map((b) => b.count))
  return [
    `<g class="model" data-model="${escapeXml(m.model)}">`,
    `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`,
    ...pts.map((b) => {
      const r = (2.5 + 4.5 * Math.sqrt(b.count / max)).toFixed(1)
      const tip = `${m.label}: ${b.lo.toFixed(1)}–${b.hi.toFixed(1)}, n=${b.count}, predicted ${(b.meanPredicted as number).toFixed(2)}, observed ${(b.observed as number).toFixed(2)}`
      return `<circle cx="${x(b.meanPredicted as number)}" cy="${y(b.observed as number)}" r="${r}" fill="${colour}" fill-opacity="0.8"><title>${escapeXml(tip)}</title></circle>`
    }),
    `</g>`,
  ]
}

function legend(models: ModelScore[]): string[] {
  const lx = W - M.right + 14
  return models.flatMap((m, i) => {
    const ly = M.top + 10 + i * 36
    return [
      `<line x1="${lx}" y1="${ly}" x2="${lx + 20}" y2="${ly}" stroke="${COLOURS[i % COLOURS.length]}" stroke-width="2"/>`,
      `<text x="${lx + 26}" y="${ly + 4}">${escapeXml(m.label)}</text>`,
      `<text x="${lx + 26}" y="${ly + 18}" fill="#555555">Brier ${m.brier.toFixed(3)}</text>`,
    ]
  })
}

const SYMBOLS = ['M', 'C', 'S', 'D', 'E']

/**
 * The diagram as terminal text: an ASCII chart (one letter per model, `.` the diagonal, `*` where
 * models overlap) and a table of bins.
 * @example console.log(renderReliabilityText(report.models))
 */
export function renderReliabilityText(models: ModelScore[]): string {
  const cols = 41
  const rows = 11
  const grid: string[][] = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (Math.round(((cols - 1) * (rows - 1 - r)) / (rows - 1)) === c ? '.' : ' ')))
  models.forEach((m, i) => {
    for (const b of m.bins) {
      if (!b.count || b.meanPredicted === null || b.observed === null) continue
      const r = rows - 1 - Math.round(b.observed * (rows - 1))
      const c = Math.round(b.meanPredicted * (cols - 1))
      const cur = grid[r][c]
      grid[r][c] = cur === ' ' || cur === '.' ? SYMBOLS[i % SYMBOLS.length] : '*'
    }
  })
  const lines = grid.map((row, r) => `${((rows - 1 - r) / (rows - 1)).toFixed(1)} |${row.join('')}`)
  lines.push(`    +${'-'.repeat(cols)}`, `     0.0${' '.repeat(cols - 14)}predicted 1.0`)
  const key = models.map((m, i) => `${SYMBOLS[i % SYMBOLS.length]} = ${m.label}`).join('   ')
  return ['observed', ...lines, `     ${key}   . = perfect calibration   * = overlap`, '', binTable(models)].join('\n') + '\n'
}

function binTable(models: ModelScore[]): string {
  const head = 'bin      ' + models.map((m) => m.label.slice(0, 22).padEnd(24)).join('')
  const sub = '         ' + models.map(() => 'n    pred  obs'.padEnd(24)).join('')
  const body = (models[0]?.bins ?? []).map((b, i) => {
    const cells = models.map((m) => {
      const x = m.bins[i]
      if (!x || !x.count) return '-'.padEnd(24)
      return `${String(x.count).padEnd(5)}${(x.meanPredicted as number).toFixed(2).padEnd(6)}${(x.observed as number).toFixed(2)}`.padEnd(24)
    })
    return `${b.lo.toFixed(1)}-${b.hi.toFixed(1)}  ${cells.join('')}`
  })
  return [head, sub, ...body].map((l) => l.trimEnd()).join('\n')
}
