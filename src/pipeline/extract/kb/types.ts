/**
 * Shapes of the knowledge base shipped in `data/kb/` (SPEC §4.3). Data lives apart from code;
 * these types are the contract between the JSON files and the extractors.
 */

export interface ClubEntry {
  /** Slug, unique: `real-madrid`. Entity id is `club:<id>`. */
  id: string
  /** Canonical English name: `Real Madrid`. */
  name: string
  /** Country name in English: `Spain`. */
  country: string
  /** League name: `La Liga`. */
  league: string
  /** Other ways the club's name is written: `Real`, `Madrid`, `RMCF`. */
  short: string[]
  /** Nicknames: `Los Blancos`, `Blancos`, `Los Merengues`. May be shared by several clubs (`the Reds`). */
  nicknames: string[]
  /** Stadium and city metonyms: `the Bernabeu`, `Santiago Bernabeu`, `the Spanish capital`. */
  metonyms: string[]
  /**
   * Regions the press names the club by, lower case: `midlands`, `west midlands` ("the Midlands
   * club"). Shared by several clubs; the article's context picks one (club-descriptors.ts).
   */
  regions?: string[]
}

export type OutletKind = 'newspaper' | 'broadcaster' | 'website' | 'agency' | 'magazine' | 'social'

export interface OutletEntry {
  id: string
  name: string
  aliases: string[]
  country: string
  /** Starting reliability tier: 1 best (club-official, top-tier reporters) … 4 aggregators and rumour mills. */
  tier: 1 | 2 | 3 | 4
  kind: OutletKind
}

export interface JournalistEntry {
  id: string
  name: string
  /** Surname-only or handle forms that are unambiguous in transfer news: `Romano`, `Ornstein`. */
  aliases: string[]
  /** Outlet ids. */
  outlets: string[]
  tier: 1 | 2 | 3 | 4
  /** Clubs or leagues the reporter is known to cover closely (club ids or league names). */
  beats?: string[]
}

/** A player known before reading (imported from CSV, or from the small shipped list). */
export interface PlayerEntry {
  id: string
  name: string
  aliases: string[]
  /** Club id or name: the club as of the knowledge base's date (autumn 2025). */
  club?: string
  /**
   * YYYY-MM-DD the player joined `club`, when he moved there lately: an article dated before it
   * is not told he plays there (Cunha is a Wolves player in a 2025-01 article).
   */
  clubSince?: string
  position?: string
  dateOfBirth?: string
  nationality?: string
  /** YYYY-MM-DD */
  contractExpires?: string
}

/** A football person who is not a player (manager, director, owner, pundit): never a claim's subject. */
export interface PersonEntry {
  id: string
  name: string
  aliases: string[]
  role: 'manager' | 'director' | 'executive' | 'owner' | 'pundit' | 'agent'
  /**
   * The clubs the person has worked for, each with the dates of the spell (YYYY-MM-DD, `until`
   * absent while it lasts): the club of an article dated D is the spell holding D. Absent or
   * empty for pundits, agents and people between jobs or at national teams.
   */
  clubs?: PersonClub[]
}

/** A spell of a person at a club: `from` ≤ date < `until`, either end open when absent. */
export interface PersonClub {
  /** Club id or canonical name. */
  club: string
  from?: string
  until?: string
}

export interface KnowledgeBase {
  clubs: ClubEntry[]
  outlets: OutletEntry[]
  journalists: JournalistEntry[]
  players: PlayerEntry[]
  /** Optional `people.json`: non-player football people. */
  people?: PersonEntry[]
}
