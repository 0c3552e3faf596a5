/**
 * The work done in worker threads at scale (the sections' analysis, their render, the built pages' text, the
 * records' search bundle) gives exactly what the process itself gives: the build takes either, by how much there is.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { analyser, AnalysisCache } from '../../src/analysis/section-cache.ts';
import { cachedPageText, pageTextFile } from '../../src/astro/page-text-cache.ts';
import { sectionKeeper, type RenderShared } from '../../src/astro/section-loader.ts';
import { readArticles, readSections, readSpeakers, sectionFiles, sectionIdOf } from '../../src/model/registry.ts';
import { inWorkers, threadsFor, WORKERS_FROM } from '../../src/model/worker-shares.ts';
import { keptSectionHtml } from '../../src/render/section-html.ts';
import { MAX_RECORDS_FRAGMENT_FILES, NOT_INDEXED, RECORDS_IN_FLIGHT, writeRecordsBundle, writeRecordsFiles } from '../../src/outputs/search-index.ts';
import { searchRecords } from '../../src/outputs/search-records.ts';
import { trimBundle } from '../../src/outputs/search-bundle-trim.ts';
import { generateCorpus, writeCorpus } from '../../scripts/bench/synthetic-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'verbatim-workers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
writeCorpus(generateCorpus({ articles: 6, seed: 3 }), content);
const paths = sectionFiles(content);
const threaded = join(root, 'threads');
const inProcess = join(root, 'process');
/** The search records of the corpus, from its sections' analyses. */
async function corpusRecords() {
  const quotations = (await new AnalysisCache(content, inProcess).sections()).flatMap(({ analysis }) => analysis.quotations);
  return searchRecords({ quotations, sections: readSections(content), speakers: readSpeakers(content), articles: readArticles(content) });
}
/** A bundle's files below `dir`, each with its bytes. */
const bundleFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().filter((name) => statSync(join(dir, name)).isFile()).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]);

