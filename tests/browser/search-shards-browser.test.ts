/**
 * The pages' search bundle in shards: each written again only when its pages change, and searched as one by the
 * search page; the records' shards searched as one too. The seed is one article, so a second is made here, in the other shard, from a copy of a seed section.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readIndexInput, writePagesBundles, writeRecordsBundle } from '../../src/outputs/search-index.ts';
import { pagesShards, RECORDS_SHARDS, RECORDS_SHARDS_FILE, shardOfArticle } from '../../src/model/search-shards.ts';
import type { SearchRecord } from '../../src/outputs/search-records.ts';
import { browserOnSite } from '../helpers/browser.ts';
import { digestOf } from '../helpers/bad-input.ts';

const { base, outDir: built } = inject('builds').subpath;
const SEED = 'syria-israel-fifth-round';
const other = Array.from({ length: 50 }, (_, n) => `shard-test-${n}`).find((id) => shardOfArticle(id) !== shardOfArticle(SEED))!;
const root = mkdtempSync(join(tmpdir(), 'verbatim-shards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const outDir = join(root, 'site');
const cacheDir = join(root, 'cache');
cpSync(built, outDir, { recursive: true });
const shards = pagesShards([SEED, other]);
const copied = join(outDir, 'articles', other, 'copied', 'index.html');
const seedSection = readdirSync(join(outDir, 'articles', SEED), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
mkdirSync(join(copied, '..'), { recursive: true });
writeFileSync(copied, readFileSync(join(outDir, 'articles', SEED, seedSection, 'index.html'), 'utf8').replace('<h1>', '<h1>Zephyrine '));
const searchPage = join(outDir, 'search', 'index.html');
writeFileSync(searchPage, readFileSync(searchPage, 'utf8').replace('data-search-shards="pagefind"', `data-search-shards="${shards.map((shard) => shard.bundle).join(' ')}"`));
for (const shard of shards) rmSync(join(outDir, shard.bundle), { recursive: true, force: true });

describe('the pages’ search bundle in shards', () => {
  it('writes each shard, and takes one from the last build while its pages are byte for byte the same', async () => {
    expect(shards.map((shard) => shard.bundle)).toEqual(['pagefind', 'pagefind-2']);
    const pagesIn = (folder: string) => readdirSync(join(outDir, folder)).filter((name) => existsSync(join(outDir, folder, name, 'index.html'))).length;
    const pages = pagesIn(`articles/${SEED}`) + pagesIn(`articles/${other}`) + pagesIn('speakers');
    expect(await writePagesBundles(outDir, shards, cacheDir)).toEqual({ pages, reused: 0 });
    const written = shards.map((shard) => digestOf(join(outDir, shard.bundle)));
    for (const shard of shards) rmSync(join(outDir, shard.bundle), { recursive: true, force: true });
    expect(await writePagesBundles(outDir, shards, cacheDir)).toEqual({ pages, reused: 2 });
    expect(shards.map((shard) => digestOf(join(outDir, shard.bundle)))).toEqual(written);
    // An edit to the copied section's page: its shard is indexed again, the seed's is taken as it was.
    const page = readFileSync(copied, 'utf8');
    writeFileSync(copied, page.replace('Zephyrine ', 'Zephyrine Quillon '));
    for (const shard of shards) rmSync(join(outDir, shard.bundle), { recursive: true, force: true });
    expect(await writePagesBundles(outDir, shards, cacheDir)).toEqual({ pages, reused: 1 });
    const [seedShard, otherShard] = shardOfArticle(SEED) === 0 ? [0, 1] : [1, 0];
    expect(digestOf(join(outDir, shards[seedShard]!.bundle))).toBe(written[seedShard]);
    expect(digestOf(join(outDir, shards[otherShard]!.bundle))).not.toBe(written[otherShard]);
  });

  describe('in Chromium', () => {
    const running = browserOnSite({ base, outDir });
    /** Where the results of `query` link, path and fragment, with the search's other parameters (`&type=…`) if any. */
    const resultLinks = async (query: string, more = '') => {
      const page = await running.browser.newPage();
      await page.goto(`${running.site.url}search/?q=${encodeURIComponent(query)}${more}`);
      await page.locator('[data-search-status]').filter({ hasText: /result/ }).waitFor();
      await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
      const links = await page.locator('.search-result__title a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href)).map((url) => url.pathname + url.hash));
      await page.close();
      return links;
    };

    it('finds what only the second shard holds', async () => {
      expect((await resultLinks('Zephyrine'))[0]).toBe(`${base}articles/${other}/copied/`);
    });

    it('searches the records’ shards as one', async () => {
      // The seed's records, and one more of an article in another shard of the records' bundle.
      const seedShards = JSON.parse(readFileSync(join(outDir, RECORDS_SHARDS_FILE), 'utf8')) as string[];
      expect(seedShards).toHaveLength(1);
      const elsewhere = Array.from({ length: 50 }, (_, n) => `records-test-${n}`).find((id) => shardOfArticle(id, RECORDS_SHARDS) !== shardOfArticle(SEED, RECORDS_SHARDS))!;
      const record: SearchRecord = {
        url: `/articles/${elsewhere}/opening/#cite-zephyrine`,
        content: 'Zephyrine talks resume in Barrack’s absence',
        language: 'en',
        meta: { title: '“Zephyrine talks resume in Barrack’s absence”', speaker: 'Zephyrine Quillon' },
        filters: { type: ['Quotation'], speaker: ['Zephyrine Quillon'], kind: ['direct'] },
        sort: { newest: '2026-01-06', oldest: '2026-01-06' },
      };
      const { records } = await readIndexInput(join(process.cwd(), 'content'));
      for (const bundle of seedShards) rmSync(join(outDir, bundle), { recursive: true, force: true });
      expect(await writeRecordsBundle(outDir, [...records, record], join(root, 'records-cache'))).toEqual({ shards: 2, reused: 0 });
      const titles = await resultLinks('Barrack', '&type=Quotation');
      expect(titles).toContain(`${base}articles/${elsewhere}/opening/#cite-zephyrine`);
      expect(titles.some((path) => path.startsWith(`${base}articles/${SEED}/`))).toBe(true);
    });

    it('searches both shards as one: the seed’s section and its copy, and the speakers of the first', async () => {
      const found = await resultLinks('Barrack');
      expect(found).toContain(`${base}articles/${other}/copied/`);
      expect(found.some((path) => path.startsWith(`${base}articles/${SEED}/`))).toBe(true);
      expect(found[0]).toBe(`${base}speakers/thomas-barrack/`);
    });
  });
});
