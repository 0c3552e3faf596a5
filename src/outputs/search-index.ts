/**
 * The client-side search, written with Pagefind into a built site as two bundles (SEARCH_BUNDLES): the pages
 * marked with `data-pagefind-body` (sections, whose quotations are found at their citations, and speakers), in
 * shards by article (src/model/search-shards.ts), and every quotation and claim as a record of its own linking to
 * its place in the text, in shards by article too; beside them, the
 * dictionary of known terms that misspelt queries are corrected from (SEARCH_TERMS_FILE). The quotations come
 * from the sections' analyses and the dictionary's words from the section files, not from the built site read back.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import * as pagefind from 'pagefind';
import { AnalysisCache } from '../analysis/section-cache.ts';
import { readArticles, readSections, readSpeakers, sectionFiles, sectionIdOf } from '../model/registry.ts';
import type { SectionData } from '../model/registry.ts';
import type { Speaker } from '../model/schema.ts';
import { ParsedYamlCache, YAML_CACHE_FILE } from '../model/parsed-yaml.ts';
import { SEARCH_TERMS_FILE } from '../model/search-filters.ts';
import { pagesShards, RECORDS_SHARDS, recordsShards, RECORDS_SHARDS_FILE, shardPages, type PagesShard, type RecordsShardsList } from '../model/search-shards.ts';
import { inWorkers } from '../model/worker-shares.ts';
import { inReadingOrder } from './quote-export.ts';
import { searchRecords, type SearchRecord } from './search-records.ts';
import { trimBundle, TRIMMING } from './search-bundle-trim.ts';
import { searchTerms, sectionText, termsJson } from './search-terms.ts';
import type { SearchTerms } from '../text/spelling/term-words.ts';

/**
 * Pagefind writes one fragment file per page or record unless told otherwise; past this many it bundles them, so
 * that a corpus of any size stays within what static hosts accept (Cloudflare Pages: 20,000 files in all).
 */
export const MAX_FRAGMENT_FILES = 3000;
/** The records' shards share the cap of one bundle: as many records to a file as in one bundle, and no more files. */
export const MAX_RECORDS_FRAGMENT_FILES = Math.ceil(MAX_FRAGMENT_FILES / RECORDS_SHARDS);

/**
 * What a section page holds under each quotation's citation that is not for search: its citation styles and the
 * details after its speaker's name, left out by these selectors rather than by an attribute on each. Only what holds
 * no id: Pagefind still lists the ids inside what a selector leaves out among a page's anchors, and leaves out the
 * text after a void element (an `<input>`) left out this way. The notes beside the lines carry the attribute.
 */
export const NOT_INDEXED = ['.citation-styles', '.quotation-citation__meta > span'];

/** Fails with Pagefind's own words when a step reports errors, on one line: the build prints a message's first. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind failed to ${step}: ${errors.map((e) => e.replace(/\s+/g, ' ').trim()).join('; ')}`);
}

export interface IndexReport {
  pages: number;
  records: number;
  ms: number;
  /** The shards of the records' bundle, and how many of them were taken from the last build (their records had not changed). */
  recordsShards: number;
  recordsReused: number;
  /** The shards of the pages' bundle, and how many of them were taken from the last build (their pages had not changed). */
  shards: number;
  shardsReused: number;
}

/** Where the last build's bundles are kept, each in a folder of its own under its digest, for the next build to reuse. */
const BUNDLES_CACHE = join('.astro', 'cache', 'search-bundles');
/** Pagefind's version, part of the records' digest: another version may write other bytes (its package sits above lib/index.js). */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** Writes one Pagefind bundle into `outDir/<bundle>/`, from what `add` puts in it, trimmed to what the search page loads; closes Pagefind's service after. The selectors touch only pages: records have no HTML. */
async function writeBundle(outDir: string, bundle: string, add: (index: pagefind.PagefindIndex) => Promise<number>, maxFragments = MAX_FRAGMENT_FILES): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments, excludeSelectors: NOT_INDEXED });
    check('start', errors);
    const added = await add(index!);
    check('write the index', (await index!.writeFiles({ outputPath: join(outDir, bundle) })).errors);
    trimBundle(join(outDir, bundle));
    return added;
  } finally {
    await pagefind.close();
  }
}

/** A shard of the records' bundle: its folder below the site root and its records. */
export interface RecordsShard {
  bundle: string;
  records: readonly SearchRecord[];
}

