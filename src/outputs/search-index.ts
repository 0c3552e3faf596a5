/**
 * The client-side search, written with Pagefind into a built site as two bundles (SEARCH_BUNDLES): the pages
 * marked with `data-pagefind-body` (sections, whose quotations are sub-results at their citations, and speakers),
 * and every quotation and claim as a record of its own linking to its place in the text. The quotations come
 * from the sections' analyses, not from the built site read back.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { AnalysisCache } from '../analysis/section-cache.ts';
import { readArticles, readSections, readSpeakers, sectionFiles } from '../model/registry.ts';
import { SEARCHED_PAGES, SEARCH_BUNDLES } from '../model/search-filters.ts';
import { inReadingOrder } from './quote-export.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';

/**
 * Pagefind writes one fragment file per page or record unless told otherwise; past this many it bundles them, so
 * that a corpus of any size stays within what static hosts accept (Cloudflare Pages: 20,000 files in all).
 */
export const MAX_FRAGMENT_FILES = 3000;

/** Fails with Pagefind's own words when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

export interface IndexReport {
  pages: number;
  records: number;
  ms: number;
  /** Whether the records' bundle was taken as it was from the last build (its records had not changed). */
  recordsReused: boolean;
}

/** Where the last records' bundle is kept, under its digest, for the next build to reuse. */
const RECORDS_CACHE = join('.astro', 'cache', 'search-records');
/** Pagefind's version, part of the records' digest: another version may write other bytes (its package sits above lib/index.js). */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** Writes one Pagefind bundle into `outDir/<bundle>/`, from what `add` puts in it; closes Pagefind's service after. */
async function writeBundle(outDir: string, bundle: string, add: (index: pagefind.PagefindIndex) => Promise<number>): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES });
    check('start', errors);
    const added = await add(index!);
    check('write the index', (await index!.writeFiles({ outputPath: join(outDir, bundle) })).errors);
    return added;
  } finally {
    await pagefind.close();
  }
}

/**
 * The records' bundle, copied from `cacheDir` when the same records were indexed last (Pagefind writes the same
 * bytes from the same records), else written and kept there for the next build. Says whether it was copied.
 */
async function writeRecordsBundle(outDir: string, records: readonly SearchRecord[], cacheDir: string): Promise<boolean> {
  const digest = createHash('sha256').update(`${PAGEFIND_VERSION} ${MAX_FRAGMENT_FILES}\n`).update(JSON.stringify(records)).digest('hex').slice(0, 32);
  const cached = join(cacheDir, digest);
  const target = join(outDir, SEARCH_BUNDLES.records);
  if (existsSync(cached)) {
    cpSync(cached, target, { recursive: true });
    return true;
  }
  await writeBundle(outDir, SEARCH_BUNDLES.records, async (index) => {
    for (const record of records) check(`index ${record.url}`, (await index.addCustomRecord(record)).errors);
    return records.length;
  });
  // Only the latest bundle is kept; it is written beside and renamed, so a half-copied one is never taken.
  mkdirSync(cacheDir, { recursive: true });
  for (const old of readdirSync(cacheDir)) rmSync(join(cacheDir, old), { recursive: true, force: true });
  cpSync(target, `${cached}.partial`, { recursive: true });
  renameSync(`${cached}.partial`, cached);
  return false;
}

/** Indexes the site built in `outDir` from the content in `contentDir`, into its two search bundles. */
export async function writeSearchIndex(outDir: string, contentDir: string, cache = new AnalysisCache(contentDir, process.cwd(), { remember: false }), projectRoot = process.cwd()): Promise<IndexReport> {
  const started = performance.now();
  // The pages first, while this process holds nothing else: Pagefind's binary is the build's largest.
  const pages = await writeBundle(outDir, SEARCH_BUNDLES.pages, async (index) => {
    const added = await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES });
    check('index the pages', added.errors);
    return added.page_count;
  });
  const sections = readSections(contentDir);
  const order = new Map(sections.map((section) => [section.id, section.order]));
  // Each section's quotations, read one analysis at a time: the records need nothing else of them.
  const analysed = [];
  for (const path of sectionFiles(contentDir)) analysed.push(...(await cache.section(path)).quotations);
  const quotations = inReadingOrder(analysed, (section) => order.get(section) ?? 0);
  const records = searchRecords({ quotations, sections, speakers: readSpeakers(contentDir), articles: readArticles(contentDir) });
  const recordsReused = await writeRecordsBundle(outDir, records, join(projectRoot, RECORDS_CACHE));
  return { pages, records: records.length, ms: Math.round(performance.now() - started), recordsReused };
}

/** The build's line about the index. */
export const indexLine = ({ pages, records, ms, recordsReused }: IndexReport) =>
  `indexed ${pages} pages and ${records} quotations and claims${recordsReused ? ' (unchanged: their bundle reused)' : ''} in ${ms} ms`;
