/**
 * A synthetic corpus for benchmarks and tests: N articles of annotated news prose about a fictional conflict
 * (Kestland and Ostrel, with Varenia mediating), generated deterministically from a seed. Every article uses
 * the quotation constructions the extractor handles (full quotes after a colon, "He added", split quotes,
 * partial quotes after cue verbs, outlets that carry words, scare quotes and "so-called" terms that are not
 * quotations, a blockquote with a "— Name" line), dates as news text writes them, and frontmatter whose
 * speakers, claims and dates match the text. The people, outlets and events are invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, visit } from 'yaml';
import type { Article, ClaimStatus, DatedEvent, Speaker } from '../../src/model/schema.ts';
import { MONTH_NAMES } from '../../src/model/iso-date.ts';

/** A quotation the generator planted, as the extractor should record it. */
export interface PlantedQuotation {
  text: string;
  kind: 'full' | 'partial';
  /** The registry id of the speaker. */
  speaker: string;
}

/** A claim of a section's frontmatter. */
export interface SyntheticClaim {
  id: string;
  claimant: string;
  claim: string;
  status: ClaimStatus;
  date?: string;
}

/** A section's frontmatter, valid for `sectionSchema` with plain ids. */
export interface SyntheticFrontmatter {
  title: string;
  order: number;
  article: string;
  speakers: string[];
  claims: SyntheticClaim[];
  dates: DatedEvent[];
}

/** One section file: its slug, frontmatter, MDX body, and the quotations planted in it. */
export interface SyntheticSection {
  slug: string;
  frontmatter: SyntheticFrontmatter;
  /** The MDX text after the frontmatter. */
  body: string;
  /** The quotations planted in the body, in order. */
  quotations: PlantedQuotation[];
}

/** One article folder: its slug, `article.yaml` entry and sections. */
export interface SyntheticArticle {
  slug: string;
  entry: Article;
  sections: SyntheticSection[];
}

/** A content folder's worth of articles and the speaker registry they share. */
export interface Corpus {
  speakers: Speaker[];
  articles: SyntheticArticle[];
}

/** How many articles to generate, and from which seed. */
export interface CorpusOptions {
  articles: number;
  seed: number;
}

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness

type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG, returning numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the parts: one independent stream per article, so article k is the same in every corpus size. */
function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------------------
// The cast: 40 speakers shared by all articles

type Side = 'kestland' | 'ostrel' | 'mediator' | 'analyst' | 'rights' | 'media' | 'document';

interface CastMember extends Speaker {
  side: Side;
  /** How the text names them at first mention, and after. */
  full: string;
  short: string;
  pronoun: 'he' | 'she' | 'it';
}

function person(id: string, name: string, titled: string, surname: string, pronoun: 'he' | 'she', side: Side, role: string, affiliation: string, description: string, extra: string[] = []): CastMember {
  return { id, name, aliases: [titled, ...extra, surname], role, affiliation, kind: 'person', description, side, full: titled, short: surname, pronoun };
}

function entity(id: string, name: string, aliases: string[], kind: 'organization' | 'document' | 'anonymous', side: Side, role: string, affiliation: string, description: string, pronoun: 'he' | 'she' | 'it' = 'it'): CastMember {
  return { id, name, aliases, role, affiliation, kind, description, side, full: aliases[0]!, short: aliases.at(-1)!, pronoun };
}

const CAST: readonly CastMember[] = [
  person('mirela-sandor', 'Mirela Sandor', 'President Mirela Sandor', 'Sandor', 'she', 'kestland', 'President of Kestland', 'Kestland', 'Kestland’s president, elected after the fall of the previous government.', ['Kestland President Mirela Sandor']),
  person('tomas-arkell', 'Tomas Arkell', 'Foreign Minister Tomas Arkell', 'Arkell', 'he', 'kestland', 'Foreign Minister of Kestland', 'Kestland', 'Kestland’s foreign minister, who leads its delegation at the talks.', ['Kestland Foreign Minister Tomas Arkell']),
  person('idris-kovan', 'Idris Kovan', 'intelligence chief Idris Kovan', 'Kovan', 'he', 'kestland', 'Head of Kestland’s General Intelligence', 'Kestland', 'The head of Kestland’s intelligence service and a member of its delegation.'),
  person('lina-farrow', 'Lina Farrow', 'ministry spokesperson Lina Farrow', 'Farrow', 'she', 'kestland', 'Spokesperson of the Kestland Foreign Ministry', 'Kestland', 'The voice of Kestland’s foreign ministry at its weekly briefings.'),
  person('anselm-rhee', 'Anselm Rhee', 'Energy Minister Anselm Rhee', 'Rhee', 'he', 'kestland', 'Minister of Water and Energy of Kestland', 'Kestland', 'Kestland’s minister for water and energy, in charge of the river and pipeline files.'),
  person('daniel-voss', 'Daniel Voss', 'Prime Minister Daniel Voss', 'Voss', 'he', 'ostrel', 'Prime Minister of Ostrel', 'Ostrel', 'Ostrel’s prime minister, at the head of a divided coalition.', ['Ostrel Prime Minister Daniel Voss']),
  person('hanna-brecht', 'Hanna Brecht', 'Defence Minister Hanna Brecht', 'Brecht', 'she', 'ostrel', 'Defence Minister of Ostrel', 'Ostrel', 'Ostrel’s defence minister, responsible for its forces along the border.'),
  person('yoel-marin', 'Yoel Marin', 'Ambassador Yoel Marin', 'Marin', 'he', 'ostrel', 'Ambassador of Ostrel to Varenia', 'Ostrel', 'Ostrel’s ambassador in Carrow and a member of its delegation.'),
  person('noa-kessler', 'Noa Kessler', 'security adviser Noa Kessler', 'Kessler', 'she', 'ostrel', 'National Security Adviser of Ostrel', 'Ostrel', 'Ostrel’s acting national security adviser.'),
  person('avi-dorn', 'Avi Dorn', 'opposition leader Avi Dorn', 'Dorn', 'he', 'ostrel', 'Leader of the opposition in Ostrel', 'Ostrel', 'The leader of Ostrel’s parliamentary opposition, a critic of the talks.'),
  person('thomas-whitcombe', 'Thomas Whitcombe', 'Varenian envoy Thomas Whitcombe', 'Whitcombe', 'he', 'mediator', 'Varenian Special Envoy', 'Varenia', 'Varenia’s special envoy, who chairs the talks.', ['special envoy Thomas Whitcombe', 'the Varenian envoy']),
  person('caroline-ashby', 'Caroline Ashby', 'Secretary of State Caroline Ashby', 'Ashby', 'she', 'mediator', 'Secretary of State of Varenia', 'Varenia', 'Varenia’s chief diplomat.'),
  person('robert-quill', 'Robert Quill', 'Varenian President Robert Quill', 'Quill', 'he', 'mediator', 'President of Varenia', 'Varenia', 'The president of Varenia, the talks’ sponsor.'),
  person('amara-osei', 'Amara Osei', 'UN mediator Amara Osei', 'Osei', 'she', 'mediator', 'United Nations mediator', 'United Nations', 'The United Nations mediator for the border dispute.'),
  person('petra-lindqvist', 'Petra Lindqvist', 'Commissioner Petra Lindqvist', 'Lindqvist', 'she', 'mediator', 'Foreign policy commissioner of the Tarsen Union', 'Tarsen Union', 'The regional bloc’s foreign policy chief.'),
  person('farid-nassar', 'Farid Nassar', 'political analyst Farid Nassar', 'Nassar', 'he', 'analyst', 'Political analyst', 'Analyst', 'A political analyst based in Harrowgate.'),
  person('elena-marsh', 'Elena Marsh', 'analyst Elena Marsh', 'Marsh', 'she', 'analyst', 'Senior fellow at the Carrow Policy Institute', 'Analyst', 'A security analyst at a Varenian think tank.'),
  person('jonas-keller', 'Jonas Keller', 'researcher Jonas Keller', 'Keller', 'he', 'analyst', 'Researcher on water and security', 'Analyst', 'A researcher who studies the river basin.'),
  person('samira-haddad', 'Samira Haddad', 'former negotiator Samira Haddad', 'Haddad', 'she', 'analyst', 'Former Kestland negotiator', 'Analyst', 'A negotiator in earlier rounds, now an independent commentator.'),
  person('miriam-castell', 'Miriam Castell', 'Miriam Castell', 'Castell', 'she', 'rights', 'Director of Border Watch', 'Rights group', 'The director of the monitoring group Border Watch.'),
  person('luka-petrov', 'Luka Petrov', 'Mayor Luka Petrov', 'Petrov', 'he', 'rights', 'Mayor of Derrow', 'Kestland', 'The mayor of Derrow, a town on the border.'),
  entity('kestland-government', 'Kestland government', ['Kestland', 'Harrowgate'], 'organization', 'kestland', 'Government of Kestland', 'Kestland', 'The government of Kestland, whose positions the articles paraphrase.'),
  entity('ostrel-government', 'Ostrel government', ['Ostrel', 'Velmar'], 'organization', 'ostrel', 'Government of Ostrel', 'Ostrel', 'The government of Ostrel, whose positions and demands the articles paraphrase.'),
  entity('varenian-government', 'Varenian government', ['Varenia', 'Carrow'], 'organization', 'mediator', 'Government of Varenia', 'Varenia', 'The government of Varenia, which sponsors the talks.'),
  entity('tarsen-union', 'Tarsen Union', ['the Tarsen Union'], 'organization', 'mediator', 'Regional bloc', 'Tarsen Union', 'The regional bloc that funds reconstruction along the border.'),
  entity('ostrel-defence-forces', 'Ostrel Defence Forces', ['the Ostrel Defence Forces'], 'organization', 'ostrel', 'Armed forces of Ostrel', 'Ostrel', 'Ostrel’s army.'),
  entity('kestland-foreign-ministry', 'Kestland Foreign Ministry', ['the Kestland Foreign Ministry'], 'organization', 'kestland', 'Foreign ministry of Kestland', 'Kestland', 'Kestland’s foreign ministry.'),
  entity('border-watch', 'Border Watch', ['Border Watch', 'the monitoring group Border Watch'], 'organization', 'rights', 'Human rights monitoring group', 'Rights group', 'A group that documents detentions and deaths along the border.'),
  entity('relief-office', 'UN Relief Coordination Office', ['the UN Relief Coordination Office', 'the relief office'], 'organization', 'mediator', 'United Nations humanitarian office', 'United Nations', 'The UN office that coordinates aid in the border districts.'),
  entity('harbor-ledger', 'The Harbor Ledger', ['The Harbor Ledger'], 'organization', 'media', 'Publisher', 'Media', 'A daily newspaper; its unattributed assessments are attributed to it.'),
  entity('meridian-review', 'Meridian Review', ['Meridian Review'], 'organization', 'media', 'Publisher', 'Media', 'A weekly review of regional politics.'),
  entity('northern-dispatch', 'The Northern Dispatch', ['The Northern Dispatch'], 'organization', 'media', 'Publisher', 'Media', 'An online outlet covering the border region.'),
  entity('kestland-state-television', 'Kestland State Television', ['Kestland State Television'], 'organization', 'media', 'State broadcaster of Kestland', 'Media', 'The state broadcaster of Kestland.'),
  entity('joint-communique', 'Joint communiqué of the Kestland–Ostrel talks', ['the joint communiqué', 'The communiqué'], 'document', 'document', 'Joint communiqué issued after each round', 'Joint', 'The text the two delegations and the mediator issue after a round.'),
  entity('draft-framework', 'Draft security framework', ['the draft framework', 'The draft'], 'document', 'document', 'Draft text under negotiation', 'Joint', 'The draft security framework on the table.'),
  entity('kestland-official', 'Unnamed Kestland official', ['a Kestland official', 'The official'], 'anonymous', 'kestland', 'Kestland official', 'Kestland', 'An unnamed Kestland official who speaks to news agencies.', 'he'),
  entity('ostrel-official', 'Unnamed Ostrel official', ['an Ostrel official', 'The Ostrel official'], 'anonymous', 'ostrel', 'Ostrel official', 'Ostrel', 'An unnamed Ostrel official.', 'she'),
  entity('varenian-official', 'Unnamed Varenian official', ['a Varenian official', 'a senior Varenian official'], 'anonymous', 'mediator', 'Varenian official', 'Varenia', 'An unnamed Varenian official who briefs news outlets.', 'he'),
  entity('western-diplomat', 'Unnamed Western diplomat', ['a Western diplomat', 'The diplomat'], 'anonymous', 'mediator', 'Western diplomat', 'Diplomat', 'An unnamed diplomat who follows the talks.', 'she'),
  entity('talks-source', 'Unnamed source close to the talks', ['a source close to the talks', 'The source'], 'anonymous', 'mediator', 'Source close to the talks', 'Unknown', 'An unnamed source with knowledge of the negotiations.', 'he'),
];

