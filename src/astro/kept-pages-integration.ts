/**
 * Astro's incremental build copies every page it does not render again from its cache (`.astro/cache/dist/`) into
 * the output: at a thousand articles, 270 MB copied by a build that changed one section. This integration links
 * them instead, once the output folder has been emptied and before the pages are generated (Astro takes a page
 * already in the output as it is), and removes after the build those it linked that the build no longer makes.
 *
 * A linked file is then one file under three names: the output's, the cache's and, once published, the site's. So
 * while Astro builds, every file written into the output or the cache over one already there is written as a new
 * file beside it and renamed over it (`writtenAnew`), never written into: a page rendered again leaves the copy
 * the published site and the cache hold as it was.
 */
import fs, { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's record of the pages its cache keeps, and the folder it keeps them in, below its cache folder. */
const MANIFEST_FILE = 'incremental-build.json';
const KEPT_FOLDER = 'dist';

interface IncrementalManifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The output files (URL-encoded, relative to the output folder) a manifest of Astro's incremental build lists. */
export function manifestOutputFiles(json: string): string[] {
  const manifest = JSON.parse(json) as IncrementalManifest;
  return Object.values(manifest.routes ?? {}).flatMap((route) =>
    Object.values(route.paths ?? {}).flatMap((path) => (typeof path.outputFile === 'string' ? [path.outputFile] : [])),
  );
}

/** The output files the manifest lists, read once; none when there is no manifest (a first build). */
function manifestFiles(manifestFile: string): string[] {
  return existsSync(manifestFile) ? manifestOutputFiles(readFileSync(manifestFile, 'utf8')) : [];
}

/** A manifest's output file (URL-encoded, relative) as a path below `folder`. */
const below = (folder: string, file: string) => fileURLToPath(new URL(file, pathToFileURL(`${folder}${sep}`)));

type Writable = Parameters<typeof fs.writeFileSync>[0];

/**
 * Until the returned function is called, a file below one of `folders` that already exists is written anew in
 * this process: into a file beside it, which is then renamed over it. Only paths and file URLs are looked at; a
 * file descriptor is written into as it is.
 */
export function writtenAnew(folders: readonly string[]): () => void {
  const existingBelow = (target: Writable): string | undefined => {
    const path = typeof target === 'string' ? target : target instanceof URL ? fileURLToPath(target) : undefined;
    return path !== undefined && folders.some((folder) => path.startsWith(`${folder}${sep}`)) && existsSync(path) ? path : undefined;
  };
  const beside = (path: string) => `${path}.${process.pid}.new`;
  const { writeFileSync } = fs;
  const { writeFile } = fs.promises;
  fs.writeFileSync = ((target: Writable, ...rest: unknown[]) => {
    const path = existingBelow(target);
    if (path === undefined) return (writeFileSync as (...args: unknown[]) => void)(target, ...rest);
    (writeFileSync as (...args: unknown[]) => void)(beside(path), ...rest);
    renameSync(beside(path), path);
  }) as typeof fs.writeFileSync;
  fs.promises.writeFile = (async (target: Writable, ...rest: unknown[]) => {
    const path = existingBelow(target);
    if (path === undefined) return (writeFile as (...args: unknown[]) => Promise<void>)(target, ...rest);
    await (writeFile as (...args: unknown[]) => Promise<void>)(beside(path), ...rest);
    await fs.promises.rename(beside(path), path);
  }) as typeof fs.promises.writeFile;
  return () => {
    fs.writeFileSync = writeFileSync;
    fs.promises.writeFile = writeFile;
  };
}

/** Removes `file`, then each folder above it left empty, up to `root` (which it is below). */
function removeWithEmptyFolders(file: string, root: string): void {
  unlinkSync(file);
  for (let folder = dirname(file); !relative(root, folder).startsWith('..') && folder !== root; folder = dirname(folder)) {
    if (readdirSync(folder).length) return;
    rmdirSync(folder);
  }
}

/**
 * A page Astro rendered in this build is two files of one text, the output's and the cache's copy: each cache copy
 * becomes a link to the output's file, swapped in by a rename, so that the next build links into its output the
 * very file this one published. The annotations know a page by its file (src/astro/page-text-cache.ts): without
 * this, the first rebuild after a cold build read every page's HTML again (4 s at a thousand articles).
 */
function keepRendered(files: readonly string[], outDir: string, keptDir: string): void {
  for (const file of files) {
    const [target, source] = [below(outDir, file), below(keptDir, file)];
    const [output, kept] = [statSync(target, { throwIfNoEntry: false }), statSync(source, { throwIfNoEntry: false })];
    if (!output || !kept || output.ino === kept.ino) continue;
    const beside = `${source}.${process.pid}.new`;
    try {
      linkSync(target, beside);
    } catch (error) {
      // The output on another file system than the cache: the copies stay two files.
      if ((error as NodeJS.ErrnoException).code === 'EXDEV') return;
      throw error;
    }
    renameSync(beside, source);
  }
}

export default function keptPages(): AstroIntegration {
  let outDir = '';
  let keptDir = '';
  let manifestFile = '';
  let enabled = false;
  let restoreWrites: (() => void) | undefined;
  /** The files linked into the output, with the inode each was linked to. */
  const linked = new Map<string, number>();
  return {
    name: 'verbatim:kept-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        enabled = config.experimental.incrementalBuild === true;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        const cacheDir = fileURLToPath(config.cacheDir);
        keptDir = join(cacheDir, KEPT_FOLDER);
        manifestFile = join(cacheDir, MANIFEST_FILE);
      },
      // After Astro has emptied the output folder (astro:build:start comes before), before any page is generated.
      'astro:build:setup': () => {
        if (!enabled || restoreWrites) return;
        restoreWrites = writtenAnew([outDir, keptDir]);
        // Each folder made once, not once per page in it: thousands of pages, each a few system calls.
        const folders = new Set<string>();
        for (const file of manifestFiles(manifestFile)) {
          const [source, target] = [below(keptDir, file), below(outDir, file)];
          const kept = statSync(source, { throwIfNoEntry: false });
          if (!kept) continue;
          const folder = dirname(target);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          try {
            linkSync(source, target);
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') continue;
            // The output on another file system than the cache: Astro copies the pages, as it does by itself.
            if (code === 'EXDEV') return;
            throw error;
          }
          linked.set(target, kept.ino);
        }
      },
      'astro:build:done': () => {
        // Astro has written every page and its cache: the integrations after this one write files of their own.
        restoreWrites?.();
        // A page linked but no longer built (its path or route gone) is still the file linked: removed.
        const builtFiles = manifestFiles(manifestFile);
        const built = new Set(builtFiles.map((file) => below(outDir, file)));
        for (const [target, inode] of linked) {
          if (!built.has(target) && statSync(target, { throwIfNoEntry: false })?.ino === inode) removeWithEmptyFolders(target, outDir);
        }
        if (enabled) keepRendered(builtFiles, outDir, keptDir);
      },
    },
  };
}
