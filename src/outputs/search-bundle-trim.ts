/**
 * A Pagefind bundle trimmed to what the search page loads. Pagefind writes its search scripts with their whitespace
 * stripped but every name whole (wasm-bindgen's glue, `passStringToWasm0` and the like): minified, they are about
 * 3.4 KB smaller gzipped, an eighth of what a first search downloads in JavaScript. esbuild (Astro's own minifier)
 * renames only what is local to each script, and keeps each script's kind: `pagefind.js` an ES module,
 * `pagefind-worker.js` a classic worker script. Pagefind also writes its own search interfaces (pagefind-ui.js and
 * the like, about 430 KB and 7 files a bundle) and a wasm for pages of no known language, which the site never loads.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync, version } from 'esbuild';

/** The scripts of a bundle the search page loads. */
export const LOADED_SCRIPTS = ['pagefind.js', 'pagefind-worker.js'] as const;

/** Pagefind's list of a bundle's languages, each with its metadata's hash and its wasm's language when it has one. */
const ENTRY_FILE = 'pagefind-entry.json';
interface BundleEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** What trimming does to a bundle, with esbuild's version: part of a bundle's digest, since another may write other bytes. */
export const TRIMMING = `minified by esbuild ${version}; only the files loaded`;

/** The script `code` minified, `file` naming it in an error. */
export function minifiedScript(code: string, file: string): string {
  try {
    return transformSync(code, { minify: true, sourcefile: file, legalComments: 'none' }).code;
  } catch (error) {
    throw new Error(`Pagefind's ${file} could not be minified (${(error as Error).message.split('\n')[0]}): reinstall Pagefind (npm ci) and build again`, { cause: error });
  }
}

/**
 * The files at the top of a bundle that the search page loads, from its entry: the scripts, the entry, and each
 * language's metadata and wasm (Pagefind loads `wasm.unknown.pagefind` for a language it has no stemmer for). The
 * folders below (fragments, index chunks, filters) are loaded as a search needs them.
 */
export function loadedFiles(entry: BundleEntry): Set<string> {
  const languages = Object.values(entry.languages);
  return new Set([...LOADED_SCRIPTS, ENTRY_FILE, ...languages.map(({ hash }) => `pagefind.${hash}.pf_meta`), ...languages.map(({ wasm }) => `wasm.${wasm || 'unknown'}.pagefind`)]);
}

/** Trims the Pagefind bundle in `bundleDir` in place: the scripts the search page loads minified, the files it never loads removed. */
export function trimBundle(bundleDir: string): void {
  for (const file of LOADED_SCRIPTS) {
    const path = join(bundleDir, file);
    writeFileSync(path, minifiedScript(readFileSync(path, 'utf8'), file));
  }
  const loaded = loadedFiles(JSON.parse(readFileSync(join(bundleDir, ENTRY_FILE), 'utf8')) as BundleEntry);
  for (const entry of readdirSync(bundleDir, { withFileTypes: true })) {
    if (entry.isFile() && !loaded.has(entry.name)) rmSync(join(bundleDir, entry.name));
  }
}