const byId = new Map(CAST.map((member) => [member.id, member]));
const member = (id: string): CastMember => byId.get(id)!;

/** The speaker registry every synthetic article shares. */
function syntheticSpeakers(): Speaker[] {
  return CAST.map(({ id, name, aliases, role, affiliation, kind, description }) => ({ id, name, aliases, role, affiliation, kind, description }));
}

const PUBLISHERS = ['harbor-ledger', 'meridian-review', 'northern-dispatch'] as const;
const DOMAINS: Record<(typeof PUBLISHERS)[number], string> = {
  'harbor-ledger': 'harborledger.example',
  'meridian-review': 'meridianreview.example',
  'northern-dispatch': 'northerndispatch.example',
};

/** Who the moves let speak, by the part they play. */
const VOICES = {
  party: ['mirela-sandor', 'tomas-arkell', 'idris-kovan', 'lina-farrow', 'anselm-rhee', 'daniel-voss', 'hanna-brecht', 'yoel-marin', 'noa-kessler'],
  mediator: ['thomas-whitcombe', 'caroline-ashby', 'robert-quill', 'amara-osei', 'petra-lindqvist'],
  analyst: ['farid-nassar', 'elena-marsh', 'jonas-keller', 'samira-haddad', 'avi-dorn'],
  rights: ['miriam-castell', 'luka-petrov'],
  partyOfficial: ['kestland-official', 'ostrel-official'],
  briefer: ['varenian-official', 'western-diplomat', 'talks-source'],
} as const;

const OUTLETS = ['Reuters', 'AFP', 'the Associated Press', 'Bloomberg', 'Al-Monitor'];
const BRIEF_OUTLETS = ['Axios', 'Politico', 'Reuters', 'The Guardian'];

// ---------------------------------------------------------------------------------------------------------
// Dates: chosen as ISO values, written as news text writes them

interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthName = (month: number) => MONTH_NAMES[month - 1]!;
const isoDay = (d: Day) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const isoMonth = (d: Day) => `${d.year}-${pad(d.month)}`;

