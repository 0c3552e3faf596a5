/**
 * What the annotations take from each built page (its quotations' and claims' selectors, measured on its text),
 * kept by the digest of its HTML and of the code that measures it: reading a page's text is most of the annotations'
 * time (a parse of the whole page), and a page unchanged since the last build (most of them, after an edit) has its
 * anchors read from the cache. A build with many new pages reads them in worker threads first
 * (`src/astro/page-text-worker.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest } from '../analysis/section-cache.ts';
import { pageText } from '../outputs/page-text.ts';
import { pageAnchors, type PageAnchors, type Selectors } from '../outputs/web-annotations.ts';

interface KeptAnchors {
  quotations: [string, Selectors | null][];
  claims: [string, Selectors | null][];
  meta: [string, string][];
}

let measuring: string | undefined;
/** The code that reads a page's text and measures its selectors (src/outputs/), digested once per process. */
const measuringCode = () => (measuring ??= codeDigest(['outputs']));

/** The cache file of a page's anchors: named by the digest of its HTML and of the code that measures them. */
export const pageTextFile = (cacheDir: string, html: string) => join(cacheDir, `${createHash('sha256').update(measuringCode()).update('\0').update(html).digest('hex').slice(0, 32)}.json`);

/** A built file as its file system knows it: a page Astro kept from its cache is the same file (a link to it), one rendered again a new one. */
function stampOf(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats && `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

/** What the stamps file keeps: the code that measured the pages, and each page's stamp and cache file by its path. */
interface KeptStamps {
  code: string;
  pages: [string, [string, string]][];
}

/**
 * The cache file of each built page's anchors, found without reading the page when it is the very file it was at
 * the last build, measured by the same code (at a thousand articles, reading and digesting every page again took
 * 1.4 s of a warm rebuild). Kept beside the cache folder, by each page's path in the site; `save` keeps what this
 * build found, and nothing else.
 */
export function pageTextFiles(cacheDir: string): { fileOf: (path: string, built: string, html: () => string) => string; save: () => void } {
  const stampsFile = `${cacheDir}-stamps.json`;
  const last = existsSync(stampsFile) ? (JSON.parse(readFileSync(stampsFile, 'utf8')) as KeptStamps) : undefined;
  const known = new Map(last?.code === measuringCode() ? last.pages : []);
  const found = new Map<string, [string, string]>();
  return {
    fileOf: (path, built, html) => {
      const stamp = stampOf(built);
      const before = known.get(path);
      const file = stamp && before?.[0] === stamp && existsSync(before[1]) ? before[1] : pageTextFile(cacheDir, html());
      if (stamp) found.set(path, [stamp, file]);
      return file;
    },
    save: () => writeFileSync(stampsFile, JSON.stringify({ code: measuringCode(), pages: [...found] } satisfies KeptStamps)),
  };
}

/** Measures a page's anchors into `file`. */
function keep(file: string, html: string): PageAnchors {
  const page = pageAnchors(pageText(html));
  const kept: KeptAnchors = { quotations: [...page.quotations], claims: [...page.claims], meta: [...page.meta] };
  writeFileSync(file, JSON.stringify(kept));
  return page;
}

/** Measures a page's anchors and keeps them, unless they are kept already (a worker thread's part). */
export function keepPageText(cacheDir: string, html: string): void {
  const file = pageTextFile(cacheDir, html);
  if (!existsSync(file)) keep(file, html);
}

/**
 * The pages' anchors through the cache in `cacheDir`, each by its cache file (`pageTextFile`), its HTML read only
 * when the file is not there yet; `prune` removes the entries no page read has used.
 */
export function cachedPageText(cacheDir: string): { read: (file: string, html: () => string) => PageAnchors; prune: () => void } {
  const used = new Set<string>();
  mkdirSync(cacheDir, { recursive: true });
  return {
    read: (file, html) => {
      used.add(file);
      if (!existsSync(file)) return keep(file, html());
      const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptAnchors;
      return { quotations: new Map(kept.quotations), claims: new Map(kept.claims), meta: new Map(kept.meta) };
    },
    prune: () => {
      for (const name of readdirSync(cacheDir)) if (!used.has(join(cacheDir, name))) rmSync(join(cacheDir, name));
    },
  };
}
