import { linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageTextFile, pageTextFiles } from '../../src/astro/page-text-cache.ts';

describe('pageTextFiles', () => {
  let dir = '';
  let cacheDir = '';
  const page = () => join(dir, 'out', 'index.html');
  /** Writes a page as Astro does: a new file, renamed into place. */
  const build = (html: string) => {
    writeFileSync(`${page()}.new`, html);
    renameSync(`${page()}.new`, page());
  };
  /** One build's look at the page: the cache file it names, and whether the page had to be read for it. */
  const look = (html: string) => {
    const names = pageTextFiles(cacheDir);
    let read = false;
    const file = names.fileOf('articles/a/s/', page(), () => ((read = true), html));
    // The cache file is there once the build has read the page's text into it.
    writeFileSync(file, '{}');
    names.save();
    return { file, read };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-page-text-'));
    cacheDir = join(dir, 'page-text');
    mkdirSync(cacheDir);
    mkdirSync(join(dir, 'out'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names a page by its HTML, and reads it again only when it is another file than at the last build', () => {
    build('<p>One</p>');
    expect(look('<p>One</p>')).toEqual({ file: pageTextFile(cacheDir, '<p>One</p>'), read: true });
    expect(look('<p>One</p>')).toEqual({ file: pageTextFile(cacheDir, '<p>One</p>'), read: false });
    // Rendered again: a new file, read and named again.
    build('<p>Two</p>');
    expect(look('<p>Two</p>')).toEqual({ file: pageTextFile(cacheDir, '<p>Two</p>'), read: true });
  });

  it('takes a page linked from elsewhere (as Astro keeps one from its cache) as the same file', () => {
    build('<p>One</p>');
    look('<p>One</p>');
    const kept = join(dir, 'kept.html');
    linkSync(page(), kept);
    rmSync(page());
    linkSync(kept, page());
    expect(look('<p>One</p>').read).toBe(false);
  });

  it('reads every page again when the code that measures them is another', () => {
    build('<p>One</p>');
    look('<p>One</p>');
    const stamps = `${cacheDir}-stamps.json`;
    writeFileSync(stamps, readFileSync(stamps, 'utf8').replace(/"code":"[0-9a-f]+"/, '"code":"an older version"'));
    expect(look('<p>One</p>').read).toBe(true);
  });

  it('reads the page again when the cache file it named is gone', () => {
    build('<p>One</p>');
    const { file } = look('<p>One</p>');
    rmSync(file);
    expect(look('<p>One</p>').read).toBe(true);
  });
});