function addDays(d: Day, days: number): Day {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function addMonths(d: Day, months: number): Day {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** A date written in the text and the ISO value the date reader gives it. */
interface WrittenDate {
  text: string;
  iso: string;
}

/** "March 3": a day of the last 300 days before publication, whose year the reader takes from the publication. */
function recentDay(rng: Rng, published: Day): WrittenDate {
  const d = addDays(published, -between(rng, 14, 300));
  return { text: `${monthName(d.month)} ${d.day}`, iso: isoDay(d) };
}

/** "July 19, 2025". */
function dayWithYear(rng: Rng, published: Day): WrittenDate {
  const d = addDays(published, -between(rng, 120, 700));
  return { text: `${monthName(d.month)} ${d.day}, ${d.year}`, iso: isoDay(d) };
}

/** "November 2025". */
function monthWithYear(rng: Rng, published: Day): WrittenDate {
  const d = addMonths(published, -between(rng, 1, 16));
  return { text: `${monthName(d.month)} ${d.year}`, iso: isoMonth(d) };
}

/** "July and August 2025": two months of one year, read as a range. */
function monthPair(rng: Rng, published: Day): WrittenDate {
  let d = addMonths(published, -between(rng, 3, 14));
  if (d.month === 12) d = addMonths(d, -1);
  const next = addMonths(d, 1);
  return { text: `${monthName(d.month)} and ${monthName(next.month)} ${d.year}`, iso: `${isoMonth(d)}/${isoMonth(next)}` };
}

/** "late 2024": an approximate year. */
function approximateYear(rng: Rng, published: Day): WrittenDate {
  const year = published.year - between(rng, 1, 2);
  return { text: `${pick(rng, ['late', 'early'])} ${year}`, iso: String(year) };
}

/** "January 5–6": the latest round, in the days before publication, never across a month's end. */
function roundDays(rng: Rng, published: Day): WrittenDate {
  let d = addDays(published, -between(rng, 2, 12));
  if (d.day > 27) d = { ...d, day: 27 };
  const next = { ...d, day: d.day + 1 };
  return { text: `${monthName(d.month)} ${d.day}–${next.day}`, iso: `${isoDay(d)}/${isoDay(next)}` };
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

interface Topic {
  key: string;
  name: string;
  agreement: string;
  mechanism: string;
  issues: readonly string[];
  demands: readonly string[];
  grievances: readonly string[];
  proposals: readonly string[];
  terms: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    key: 'security',
    name: 'security arrangements',
    agreement: 'security agreement',
    mechanism: 'joint coordination mechanism',
    issues: ['the demilitarized zone', 'the high ground above Derrow', 'the observation posts', 'the withdrawal lines'],
    demands: ['a full withdrawal to the old lines', 'a binding timetable for withdrawal', 'an end to the air strikes', 'international monitors on both sides'],
    grievances: ['our land remains occupied', 'the strikes continue', 'their troops stay on the ridge'],
    proposals: ['a trilateral operations room in Nicosia', 'a hotline between the two army commands', 'a monitoring cell under Varenian supervision'],
    terms: ['security belt', 'buffer arrangement', 'quiet zone'],
  },
  {
    key: 'water',
    name: 'water sharing',
    agreement: 'water-sharing accord',
    mechanism: 'joint river commission',
    issues: ['the seasonal flow quotas', 'the dam at Brenna', 'the irrigation canals', 'the monitoring stations on the Serin River'],
    demands: ['a guaranteed minimum flow in summer', 'joint control of the Brenna dam gates', 'data from every upstream gauge'],
    grievances: ['the gates at Brenna stay closed', 'our farmers watch the canals run dry', 'the river is used as a weapon'],
    proposals: ['a shared data centre for the river gauges', 'a seasonal release schedule under UN oversight', 'an emergency channel for drought years'],
    terms: ['flow guarantee', 'drought clause', 'river corridor'],
  },
  {
    key: 'crossings',
    name: 'border crossings',
    agreement: 'crossings protocol',
    mechanism: 'joint customs office',
    issues: ['the Orsa crossing', 'the transit fees', 'the inspection of lorries', 'the night closures'],
    demands: ['the reopening of the Orsa crossing', 'an end to the night closures', 'a single inspection on each side'],
    grievances: ['the crossings stay shut', 'our lorries wait for days at Orsa', 'trade is held hostage to politics'],
    proposals: ['a joint customs office at Orsa', 'electronic manifests for every lorry', 'a pilot reopening for farm produce'],
    terms: ['transit regime', 'green lane', 'trusted trader list'],
  },
  {
    key: 'prisoners',
    name: 'detainees',
    agreement: 'detainee exchange',
    mechanism: 'joint committee on the missing',
    issues: ['the lists of detainees', 'the families of the missing', 'the visits by the Red Cross', 'the remains still unidentified'],
    demands: ['the release of every detainee held without charge', 'full lists of the missing', 'access for independent doctors'],
    grievances: ['families still wait for news', 'detainees are held without charge', 'the lists are incomplete'],
    proposals: ['a first exchange of the sick and the elderly', 'a joint registry of the missing', 'monthly visits by independent doctors'],
    terms: ['humanitarian swap', 'goodwill release', 'missing persons file'],
  },
  {
    key: 'pipeline',
    name: 'the gas pipeline',
    agreement: 'pipeline deal',
    mechanism: 'joint energy board',
    issues: ['the transit tariff', 'the damaged pumping station at Halvik', 'the security of the route', 'the share of gas for local towns'],
    demands: ['a fair transit tariff', 'repairs to the Halvik station before winter', 'guarantees for the pipeline route'],
    grievances: ['the pumping station lies in ruins', 'our towns go without heating', 'the tariff was set without us'],
    proposals: ['a joint repair fund for the Halvik station', 'a tariff reviewed every year by auditors', 'a protected corridor for the repair crews'],
    terms: ['energy corridor', 'winter clause', 'transit dividend'],
  },
  {
    key: 'returns',
    name: 'the return of the displaced',
    agreement: 'returns framework',
    mechanism: 'joint returns office',
    issues: ['the villages along the border', 'property records', 'the clearing of mines', 'the rebuilding of schools'],
    demands: ['safe and voluntary returns', 'the clearing of mines before any return', 'restitution of seized homes'],
    grievances: ['families cannot go home', 'the villages are still mined', 'our homes are held by others'],
    proposals: ['a first return to three villages near Derrow', 'a joint land registry', 'a mine-clearing programme paid for by the Tarsen Union'],
    terms: ['return corridor', 'safe villages plan', 'property freeze'],
  },
];

const VENUES = ['Geneva', 'Vienna', 'Oslo', 'Muscat', 'Nicosia', 'Valletta', 'Lisbon', 'Helsinki'];
const PLACES = ['Derrow', 'the Tamsin Valley', 'Brenna', 'Halvik', 'the Orsa district', 'Mount Eskar', 'Kelvany', 'the Serin plain'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ACCORDS = ['Serin Accord', 'Orsa Armistice', 'Brenna Protocol', 'Eskar Line agreement'];
const AUTHORS = ['Nora Ellis', 'Karim Aziz', 'Julia Brandt', 'Omar Selim', 'Hélène Dufour', 'Pavel Novak', 'Grace Okafor', 'Lars Berg', 'Dana Ruiz', 'Yusuf Demir'];

/** Full sentences a party speaks; `claim` paraphrases it (the section marks the sentence that carries it). */
interface Saying {
  quote: string;
  claim: string;
}

const PARTY_SAYINGS: readonly Saying[] = [
  { quote: 'We will not sign any {agreement} while {grievance}.', claim: '{own} will not sign any {agreement} while {grievance}.' },
  { quote: 'There is no {agreement} without {demand}.', claim: 'There can be no {agreement} without {demand}.' },
  { quote: 'Our position has not changed since the first round, and it will not change in {venue}.', claim: 'The position of {own} has not changed since the first round of talks.' },
  { quote: 'We came to {venue} to close the gap on {issue}, not to widen it.', claim: '{own} came to {venue} to close the gap on {issue}.' },
  { quote: 'We are ready to talk about {issue}, but not under fire.', claim: '{own} is ready to talk about {issue}, but not under fire.' },
  { quote: 'Every week of delay costs lives in {place}.', claim: 'Every week of delay in the talks costs lives in {place}.' },
  { quote: 'Security for one side cannot be bought with the insecurity of the other.', claim: 'Security for one side cannot be bought with the insecurity of the other side.' },
  { quote: 'If they want an agreement, let them accept {demand}.', claim: 'An agreement requires {other} to accept {demand}.' },
];

const MEDIATOR_SAYINGS: readonly Saying[] = [
  { quote: 'Both parties are committed to a new relationship based on transparency and partnership.', claim: 'Both parties are committed to a new relationship based on transparency and partnership.' },
  { quote: 'This is the most serious round we have had so far on {issue}.', claim: 'The round in {venue} was the most serious so far on {issue}.' },
  { quote: 'The work from here is technical, and technical work takes time.', claim: 'The work from here on the {agreement} is technical, and technical work takes time.' },
  { quote: 'Nobody in the room believes the status quo on {issue} can hold.', claim: 'Neither delegation believes the status quo on {issue} can hold.' },
  { quote: 'The {mechanism} gives both sides a place to settle problems before they become crises.', claim: 'The {mechanism} gives both sides a place to settle problems before they become crises.' },
];

const ANALYST_SAYINGS: readonly Saying[] = [
  { quote: 'This round could lead to a narrow {agreement} rather than full normalization.', claim: 'The round could lead to a narrow {agreement} rather than full normalization.' },
  { quote: 'Neither government can afford to be seen conceding on {issue}.', claim: 'Neither government can afford to be seen conceding on {issue}.' },
  { quote: 'The {mechanism} is a test of whether trust can be built through shared projects rather than guarantees.', claim: 'The {mechanism} tests whether trust can be built through shared projects rather than guarantees.' },
  { quote: 'It is too early to draw firm conclusions from a single communiqué.', claim: 'It is too early to draw firm conclusions about the talks from a single communiqué.' },
];

const OFFICIAL_SAYINGS: readonly Saying[] = [
  { quote: 'The freeze must come first.', claim: 'The freeze of military activity must come first.' },
  { quote: 'No strategic file can be opened before a binding timetable is agreed.', claim: 'No strategic file can be opened before a binding timetable is agreed.' },
  { quote: 'They are negotiating for the cameras, not for the people of {place}.', claim: '{other} is negotiating for the cameras rather than for the people of {place}.' },
];

const RIGHTS_SAYINGS: readonly Saying[] = [
  { quote: 'Families in {place} are still waiting for answers.', claim: 'Families in {place} are still waiting for answers about their relatives.' },
  { quote: 'Every week without monitors means more detentions along the border.', claim: 'Every week without monitors brings more detentions along the border.' },
];

/** Split quotations: a capitalized opening part, and the lowercase rest after "he said". */
const SPLITS: readonly (readonly [string, string])[] = [
  ['We are not there yet', 'but the door is open.'],
  ['The gap is narrower than it looks', 'and both delegations know it.'],
  ['Nobody should expect a signature soon', 'but nobody is walking away either.'],
  ['This is not a peace deal', 'it is a way to stop the next war.'],
  ['The hard part starts now', 'because every clause has to be tested on the ground.'],
  ['We heard the right words in {venue}', 'but words have been cheap on this file.'],
];

const CONSTRUCTIVE = ['constructive', 'businesslike', 'serious', 'detailed', 'difficult but useful'];
const MAINTAIN = [
  ['an', 'honest and robust dialogue'],
  ['a', 'channel that stays open in every crisis'],
  ['a', 'serious and sustained engagement'],
  ['a', 'direct line between the two commands'],
] as const;
const HINDER = ['path to prosperity', 'hard-won stability', 'return to normal life', 'fragile recovery'];
const HAILED = ['breakthrough', 'turning point', 'genuine first step', 'historic opportunity'];
const REFLECTIVE = [
  'a strong mutual desire to move from denial to real cooperation',
  'a readiness to trade grievances for practical steps',
  'a shared interest in a quiet border',
];
const DESCRIBED = ['productive', 'constructive and detailed', 'frank', 'positive'];
const SPIRIT = ['the spirit of a significant meeting', 'a common wish to keep the process alive', 'the seriousness of both delegations'];
const CHAPTER = ['open a new chapter in their relations', 'build on the progress made in this round', 'meet again before the end of the season'];
const REAFFIRMED = ['reaffirmed their commitment to enduring security arrangements', 'agreed to keep their technical teams in contact', 'accepted the mediator’s proposals as a basis for work'];
const TACTICS = ['technical stalling tactics', 'delaying tactics dressed up as caution', 'a policy of facts on the ground'];
const MINDSET = ['expansionist mindset', 'maximalist demands', 'habit of negotiating through force'];
const LABELS = [
  ['extremists', 'saboteurs'],
  ['terrorists', 'jihadists'],
  ['warmongers', 'spoilers'],
] as const;

/** Background sentences in the publisher's voice: no quotation, no speech verb, no date. */
const BACKGROUND = [
  'The negotiations, which had faltered in previous rounds, have turned on a handful of questions that neither delegation can settle alone.',
  'At the heart of the dispute is {issue}, which both governments treat as a matter of national survival.',
  'Delegations from both sides spent most of the second day in separate rooms, with Varenian mediators carrying proposals between them.',
  'The border has seen little calm in the past year, with shelling, arrests and the seizure of farmland recorded on both sides.',
  'Local councils in {place} have struggled to keep schools and clinics open as families move away from the front line.',
  'Trade across the frontier has fallen by more than half, and the queues of lorries now stretch for several kilometres.',
  'For the farmers around {place}, the talks are measured in water: how much flows downstream, and who controls the gates.',
  'Previous drafts foundered on the sequencing of steps, with each side insisting that the other move first.',
  'The {mechanism} would, on paper, give both militaries a way to settle incidents before they escalate.',
  'Much depends on whether Harrowgate and Velmar can sell the outcome at home.',
  'In Velmar, the governing coalition is divided over how far to go.',
  'In Harrowgate, a government still consolidating its authority has little room to appear weak.',
  'The Tarsen Union has offered funds for reconstruction in the border districts, tied to progress at the table.',
  'No date has been set for the next round, and neither delegation has published its own minutes.',
  'Behind the diplomatic language lies a simple question of sequence: withdrawal first, or guarantees first.',
  'A ceasefire in {place} has largely held, though violations are logged almost every day.',
  'Some of the proposals echo arrangements tried, and abandoned, a generation ago.',
  'The talks have also become a test of Varenia’s influence in the region.',
  'Roads into {place} remain closed to most civilian traffic, and the checkpoints change hands without notice.',
  'Reconstruction has barely begun in {place}, where the main hospital still runs on generators.',
  'The economic stakes are considerable, since the border districts once carried a large share of the region’s trade.',
  'Each side blames the other for the stalemate, and both have hardened their public positions.',
  'Humanitarian agencies have scaled back their work in {place} because of the fighting.',
  'The question of {issue} has outlived three governments in Harrowgate and two in Velmar.',
  'Negotiators have kept the texts short, leaving the hardest questions to technical committees.',
  'Much of the fighting has moved from the towns to the hills, where the roads are poor and the winters are long.',
  'The mediators have kept the venue small and the guest list shorter still.',
  'Both delegations brought lawyers as well as generals, a sign that the texts are now being drafted line by line.',
  'In the markets of {place}, prices have doubled as supply routes close one after another.',
  'The {mechanism} exists so far only as a paragraph in a communiqué.',
  'Diplomats from the Tarsen Union attended as observers, without a seat at the table.',
  'The shelling has emptied whole streets in {place}, and the schools there have been closed for months.',
  'Questions of sequence, not of substance, have sunk most of the earlier drafts.',
  'The army commands on both sides still speak to each other only through the mediators.',
  'Investors who once looked at the border districts have moved their money elsewhere.',
  'The last working bridge over the Serin River carries traffic only in daylight.',
  'Public opinion in both countries remains sceptical of any deal with the other side.',
  'Villages near {place} have changed hands several times since the fighting began.',
  'Any agreement would need the approval of parliament in Velmar, where the government’s majority is thin.',
  'The talks are held behind closed doors, and the delegations leave by separate exits.',
  'A single incident on the border could undo months of work at the table.',
  'Relief convoys need permission from three different checkpoints to reach {place}.',
  'Maps of the proposed lines have circulated among the delegations but not beyond them.',
  'The agenda covers {issue} as well as the wider question of who would guarantee any deal.',
  'Few people in {place} expect the talks to change their lives any time soon.',
  'The mediators hope that small practical steps will build the trust that grand declarations have not.',
  'The cost of the conflict is counted in lost harvests as much as in casualties.',
  'For {venue}, hosting the talks is a chance to show that quiet diplomacy still works.',
] as const;

/** Who lives with the conflict, and how: combined into background sentences. */
const LIVES = [
  'Farmers around {place}',
  'Traders at the Orsa crossing',
  'Families displaced from {place}',
  'Aid workers in {place}',
  'Doctors at the hospital in {place}',
  'Teachers in the border districts',
  'Shopkeepers in {place}',
  'Lorry drivers on the border road',
  'Young people in {place}',
  'Local councils along the frontier',
] as const;
const LIVING = [
  'have learned to plan a week at a time',
  'count the cost of every closed road',
  'have seen little change since the last round',
  'depend on convoys that arrive only when the guns fall silent',
  'follow the talks with a mixture of hope and fatigue',
  'have stopped expecting much from the diplomats',
  'measure progress in hours of electricity and litres of fuel',
  'still keep their documents packed in case they have to leave again',
  'have watched prices double since the crossings closed',
  'know the names of the negotiators better than they would like',
] as const;

/** Background sentences the publisher's analysis claims are drawn from. */
const ANALYSIS: readonly Saying[] = [
  { quote: 'The outlines of a possible {agreement} are taking shape, though the details remain unclear.', claim: 'The outlines of a possible {agreement} are taking shape, though the details remain unclear.' },
  { quote: 'Neither the communiqué nor the officials set a timeline for putting these provisions into practice.', claim: 'No timeline was set for putting the provisions of the communiqué into practice.' },
  { quote: 'Separate remarks made outside the formal communiqué pointed to subtle divergences between the two delegations.', claim: 'Remarks made outside the communiqué pointed to subtle divergences between the delegations.' },
  { quote: 'The mention of {issue} in an official text marked the first public acknowledgement that it is on the table.', claim: 'The communiqué is the first public acknowledgement that {issue} is on the table.' },
  { quote: 'Both governments appear to be preparing their publics for compromises they have long ruled out.', claim: 'Both governments appear to be preparing their publics for compromises they have long ruled out.' },
  { quote: 'The {mechanism} would give Varenia a permanent role in managing the border.', claim: 'The {mechanism} would give Varenia a permanent role in managing the border.' },
  { quote: 'The pace of the talks owes more to pressure from Carrow than to any new trust between the parties.', claim: 'The pace of the talks owes more to Varenian pressure than to new trust between the parties.' },
  { quote: 'Neither delegation has yet shown how the {agreement} would be enforced.', claim: 'Neither delegation has shown how the {agreement} would be enforced.' },
  { quote: 'Economic incentives are being used to make security concessions easier to accept at home.', claim: 'Economic incentives are being used to make security concessions easier to accept.' },
  { quote: 'The question of {issue} is likely to decide whether this round is remembered as a turning point.', claim: 'The question of {issue} will likely decide whether this round is remembered as a turning point.' },
];

/** The next item of a bank for this article: no repeats until the bank runs out. */
function draw<T>(scene: Scene, bank: readonly T[]): T {
  const deck = (scene.decks.get(bank) ?? []) as T[];
  if (!deck.length) deck.push(...shuffled(scene.rng, bank));
  scene.decks.set(bank, deck);
  return deck.pop()!;
}

/** The next background sentence of the article: from the bank, or made of a subject and a predicate about daily life. */
function nextBackground(scene: Scene): string {
  const template = scene.rng() < 0.7 ? draw(scene, BACKGROUND) : `${draw(scene, LIVES)} ${draw(scene, LIVING)}.`;
  return fill(template, slotsFor(scene));
}

/** Replaces every `{slot}` in a template. */
function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? `{${key}}`);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const Pronoun = (m: CastMember) => capitalize(m.pronoun);

// ---------------------------------------------------------------------------------------------------------
// Moves: each writes one or two paragraphs and says what it planted

interface Claimed {
  claimant: string;
  claim: string;
  status: ClaimStatus;
  date?: string;
}

/** One or more paragraphs of a section, with the quotations, speakers, claims and dates they hold. */
interface Block {
  paragraphs: string[];
  quotations: PlantedQuotation[];
  speakers: string[];
  claims: Claimed[];
  dates: DatedEvent[];
}

/** The article-wide facts a move draws on. */
interface Scene {
  rng: Rng;
  topic: Topic;
  publisher: CastMember;
  published: Day;
  venue: string;
  round: string;
  /** What is left of each bank the article draws from without repeats (refilled, reshuffled, when it runs out). */
  decks: Map<readonly unknown[], unknown[]>;
}

type Marks = readonly [string, string];
const CURLY: Marks = ['“', '”'];
const STRAIGHT: Marks = ['"', '"'];

function marks(scene: Scene): Marks {
  return scene.rng() < 0.35 ? STRAIGHT : CURLY;
}

function block(partial: Partial<Block> & { paragraphs: string[] }): Block {
  return { quotations: [], speakers: [], claims: [], dates: [], ...partial };
}

/** The slots of a speaker's words: their side's country, the other side, and the article's topic. */
function slotsFor(scene: Scene, speaker?: CastMember): Record<string, string> {
  const own = speaker?.side === 'ostrel' ? 'Ostrel' : 'Kestland';
  return {
    own,
    other: own === 'Ostrel' ? 'Kestland' : 'Ostrel',
    agreement: scene.topic.agreement,
    mechanism: scene.topic.mechanism,
    issue: pick(scene.rng, scene.topic.issues),
    demand: pick(scene.rng, scene.topic.demands),
    grievance: pick(scene.rng, scene.topic.grievances),
    place: pick(scene.rng, PLACES),
    venue: scene.venue,
  };
}

function sayingsFor(m: CastMember): readonly Saying[] {
  if (m.side === 'mediator') return MEDIATOR_SAYINGS;
  if (m.side === 'analyst') return ANALYST_SAYINGS;
  if (m.side === 'rights') return RIGHTS_SAYINGS;
  if (m.kind === 'anonymous') return OFFICIAL_SAYINGS;
  return PARTY_SAYINGS;
}

const statusOf = (m: CastMember): ClaimStatus => (m.side === 'analyst' ? 'analysis' : m.kind === 'anonymous' ? 'reported' : 'asserted');

/** Sentences that close a full quotation after a colon. */
const CLOSERS = ['The condition is clear.', 'That is all we ask.', 'Anything else is a waste of everyone’s time.', 'We have said so in every round.'];

/** Full quotation after a colon, optionally dated and followed by "He added, “…”". */
function colonQuote(scene: Scene, added: boolean): Block {
  const m = member(pick(scene.rng, [...VOICES.party, ...VOICES.mediator]));
  const slots = slotsFor(scene, m);
  const [first, second] = shuffled(scene.rng, sayingsFor(m));
  const [open, close] = marks(scene);
  const date = scene.rng() < 0.5 ? monthWithYear(scene.rng, scene.published) : undefined;
  const lead = date ? `In ${date.text}, ` : pick(scene.rng, ['', 'Speaking after the session, ', `At a news conference in ${scene.venue}, `]);
  const verb = pick(scene.rng, ['clarified', 'explained', 'stated']);
  const stance = m.side === 'mediator' ? 'the mediators’ view' : `${slots.own}’s stance`;
  const words = `${fill(first!.quote, slots)} ${draw(scene, CLOSERS)}`;
  const paragraphs = [`${lead}${lead ? m.full : capitalize(m.full)} ${verb} ${stance}: ${open}${words}${close}`];
  const quotations: PlantedQuotation[] = [{ text: words, kind: 'full', speaker: m.id }];
  const claims: Claimed[] = [{ claimant: m.id, claim: fill(first!.claim, slots), status: statusOf(m), ...(date ? { date: date.iso } : {}) }];
  const dates: DatedEvent[] = date ? [{ date: date.iso, event: `${m.name} sets out ${stance.replace('stance', 'position')} on ${scene.topic.name}`, actors: [m.name] }] : [];
  if (added) {
    const [o, c] = marks(scene);
    const more = fill(second!.quote, slots);
    paragraphs.push(`${Pronoun(m)} added, ${o}${more}${c}`);
    quotations.push({ text: more, kind: 'full', speaker: m.id });
  }
  return block({ paragraphs, quotations, speakers: [m.id], claims, dates });
}

/** “X,” he said, “y.” after a paraphrase, or “X,” said Name, “y.” */
function splitQuote(scene: Scene): Block {
  const m = member(pick(scene.rng, [...VOICES.party, ...VOICES.mediator, ...VOICES.analyst]));
  const slots = slotsFor(scene, m);
  const [one, two] = pick(scene.rng, SPLITS).map((part) => fill(part, slots)) as [string, string];
  const [open, close] = marks(scene);
  const quotations: PlantedQuotation[] = [
    { text: one, kind: 'full', speaker: m.id },
    { text: two, kind: 'full', speaker: m.id },
  ];
  const text =
    scene.rng() < 0.5
      ? `${capitalize(m.full)} said the talks in ${scene.venue} had been ${pick(scene.rng, CONSTRUCTIVE)}. ${open}${one},${close} ${m.pronoun} said, ${open}${two}${close}`
      : `${open}${one},${close} said ${m.short}, ${open}${two}${close} ${nextBackground(scene)}`;
  return block({ paragraphs: [text], quotations, speakers: [m.id] });
}

/** urged X to maintain an “…” and cautioned against … “…” */
function urgedQuote(scene: Scene): Block {
  const m = member(pick(scene.rng, VOICES.mediator));
  const [target, partner] = shuffled(scene.rng, ['Kestland', 'Ostrel']) as [string, string];
  const [article, phrase] = pick(scene.rng, MAINTAIN);
  const hinder = pick(scene.rng, HINDER);
  const [open, close] = marks(scene);
  const text = `${capitalize(m.full)} also urged ${target} to maintain ${article} ${open}${phrase}${close} with ${partner} and cautioned against actions that could hinder ${partner}’s ${open}${hinder}.${close}`;
  return block({
    paragraphs: [text],
    quotations: [
      { text: phrase, kind: 'partial', speaker: m.id },
      { text: hinder, kind: 'partial', speaker: m.id },
    ],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: `${target} should maintain ${article} ${phrase} with ${partner} and avoid hindering its ${hinder}.`, status: 'asserted' }],
  });
}

