import { describe, expect, it } from 'vitest';
import { PAGES_SHARDS, pagesShards, shardOfArticle, shardPages } from '../../src/model/search-shards.ts';

const ids = Array.from({ length: 40 }, (_, n) => `talks-${n}`);

describe('the shards of the pages’ search bundle', () => {
  it('puts each article in one shard by its id, wherever it is listed and whatever else is there', () => {
    const all = pagesShards(ids);
    expect(all.map((shard) => shard.bundle)).toEqual(['pagefind', 'pagefind-2']);
    expect(all.flatMap((shard) => shard.articles).sort()).toEqual([...ids].sort());
    for (const shard of all) expect(shard.articles).toEqual([...shard.articles].sort());
    // Another article does not move the others: an edit re-indexes only its own shard.
    const more = pagesShards([...ids].reverse().concat('talks-new'));
    for (const id of ids) expect(more.findIndex((shard) => shard.articles.includes(id))).toBe(shardOfArticle(id));
    // Both shards get a fair share of a corpus.
    for (const shard of all) expect(shard.articles.length).toBeGreaterThan(ids.length / PAGES_SHARDS / 2);
  });

  it('keeps the first shard, which holds the speakers, and leaves out a shard with nothing in it', () => {
    const other = ids.find((id) => shardOfArticle(id) === 1)!;
    expect(pagesShards([other])).toEqual([
      { bundle: 'pagefind', articles: [], speakers: true },
      { bundle: 'pagefind-2', articles: [other], speakers: false },
    ]);
    const first = ids.find((id) => shardOfArticle(id) === 0)!;
    expect(pagesShards([first])).toEqual([{ bundle: 'pagefind', articles: [first], speakers: true }]);
  });

  it('globs each shard’s section pages, and the speakers’ in the first', () => {
    expect(shardPages({ bundle: 'pagefind', articles: ['a-1', 'b-2'], speakers: true })).toBe('{articles/a-1/*/index.html,articles/b-2/*/index.html,speakers/*/index.html}');
    expect(shardPages({ bundle: 'pagefind-2', articles: ['c-3'], speakers: false })).toBe('articles/c-3/*/index.html');
    expect(shardPages({ bundle: 'pagefind', articles: [], speakers: true })).toBe('speakers/*/index.html');
  });
});
