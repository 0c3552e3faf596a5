/**
 * Pagefind writes its search scripts with their whitespace stripped but every name whole (wasm-bindgen's glue,
 * `passStringToWasm0` and the like): minified, they are about 3.4 KB smaller gzipped, an eighth of what a first
 * search downloads in JavaScript. esbuild (Astro's own minifier) renames only what is local to each script, and
 * keeps each script's kind: `pagefind.js` an ES module, `pagefind-worker.js` a classic worker script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync, version } from 'esbuild';

/** The scripts of a bundle the search page loads; the bundle's UI scripts, which the site does not load, are left as written. */
export const LOADED_SCRIPTS = ['pagefind.js', 'pagefind-worker.js'] as const;

/** esbuild's version, part of a bundle's digest: another version may minify to other bytes. */
export const MINIFIER_VERSION = version;

/** The script `code` minified, `file` naming it in an error. */
export function minifiedScript(code: string, file: string): string {
  try {
    return transformSync(code, { minify: true, sourcefile: file, legalComments: 'none' }).code;
  } catch (error) {
    throw new Error(`Pagefind's ${file} could not be minified (${(error as Error).message.split('\n')[0]}): reinstall Pagefind (npm ci) and build again`, { cause: error });
  }
}

/** Minifies in place the scripts the search page loads from the Pagefind bundle in `bundleDir`. */
export function minifyLoadedScripts(bundleDir: string): void {
  for (const file of LOADED_SCRIPTS) {
    const path = join(bundleDir, file);
    writeFileSync(path, minifiedScript(readFileSync(path, 'utf8'), file));
  }
}