/** hailed the outcome as a “…,” describing the talks as reflective of “…” */
function hailedQuote(scene: Scene): Block {
  const m = member(pick(scene.rng, [...VOICES.mediator, ...VOICES.party]));
  const word = pick(scene.rng, HAILED);
  const reflective = pick(scene.rng, REFLECTIVE);
  const [open, close] = marks(scene);
  const text = `${capitalize(m.full)} hailed the outcome as a ${open}${word},${close} describing the talks as reflective of ${open}${reflective}.${close}`;
  return block({
    paragraphs: [text],
    quotations: [
      { text: word, kind: 'partial', speaker: m.id },
      { text: reflective, kind: 'partial', speaker: m.id },
    ],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: `The outcome of the talks is a ${word}, reflecting ${reflective}.`, status: 'asserted' }],
  });
}

/** A document: described the discussions as “…,”; reflected “…”; It added that … “…” */
function documentQuote(scene: Scene): Block {
  const m = member('joint-communique');
  const [open, close] = marks(scene);
  const described = pick(scene.rng, DESCRIBED);
  const spirit = pick(scene.rng, SPIRIT);
  const chapter = pick(scene.rng, CHAPTER);
  const reaffirmed = pick(scene.rng, REAFFIRMED);
  const text = [
    `Following the talks, ${m.full} described the discussions as ${open}${described},${close} focusing on ${pick(scene.rng, scene.topic.issues)} and the prosperity of both nations.`,
    `The communiqué reflected ${open}${spirit}${close} and both sides’ determination to ${open}${chapter}.${close}`,
    `It added that the delegations had ${open}${reaffirmed}.${close}`,
  ].join(' ');
  return block({
    paragraphs: [text],
    quotations: [
      { text: described, kind: 'partial', speaker: m.id },
      { text: spirit, kind: 'partial', speaker: m.id },
      { text: chapter, kind: 'partial', speaker: m.id },
      { text: reaffirmed, kind: 'partial', speaker: m.id },
    ],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: `The delegations ${reaffirmed}.`, status: 'reported' }],
  });
}

