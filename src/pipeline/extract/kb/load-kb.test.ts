import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_KB_DIR, loadKnowledgeBase, mergePlayers } from './load-kb.ts'
import type { KnowledgeBase } from './types.ts'

const kb = loadKnowledgeBase()
const FILES = ['clubs.json', 'outlets.json', 'journalists.json', 'players.json', 'people.json']

const clubsWith = (field: 'short' | 'nicknames' | 'metonyms', form: string) =>
  kb.clubs.filter((c) => c[field].includes(form)).map((c) => c.id).sort()

describe('shipped knowledge base', () => {
  it('has enough entries', () => {
    expect(kb.clubs.length).toBeGreaterThanOrEqual(150)
    expect(kb.outlets.length).toBeGreaterThanOrEqual(60)
    expect(kb.journalists.length).toBeGreaterThanOrEqual(40)
    expect(kb.players.length).toBeGreaterThanOrEqual(30)
    expect(kb.players.length).toBeLessThanOrEqual(700)
  })

  it.each([
    ['Premier League', 'England', 20],
    ['La Liga', 'Spain', 20],
    ['Bundesliga', 'Germany', 18],
    ['Serie A', 'Italy', 20],
    ['Ligue 1', 'France', 18],
  ])('has the complete 2024-25 %s', (league, country, n) => {
    const clubs = kb.clubs.filter((c) => c.league === league)
    expect(clubs).toHaveLength(n)
    const elsewhere = clubs.filter((c) => c.country !== country).map((c) => c.id)
    expect(elsewhere).toEqual(league === 'Ligue 1' ? ['monaco'] : [])
  })

  it.each([
    ['Championship', 'England', 24, ['cardiff-city', 'swansea-city']],
    ['League One', 'England', 24, ['wrexham']],
    ['League Two', 'England', 24, ['newport-county']],
    ['2. Bundesliga', 'Germany', 18, []],
    ['Ligue 2', 'France', 18, []],
    ['Serie B', 'Italy', 20, []],
    ['Segunda Division', 'Spain', 22, []],
    ['Primeira Liga', 'Portugal', 18, []],
    ['Eredivisie', 'Netherlands', 18, []],
    ['Scottish Premiership', 'Scotland', 12, []],
    ['Super Lig', 'Turkey', 19, []],
    ['Belgian Pro League', 'Belgium', 16, []],
  ] as const)('has the complete 2024-25 %s', (league, country, n, abroad) => {
    const clubs = kb.clubs.filter((c) => c.league === league)
    expect(clubs).toHaveLength(n)
    expect(clubs.filter((c) => c.country !== country).map((c) => c.id).sort()).toEqual([...abroad])
  })

  it.each(['Portugal', 'Netherlands', 'Scotland', 'Turkey', 'Saudi Arabia', 'Brazil', 'Argentina', 'USA'])(
    'has clubs from %s',
    (country) => {
      expect(kb.clubs.filter((c) => c.country === country).length).toBeGreaterThanOrEqual(3)
    },
  )

  it.each([
    ['nicknames', 'Los Blancos', ['real-madrid']],
    ['nicknames', 'the Merseysiders', ['everton', 'liverpool']],
    ['nicknames', 'the Gunners', ['arsenal']],
    ['nicknames', 'the Red Devils', ['manchester-united']],
    ['nicknames', 'the Bianconeri', ['juventus', 'udinese']],
    ['nicknames', 'the Reds', ['aberdeen', 'liverpool', 'nottingham-forest', 'toronto-fc']],
    ['metonyms', 'Anfield', ['liverpool']],
    ['metonyms', 'the Bernabeu', ['real-madrid']],
    ['metonyms', 'Madrid', ['real-madrid']],
    // "the Spanish capital" is read by the descriptors (the article's Madrid club), not listed.
    ['metonyms', 'the Spanish capital', []],
    ['short', 'Inter', ['inter-miami', 'inter-milan']],
    ['metonyms', 'San Siro', ['ac-milan', 'inter-milan']],
    ['short', 'Man Utd', ['manchester-united']],
    ['short', 'Spurs', ['tottenham-hotspur']],
    ['short', 'Barça', ['barcelona']],
    ['short', 'BVB', ['borussia-dortmund']],
    ['short', 'Derby', ['derby-county']],
    ['short', 'Wigan', ['wigan-athletic']],
    ['short', 'Rotherham', ['rotherham-united']],
    ['short', 'North End', ['preston-north-end']],
    ['nicknames', 'the Owls', ['sheffield-wednesday']],
    ['nicknames', 'Pompey', ['portsmouth']],
    ['nicknames', 'the Latics', ['wigan-athletic']],
    ['nicknames', 'the Robins', ['bristol-city', 'cheltenham-town', 'swindon-town']],
    ['nicknames', "the U's", ['cambridge-united', 'colchester-united', 'oxford-united']],
    // One club each: the lower-league clubs that share these nicknames (Crawley, Notts County,
    // Stevenage, Stockport, Barrow, St Johnstone, MK Dons) are left without them.
    ['nicknames', 'the Red Devils', ['manchester-united']],
    ['nicknames', 'the Magpies', ['newcastle-united']],
    ['nicknames', 'Boro', ['middlesbrough']],
    ['nicknames', 'the Hatters', ['luton-town']],
    ['nicknames', 'the Bluebirds', ['cardiff-city']],
    ['nicknames', 'the Saints', ['southampton']],
    ['nicknames', 'the Dons', ['aberdeen']],
  ] as const)('%s "%s" belongs to %j', (field, form, ids) => {
    expect(clubsWith(field, form)).toEqual([...ids].sort())
  })

  // Forms left out because they are ordinary words or name someone else. City is Manchester
  // City's and Rangers is Rangers'; no lower-league club takes them.
  it.each([
    ['Wednesday', []], // the weekday; "Sheffield Wednesday … Wednesday" is linked from the full name
    ['Stanley', []], // a first name (Accrington Stanley)
    ['Donny', []], // Donny van de Beek (Doncaster Rovers)
    ['Wimbledon', []], // the tennis (AFC Wimbledon)
    ['Barrow', []], // Musa Barrow (Barrow AFC)
    ['Burton', []], // a surname (Burton Albion)
    ['Vale', []], // place names (Port Vale)
    ['Dinamo', []], // Dinamo Zagreb, Bucharest, Minsk, Tbilisi: "Dinamo" alone is linked once one is named
    ['Rovers', []], ['Wanderers', []], ['County', []], ['Town', []],
    ['City', ['manchester-city']],
    ['Rangers', ['rangers']],
  ] as const)('gives the bare form "%s" to %j only', (form, ids) => {
    expect(kb.clubs.filter((c) => c.name === form || c.short.includes(form) || c.nicknames.includes(form)).map((c) => c.id)).toEqual([...ids])
  })

  it('keeps generic descriptors out of the club data', () => {
    const forms = kb.clubs.flatMap((c) => [...c.short, ...c.nicknames, ...c.metonyms])
    expect(forms.filter((f) => /^the\b.*\b(giants|champions|club|side|outfit)$/i.test(f))).toEqual([])
  })

  it('has unique ids in every file', () => {
    for (const list of [kb.clubs, kb.outlets, kb.journalists, kb.players]) {
      const ids = list.map((e) => e.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('links every journalist to outlets that exist', () => {
    const outlets = new Set(kb.outlets.map((o) => o.id))
    const missing = kb.journalists.flatMap((j) => j.outlets.filter((o) => !outlets.has(o)).map((o) => `${j.id}→${o}`))
    expect(missing).toEqual([])
  })

  it('knows the reporters and outlets the spec names', () => {
    const journalist = (name: string) => kb.journalists.find((j) => j.name === name)
    expect(journalist('Fabrizio Romano')).toMatchObject({ tier: 1, aliases: expect.arrayContaining(['Romano']) })
    expect(journalist('David Ornstein')?.outlets).toContain('the-athletic')
    expect(journalist('James Pearce')?.beats).toEqual(['liverpool'])
    const outlet = (id: string) => kb.outlets.find((o) => o.id === id)
    expect(outlet('sky-sports-news')?.tier).toBe(1)
    expect(outlet('caughtoffside')?.tier).toBe(4)
    expect(outlet('the-telegraph')?.aliases).toContain('Daily Telegraph')
  })

  it('resolves the data folder from the module, not the cwd', () => {
    expect(DEFAULT_KB_DIR.replace(/\\/g, '/')).toMatch(/\/data\/kb$/)
  })
})

describe('bad knowledge base files', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  /** A copy of the shipped KB with one file replaced by `edit(parsed)`, or by raw text. */
  function brokenKb(file: string, edit: ((entries: Record<string, unknown>[]) => unknown) | string): string {
    const dir = mkdtempSync(join(tmpdir(), 'mercato-kb-'))
    dirs.push(dir)
    for (const f of FILES) copyFileSync(join(DEFAULT_KB_DIR, f), join(dir, f))
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[]
    writeFileSync(join(dir, file), typeof edit === 'string' ? edit : JSON.stringify(edit(entries)))
    return dir
  }

  it.each([
    ['an empty league', 'clubs.json', (e: Record<string, unknown>[]) => { e[0].league = ''; return e },
      'kb: expected a non-empty string without surrounding spaces for league, found "" in clubs.json entry arsenal'],
    ['a missing country', 'clubs.json', (e: Record<string, unknown>[]) => { delete e[1].country; return e },
      'kb: expected a string for country, found nothing in clubs.json entry aston-villa'],
    ['a nickname that is not a string', 'clubs.json', (e: Record<string, unknown>[]) => { e[0].nicknames = ['the Gunners', 7]; return e },
      'kb: expected a string for nicknames.1, found 7 in clubs.json entry arsenal'],
    ['a misspelt field', 'clubs.json', (e: Record<string, unknown>[]) => { e[0].nickname = []; return e },
      'kb: expected only known fields, found unknown field "nickname" in clubs.json entry arsenal'],
    ['a duplicate id', 'clubs.json', (e: Record<string, unknown>[]) => [...e, e[0]],
      'kb: expected a unique id, found a second "arsenal" in clubs.json entry arsenal'],
    ['an entry without id', 'clubs.json', (e: Record<string, unknown>[]) => { delete e[2].id; return e },
      'kb: expected a string for id, found nothing in clubs.json entry #2'],
    ['an object instead of an array', 'clubs.json', () => ({ clubs: [] }),
      'kb: expected an array of entries, found an object in clubs.json entry (file)'],
    ['a tier out of range', 'outlets.json', (e: Record<string, unknown>[]) => { e[0].tier = 5; return e },
      'kb: expected one of 1, 2, 3, 4 for tier, found 5 in outlets.json entry sky-sports-news'],
    ['an unknown outlet kind', 'outlets.json', (e: Record<string, unknown>[]) => { e[0].kind = 'blog'; return e },
      'kb: expected one of "newspaper", "broadcaster", "website", "agency", "magazine", "social" for kind, found "blog" in outlets.json entry sky-sports-news'],
    ['an unknown outlet', 'journalists.json', (e: Record<string, unknown>[]) => { e[0].outlets = ['the-daily-planet']; return e },
      'kb: expected a known outlet id, found "the-daily-planet" in journalists.json entry fabrizio-romano'],
    ['an unknown beat', 'journalists.json', (e: Record<string, unknown>[]) => { e[1].beats = ['Gunners']; return e },
      'kb: expected a club id or league name as beat, found "Gunners" in journalists.json entry david-ornstein'],
    ['a bad date of birth', 'players.json', (e: Record<string, unknown>[]) => { e[0].dateOfBirth = '7 Oct 1998'; return e },
      'kb: expected a YYYY-MM-DD date for dateOfBirth, found "7 Oct 1998" in players.json entry trent-alexander-arnold'],
    ['an unknown club', 'players.json', (e: Record<string, unknown>[]) => { e[0].club = 'real-madird'; return e },
      'kb: expected a known club id or name, found "real-madird" in players.json entry trent-alexander-arnold'],
    ['a duplicate player id', 'players.json', (e: Record<string, unknown>[]) => [...e, { ...e[1], name: 'Mo Salah Two', aliases: [] }],
      'kb: expected a unique id, found a second "mohamed-salah" in players.json entry mohamed-salah'],
    ['an alias two players share', 'players.json', (e: Record<string, unknown>[]) => { e[1].aliases = ['Salah', 'Konaté']; return e },
      'kb: expected a name form no other player has, found "konate" also on mohamed-salah in players.json entry ibrahima-konate'],
    ['a region the descriptors do not know', 'clubs.json', (e: Record<string, unknown>[]) => { e[1].regions = ['greater birmingham']; return e },
      'kb: expected a region the descriptors know ('],
    ['a name form differing only by punctuation', 'players.json', (e: Record<string, unknown>[]) => { e[1].aliases = ['Salah', 'Alexander Arnold']; return e },
      'kb: expected a name form no other player has, found "alexander arnold" also on trent-alexander-arnold in players.json entry mohamed-salah'],
    ['a player alias equal to a manager\'s', 'players.json', (e: Record<string, unknown>[]) => { e[1].aliases = ['Salah', 'Slot']; return e },
      'kb: expected a name form no player has, found "slot" also on player mohamed-salah in people.json entry arne-slot'],
  ])('rejects %s with a clear error', (_what, file, edit, message) => {
    expect(() => loadKnowledgeBase(brokenKb(file, edit))).toThrow(message)
  })

  it('rejects broken JSON', () => {
    expect(() => loadKnowledgeBase(brokenKb('clubs.json', '[{"id": "arsenal",'))).toThrow(/^kb: expected valid JSON, found .+ in clubs\.json entry \(file\)$/)
  })

  it('rejects a missing file', () => {
    const dir = brokenKb('clubs.json', '[]')
    rmSync(join(dir, 'players.json'))
    expect(() => loadKnowledgeBase(dir)).toThrow(/^kb: expected a readable file, found nothing at .+players\.json in players\.json entry \(file\)$/)
  })
})

describe('mergePlayers', () => {
  const base: KnowledgeBase = {
    clubs: [], outlets: [], journalists: [],
    players: [{ id: 'kylian-mbappe', name: 'Kylian Mbappe', aliases: ['Mbappe'], club: 'real-madrid' }],
  }

  it('adds new players and leaves the input untouched', () => {
    const before = JSON.stringify(base)
    const merged = mergePlayers(base, [{ id: 'pedri', name: 'Pedri', aliases: [], club: 'barcelona' }])
    expect(merged.players.map((p) => p.id)).toEqual(['kylian-mbappe', 'pedri'])
    expect(JSON.stringify(base)).toBe(before)
    expect(merged).not.toBe(base)
  })

  it('merges a known player by name, ignoring accents, keeping the shipped id and name', () => {
    const merged = mergePlayers(base, [
      { id: 'csv-1', name: 'Kylian Mbappé', aliases: ['Mbappe', 'KM10'], club: 'Real Madrid', contractExpires: '2029-06-30' },
    ])
    expect(merged.players).toEqual([{
      id: 'kylian-mbappe', name: 'Kylian Mbappe', aliases: ['Mbappe', 'KM10', 'Kylian Mbappé'],
      club: 'Real Madrid', contractExpires: '2029-06-30',
    }])
  })

  it('keeps known facts the extra entry leaves out', () => {
    const merged = mergePlayers(base, [{ id: 'kylian-mbappe', name: 'Kylian Mbappe', aliases: [], club: undefined, position: 'Centre-Forward' }])
    expect(merged.players[0]).toMatchObject({ club: 'real-madrid', position: 'Centre-Forward', aliases: ['Mbappe'] })
  })
})