/** What the worker thread that writes the records' shards is given. */
export interface RecordsShare {
  outDir: string;
  shards: readonly RecordsShard[];
}

/**
 * From this many records, their bundle is written in a worker thread with a Pagefind service of its own, while the
 * process writes the pages' (each service indexes on one core): at N=1000, 34,000 records took 24 s after the
 * pages' 11 s, and both together 28 s. Below it, starting the thread costs more than it saves; past
 * RECORDS_IN_THREAD_UNTIL, the two services' memory together would outgrow a CI runner's (the records' service
 * alone took most of the 8.9 GB at N=10,000), so the bundles are written one after the other again.
 */
export const RECORDS_IN_THREAD_FROM = 10_000;
export const RECORDS_IN_THREAD_UNTIL = 100_000;

/**
 * How many records are sent to Pagefind's service before their answers are awaited. The service reads its messages
 * in the order sent and handles them one at a time, so the bundle is the same as when each waits for the one
 * before, without a round trip each: 34,000 records at N=1000 took 13 s to add one by one, 7 s this way. A
 * window rather than all at once, so that at N=10,000 the messages waiting to be read stay a few megabytes.
 */
export const RECORDS_IN_FLIGHT = 2000;

/** Writes a shard of the records' bundle into `outDir`, in this thread. */
export async function writeRecordsFiles(outDir: string, { bundle, records }: RecordsShard): Promise<void> {
  await writeBundle(outDir, bundle, async (index) => {
    for (let start = 0; start < records.length; start += RECORDS_IN_FLIGHT) {
      const sent = records.slice(start, start + RECORDS_IN_FLIGHT);
      const answers = await Promise.all(sent.map((record) => index.addCustomRecord(record)));
      answers.forEach((answer, at) => check(`index ${sent[at]!.url}`, answer.errors));
    }
    return records.length;
  }, MAX_RECORDS_FRAGMENT_FILES);
}

/** A digest of what a bundle is written from, with Pagefind's version, its options and how it is trimmed: another version may write other bytes. */
const bundleDigest = () => createHash('sha256').update(`${PAGEFIND_VERSION} ${TRIMMING} ${MAX_FRAGMENT_FILES} ${MAX_RECORDS_FRAGMENT_FILES} ${NOT_INDEXED.join(' ')}\n`);

/**
 * A copy of a folder made of hard links (a bundle's files are never written again once written), or of copies
 * where the two folders are on different file systems.
 */