/** The draft framework, seen by the publisher, commits both sides to “…” (a document's words, no speech verb). */
function draftQuote(scene: Scene): Block {
  const demand = pick(scene.rng, scene.topic.demands);
  const [open, close] = marks(scene);
  return block({
    paragraphs: [`The draft framework, seen by ${scene.publisher.name}, commits both sides to ${open}${demand}.${close} ${nextBackground(scene)}`],
    quotations: [{ text: demand, kind: 'partial', speaker: 'draft-framework' }],
    speakers: ['draft-framework'],
    claims: [{ claimant: 'draft-framework', claim: `Both sides commit to ${demand}.`, status: 'reported' }],
  });
}

/** The official said …; He accused X of employing “…” and urged it to abandon its “…” */
function accusedQuote(scene: Scene): Block {
  const m = member(pick(scene.rng, VOICES.partyOfficial));
  const accused = m.side === 'ostrel' ? 'Kestland' : 'Ostrel';
  const tactics = pick(scene.rng, TACTICS);
  const mindset = pick(scene.rng, MINDSET);
  const [open, close] = marks(scene);
  const text = `${capitalize(m.short)} said the round had ended without a timetable. ${Pronoun(m)} accused ${accused} of employing ${open}${tactics}${close} in the talks and urged it to abandon its ${open}${mindset}${close} to allow negotiations to proceed.`;
  return block({
    paragraphs: [text],
    quotations: [
      { text: tactics, kind: 'partial', speaker: m.id },
      { text: mindset, kind: 'partial', speaker: m.id },
    ],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: `${accused} is employing ${tactics} in the talks and should abandon its ${mindset}.`, status: 'reported' }],
  });
}

