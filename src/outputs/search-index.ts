/**
 * The client-side search index, written with Pagefind into a built site: the pages marked with
 * `data-pagefind-body` (sections, speakers), and every quotation and claim as a record of its own linking to its
 * place in the text. The quotations come from the sections' analyses, not from the built site read back.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { AnalysisCache } from '../analysis/section-cache.ts';
import { readArticles, readSections, readSpeakers } from '../model/registry.ts';
import { SEARCH_BUNDLES } from '../model/search-filters.ts';
import { inReadingOrder } from './quote-export.ts';
import { searchRecords } from './search-records.ts';

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
}

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

/** Indexes the site built in `outDir` from the content in `contentDir`, into its two search bundles. */
export async function writeSearchIndex(outDir: string, contentDir: string, cache = new AnalysisCache(contentDir)): Promise<IndexReport> {
  const started = performance.now();
  const sections = readSections(contentDir);
  const order = new Map(sections.map((section) => [section.id, section.order]));
  const analysed = await cache.sections();
  const quotations = inReadingOrder(
    analysed.flatMap(({ analysis }) => analysis.quotations),
    (section) => order.get(section) ?? 0,
  );
  const pages = await writeBundle(outDir, SEARCH_BUNDLES.pages, async (index) => {
    const added = await index.addDirectory({ path: outDir });
    check('index the pages', added.errors);
    return added.page_count;
  });
  const records = searchRecords({ quotations, sections, speakers: readSpeakers(contentDir), articles: readArticles(contentDir) });
  await writeBundle(outDir, SEARCH_BUNDLES.records, async (index) => {
    for (const record of records) check(`index ${record.url}`, (await index.addCustomRecord(record)).errors);
    return records.length;
  });
  return { pages, records: records.length, ms: Math.round(performance.now() - started) };
}
/** The build's line about the index. */
export const indexLine = ({ pages, records, ms }: IndexReport) => `indexed ${pages} pages and ${records} quotations and claims in ${ms} ms`;