function linkTree(from: string, to: string): void {
  const link = (source: string, target: string) => {
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      if (entry.isDirectory()) link(join(source, entry.name), join(target, entry.name));
      else linkSync(join(source, entry.name), join(target, entry.name));
    }
  };
  try {
    link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Copied afresh: a copy over a link made before would write into the file the cache keeps.
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

/**
 * The bundle `bundle`, copied from `cacheDir` when the last build wrote it from the same input (Pagefind writes
 * the same bytes from the same input, which `digest` stands for), else written by `write` and kept there for the
 * next build. Says whether it was copied.
 */
async function cachedBundle(outDir: string, bundle: string, digest: string, cacheDir: string, write: () => Promise<void>): Promise<boolean> {
  if (takeKeptBundle(outDir, bundle, digest, cacheDir)) return true;
  await write();
  keepBundle(outDir, bundle, digest, cacheDir);
  return false;
}

/** Copies the bundle `bundle` from `cacheDir` when the last build wrote it from the input `digest` stands for; says whether it did. */
function takeKeptBundle(outDir: string, bundle: string, digest: string, cacheDir: string): boolean {
  const cached = join(cacheDir, bundle, digest);
  if (!existsSync(cached)) return false;
  linkTree(cached, join(outDir, bundle));
  return true;
}

/** Keeps the bundle `bundle` just written in `outDir` in `cacheDir` under `digest`, for the next build. */
function keepBundle(outDir: string, bundle: string, digest: string, cacheDir: string): void {
  const kept = join(cacheDir, bundle);
  const cached = join(kept, digest);
  // Only the latest bundle is kept; it is written beside and renamed, so a half-copied one is never taken.
  mkdirSync(kept, { recursive: true });
  for (const old of readdirSync(kept)) rmSync(join(kept, old), { recursive: true, force: true });
  linkTree(join(outDir, bundle), `${cached}.partial`);
  renameSync(`${cached}.partial`, cached);
}

/**
 * What counting the menus of the records' bundle written in `outDir` fetches, at most, before a query's index
 * chunks: each shard's metadata and filter files (Pagefind loads only the counted filters' files: the records'
 * display-only filters are counted too).
 */
function countingBytes(outDir: string, bundles: readonly string[]): number {
  const inShard = (bundle: string) => {
    const folder = join(outDir, bundle);
    const meta = readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
    const filters = existsSync(join(folder, 'filter')) ? readdirSync(join(folder, 'filter')).map((name) => join('filter', name)) : [];
    return [...meta, ...filters].reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  };
  return bundles.reduce((sum, bundle) => sum + inShard(bundle), 0);
}

/**
 * The records' bundle in shards by article (src/model/search-shards.ts), each copied from `cacheDir` when the same
 * records were indexed in it last, the others written (in a worker thread when `inThread`) and kept there for the
 * next build; and the list of the shards written beside them, with what counting them fetches (RECORDS_SHARDS_FILE).
 * Returns the shards and how many were copied.
 */
export async function writeRecordsBundle(outDir: string, records: readonly SearchRecord[], cacheDir: string, inThread = false): Promise<{ shards: number; reused: number }> {
  const shards = recordsShards(records).map((shard) => ({ ...shard, digest: bundleDigest().update(JSON.stringify(shard.records)).digest('hex').slice(0, 32) }));
  // A shard its records were last written from is linked from the cache into the output; the others are written.
  const toWrite = [];
  for (const shard of shards) if (!takeKeptBundle(outDir, shard.bundle, shard.digest, cacheDir)) toWrite.push(shard);
  if (toWrite.length) {
    // One thread, given no items: it has one task, which its share of the work says all of.
    if (inThread) await inWorkers<RecordsShare, never>(new URL('./records-bundle-worker.ts', import.meta.url), [], { outDir, shards: toWrite }, 1);
    else for (const shard of toWrite) await writeRecordsFiles(outDir, shard);
    for (const shard of toWrite) keepBundle(outDir, shard.bundle, shard.digest, cacheDir);
  }
  const bundles = shards.map((shard) => shard.bundle);
  const list: RecordsShardsList = { shards: bundles, countBytes: countingBytes(outDir, bundles) };
  writeFileSync(join(outDir, RECORDS_SHARDS_FILE), JSON.stringify(list));
  return { shards: shards.length, reused: shards.length - toWrite.length };
}

/** The built pages a shard indexes, relative to `outDir`, in a stable order: what its glob finds. */
function shardFiles(outDir: string, { articles, speakers }: PagesShard): string[] {
  const pagesIn = (folder: string) =>
    existsSync(join(outDir, folder))
      ? readdirSync(join(outDir, folder), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(outDir, folder, entry.name, 'index.html')))
          .map((entry) => join(folder, entry.name, 'index.html'))
          .sort()
      : [];
  return [...articles.flatMap((id) => pagesIn(join('articles', id))), ...(speakers ? pagesIn('speakers') : [])];
}

/**
 * The shards of the pages' bundle, each copied from `cacheDir` when its pages are byte for byte those it was
 * last written from, else indexed again. Returns the pages indexed and the shards copied.
 */
export async function writePagesBundles(outDir: string, shards: readonly PagesShard[], cacheDir: string): Promise<{ pages: number; reused: number }> {
  let pages = 0;
  let reused = 0;
  for (const shard of shards) {
    const files = shardFiles(outDir, shard);
    const digest = bundleDigest();
    for (const file of files) digest.update(`${file}\0`).update(readFileSync(join(outDir, file))).update('\0');
    const copied = await cachedBundle(outDir, shard.bundle, digest.digest('hex').slice(0, 32), cacheDir, async () => {
      await writeBundle(outDir, shard.bundle, async (index) => {
        let indexed = 0;
        for (const glob of shardPages(shard)) {
          const added = await index.addDirectory({ path: outDir, glob });
          check(`index the pages of ${shard.bundle}`, added.errors);
          indexed += added.page_count;
        }
        if (indexed !== files.length) throw new Error(`Pagefind indexed ${indexed} pages for ${shard.bundle}, not the ${files.length} built: build again (npm run build)`);
        return indexed;
      });
    });
    pages += files.length;
    if (copied) reused += 1;
  }
  return { pages, reused };
}