/** X has not commented, though a … official told Reuters that … “…”; or “…,” a … official told Reuters. */
function toldOutlet(scene: Scene): Block {
  const m = member(pick(scene.rng, VOICES.partyOfficial));
  const outlet = pick(scene.rng, OUTLETS);
  const slots = slotsFor(scene, m);
  const [open, close] = marks(scene);
  if (scene.rng() < 0.5) {
    const tactics = pick(scene.rng, TACTICS);
    return block({
      paragraphs: [`${slots.other} has not commented on the meeting, though ${m.full} told ${outlet} that ${slots.other} was pursuing ${open}${tactics}${close} in the talks.`],
      quotations: [{ text: tactics, kind: 'partial', speaker: m.id }],
      speakers: [m.id],
      claims: [{ claimant: m.id, claim: `${slots.other} is pursuing ${tactics} in the talks.`, status: 'reported' }],
    });
  }
  const saying = pick(scene.rng, OFFICIAL_SAYINGS);
  const words = fill(saying.quote, slots).replace(/\.$/, '');
  return block({
    paragraphs: [`${open}${words},${close} ${m.full} told ${outlet}. ${nextBackground(scene)}`],
    quotations: [{ text: words, kind: 'full', speaker: m.id }],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: fill(saying.claim, slots), status: 'reported' }],
  });
}

/** According to Axios, a Varenian official said Varenia had proposed “….” */
function accordingTo(scene: Scene): Block {
  const m = member(pick(scene.rng, VOICES.briefer));
  const proposal = pick(scene.rng, scene.topic.proposals);
  const [open, close] = marks(scene);
  const text = `According to ${pick(scene.rng, BRIEF_OUTLETS)}, ${m.full} said Carrow had proposed ${open}${proposal}.${close} ${nextBackground(scene)}`;
  return block({
    paragraphs: [text],
    quotations: [{ text: proposal, kind: 'partial', speaker: m.id }],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: `Varenia proposed ${proposal}.`, status: 'reported' }],
  });
}

/** An analyst's full quotation ending in "… said", after a paraphrase told to the publisher. */
function analystQuote(scene: Scene): Block {
  const m = member(pick(scene.rng, VOICES.analyst));
  const slots = slotsFor(scene, m);
  const [first, second] = shuffled(scene.rng, ANALYST_SAYINGS);
  const [open, close] = marks(scene);
  const words = fill(second!.quote, slots).replace(/\.$/, '');
  const text = `Speaking to ${scene.publisher.name}, ${m.full} said ${fill(first!.claim, slots).replace(/^./, (c) => c.toLowerCase())} ${open}${words},${close} ${m.short} said.`;
  return block({
    paragraphs: [text],
    quotations: [{ text: words, kind: 'full', speaker: m.id }],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: fill(first!.claim, slots), status: 'analysis' }],
  });
}

/** A rights group's figure, disputed, and a rights voice's words after an appositive (", who heads the group,"). */
function rightsQuote(scene: Scene): Block {
  const m = member(pick(scene.rng, VOICES.rights));
  const slots = slotsFor(scene, m);
  const date = recentDay(scene.rng, scene.published);
  const count = between(scene.rng, 12, 480);
  const saying = pick(scene.rng, RIGHTS_SAYINGS);
  const [open, close] = marks(scene);
  const figure = `On ${date.text}, Border Watch documented the detention of ${count} civilians near ${slots.place}, a figure the Ostrel Defence Forces disputed.`;
  const who = m.id === 'miriam-castell' ? 'Miriam Castell, who heads the group,' : 'Mayor Luka Petrov, whose town lies on the front line,';
  const words = fill(saying.quote, slots);
  return block({
    paragraphs: [`${figure} ${who} said: ${open}${words}${close}`],
    quotations: [{ text: words, kind: 'full', speaker: m.id }],
    speakers: ['border-watch', m.id],
    claims: [
      { claimant: 'border-watch', claim: `Border Watch documented the detention of ${count} civilians near ${slots.place}.`, status: 'disputed', date: date.iso },
      { claimant: m.id, claim: fill(saying.claim, slots), status: 'asserted' },
    ],
    dates: [{ date: date.iso, event: `Border Watch documents the detention of ${count} civilians near ${slots.place}`, actors: ['Border Watch'], place: slots.place }],
  });
}

