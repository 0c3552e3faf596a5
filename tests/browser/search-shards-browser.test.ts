/**
 * The pages' search bundle in shards: each written again only when its pages change, and searched as one by the
 * search page; the records' shards searched as one too. The seed is one article, so a second is made here, in the other shard, from a copy of a seed section.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readIndexInput, writePagesBundles, writeRecordsBundle } from '../../src/outputs/search-index.ts';
import { pagesShards, RECORDS_SHARDS, RECORDS_SHARDS_FILE, shardOfArticle, type RecordsShardsList } from '../../src/model/search-shards.ts';
import { dateSortKeys, SORT_DATE_FILTER, type SearchRecord } from '../../src/outputs/search-records.ts';
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
/** The records' shards the site lists, and what counting them fetches. */
const recordsList = () => JSON.parse(readFileSync(join(outDir, RECORDS_SHARDS_FILE), 'utf8')) as RecordsShardsList;
/** Removes the records' shards the site lists, for a test to write others in their place. */
const removeRecordsShards = () => {
  for (const bundle of recordsList().shards) rmSync(join(outDir, bundle), { recursive: true, force: true });
};

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
      expect(recordsList().shards).toHaveLength(1);
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
      removeRecordsShards();
      expect(await writeRecordsBundle(outDir, [...records, record], join(root, 'records-cache'))).toEqual({ shards: 2, reused: 0 });
      // The list weighs what counting the two shards fetches: their metadata and filters.
      const list = recordsList();
      const size = (...path: string[]) => statSync(join(outDir, ...path)).size;
      const counted = (bundle: string) => [
        ...readdirSync(join(outDir, bundle)).filter((name) => name.endsWith('.pf_meta')).map((name) => size(bundle, name)),
        ...readdirSync(join(outDir, bundle, 'filter')).map((name) => size(bundle, 'filter', name)),
      ];
      expect(list.shards).toHaveLength(2);
      expect(list.countBytes).toBe(list.shards.flatMap(counted).reduce((a, b) => a + b, 0));
      const titles = await resultLinks('Barrack', '&type=Quotation');
      expect(titles).toContain(`${base}articles/${elsewhere}/opening/#cite-zephyrine`);
      expect(titles.some((path) => path.startsWith(`${base}articles/${SEED}/`))).toBe(true);
    });

    it('lists a sorted search of the records’ shards in the sort’s order across them, the undated last', async () => {
      // The seed's quotations, and more in another shard dated before, among and after them, and one undated.
      const elsewhere = Array.from({ length: 50 }, (_, n) => `records-sort-${n}`).find((id) => shardOfArticle(id, RECORDS_SHARDS) !== shardOfArticle(SEED, RECORDS_SHARDS))!;
      const quotation = (slug: string, date?: string): SearchRecord => ({
        url: `/articles/${elsewhere}/opening/#cite-${slug}`,
        content: `Quillon said ${slug}`,
        language: 'en',
        meta: { title: `“Quillon said ${slug}”`, speaker: 'Zephyrine Quillon' },
        filters: { type: ['Quotation'], speaker: ['Zephyrine Quillon'], kind: ['full'], ...(date && { [SORT_DATE_FILTER]: [date] }) },
        sort: dateSortKeys(date),
      });
      const extra = [quotation('earliest', '2019-05-01'), quotation('between', '2026-01-05'), quotation('latest', '2031-02-03'), quotation('undated')];
      const { records } = await readIndexInput(join(process.cwd(), 'content'));
      const all = [...records, ...extra];
      const dateOf = new Map(all.map((record) => [record.url, record.filters[SORT_DATE_FILTER]?.[0]]));
      removeRecordsShards();
      expect((await writeRecordsBundle(outDir, all, join(root, 'records-sort-cache'))).shards).toBe(2);
      const page = await running.browser.newPage();
      for (const [sort, before] of [['date-asc', (a: string, b: string) => a <= b], ['date-desc', (a: string, b: string) => a >= b]] as const) {
        await page.goto(`${running.site.url}search/?type=Quotation&sort=${sort}`);
        await page.locator('[data-search-results]:not([aria-busy]) .search-result').first().waitFor();
        while (await page.locator('[data-search-more]').isVisible()) {
          const shown = await page.locator('.search-result').count();
          await page.locator('[data-search-more]').click();
          await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(shown);
        }
        const links = await page.locator('.search-result__title a').evaluateAll((anchors) => anchors.map((a) => { const url = new URL((a as HTMLAnchorElement).href); return url.pathname + url.hash; }));
        const dates = links.map((link) => dateOf.get(link.slice(base.length - 1)));
        expect(dates).toHaveLength(all.filter((record) => record.filters.type![0] === 'Quotation').length);
        const dated = dates.filter((date) => date !== undefined);
        expect(dates.slice(dated.length), 'the undated come last').toEqual(dates.filter((date) => date === undefined));
        expect(dated.every((date, at) => at === 0 || before(dated[at - 1]!, date)), `${sort}: ${dated.join(' ')}`).toBe(true);
        expect(dated[0]).toBe(sort === 'date-asc' ? '2019-05-01' : '2031-02-03');
      }
      await page.close();
    });

    it('searches a site without quotations or claims: its records’ list names no shard, and a search of records finds nothing', async () => {
      removeRecordsShards();
      expect(await writeRecordsBundle(outDir, [], join(root, 'records-none-cache'))).toEqual({ shards: 0, reused: 0 });
      expect(recordsList()).toEqual({ shards: [], countBytes: 0 });
      const page = await running.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${running.site.url}search/?q=Barrack&type=Quotation`);
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^No results for “Barrack”/);
      await page.getByLabel('Result type').selectOption('');
      await page.locator('.search-result').first().waitFor();
      await expect.poll(() => page.getByLabel('Result type').evaluate((select: HTMLSelectElement) => [...select.options].map((o) => o.label))).toEqual(expect.arrayContaining(['Speaker (1)', 'Claim (0)', 'Quotation (0)']));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('searches both shards as one: the seed’s section and its copy, and the speakers of the first', async () => {
      const found = await resultLinks('Barrack');
      expect(found).toContain(`${base}articles/${other}/copied/`);
      expect(found.some((path) => path.startsWith(`${base}articles/${SEED}/`))).toBe(true);
      expect(found[0]).toBe(`${base}speakers/thomas-barrack/`);
    });
  });
});
