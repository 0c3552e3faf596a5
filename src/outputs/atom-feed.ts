/**
 * Atom feeds (RFC 4287): the articles of the site, and each speaker's quotations. Every date is the content's own
 * (a feed's `updated` is its newest entry's), so the same content always gives the same bytes.
 */
import { parseIsoDate, sortKey } from '../model/iso-date.ts';
import { escapeHtml } from '../model/strings.ts';
import { sortedByKey } from '../model/sort-by-key.ts';

export interface FeedEntry {
  /** The entry's absolute URL, which is also its id. */
  url: string;
  title: string;
  /** An ISO date of reduced precision ("2026-01"); Atom's timestamp is the first day it can mean. */
  date: string;
  authors: string[];
  summary: string;
}

export interface Feed {
  title: string;
  /** The feed's own absolute URL, which is also its id. */
  self: string;
  /** The page the feed follows. */
  alternate: string;
  /** Named when an entry has no author of its own. */
  author: string;
  entries: FeedEntry[];
}

/** The most entries a feed holds: the newest, as feed readers poll for what is new. */
export const FEED_ENTRIES = 100;

/** Atom's date-time for an ISO date of reduced precision or a range: the first day it can mean, at midnight UTC. */
export function atomTimestamp(date: string): string {
  const parsed = parseIsoDate(date);
  if (typeof parsed === 'string') throw new Error(parsed);
  return `${sortKey(parsed.start)}T00:00:00Z`;
}

/** The newest entries first (by date, then URL, so that equal dates keep one order), at most FEED_ENTRIES. */
export function newestFirst(entries: readonly FeedEntry[]): FeedEntry[] {
  return sortedByKey(entries, (entry) => [atomTimestamp(entry.date), entry.url] as const, (a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1])).slice(0, FEED_ENTRIES);
}

const element = (name: string, text: string) => `<${name}>${escapeHtml(text)}</${name}>`;
const authors = (names: readonly string[]) => names.map((name) => `<author>${element('name', name)}</author>`).join('');

/** The feed as an Atom document, its entries as given (see newestFirst). */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((entry) => atomTimestamp(entry.date)).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map(
    (entry) =>
      `<entry>${element('id', entry.url)}${element('title', entry.title)}<link rel="alternate" type="text/html" href="${escapeHtml(entry.url)}"/>` +
      `${element('updated', atomTimestamp(entry.date))}${authors(entry.authors.length ? entry.authors : [feed.author])}${element('summary', entry.summary)}</entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.self),
    element('title', feed.title),
    `<link rel="self" type="application/atom+xml" href="${escapeHtml(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeHtml(feed.alternate)}"/>`,
    element('updated', updated),
    authors([feed.author]),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
