/**
 * The pages' search bundle, written in shards by article: an edit re-indexes only its article's shard, and the
 * build takes the others from the last one (Pagefind indexes a bundle whole, 10 to 15 s at a thousand articles).
 * The search page loads the first shard and merges the others into it: Pagefind loads its code and WebAssembly
 * once, but every first search then fetches each shard's metadata and each query word's index chunk in each, so
 * there are only two.
 */
import { SEARCH_BUNDLES } from './search-filters.ts';

export const PAGES_SHARDS = 2;

/**
 * The records' bundle (quotations and claims) is in shards by article too, so that an edit to a quotation indexes
 * a quarter of the records again: 34,000 at N=1000 took 10 s in one bundle. A first search does not load it, so
 * more shards cost only a search of records a few more requests.
 */
export const RECORDS_SHARDS = 4;

/** The file, at the site root, that lists the records' shards that hold records, the first the one loaded. */
export const RECORDS_SHARDS_FILE = 'search-records-shards.json';

/**
 * The filters the search page merges each shard into its one Pagefind instance with: the shard's bundle
 * (`pages`, `records`), which every search filters by; and a records' shard's folder, by which a sorted search
 * searches each shard alone (Pagefind orders merged results by score, not by the sort).
 */
export const BUNDLE_FILTER = 'bundle';
export const SHARD_FILTER = 'shard';

/** What RECORDS_SHARDS_FILE holds. */
export interface RecordsShardsList {
  /** The shards' folders below the site root, the first the one loaded. */
  shards: string[];
  /**
   * What counting the records' menus fetches, at most, before a query's index chunks: each shard's metadata and
   * filters (the page loads Pagefind's code and WebAssembly once for both bundles).
   */
  countBytes: number;
}

/**
 * The records' bundle is counted with every search, as the pages' is, when counting it fetches at most this much
 * (about 4,000 records): at the seed's size (2.4 KB of metadata and filters), not at a thousand articles, where
 * counting its four shards loads about 770 KB (889 KB by this measure), three times a first search's budget. Past
 * it, the page counts the records on the reader's request.
 */
export const RECORDS_COUNTED_AT_ONCE_BYTES = 100 * 1024;

/** Whether the search page counts the records' menus with every search, without being asked. */
export const recordsCountedAtOnce = ({ countBytes }: RecordsShardsList) => countBytes <= RECORDS_COUNTED_AT_ONCE_BYTES;

/** The shard of `shards` an article's sections or records are indexed in: by a hash of its id (FNV-1a), so that it stays there. */
export function shardOfArticle(id: string, shards = PAGES_SHARDS): number {
  let hash = 0x811c9dc5;
  for (const character of id) hash = Math.imul(hash ^ character.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % shards;
}

/** The folder of shard `index` of a bundle below the site root: the first is the bundle's own folder, then `<folder>-2`, `<folder>-3`… */
const shardBundle = (folder: string, index: number) => (index ? `${folder}-${index + 1}` : folder);

/** The article a search record is in, from its URL (`/articles/<id>/…`). */
export function articleOfRecord(url: string): string {
  const id = /^\/articles\/([^/#]+)\//.exec(url)?.[1];
  if (!id) throw new Error(`The search record at ${url} is not in an article (/articles/<id>/…): its URL was made wrong`);
  return id;
}

/**
 * The records of each of the records' shards that holds some, by their URLs' articles, each shard's in the order
 * given; none when there are no records (Pagefind's bundle of no records cannot be loaded in the browser).
 */
export function recordsShards<Record extends { url: string }>(records: readonly Record[]): { bundle: string; records: Record[] }[] {
  const shards = Array.from({ length: RECORDS_SHARDS }, (_, index) => ({ bundle: shardBundle(SEARCH_BUNDLES.records, index), records: [] as Record[] }));
  for (const record of records) shards[shardOfArticle(articleOfRecord(record.url), RECORDS_SHARDS)]!.records.push(record);
  return shards.filter((shard) => shard.records.length);
}

export interface PagesShard {
  /** Its folder below the site root: the first is SEARCH_BUNDLES.pages. */
  bundle: string;
  /** The articles whose sections it indexes, in order of their ids. */
  articles: string[];
  /** Whether it indexes the speakers' pages too (the first does). */
  speakers: boolean;
}

/** The shards that index something, the first always (it holds the speakers, and is the bundle the search page loads). */
export function pagesShards(articleIds: readonly string[]): PagesShard[] {
  const shards = Array.from({ length: PAGES_SHARDS }, (_, index): PagesShard => ({
    bundle: shardBundle(SEARCH_BUNDLES.pages, index),
    articles: [],
    speakers: index === 0,
  }));
  for (const id of [...articleIds].sort()) shards[shardOfArticle(id)]!.articles.push(id);
  return shards.filter((shard) => shard.speakers || shard.articles.length);
}

/**
 * Pagefind fails to parse a glob of a few thousand alternatives ("did not parse as a valid glob"), and takes time
 * growing with the square of their number before that: a shard's pages are globbed this many folders (an article's,
 * or the speakers') at a time.
 */
export const FOLDERS_PER_GLOB = 500;

/**
 * The built pages a shard indexes, as Pagefind globs them below the site root, in globs of at most
 * FOLDERS_PER_GLOB folders: its articles' sections and, in the first, the speakers (the pages that mark their text
 * with `data-pagefind-body`: paths.section, paths.speaker).
 */
export function shardPages({ articles, speakers }: PagesShard): string[] {
  const patterns = [...articles.map((id) => `articles/${id}/*/index.html`), ...(speakers ? ['speakers/*/index.html'] : [])];
  const globs: string[] = [];
  for (let start = 0; start < patterns.length; start += FOLDERS_PER_GLOB) {
    const part = patterns.slice(start, start + FOLDERS_PER_GLOB);
    globs.push(part.length === 1 ? part[0]! : `{${part.join(',')}}`);
  }
  return globs;
}
