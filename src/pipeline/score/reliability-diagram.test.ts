import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { formatBacktestReport } from '../../cli/format-backtest.ts'
import { backtest } from './backtest.ts'
import { scorePredictions } from './calibration.ts'
import { resolveOutcomes } from './outcomes.ts'
import { escapeXml, renderReliabilitySvg, renderReliabilityText } from './reliability-diagram.ts'
import { syntheticWorld, SYNTHETIC_TIERS } from './synthetic-world.ts'

const models = [
  scorePredictions('mercato', 'Mercato <&> "test"', [[0.9, 1], [0.15, 0], [0.55, 1], [0.35, 0]]),
  scorePredictions('constant', 'Constant base rate', [[0.4, 1], [0.4, 0], [0.4, 1], [0.4, 0]]),
  scorePredictions('stage', 'Stage reached alone', []),
]

/** Every opening tag is closed in order (self-closing tags aside). */
function balanced(xml: string): boolean {
  const stack: string[] = []
  for (const m of xml.replace(/<\?[^>]*\?>/g, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[3]) continue
    if (!m[1]) stack.push(m[2])
    else if (stack.pop() !== m[2]) return false
  }
  return stack.length === 0
}

describe('reliability diagram', () => {
  it('renders a standalone SVG that parses, with balanced tags and escaped labels', () => {
    const svg = renderReliabilitySvg(models)
    expect(svg).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\n$/)
    expect(balanced(svg)).toBe(true)
    expect(svg).toContain('Mercato &lt;&amp;&gt; &quot;test&quot;')
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('svg')).toBeTruthy()
    expect(doc.querySelectorAll('circle').length).toBe(4 + 1) // Mercato's 4 bins, the constant's 1
    expect(doc.querySelectorAll('polyline').length).toBe(2)
  })

  it('escapes XML', () => {
    expect(escapeXml(`<a & 'b' "c">`)).toBe('&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;')
  })

  it('renders terminal text: a chart with a key and a table of bins', () => {
    const text = renderReliabilityText(models)
    expect(text).toContain('M = Mercato')
    expect(text).toMatch(/^0\.0-0\.1/m)
    expect(text).toMatch(/^0\.9-1\.0 +1 +0\.90 +1\.00/m)
    expect(text.split('\n').filter((l) => /^\d\.\d \|/.test(l))).toHaveLength(11)
  })

  it('formats a backtest report with the three models side by side', () => {
    const sagas = syntheticWorld(1, 20)
    const out = formatBacktestReport(backtest(sagas, resolveOutcomes(sagas), { tierOf: (s) => SYNTHETIC_TIERS[s] }))
    expect(out).toMatch(/^Backtest: 20 resolved move sagas/)
    for (const label of ['Mercato', 'Constant base rate', 'Stage reached alone']) expect(out).toMatch(new RegExp(`^${label} +0\\.\\d{3} +\\d\\.\\d{3}`, 'm'))
    expect(out).toContain('← best')
    expect(formatBacktestReport(backtest([], []))).toContain('Nothing to score')
  })
})
