/** Checks a built site against its quotation index: every indexed quotation must have its anchor in its page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGzipJson } from '../outputs/gzip-download.ts';
import type { PublicQuotation } from '../outputs/quote-export.ts';

/** The quotations of `quotes.json.gz` in `outDir` whose id is not an element id in the page their URL names. */
export function missingAnchors(outDir: string, base: string): PublicQuotation[] {
  const index = readGzipJson<{ quotations: PublicQuotation[] }>(join(outDir, 'quotes.json.gz'));
  const pageOf = (quotation: PublicQuotation) => join(outDir, quotation.url.slice(base.length).replace(/#.*$/, ''), 'index.html');
  const byPage = Map.groupBy(index.quotations, pageOf);
  // One page read at a time: the pages of a large corpus do not fit in memory together.
  return [...byPage].flatMap(([file, quotations]) => {
    const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return quotations.filter((quotation) => !html.includes(`id="${quotation.id}"`));
  });
}