describe('work split between worker threads', () => {
  it('starts threads only when there is enough to do, one per core at most', () => {
    expect(threadsFor(WORKERS_FROM - 1, 2)).toBe(0);
    expect(threadsFor(WORKERS_FROM, 2)).toBe(2);
    expect(threadsFor(2 * WORKERS_FROM, 8)).toBe(3);
    expect(threadsFor(100 * WORKERS_FROM, 4)).toBe(4);
    expect(threadsFor(100 * WORKERS_FROM, 1)).toBe(0);
  });

  it('analyses sections in worker threads as the process does, and counts them as analysed', async () => {
    const threads = new AnalysisCache(content, threaded);
    await threads.analyseInParallel(paths, { threads: 2 });
    const keptFiles = join(threaded, '.astro', 'cache', 'analysis');
    const written = () => readdirSync(keptFiles).map((name) => [name, statSync(join(keptFiles, name)).mtimeMs]);
    const byThreads = written();
    expect(byThreads).toHaveLength(paths.length);
    const direct = new AnalysisCache(content, inProcess);
    for (const path of paths) expect(await threads.section(path)).toEqual(await direct.section(path));
    expect(threads.counts).toEqual({ analysed: paths.length, fromCache: 0 });
    // The process read what the threads kept: it analysed nothing again.
    expect(written()).toEqual(byThreads);
    // Once kept, nothing is left to analyse: no thread starts, and the analyses are read back.
    const again = new AnalysisCache(content, threaded);
    await again.analyseInParallel(paths, { threads: 2 });
    for (const path of paths) await again.section(path);
    expect(again.counts).toEqual({ analysed: 0, fromCache: paths.length });
  });

  it('renders sections in worker threads as the process does: their HTML, on their article’s page, and their links', async () => {
    const shared: RenderShared = { contentDir: content, base: '/verbatim/', projectRoot: threaded, analyser: analyser() };
    await inWorkers(new URL('../../src/astro/section-render-worker.ts', import.meta.url), paths, shared, 2);
    const keep = sectionKeeper({ ...shared, projectRoot: inProcess });
    for (const path of paths) await keep(path);
    for (const id of paths.map(sectionIdOf)) {
      const kept = keptSectionHtml(threaded, id);
      expect(kept?.html).toContain('class="quotation');
      expect(kept?.links.some((link) => link.startsWith('/verbatim/speakers/'))).toBe(true);
      expect(kept).toEqual(keptSectionHtml(inProcess, id));
    }
  });

  it('reads the built pages’ text in worker threads into the same cache as the process does', async () => {
    const pages = join(root, 'pages');
    mkdirSync(pages);
    const files = paths.map(sectionIdOf).map((id, index) => {
      const file = join(pages, `${index}.html`);
      writeFileSync(file, `<!doctype html><html><head><title>${id}</title></head><body><main>${keptSectionHtml(inProcess, id)!.html}</main></body></html>`);
      return file;
    });
    const [threads, direct] = [join(root, 'text-threads'), join(root, 'text-process')];
    for (const dir of [threads, direct]) mkdirSync(dir);
    await inWorkers(new URL('../../src/astro/page-text-worker.ts', import.meta.url), files, { cacheDir: threads }, 2);
    const cache = cachedPageText(direct);
    for (const html of files.map((file) => readFileSync(file, 'utf8'))) cache.read(pageTextFile(direct, html), () => html);
    const kept = (dir: string) => readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    expect(kept(threads)).toHaveLength(files.length);
    expect(kept(threads)).toEqual(kept(direct));
  });

  it('writes the records’ search bundle in a worker thread byte for byte as the process does', async () => {
    const records = await corpusRecords();
    const [threads, direct] = [join(root, 'bundle-threads'), join(root, 'bundle-process')];
    const written = await writeRecordsBundle(threads, records, join(root, 'bundle-cache-threads'), true);
    expect(written.shards).toBeGreaterThan(1);
    expect(written).toEqual({ shards: written.shards, reused: 0 });
    expect(await writeRecordsBundle(direct, records, join(root, 'bundle-cache-process'), false)).toEqual(written);
    // Written again from the same records, every shard is the last build's.
    expect(await writeRecordsBundle(join(root, 'bundle-threads-again'), records, join(root, 'bundle-cache-threads'), true)).toEqual({ shards: written.shards, reused: written.shards });
    expect(bundleFiles(threads).length).toBeGreaterThan(3);
    expect(bundleFiles(threads)).toEqual(bundleFiles(direct));
  });

  it('sends the records to Pagefind without waiting for each, and writes the bundle that adding them one at a time writes', async () => {
    const once = await corpusRecords();
    // More than one window of records, each at a URL of its own.
    const records = Array.from({ length: Math.ceil((RECORDS_IN_FLIGHT * 1.5) / once.length) }, (_, copy) => once.map((record) => ({ ...record, url: `${record.url}-${copy}` }))).flat();
    expect(records.length).toBeGreaterThan(RECORDS_IN_FLIGHT);
    const [windowed, oneByOne] = [join(root, 'records-windowed'), join(root, 'records-one-by-one')];
    await writeRecordsFiles(windowed, { bundle: 'pagefind-records', records });
    try {
      const { index } = await pagefind.createIndex({ maxFragments: MAX_RECORDS_FRAGMENT_FILES, excludeSelectors: NOT_INDEXED });
      for (const record of records) expect((await index!.addCustomRecord(record)).errors).toEqual([]);
      await index!.writeFiles({ outputPath: join(oneByOne, 'pagefind-records') });
      trimBundle(join(oneByOne, 'pagefind-records'));
    } finally {
      await pagefind.close();
    }
    expect(bundleFiles(windowed).length).toBeGreaterThan(3);
    expect(bundleFiles(windowed)).toEqual(bundleFiles(oneByOne));
  });
});