/** What institutions say: a subject, a cue, a partial quotation; a claim paraphrasing it. */
const INSTITUTIONS: readonly { speaker: string; sentence: string; words: readonly string[]; claim: string; status: ClaimStatus }[] = [
  { speaker: 'varenian-government', sentence: 'Carrow welcomed the understandings as {q} reaffirming its support for their implementation.', words: ['positive steps,', 'a real beginning,'], claim: 'The understandings are {w}, and Varenia supports their implementation.', status: 'asserted' },
  { speaker: 'tarsen-union', sentence: 'The Tarsen Union called for {q} before any money for reconstruction is released.', words: ['verifiable progress on the ground', 'a clear timetable for the first steps'], claim: 'The Tarsen Union wants {w} before it releases money for reconstruction.', status: 'asserted' },
  { speaker: 'kestland-foreign-ministry', sentence: 'The Kestland Foreign Ministry described the proposal as {q} in a statement on its website.', words: ['a step in the right direction,', 'incomplete but serious,'], claim: 'The proposal is {w}.', status: 'asserted' },
  { speaker: 'relief-office', sentence: 'The UN Relief Coordination Office warned that convoys to {place} still face {q}', words: ['delays measured in weeks.', 'checkpoints that open and close without notice.'], claim: 'Aid convoys to {place} still face {w}.', status: 'reported' },
  { speaker: 'ostrel-defence-forces', sentence: 'The Ostrel Defence Forces stated that its units near {place} had acted {q}', words: ['in self-defence.', 'within the rules agreed in the last round.'], claim: 'Ostrel units near {place} acted {w}.', status: 'asserted' },
  { speaker: 'kestland-state-television', sentence: 'Kestland State Television reported that the delegation had been told to accept nothing short of {q}', words: ['a full withdrawal.', 'guarantees in writing.'], claim: 'The Kestland delegation was told to accept nothing short of {w}.', status: 'reported' },
];

/** An institution's statement: a partial quotation after a cue verb, and a sentence of background. */
function institutionQuote(scene: Scene): Block {
  const institution = pick(scene.rng, INSTITUTIONS);
  const written = pick(scene.rng, institution.words);
  const words = written.replace(/[,.]$/, '');
  const [open, close] = marks(scene);
  const slots = { ...slotsFor(scene), w: words };
  const sentence = fill(institution.sentence, { ...slots, q: `${open}${written}${close}` });
  return block({
    paragraphs: [`${sentence} ${nextBackground(scene)}`],
    quotations: [{ text: words, kind: 'partial', speaker: institution.speaker }],
    speakers: [institution.speaker],
    claims: [{ claimant: institution.speaker, claim: fill(institution.claim, slots), status: institution.status }],
  });
}

/** A paraphrase with a denial: “accused Ostrel of …, a charge Velmar denied.” */
function deniedCharge(scene: Scene): Block {
  const place = pick(scene.rng, PLACES);
  const act = pick(scene.rng, ['shelling farms near', 'moving armour toward', 'detaining shepherds near', 'flying drones over']);
  const text = `Intelligence chief Idris Kovan accused Ostrel of ${act} ${place} during the talks, a charge Velmar denied. ${nextBackground(scene)}`;
  return block({
    paragraphs: [text],
    speakers: ['idris-kovan', 'ostrel-government'],
    claims: [{ claimant: 'idris-kovan', claim: `Ostrel was ${act} ${place} during the talks.`, status: 'denied' }],
  });
}

/** A blockquote with a closing "— Name" line, introduced by a sentence without a speech verb. */
function blockquote(scene: Scene): Block {
  const m = member(pick(scene.rng, [...VOICES.party, ...VOICES.mediator]));
  const slots = slotsFor(scene, m);
  const [first, second] = shuffled(scene.rng, sayingsFor(m));
  const words = `${fill(first!.quote, slots)} ${fill(second!.quote, slots)}`;
  return block({
    paragraphs: [`${capitalize(m.short)} posted a short statement after the meeting.`, `> ${words}\n>\n> — ${m.name}`],
    quotations: [{ text: words, kind: 'full', speaker: m.id }],
    speakers: [m.id],
    claims: [{ claimant: m.id, claim: fill(first!.claim, slots), status: 'asserted' }],
  });
}

/** A name in scare quotes, as some outlets write it: never a quotation. */
function scareQuotedName(scene: Scene): Block {
  const labels = pick(scene.rng, LABELS);
  const text = pick(scene.rng, [
    `"Ostrel", for its part, has adopted contradictory positions and narratives to justify its strikes, exert pressure during negotiations, and unsettle the government in Harrowgate.`,
    `Meanwhile, Varenia has played an active role in facilitating the Kestland–"Ostrel" talks, with its envoy among the first to announce their resumption.`,
    `The strikes were accompanied by hostile rhetoric from “Ostrel” labeling the new leadership in Harrowgate as "${labels[0]}" and "${labels[1]}," and warning of an inevitable confrontation.`,
  ]);
  return block({ paragraphs: [`${text} ${nextBackground(scene)}`] });
}

/** A "so-called" term, dated: talks stalled in September 2025 over the so-called “…”. */
function soCalledTerm(scene: Scene): Block {
  const date = monthWithYear(scene.rng, scene.published);
  const term = pick(scene.rng, scene.topic.terms);
  const place = pick(scene.rng, PLACES);
  const [open, close] = marks(scene);
  const text = `While the parties had come close to outlining a framework, talks stalled in ${date.text} over Ostrel’s insistence on a so-called ${open}${term}${close} around ${place}, an idea firmly rejected by Harrowgate.`;
  return block({
    paragraphs: [text],
    speakers: [scene.publisher.id],
    claims: [{ claimant: scene.publisher.id, claim: `The talks stalled over Ostrel’s insistence on a ${term} around ${place}.`, status: 'analysis' }],
    dates: [{ date: date.iso, event: `Talks stall over Ostrel’s insistence on a “${term}” around ${place}`, actors: ['Kestland', 'Ostrel'] }],
  });
}

/** Background with one date each: earlier rounds, an old accord, a pull-back, a ceasefire, the latest round. */
function datedBackground(scene: Scene, kind: number): Block {
  const { rng, published, venue } = scene;
  const place = pick(rng, PLACES);
  if (kind === 0) {
    const date = monthPair(rng, published);
    const [city, ...others] = shuffled(rng, VENUES.filter((v) => v !== venue));
    return block({
      paragraphs: [`Prior to the ${venue} meeting, two negotiation rounds were held in ${city} in ${date.text}, in addition to meetings in ${others[0]} and ${others[1]}.`],
      dates: [{ date: date.iso, event: `Rounds of Kestland–Ostrel talks held in ${city}`, actors: ['Kestland', 'Ostrel'], place: city! }],
    });
  }
  if (kind === 1) {
    const year = String(between(rng, 1951, 1996));
    const accord = pick(rng, ACCORDS);
    return block({
      paragraphs: [`Harrowgate insists on restoring the terms of the ${year} ${accord} or a similar arrangement on ${pick(rng, scene.topic.issues)}.`],
      speakers: ['kestland-government'],
      claims: [{ claimant: 'kestland-government', claim: `Kestland insists on restoring the terms of the ${year} ${accord} or a similar arrangement.`, status: 'asserted' }],
      dates: [{ date: year, event: `The ${accord} between Kestland and Ostrel concluded`, actors: ['Kestland', 'Ostrel'] }],
    });
  }
  if (kind === 2) {
    const date = approximateYear(rng, published);
    return block({
      paragraphs: [`Ostrel’s forces pulled back from parts of ${place} in ${date.text}, but kept positions on the high ground above it.`],
      dates: [{ date: date.iso, event: `Ostrel’s forces pull back from parts of ${place}`, actors: ['Ostrel'], place }],
    });
  }
  if (kind === 3) {
    const date = dayWithYear(rng, published);
    return block({
      paragraphs: [`Carrow also helped ease tensions in ${place} by brokering a ceasefire agreement on ${date.text}.`],
      dates: [{ date: date.iso, event: `Varenian-brokered ceasefire in ${place}`, actors: ['Varenia'], place }],
    });
  }
  const date = roundDays(rng, published);
  return block({
    paragraphs: [`The latest talks, held over two days in ${venue} on ${date.text}, took place under direct Varenian supervision. ${nextBackground(scene)}`],
    dates: [{ date: date.iso, event: `The ${scene.round} round of Kestland–Ostrel talks on ${scene.topic.name}`, actors: ['Kestland', 'Ostrel', 'Varenia'], place: venue }],
  });
}

/** A paragraph of two to four background sentences, sometimes carrying one of the publisher's analysis claims. */
function background(scene: Scene): Block {
  const slots = slotsFor(scene);
  const sentences = Array.from({ length: between(scene.rng, 2, 4) }, () => nextBackground(scene));
  if (scene.rng() < 0.3) {
    const analysis = draw(scene, ANALYSIS);
    sentences.splice(between(scene.rng, 0, sentences.length), 0, fill(analysis.quote, slots));
    return block({ paragraphs: [sentences.join(' ')], speakers: [scene.publisher.id], claims: [{ claimant: scene.publisher.id, claim: fill(analysis.claim, slots), status: 'analysis' }] });
  }
  return block({ paragraphs: [sentences.join(' ')] });
}

