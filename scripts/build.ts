/**
 * npm run build: checks the content, builds the site into a staging folder beside the output folder (OUT_DIR,
 * default dist/), and replaces the output only when every step succeeded (content checks, Astro, the anchor
 * check, Pagefind). A failed build leaves the previously published output exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalysisCache, countsLine } from '../src/analysis/section-cache.ts';
import { INDEX_AFTER_ENV } from '../src/astro/pagefind-integration.ts';
import { CHECKED_ENV, checkAll } from '../src/check/check-all.ts';
import { indexLine, writeSearchIndex } from '../src/outputs/search-index.ts';
import { formatProblems } from '../src/check/content-check.ts';

const CONTENT_DIR = 'content';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const staging = `${outDir}.staging-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

function failed(status: number): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nbuild failed: ${existsSync(outDir) ? `${outDir} is left as it was` : 'nothing was published'}. Fix the problem above and build again.`);
  process.exit(status);
}

const analyses = new AnalysisCache(CONTENT_DIR);
const problems = await checkAll(CONTENT_DIR, analyses);
if (problems.length) console.error(formatProblems(problems));
if (problems.some((p) => p.severity === 'error')) failed(1);
// Astro's loaders take these analyses from the cache; the page render still runs the text plugins itself.
console.log(countsLine(analyses.counts));

const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, [CHECKED_ENV]: '1', [INDEX_AFTER_ENV]: '1' },
});
if (build.status !== 0) failed(build.status ?? 1);
// Pagefind once Astro has exited: the two never hold memory at the same time.
try {
  console.log(indexLine(await writeSearchIndex(staging, CONTENT_DIR, analyses)));
} catch (error) {
  console.error((error as Error).message);
  failed(1);
}
// Two renames on one file system: the output is never half old, half new.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`published to ${outDir}`);
