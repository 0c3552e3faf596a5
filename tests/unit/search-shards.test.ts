import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleOfRecord, FOLDERS_PER_GLOB, PAGES_SHARDS, pagesShards, RECORDS_SHARDS, recordsShards, shardOfArticle, shardPages } from '../../src/model/search-shards.ts';
import { writePagesBundles } from '../../src/outputs/search-index.ts';

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
    expect(shardPages({ bundle: 'pagefind', articles: ['a-1', 'b-2'], speakers: true })).toEqual(['{articles/a-1/*/index.html,articles/b-2/*/index.html,speakers/*/index.html}']);
    expect(shardPages({ bundle: 'pagefind-2', articles: ['c-3'], speakers: false })).toEqual(['articles/c-3/*/index.html']);
    expect(shardPages({ bundle: 'pagefind', articles: [], speakers: true })).toEqual(['speakers/*/index.html']);
  });

  it('globs a large shard a few hundred folders at a time, each once', () => {
    const articles = Array.from({ length: 2 * FOLDERS_PER_GLOB + 1 }, (_, n) => `a-${n}`);
    const globs = shardPages({ bundle: 'pagefind', articles, speakers: true });
    expect(globs).toHaveLength(3);
    const alternatives = globs.map((glob) => glob.replace(/^\{|\}$/g, '').split(','));
    expect(alternatives.map((list) => list.length)).toEqual([FOLDERS_PER_GLOB, FOLDERS_PER_GLOB, 2]);
    expect(alternatives.flat()).toEqual([...articles.map((id) => `articles/${id}/*/index.html`), 'speakers/*/index.html']);
  });

  it('indexes a shard of 5,000 articles, more than Pagefind parses in one glob', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-large-shard-'));
    try {
      const outDir = join(root, 'site');
      const articles = Array.from({ length: 5000 }, (_, n) => `article-talks-${String(n).padStart(5, '0')}`);
      for (const id of articles) {
        mkdirSync(join(outDir, 'articles', id, 'only'), { recursive: true });
        writeFileSync(join(outDir, 'articles', id, 'only', 'index.html'), `<!DOCTYPE html><html lang="en"><body><main data-pagefind-body><h1>${id}</h1><p>Words of ${id}.</p></main></body></html>`);
      }
      const shard = { bundle: 'pagefind', articles, speakers: false };
      expect(await writePagesBundles(outDir, [shard], join(root, 'cache'))).toEqual({ pages: 5000, reused: 0 });
      expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the shards of the records’ search bundle', () => {
  const recordsOf = (id: string) => [{ url: `/articles/${id}/opening/#cite-${id}-1` }, { url: `/articles/${id}/opening/#claim-${id}` }];

  it('puts each article’s quotations and claims in one shard by its id, in the order given, and lists only the shards that hold some', () => {
    const records = ids.flatMap(recordsOf);
    const shards = recordsShards(records);
    expect(shards.map((shard) => shard.bundle)).toEqual(['pagefind-records', 'pagefind-records-2', 'pagefind-records-3', 'pagefind-records-4'].slice(0, RECORDS_SHARDS));
    expect(shards.flatMap((shard) => shard.records).length).toBe(records.length);
    for (const [index, shard] of shards.entries()) {
      expect(shard.records).toEqual(records.filter((record) => shardOfArticle(articleOfRecord(record.url), RECORDS_SHARDS) === index));
      expect(shard.records.length).toBeGreaterThan(records.length / RECORDS_SHARDS / 3);
    }
    const last = ids.find((id) => shardOfArticle(id, RECORDS_SHARDS) === RECORDS_SHARDS - 1)!;
    expect(recordsShards(recordsOf(last))).toEqual([{ bundle: `pagefind-records-${RECORDS_SHARDS}`, records: recordsOf(last) }]);
  });

  it('has no shard when there are no records, and names a record outside an article', () => {
    expect(recordsShards([])).toEqual([]);
    expect(articleOfRecord('/articles/talks-1/#claim-1')).toBe('talks-1');
    expect(() => articleOfRecord('/speakers/envoy/')).toThrow(/\/speakers\/envoy\/ is not in an article/);
  });
});
