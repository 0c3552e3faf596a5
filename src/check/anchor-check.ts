/** Checks a built site against its quotation index: every indexed quotation must have its anchor in its page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicQuotation } from '../outputs/quote-export.ts';

/** The quotations of `quotes.json` in `outDir` whose id is not an element id in the page their URL names. */
export function missingAnchors(outDir: string, base: string): PublicQuotation[] {
  const index = JSON.parse(readFileSync(join(outDir, 'quotes.json'), 'utf8')) as { quotations: PublicQuotation[] };
  const pages = new Map<string, string>();
  return index.quotations.filter((quotation) => {
    const file = join(outDir, quotation.url.slice(base.length).replace(/#.*$/, ''), 'index.html');
    if (!pages.has(file)) pages.set(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
    return !pages.get(file)!.includes(`id="${quotation.id}"`);
  });
}
