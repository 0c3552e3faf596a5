/**
 * npm run build: checks the content, builds the site into a staging folder beside the output folder (OUT_DIR,
 * default dist/), and replaces the output only when every step succeeded (content checks, Astro, the anchor
 * check, Pagefind). A failed build leaves the previously published output exactly as it was; how the output is
 * replaced (symlinks, other file systems, leftovers of crashed builds) is src/outputs/publish-dir.ts. Every step
 * is wrapped: whatever fails ends in `build failed: …`, never in a stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { AnalysisCache, countsLine } from '../src/analysis/section-cache.ts';
import { INDEX_AFTER_ENV } from '../src/astro/pagefind-integration.ts';
import { CHECKED_ENV, checkAll } from '../src/check/check-all.ts';
import { formatProblems, problemPlace } from '../src/check/content-check.ts';
import { localhostWarning, publishingTarget } from '../src/model/urls.ts';
import { PublishError, prepareOutput, publish, removeStale } from '../src/outputs/publish-dir.ts';
import { indexLine, writeSearchIndex } from '../src/outputs/search-index.ts';

const CONTENT_DIR = 'content';
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
/** `--strict`: a build that would point at localhost fails instead of warning. Not an option of Astro's. */
const STRICT = '--strict';
const astroArguments = process.argv.slice(2).filter((argument) => argument !== STRICT);
/** A stack frame, or the header Astro prints above them: a maintainer's fix is in the message, not in these. */
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$|^\s*Stack trace:\s*$/;

/**
 * Astro's JavaScript heap: half the machine's memory, never less than Node's own default. Past 40,000 sections its
 * route data and the pages' integrations outgrow Node's default of about 4 GB.
 */
const ASTRO_HEAP_MB = Math.max(4096, Math.floor(totalmem() / 2 / 2 ** 20));

function fail(message: string): never {
  throw new Error(message);
}

/** Runs Astro in its own process, passing its output through without stack frames; resolves with how it ended. */
function runAstro(outDir: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [`--max-old-space-size=${ASTRO_HEAP_MB}`, astro, 'build', ...astroArguments], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: { ...process.env, OUT_DIR: outDir, [CHECKED_ENV]: '1', [INDEX_AFTER_ENV]: '1' },
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!STACK_LINE.test(line)) console.error(line);
  });
  return new Promise((done, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => done({ code, signal }));
  });
}

/** The content checks, which analyse each section (or take it from the cache) and keep the analyses on disk. */
async function check(): Promise<void> {
  const analyses = new AnalysisCache(CONTENT_DIR);
  const problems = await checkAll(CONTENT_DIR, analyses);
  if (problems.length) console.error(formatProblems(problems));
  const [first, ...more] = problems.filter((p) => p.severity === 'error');
  if (first) fail(`${problemPlace(first)} ${first.message}${more.length ? ` (and ${more.length} more error${more.length === 1 ? '' : 's'} above)` : ''}`);
  console.log(countsLine(analyses.counts));
}

async function build(outDir: string, staging: string): Promise<string[]> {
  for (const warning of removeStale(outDir).warnings) console.warn(`warning: ${warning}`);
  // The analyses are left on disk, not held here while Astro runs: its loaders and the index read them from there.
  await check();
  const astroRun = await runAstro(staging);
  if (astroRun.signal) fail(`Astro stopped with ${astroRun.signal} before finishing; nothing was published. Run npm run check: it reports what the build cannot take`);
  if (astroRun.code !== 0) fail('Astro could not build the site (its message is above)');
  // Pagefind once Astro has exited: the two never hold memory at the same time.
  console.log(indexLine(await writeSearchIndex(staging, CONTENT_DIR)));
  return publish(staging, outDir).warnings;
}

const outDir = resolve(process.env.OUT_DIR || 'dist');
let staging: string | undefined;
try {
  const target = publishingTarget(process.env);
  if ('error' in target) fail(target.error);
  const localhost = localhostWarning(target);
  if (localhost && process.argv.includes(STRICT)) fail(localhost.replace(/; --strict makes this an error$/, ''));
  if (localhost) console.warn(`warning: ${localhost}`);
  staging = prepareOutput(outDir);
  const warnings = await build(outDir, staging);
  console.log(`published to ${outDir}`);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
} catch (error) {
  if (staging) rmSync(staging, { recursive: true, force: true });
  const message = error instanceof PublishError ? `${error.path}: ${error.message}` : error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const left = existsSync(outDir) ? `${outDir} is left as it was` : 'nothing was published';
  console.error(`\nbuild failed: ${message.replace(/[.\s]+$/, '')}. ${left}.`);
  process.exitCode = 1;
}
