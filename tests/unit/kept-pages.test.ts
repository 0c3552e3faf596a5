/** The pages Astro's incremental build keeps are linked into the output, and a file written there is a new file. */
import fs, { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import keptPages, { manifestOutputFiles, writtenAnew } from '../../src/astro/kept-pages-integration.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-kept-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const manifest = (...files: string[]) =>
  JSON.stringify({ version: 1, routes: { 'src/pages/[page].astro': { dependencyHash: 'h', paths: Object.fromEntries(files.map((file, n) => [`/${n}`, { cacheKey: 'k', outputFile: file }])) } } });

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('manifestOutputFiles', () => {
  it('lists the output file of every path of every route, and nothing of a manifest without routes', () => {
    expect(manifestOutputFiles(manifest('a/index.html', 'b.bib'))).toEqual(['a/index.html', 'b.bib']);
    expect(manifestOutputFiles('{"version":1}')).toEqual([]);
  });
});

describe('writtenAnew', () => {
  it('writes an existing file below the folders as a new file, leaving its other names as they were, until undone', async () => {
    const dir = folder();
    const outside = folder();
    const [page, other, elsewhere] = [join(dir, 'page.html'), join(dir, 'other.html'), join(outside, 'page.html')];
    writeFileSync(page, 'old');
    writeFileSync(other, 'old');
    linkSync(page, elsewhere);
    const undo = writtenAnew([dir]);
    try {
      fs.writeFileSync(page, 'new');
      expect([readFileSync(page, 'utf8'), readFileSync(elsewhere, 'utf8')]).toEqual(['new', 'old']);
      linkSync(other, join(outside, 'other.html'));
      await fs.promises.writeFile(pathToFileURL(other), 'new');
      expect([readFileSync(other, 'utf8'), readFileSync(join(outside, 'other.html'), 'utf8')]).toEqual(['new', 'old']);
      // A file outside the folders is written into, as ever: its other name reads what was written.
      linkSync(elsewhere, join(outside, 'twin.html'));
      fs.writeFileSync(elsewhere, 'shared');
      expect(readFileSync(join(outside, 'twin.html'), 'utf8')).toBe('shared');
    } finally {
      undo();
    }
    linkSync(page, join(outside, 'again.html'));
    fs.writeFileSync(page, 'after');
    expect(readFileSync(join(outside, 'again.html'), 'utf8')).toBe('after');
  });
});

describe('keptPages', () => {
  /** The integration's hooks, called as Astro calls them, for an output and cache folder of a test's own. */
  function hooks(outDir: string, cacheDir: string) {
    const integration = keptPages();
    const call = (name: string, options: unknown = {}) => (integration.hooks as Record<string, (options: unknown) => unknown>)[name]!(options);
    call('astro:config:done', { config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`), experimental: { incrementalBuild: true } } });
    return call;
  }

  it('links the kept pages into the output, writes a page rendered again anew, and removes those no longer built', async () => {
    const [outDir, cacheDir] = [folder(), folder()];
    write(join(cacheDir, 'incremental-build.json'), manifest('kept/index.html', 'changed/index.html', 'gone/index.html', 'missing/index.html'));
    for (const page of ['kept', 'changed', 'gone']) write(join(cacheDir, 'dist', page, 'index.html'), `${page} as last built`);
    // The published site of the last build: its files are the cache's.
    const published = folder();
    linkSync(join(cacheDir, 'dist/changed/index.html'), join(published, 'changed.html'));

    const call = hooks(outDir, cacheDir);
    call('astro:build:setup');
    for (const page of ['kept', 'changed', 'gone']) expect(statSync(join(outDir, page, 'index.html')).ino).toBe(statSync(join(cacheDir, 'dist', page, 'index.html')).ino);
    expect(existsSync(join(outDir, 'missing/index.html'))).toBe(false);

    // What Astro does: renders one page again into the output and its cache, and keeps no record of another.
    await fs.promises.writeFile(pathToFileURL(join(outDir, 'changed/index.html')), 'changed anew');
    await fs.promises.writeFile(pathToFileURL(join(cacheDir, 'dist/changed/index.html')), 'changed anew');
    write(join(cacheDir, 'incremental-build.json'), manifest('kept/index.html', 'changed/index.html'));
    call('astro:build:done');

    expect(readFileSync(join(outDir, 'changed/index.html'), 'utf8')).toBe('changed anew');
    expect(readFileSync(join(cacheDir, 'dist/changed/index.html'), 'utf8')).toBe('changed anew');
    expect(readFileSync(join(published, 'changed.html'), 'utf8')).toBe('changed as last built');
    // The page rendered again is one file in the output and the cache, which the next build links.
    expect(statSync(join(cacheDir, 'dist/changed/index.html')).ino).toBe(statSync(join(outDir, 'changed/index.html')).ino);
    expect(readFileSync(join(outDir, 'kept/index.html'), 'utf8')).toBe('kept as last built');
    expect(existsSync(join(outDir, 'gone'))).toBe(false);
    // Writes are as ever once Astro is done.
    linkSync(join(outDir, 'kept/index.html'), join(published, 'kept.html'));
    fs.writeFileSync(join(outDir, 'kept/index.html'), 'written into');
    expect(readFileSync(join(published, 'kept.html'), 'utf8')).toBe('written into');
  });

  it('leaves a page already in the output as it is, and links the others beside it', () => {
    const [outDir, cacheDir] = [folder(), folder()];
    write(join(cacheDir, 'incremental-build.json'), manifest('a/one/index.html', 'a/two/index.html', 'a/index.html'));
    for (const page of ['a/one', 'a/two', 'a']) write(join(cacheDir, 'dist', page, 'index.html'), `${page} as last built`);
    write(join(outDir, 'a/one/index.html'), 'written by Astro first');
    const call = hooks(outDir, cacheDir);
    call('astro:build:setup');
    expect(readFileSync(join(outDir, 'a/one/index.html'), 'utf8')).toBe('written by Astro first');
    for (const page of ['a/two', 'a']) expect(statSync(join(outDir, page, 'index.html')).ino).toBe(statSync(join(cacheDir, 'dist', page, 'index.html')).ino);
    write(join(cacheDir, 'incremental-build.json'), manifest('a/two/index.html'));
    call('astro:build:done');
    expect(readFileSync(join(outDir, 'a/one/index.html'), 'utf8')).toBe('written by Astro first');
    expect(existsSync(join(outDir, 'a/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'a/two/index.html'))).toBe(true);
  });

  it('makes each page of a first build one file in the output and the cache, whose next write leaves the other as it was', async () => {
    const [outDir, cacheDir] = [folder(), folder()];
    const call = hooks(outDir, cacheDir);
    call('astro:build:setup');
    for (const page of ['one', 'two']) {
      write(join(outDir, page, 'index.html'), `${page} rendered`);
      write(join(cacheDir, 'dist', page, 'index.html'), `${page} rendered`);
    }
    write(join(outDir, 'uncached/index.html'), 'no cache key');
    write(join(cacheDir, 'incremental-build.json'), manifest('one/index.html', 'two/index.html'));
    call('astro:build:done');
    for (const page of ['one', 'two']) expect(statSync(join(cacheDir, 'dist', page, 'index.html')).ino).toBe(statSync(join(outDir, page, 'index.html')).ino);
    expect(fs.readdirSync(join(cacheDir, 'dist'))).toEqual(['one', 'two']);
    expect(fs.readdirSync(join(cacheDir, 'dist', 'one'))).toEqual(['index.html']);

    // The next build renders one page again: the published file keeps its text.
    const published = join(folder(), 'one.html');
    linkSync(join(outDir, 'one/index.html'), published);
    const next = folder();
    const again = hooks(next, cacheDir);
    again('astro:build:setup');
    await fs.promises.writeFile(join(next, 'one/index.html'), 'one rendered again');
    await fs.promises.writeFile(join(cacheDir, 'dist/one/index.html'), 'one rendered again');
    again('astro:build:done');
    expect(readFileSync(published, 'utf8')).toBe('one rendered');
    expect(readFileSync(join(cacheDir, 'dist/one/index.html'), 'utf8')).toBe('one rendered again');
  });

  it('links nothing on a first build, with no manifest', () => {
    const [outDir, cacheDir] = [folder(), folder()];
    const call = hooks(outDir, cacheDir);
    call('astro:build:setup');
    call('astro:build:done');
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