/** A photo caption, as the seed article's `<Figure>` gives it. */
function figure(scene: Scene): Block {
  const m = member(pick(scene.rng, [...VOICES.party, ...VOICES.mediator]));
  const credit = pick(scene.rng, ['Reuters', 'AFP', 'Presidency of Kestland', 'Ostrel Government Press Office', 'Varenian Foreign Office']);
  const caption = pick(scene.rng, [`${m.name} arrives for the talks in ${scene.venue}`, `${m.name} at a news conference in ${scene.venue}`, `Military vehicles on the road to ${pick(scene.rng, PLACES)}`]);
  return block({ paragraphs: [`<Figure credit="${credit}">\n  ${caption}\n</Figure>`] });
}

/** The constructions every article holds at least once, dealt out over its sections. */
const REQUIRED: readonly ((scene: Scene) => Block)[] = [
  (s) => colonQuote(s, true),
  splitQuote,
  urgedQuote,
  hailedQuote,
  documentQuote,
  toldOutlet,
  accordingTo,
  blockquote,
  scareQuotedName,
  soCalledTerm,
];

/** Moves that add quotations, drawn at random to fill a section. */
const OPTIONAL: readonly ((scene: Scene) => Block)[] = [
  (s) => colonQuote(s, s.rng() < 0.5),
  splitQuote,
  urgedQuote,
  hailedQuote,
  accusedQuote,
  toldOutlet,
  accordingTo,
  analystQuote,
  rightsQuote,
  draftQuote,
  institutionQuote,
  blockquote,
];

const wordCount = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.paragraphs.join(' ').split(/\s+/).length, 0);
const quotationCount = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.quotations.length, 0);

/** The blocks of one section: its required constructions, then more quotations (about five in all) and background up to a few hundred words. */
function sectionBlocks(scene: Scene, required: readonly ((scene: Scene) => Block)[], order: number): Block[] {
  const blocks = required.map((move) => move(scene));
  if (order === 1) blocks.unshift(background(scene), datedBackground(scene, 4));
  const target = between(scene.rng, 4, 6);
  while (quotationCount(blocks) < target) blocks.push(pick(scene.rng, OPTIONAL)(scene));
  blocks.push(datedBackground(scene, between(scene.rng, 0, 3)));
  if (scene.rng() < 0.3) blocks.push(deniedCharge(scene));
  const words = between(scene.rng, 330, 480);
  while (wordCount(blocks) < words) blocks.push(background(scene));
  // Keep the opening (and any "He added" pair) in place; shuffle the rest, as an article interleaves them.
  const [head, ...rest] = blocks;
  const arranged = [head!, ...shuffled(scene.rng, rest)];
  if (scene.rng() < 0.5) arranged.splice(between(scene.rng, 1, arranged.length - 1), 0, figure(scene));
  return arranged;
}

const SECTION_TITLES = [
  'A Faltering Track',
  'Red Lines in {venue}',
  'What the Communiqué Says',
  'The View from Harrowgate',
  'The View from Velmar',
  'Agreement or Normalization?',
  'Security First',
  'The Mediator’s Gamble',
  'What Comes Next',
  'Between {venue} and the Border',
  '"{Mechanism}"',
  'Voices from {place}',
];

const TITLES = [
  'What Did the {Round} Round of Kestland–"Ostrel" Talks Reveal?',
  'Kestland and Ostrel Edge Toward a {Agreement} in {venue}',
  'Inside the {venue} Talks on {Name}',
  'After {venue}, a {Agreement} Is Closer but Not Yet in Sight',
  'The {Round} Round: Kestland, Ostrel and the Question of {Name}',
];

const titleCase = (text: string) => text.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The section's frontmatter from its blocks: speakers in order of appearance, 2–4 claims with ids, dates in order. */
function frontmatterOf(blocks: readonly Block[], scene: Scene, article: string, articleNumber: number, title: string, order: number): SyntheticFrontmatter {
  const candidates = blocks.flatMap((b) => b.claims);
  const chosen = shuffled(scene.rng, candidates.map((_, index) => index))
    .slice(0, Math.min(candidates.length, between(scene.rng, 2, 4)))
    .sort((a, b) => a - b)
    .map((index) => candidates[index]!);
  const claims = chosen.map((claim, index): SyntheticClaim => ({ id: `${claim.claimant}-${articleNumber}-${order}-${index + 1}`, ...claim }));
  const speakers = [...new Set([...blocks.flatMap((b) => [...b.speakers, ...b.quotations.map((q) => q.speaker)]), ...claims.map((c) => c.claimant)])];
  const dates = blocks.flatMap((b) => b.dates);
  return { title, order, article, speakers, claims, dates };
}

/** One article: 3–5 sections, every required construction at least once. */
function generateArticle(seed: number, index: number): SyntheticArticle {
  const rng = mulberry32(hashSeed('verbatim-synthetic', seed, index));
  const topic = pick(rng, TOPICS);
  const published: Day = { year: between(rng, 2023, 2025), month: between(rng, 1, 12), day: between(rng, 1, 28) };
  const publisher = member(pick(rng, PUBLISHERS));
  const scene: Scene = { rng, topic, publisher, published, venue: pick(rng, VENUES), round: pick(rng, ORDINALS), decks: new Map() };
  const slots = {
    Round: capitalize(scene.round),
    Agreement: titleCase(topic.agreement),
    Name: titleCase(topic.name.replace(/^the /, '')),
    venue: scene.venue,
    Mechanism: titleCase(topic.mechanism),
    place: pick(rng, PLACES).replace(/^the /, 'The '),
  };
  const number = index + 1;
  const slug = `${topic.key}-talks-${String(number).padStart(4, '0')}`;
  const count = between(rng, 3, 5);
  const titles = ['Introduction', ...shuffled(rng, SECTION_TITLES).slice(0, count - 1).map((t) => fill(t, slots))];
  const dealt: ((scene: Scene) => Block)[][] = titles.map(() => []);
  shuffled(rng, REQUIRED).forEach((move, i) => dealt[i % count]!.push(move));
  const sections = titles.map((title, i): SyntheticSection => {
    const order = i + 1;
    const blocks = sectionBlocks(scene, dealt[i]!, order);
    return {
      slug: slugify(title),
      frontmatter: frontmatterOf(blocks, scene, slug, number, title, order),
      body: blocks.flatMap((b) => b.paragraphs).join('\n\n'),
      quotations: blocks.flatMap((b) => b.quotations),
    };
  });
  const authors = shuffled(rng, AUTHORS).slice(0, between(rng, 1, 2));
  const title = fill(pick(rng, TITLES), slots);
  return {
    slug,
    entry: {
      title,
      publisher: publisher.name,
      source: `https://${DOMAINS[publisher.id as (typeof PUBLISHERS)[number]]}/${published.year}/${pad(published.month)}/${slug}/`,
      language: 'en',
      published: isoDay(published),
      authors,
      summary: `A news analysis of the ${scene.round} round of Kestland–Ostrel talks on ${topic.name}, held in ${scene.venue} under Varenian supervision: the positions of each side, the communiqué and its ${topic.mechanism}, and what analysts make of it.`,
      attribution: `Synthetic text generated by Verbatim's benchmark corpus generator (seed ${seed}, article ${number}); the people, outlets and events are fictional.`,
    },
    sections,
  };
}

/** A corpus of `articles` articles and the shared 40-speaker registry, the same for the same seed. */
export function generateCorpus({ articles, seed }: CorpusOptions): Corpus {
  return { speakers: syntheticSpeakers(), articles: Array.from({ length: articles }, (_, index) => generateArticle(seed, index)) };
}

// ---------------------------------------------------------------------------------------------------------
// Writing

const ISO_DATE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/** YAML with every date value double-quoted, as the content model asks. */
function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && ISO_DATE_VALUE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString();
}

/** An MDX section file: YAML frontmatter, then the body. */
function sectionFile(section: SyntheticSection): string {
  return `---\n${toYaml(section.frontmatter)}---\n\n${section.body}\n`;
}

/** Writes the corpus as a content folder: speakers.yaml and articles/<slug>/{article.yaml, <section>.mdx}. */
export function writeCorpus(corpus: Corpus, contentDir: string): void {
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  writeFileSync(join(contentDir, 'speakers.yaml'), toYaml(corpus.speakers));
  for (const article of corpus.articles) {
    const dir = join(contentDir, 'articles', article.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'article.yaml'), toYaml(article.entry));
    for (const section of article.sections) writeFileSync(join(dir, `${section.slug}.mdx`), sectionFile(section));
  }
}
