/**
 * The pages' search bundle, written in shards by article: an edit re-indexes only its article's shard, and the
 * build takes the others from the last one (Pagefind indexes a bundle whole, 10 to 15 s at a thousand articles).
 * The search page loads the first shard and merges the others into it: Pagefind loads its code and WebAssembly
 * once, but every first search then fetches each shard's metadata and each query word's index chunk in each, so
 * there are only two.
 */
import { SEARCH_BUNDLES } from './search-filters.ts';

export const PAGES_SHARDS = 2;

/** The shard an article's sections are indexed in: by a hash of its id (FNV-1a), so that it stays there. */
export function shardOfArticle(id: string): number {
  let hash = 0x811c9dc5;
  for (const character of id) hash = Math.imul(hash ^ character.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % PAGES_SHARDS;
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
    bundle: index ? `${SEARCH_BUNDLES.pages}-${index + 1}` : SEARCH_BUNDLES.pages,
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
