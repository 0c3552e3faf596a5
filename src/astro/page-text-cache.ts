/**
 * The built pages' text, as the annotations measure it, kept by the digest of each page's HTML: reading a page's
 * text is most of the annotations' time (a parse of the whole page), and a page unchanged since the last build (most
 * of them, after an edit) has its text read from the cache. A build with many new pages reads them in worker threads
 * first (`src/astro/page-text-worker.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageText, type PageText, type TextSpan } from '../outputs/page-text.ts';

interface KeptPageText {
  text: string;
  quotations: [string, TextSpan][];
  claims: [string, TextSpan][];
  meta: [string, string][];
}

/** The cache file of a page's text: named by the digest of its HTML. */
export const pageTextFile = (cacheDir: string, html: string) => join(cacheDir, `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.json`);

/** Reads a page's text into `file`. */
function keep(file: string, html: string): PageText {
  const page = pageText(html);
  const kept: KeptPageText = { text: page.text, quotations: [...page.quotations], claims: [...page.claims], meta: [...page.meta] };
  writeFileSync(file, JSON.stringify(kept));
  return page;
}

/** Reads a page's text and keeps it, unless it is kept already (a worker thread's part). */
export function keepPageText(cacheDir: string, html: string): void {
  const file = pageTextFile(cacheDir, html);
  if (!existsSync(file)) keep(file, html);
}

/**
 * The pages' texts through the cache in `cacheDir`, each by its cache file (`pageTextFile`), its HTML read only when
 * the file is not there yet; `prune` removes the entries no page read has used.
 */
export function cachedPageText(cacheDir: string): { read: (file: string, html: () => string) => PageText; prune: () => void } {
  const used = new Set<string>();
  mkdirSync(cacheDir, { recursive: true });
  return {
    read: (file, html) => {
      used.add(file);
      if (!existsSync(file)) return keep(file, html());
      const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptPageText;
      return { text: kept.text, quotations: new Map(kept.quotations), claims: new Map(kept.claims), meta: new Map(kept.meta) };
    },
    prune: () => {
      for (const name of readdirSync(cacheDir)) if (!used.has(join(cacheDir, name))) rmSync(join(cacheDir, name));
    },
  };
}
