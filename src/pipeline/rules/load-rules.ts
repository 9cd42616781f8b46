/**
 * Loads `data/rules/windows.json` and `data/rules/regulations.json`, validates them and builds a
 * `RuleBook`. Strict at the boundary: a bad file throws one clear error naming the file and field.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { isIsoDate } from './dates.ts'
import type { RuleBook, RuleParam, RuleVariation, TransferRule, TransferWindow, VariationOverrides } from './types.ts'

/** Folder of the shipped rule data. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../../data/rules/', import.meta.url))

const IsoDate = z.string().refine(isIsoDate, 'expected a YYYY-MM-DD date')
const Param = z.union([z.number(), z.boolean(), z.string(), z.null()])

const WindowSchema = z.object({
  country: z.string().min(1),
  league: z.string().min(1),
  season: z.string().regex(/^\d{4}(?:-\d{2})?$/, 'expected a season like 2024-25, or a year (2024) for a league played in the calendar year'),
  kind: z.enum(['summer', 'winter', 'exceptional']),
  opens: IsoDate,
  closes: IsoDate,
  source: z.string().min(1),
  provisional: z.boolean().optional(),
  note: z.string().optional(),
}).refine((w) => w.opens <= w.closes, 'a window must open before it closes')

const WindowsFile = z.object({ version: z.literal(1), windows: z.array(WindowSchema) })

const VariationSchema = z.object({
  params: z.record(z.string(), Param),
  source: z.string().min(1),
  cite: z.string().min(1).optional(),
  note: z.string().optional(),
})

const RuleSchema = z.object({
  id: z.string().regex(/^rules\/[a-z0-9.-]+@\d+$/, 'expected an id like rules/fifa-rstp-18.3@1'),
  title: z.string().min(1),
  text: z.string().min(1),
  source: z.string().min(1),
  cite: z.string().min(1).optional(),
  params: z.record(z.string(), Param),
  variations: z.record(z.string(), VariationSchema),
})

const RegulationsFile = z.object({ version: z.literal(1), rules: z.array(RuleSchema) })

function describe(file: string, error: z.ZodError): Error {
  const issue = error.issues[0]
  return new Error(`rules: ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')
}

function toWindow(w: z.infer<typeof WindowSchema>): TransferWindow {
  const year = w.opens.slice(0, 4)
  return { ...w, id: `${slug(w.country)}-${year}-${w.kind}`, provisional: w.provisional ?? false }
}

function toRule(r: z.infer<typeof RuleSchema>): TransferRule {
  const variations: Record<string, RuleVariation> = {}
  for (const [country, v] of Object.entries(r.variations)) variations[country] = { ...v, cite: v.cite ?? v.source }
  return { ...r, cite: r.cite ?? r.source, variations }
}

/**
 * Validates already-parsed JSON of both files into a `RuleBook`; throws a one-line error otherwise.
 * @example parseRuleBook({ version: 1, windows: [] }, { version: 1, rules: [] }).windows // []
 */
export function parseRuleBook(windowsJson: unknown, regulationsJson: unknown): RuleBook {
  const windows = WindowsFile.safeParse(windowsJson)
  if (!windows.success) throw describe('windows.json', windows.error)
  const regulations = RegulationsFile.safeParse(regulationsJson)
  if (!regulations.success) throw describe('regulations.json', regulations.error)
  const list = windows.data.windows.map(toWindow)
  const seen = new Set<string>()
  for (const w of list) {
    if (seen.has(w.id)) throw new Error(`rules: windows.json: duplicate window ${w.id}`)
    seen.add(w.id)
  }
  list.sort((a, b) => a.country.localeCompare(b.country) || a.opens.localeCompare(b.opens))
  return { windows: list, rules: regulations.data.rules.map(toRule) }
}

/**
 * Reads and validates the rule data from a folder (default: the shipped `data/rules/`).
 * @example loadRuleBook().rules.some((r) => r.id === 'rules/fifa-rstp-18.3@1') // true
 */
export function loadRuleBook(dir: string = DEFAULT_RULES_DIR): RuleBook {
  const read = (name: string): unknown => {
    const path = join(dir, name)
    try {
      return JSON.parse(readFileSync(path, 'utf8'))
    } catch (err) {
      throw new Error(`rules: cannot read ${path}: ${(err as Error).message}`)
    }
  }
  return parseRuleBook(read('windows.json'), read('regulations.json'))
}

/**
 * Returns a new book whose rules carry extra per-country parameter overrides (configuration).
 * Unknown rule ids throw, so a typo in a config file is not silently ignored.
 * @example mergeVariations(book, { 'rules/fifa-rstp-18.3@1': { England: { domesticPreContractMonths: 6 } } })
 */
export function mergeVariations(book: RuleBook, overrides: VariationOverrides): RuleBook {
  for (const id of Object.keys(overrides)) {
    if (!book.rules.some((r) => r.id === id)) throw new Error(`rules: unknown rule id ${id} in overrides`)
  }
  const rules = book.rules.map((rule) => {
    const byCountry = overrides[rule.id]
    if (!byCountry) return rule
    const variations = { ...rule.variations }
    for (const [country, params] of Object.entries(byCountry)) {
      const prev = variations[country]
      variations[country] = {
        params: { ...(prev?.params ?? {}), ...params },
        source: prev ? `${prev.source}; local configuration` : 'local configuration',
        cite: prev ? `${prev.cite} as configured locally` : 'local configuration',
        ...(prev?.note ? { note: prev.note } : {}),
      }
    }
    return { ...rule, variations }
  })
  return { windows: book.windows, rules }
}

/** A resolved parameter with the document that set it. */
export interface ResolvedParam {
  value: RuleParam | undefined
  source: string
  /** Short citation for sentences. */
  cite: string
  /** Country whose variation applied, if any. */
  variation?: string
}

/**
 * A rule's parameter for a country: the country's variation if it sets one, else the default.
 * @example ruleParam(book, 'rules/fifa-rstp-18.3@1', 'England', 'domesticPreContractMonths').value // 1
 */
export function ruleParam(book: RuleBook, ruleId: string, country: string | undefined, key: string): ResolvedParam {
  const rule = findRule(book, ruleId)
  const variation = country ? findVariation(rule, country) : undefined
  if (variation && key in variation[1].params) {
    const v = variation[1]
    return { value: v.params[key], source: v.source, cite: v.cite, variation: variation[0] }
  }
  return { value: rule.params[key], source: rule.source, cite: rule.cite }
}

/**
 * The rule with this id; throws when the data lacks it (a programming error, not bad input).
 * @example findRule(book, 'rules/contract-expiry@1').title // 'Free agent from the day after expiry'
 */
export function findRule(book: RuleBook, ruleId: string): TransferRule {
  const rule = book.rules.find((r) => r.id === ruleId)
  if (!rule) throw new Error(`rules: rule ${ruleId} is missing from regulations.json`)
  return rule
}

function findVariation(rule: TransferRule, country: string): [string, RuleVariation] | undefined {
  const key = Object.keys(rule.variations).find((c) => sameCountry(c, country))
  return key ? [key, rule.variations[key]] : undefined
}

/**
 * Country names compared with case, accents and spacing folded.
 * @example sameCountry('england', 'England') // true
 */
export function sameCountry(a: string, b: string): boolean {
  return slug(a) === slug(b)
}