/** The texts the dictionary's words come from, one section at a time: its title, its text and its claims; then the speakers' pages. */
function* indexedTexts(contentDir: string, sections: readonly SectionData[], speakers: readonly Speaker[]): Generator<string> {
  const byId = new Map(sections.map((section) => [section.id, section]));
  for (const path of sectionFiles(contentDir)) {
    const section = byId.get(sectionIdOf(path));
    if (section) yield [section.title, ...section.claims.map((claim) => claim.claim)].join('\n');
    yield sectionText(readFileSync(path, 'utf8'));
  }
  for (const speaker of speakers) yield `${speaker.role}\n${speaker.description}`;
}

/** The dictionary of known terms of the content in `contentDir` (its sections and speakers, when already read). */
export function knownTerms(contentDir: string, sections = readSections(contentDir), speakers = readSpeakers(contentDir)): SearchTerms {
  return searchTerms(speakers, indexedTexts(contentDir, sections, speakers));
}

/** What the index takes from the content rather than from the built site: the records, the articles, the dictionary. */
export interface IndexInput {
  records: SearchRecord[];
  articleIds: string[];
  /** The dictionary, as its file holds it. */
  terms: string;
}

/** A turn of the event loop: the process goes on with what waits for it (the output of Astro's, say) meanwhile. */
const turnOfEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads what the index takes from the content in `contentDir` and its sections' analyses (kept by the check),
 * letting the event loop turn now and then: `npm run build` reads it while Astro builds.
 */
export async function readIndexInput(contentDir: string, cache = new AnalysisCache(contentDir, process.cwd(), { remember: false }), projectRoot = process.cwd()): Promise<IndexInput> {
  // The frontmatter as the build's check parsed it.
  const sections = readSections(contentDir, new ParsedYamlCache(join(projectRoot, YAML_CACHE_FILE)));
  const order = new Map(sections.map((section) => [section.id, section.order]));
  // Each section's quotations, read one analysis at a time: the records need nothing else of them.
  const analysed = [];
  for (const [count, path] of sectionFiles(contentDir).entries()) {
    if (count % 100 === 99) await turnOfEventLoop();
    analysed.push(...(await cache.section(path)).quotations);
  }
  const quotations = inReadingOrder(analysed, (section) => order.get(section) ?? 0);
  const speakers = readSpeakers(contentDir);
  const articles = readArticles(contentDir);
  const records = searchRecords({ quotations, sections, speakers, articles });
  await turnOfEventLoop();
  return { records, articleIds: [...articles.keys()], terms: termsJson(knownTerms(contentDir, sections, speakers)) };
}

/**
 * Indexes the site built in `outDir` into its two search bundles and writes the dictionary beside them, from what
 * `input` read of the content (read now when not given). The time it reports is this step's alone.
 */
export async function writeSearchIndex(outDir: string, contentDir: string, input?: IndexInput, projectRoot = process.cwd()): Promise<IndexReport> {
  const started = performance.now();
  const { records, articleIds, terms } = input ?? (await readIndexInput(contentDir, undefined, projectRoot));
  const cacheDir = join(projectRoot, BUNDLES_CACHE);
  const shards = pagesShards(articleIds);
  const writePages = () => writePagesBundles(outDir, shards, cacheDir);
  const writeRecords = (inThread: boolean) => writeRecordsBundle(outDir, records, cacheDir, inThread);
  // Many records are indexed beside the pages, on another core; few, after them.
  const together = records.length >= RECORDS_IN_THREAD_FROM && records.length < RECORDS_IN_THREAD_UNTIL && availableParallelism() > 1;
  const [pages, recordsBundle] = together ? await Promise.all([writePages(), writeRecords(true)]) : [await writePages(), await writeRecords(false)];
  writeFileSync(join(outDir, SEARCH_TERMS_FILE), terms);
  return { pages: pages.pages, records: records.length, ms: Math.round(performance.now() - started), recordsShards: recordsBundle.shards, recordsReused: recordsBundle.reused, shards: shards.length, shardsReused: pages.reused };
}

const shardCount = (count: number) => `${count} shard${count === 1 ? '' : 's'}`;

/** The build's line about the index. */
export const indexLine = ({ pages, records, ms, recordsShards: recordsIn, recordsReused, shards, shardsReused }: IndexReport) =>
  `indexed ${pages} pages and ${records} quotations and claims in ${ms} ms; the pages' bundle in ${shardCount(shards)}, ${shardsReused} unchanged and reused; the records' in ${shardCount(recordsIn)}, ${recordsReused} unchanged and reused`;
