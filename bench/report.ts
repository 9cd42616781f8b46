/**
 * The benchmark report: machine facts, one section per measurement, every figure with the
 * command that produced it. Written as JSON and Markdown to bench/out/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, platform, release } from 'node:os'
import { join } from 'node:path'

export interface Figure {
  name: string
  value: number | string
  unit?: string
  /** The target from the issue, in words (`≥ 2× wink`). */
  target?: string
  met?: boolean
}

export interface SectionResult {
  id: string
  title: string
  status: 'ok' | 'skipped' | 'failed'
  /** The command that reproduces this section. */
  command: string
  reason?: string
  figures: Figure[]
  notes: string[]
}

export interface Machine {
  cores: number
  cpu: string
  node: string
  platform: string
  memoryGiB: number
  date: string
}

export interface Report {
  machine: Machine
  command: string
  sections: SectionResult[]
}

/** @example machineFacts().cores // 2 */
export function machineFacts(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${platform()} ${release()}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    date: new Date().toISOString(),
  }
}

/** Rounds to a readable number of significant digits. */
export function round(n: number, digits = 3): number {
  if (!Number.isFinite(n) || n === 0) return n
  const p = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(n))))
  return Number(n.toFixed(Math.min(p, 6)))
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMB(): number {
  return round(process.resourceUsage().maxRSS / 1024)
}

/** Nearest-rank percentile of already-sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** Writes report.json and report.md under `dir`; returns the Markdown. */
export function writeReport(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true })
  const md = toMarkdown(report)
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n')
  writeFileSync(join(dir, 'report.md'), md)
  return md
}

export function toMarkdown(r: Report): string {
  const m = r.machine
  const lines = [
    '# Mercato benchmark',
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; run ${m.date}.`,
    `Whole run: \`${r.command}\``,
    '',
  ]
  for (const s of r.sections) lines.push(...sectionMarkdown(s, m))
  return lines.join('\n') + '\n'
}

function sectionMarkdown(s: SectionResult, m: Machine): string[] {
  const out = [`## ${s.id}) ${s.title}`, '']
  out.push(`Command: \`${s.command}\` — ${m.cores} cores, Node ${m.node}`, '')
  if (s.status !== 'ok') out.push(`**${s.status}**: ${s.reason ?? ''}`, '')
  if (s.figures.length > 0) {
    out.push('| figure | value | target | met |', '|---|---|---|---|')
    for (const f of s.figures) {
      const met = f.met === undefined ? '' : f.met ? 'yes' : '**no**'
      out.push(`| ${f.name} | ${f.value}${f.unit ? ' ' + f.unit : ''} | ${f.target ?? ''} | ${met} |`)
    }
    out.push('')
  }
  for (const n of s.notes) out.push(`- ${n}`)
  if (s.notes.length > 0) out.push('')
  return out
}
