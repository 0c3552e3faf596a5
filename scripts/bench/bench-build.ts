/**
 * The builds `npm run bench` times: a copy of the project with a synthetic corpus, and the floor (a bare Astro +
 * MDX project over the same MDX files), each built in a child process whose wall time and peak memory are taken.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The project the benchmark copies. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = join('node_modules', 'astro', 'bin', 'astro.mjs');

/** Copies the project (sharing node_modules) into `dir`, ready for a corpus in its `content/`. */
export function copyProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const FLOOR_FILES: Record<string, string> = {
  'package.json': '{ "name": "verbatim-bench-floor", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  integrations: [mdx()],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { sections: defineCollection({ loader: glob({ base: './content/articles', pattern: '*/*.mdx' }) }) };
`,
  'src/components/Figure.astro': '<figure><figcaption><slot /></figcaption></figure>\n',
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Figure from '../components/Figure.astro';

export async function getStaticPaths() {
  return (await getCollection('sections')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
  <body><main><Content components={{ Figure }} /></main></body>
</html>
`,
};

/** The floor: Astro and MDX alone, one page per section file, none of Verbatim's plugins, pages or index. */
export function floorProject(dir: string, articlesDir: string): string {
  for (const [path, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(articlesDir, join(dir, 'content', 'articles'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A timed build: its exit status, wall time, peak memory and output. */
export interface BuildRun {
  status: number | null;
  ms: number;
  /** Peak resident memory of the build process (GNU time's %M, or the process's own maxRSS), in KB. */
  maxRssKb?: number;
  /** Peak of the summed resident memory of the build's whole process tree, sampled from /proc, in KB. */
  treeRssKb?: number;
  /** Peak resident memory of Pagefind's own binary, sampled from /proc, in KB. */
  pagefindRssKb?: number;
  output: string;
}

function isGnuTime(): boolean {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' });
  return `${probe.stdout}${probe.stderr}`.includes('GNU');
}

const GNU_TIME = isGnuTime();
const PROC = existsSync('/proc/self/status');

/** The resident memory of a process in KB, and its name; undefined once it has exited. */
function processInfo(pid: number): { rssKb: number; name: string } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rssKb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0), name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '' };
  } catch {
    return undefined;
  }
}

/** Every descendant of `root`, found by each process's parent in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the folder was read.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Samples the memory of a process tree until stopped: the latest total, and the peaks. */
function memorySampler(root: number) {
  const peak = { tree: 0, pagefind: 0 };
  let latest = 0;
  const sample = () => {
    let tree = 0;
    for (const pid of [root, ...descendants(root)]) {
      const info = processInfo(pid);
      if (!info) continue;
      tree += info.rssKb;
      if (info.name.startsWith('pagefind')) peak.pagefind = Math.max(peak.pagefind, info.rssKb);
    }
    peak.tree = Math.max(peak.tree, tree);
    latest = tree;
  };
  const timer = setInterval(sample, 100);
  return {
    current: () => latest,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Astro's programmatic build in a child Node, printing its own peak memory: used where GNU time is missing. */
const SELF_MEASURED_BUILD = `import { build } from 'astro';
await build({ root: process.cwd() });
console.log('[bench] maxRSS ' + process.resourceUsage().maxRSS);`;

/**
 * Runs a build in `project` with the output in `outDir`, timing it and taking its peak memory, with a progress
 * line every 30 seconds: `script` (ours: scripts/build.ts, as `npm run build` does) or else `astro build`.
 */
export async function timedBuild(project: string, outDir: string, label: string, script?: string): Promise<BuildRun> {
  const timeFile = join(project, '.bench-time');
  const build = script ? [script] : [ASTRO_BIN, 'build'];
  const [command, args] = GNU_TIME
    ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...build]]
    : script
      ? [process.execPath, [script]]
      : [process.execPath, ['--input-type=module', '-e', SELF_MEASURED_BUILD]];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: project,
    env: { ...process.env, OUT_DIR: outDir, VERBATIM_CONTENT_CHECKED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampler = PROC && child.pid ? memorySampler(child.pid) : undefined;
  const progress = setInterval(() => {
    const memory = sampler ? `, ${formatKb(sampler.current())} in use` : '';
    console.log(`    … ${label}: ${formatMs(performance.now() - started)} so far${memory}`);
  }, 30_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  clearInterval(progress);
  const peak = sampler?.stop();
  const selfReported = /\[bench\] maxRSS (\d+)/.exec(output)?.[1];
  const timed = GNU_TIME && existsSync(timeFile) ? /^(\d+)\s*$/m.exec(readFileSync(timeFile, 'utf8'))?.[1] : selfReported;
  rmSync(timeFile, { force: true });
  return {
    status,
    ms,
    maxRssKb: timed ? Number(timed) : undefined,
    treeRssKb: peak?.tree || undefined,
    pagefindRssKb: peak?.pagefind || undefined,
    output,
  };
}

/** What a build wrote. */
export interface DistStats {
  /** HTML pages built. */
  pages: number;
  files: number;
  bytes: number;
  /** Gzipped sizes of the section pages, in bytes, sorted. */
  sectionPagesGz: number[];
  /** The page that weighs most gzipped, of every HTML page. */
  heaviestPageGz: { path: string; bytes: number };
  /** The pages' search bundle (its shards, `pagefind/` and `pagefind-2/`): the metadata every first search loads (it lists every record), the word index chunks, the fragments. */
  pagefind: { metaBytes: number; indexBytes: number; indexChunks: number; fragmentBytes: number; fragmentFiles: number } | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

function pagefindStats(files: { name: string; bytes: number }[]): DistStats['pagefind'] {
  if (!files.length) return null;
  const sum = (list: { bytes: number }[]) => list.reduce((n, file) => n + file.bytes, 0);
  const inFolder = (folder: string) => files.filter((file) => file.name.split(sep)[1] === folder);
  return {
    metaBytes: sum(files.filter((file) => file.name.endsWith('.pf_meta'))),
    indexBytes: sum(inFolder('index')),
    indexChunks: inFolder('index').length,
    fragmentBytes: sum(inFolder('fragment')),
    fragmentFiles: inFolder('fragment').length,
  };
}

/** Counts and weighs a built site; section pages are the `index.html` files `sectionDepth` folders deep under `sectionRoot`. */
export function distStats(outDir: string, sectionRoot: string, sectionDepth: number): DistStats {
  const files = walk(outDir);
  const isSectionPage = (name: string) => {
    const parts = relative(sectionRoot, name).split(sep);
    return !parts[0]?.startsWith('..') && parts.length === sectionDepth + 1 && parts.at(-1) === 'index.html';
  };
  // Every page gzipped once: the heaviest of all, and the section pages among them.
  const pagesGz = files.filter((name) => name.endsWith('.html')).map((path) => ({ path, bytes: gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length }));
  const size = (name: string) => statSync(join(outDir, name)).size;
  return {
    pages: pagesGz.length,
    files: files.length,
    bytes: files.reduce((sum, name) => sum + size(name), 0),
    sectionPagesGz: pagesGz.filter((page) => isSectionPage(page.path)).map((page) => page.bytes).sort((a, b) => a - b),
    heaviestPageGz: pagesGz.reduce((heaviest, page) => (page.bytes > heaviest.bytes ? page : heaviest), { path: '', bytes: 0 }),
    // The pages' bundle is in shards, `pagefind/` and `pagefind-2/` (src/model/search-shards.ts), beside the records' own.
    pagefind: pagefindStats(files.filter((name) => /^pagefind(-\d+)?$/.test(name.split(sep)[0]!) && name.includes(sep)).map((name) => ({ name, bytes: size(name) }))),
  };
}

/** The last lines of a build's output, for a failure message. */
export function tail(output: string, lines = 40): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

/** A duration as people read it: 850 ms, 12.3 s, 7 min 56 s. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A memory size in KB as MB or GB. */
export function formatKb(kb: number): string {
  return kb >= 1024 * 1024 ? `${(kb / 1024 / 1024).toFixed(2)} GB` : `${Math.round(kb / 1024)} MB`;
}
