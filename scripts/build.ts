/**
 * npm run build: checks the content, builds the site into a staging folder beside the output folder (OUT_DIR,
 * default dist/), and replaces the output only when every step succeeded (content checks, Astro, the anchor
 * check, Pagefind). Astro starts up while the checks run and reads no content before they pass; the index's
 * records and dictionary are read from the content while Astro builds, and Pagefind indexes once it has exited.
 * A failed build leaves the previously published output exactly as it was; how the output is replaced (symlinks,
 * other file systems, leftovers of crashed builds) is src/outputs/publish-dir.ts. Every step is wrapped: whatever
 * fails ends in `build failed: …`, never in a stack trace.
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
import { CHECKS_PASSED, CHECKS_PENDING } from '../src/check/checks-pending.ts';
import { formatProblems, problemPlace } from '../src/check/content-check.ts';
import { localhostWarning, publishingTarget } from '../src/model/urls.ts';
import { PublishError, prepareOutput, publish, removeStale } from '../src/outputs/publish-dir.ts';
import { indexLine, readIndexInput, writeSearchIndex } from '../src/outputs/search-index.ts';

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

/** How Astro's process ended: its exit code or signal, or the error that kept it from starting. */
type AstroEnd = { code: number | null; signal: NodeJS.Signals | null } | { error: Error };

interface AstroRun {
  ended: Promise<AstroEnd>;
  /** Tells Astro the checks passed, and shows its output so far, then as it comes, without stack frames. */
  go(): void;
  /** Stops Astro, its output unshown: the checks failed. */
  stop(): Promise<void>;
}

/**
 * Starts Astro in its own process while this one runs the checks: it starts up meanwhile, and its loaders wait
 * for `go` before reading any analysis (src/check/checks-pending.ts). Its output is held back until then.
 */
function startAstro(outDir: string): AstroRun {
  const child = spawn(process.execPath, [`--max-old-space-size=${ASTRO_HEAP_MB}`, astro, 'build', ...astroArguments], {
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...(process.stdout.isTTY && { FORCE_COLOR: '1' }), OUT_DIR: outDir, [CHECKED_ENV]: CHECKS_PENDING, [INDEX_AFTER_ENV]: '1' },
  });
  let held: (() => void)[] | undefined = [];
  const show = (print: () => void) => (held ? held.push(print) : print());
  createInterface({ input: child.stdout! }).on('line', (line) => show(() => console.log(line)));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!STACK_LINE.test(line)) show(() => console.error(line));
  });
  const ended = new Promise<AstroEnd>((done) => {
    child.on('error', (error) => done({ error }));
    child.on('close', (code, signal) => done({ code, signal }));
  });
  return {
    ended,
    go() {
      // An Astro that has ended already says why in its output, shown now.
      if (child.connected) child.send(CHECKS_PASSED);
      for (const print of held ?? []) print();
      held = undefined;
    },
    async stop() {
      held = [];
      child.kill();
      await ended;
    },
  };
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
  const astroRun = startAstro(staging);
  try {
    await check();
  } catch (error) {
    await astroRun.stop();
    throw error;
  }
  astroRun.go();
  // What the index takes from the content, read while Astro builds; its failure, if Astro's does not come first, is thrown below.
  const indexInput = readIndexInput(CONTENT_DIR);
  indexInput.catch(() => undefined);
  const ended = await astroRun.ended;
  if ('error' in ended) fail(`Astro could not be started: ${ended.error.message}`);
  if (ended.signal) fail(`Astro stopped with ${ended.signal} before finishing; nothing was published. Run npm run check: it reports what the build cannot take`);
  if (ended.code !== 0) fail('Astro could not build the site (its message is above)');
  // Pagefind once Astro has exited: the two never hold memory at the same time.
  console.log(indexLine(await writeSearchIndex(staging, CONTENT_DIR, await indexInput)));
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
