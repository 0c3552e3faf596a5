/** Publishing a built site into OUT_DIR (src/outputs/publish-dir.ts): a few files stand in for the site. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublishError, type PublishFs, prepareOutput, publish, removeStale, systemFs } from '../../src/outputs/publish-dir.ts';

// Above Linux's largest possible pid (PID_MAX_LIMIT is 2^22), so never a running process.
const DEAD_PID = 4_194_304;

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'verbatim-publish-')));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes a folder of files, standing in for a built site. */
function site(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A folder's files and their text, so an assertion shows what was expected and what came instead. */
function contents(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).filter((name) => lstatSync(join(dir, name)).isFile());
  return Object.fromEntries(files.sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** The PublishError a step throws, as the path and message the build prints. */
function failure(step: () => unknown): { path: string; message: string } {
  try {
    step();
  } catch (error) {
    if (error instanceof PublishError) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected a PublishError, but the step succeeded');
}

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

const OLD_SITE = { 'index.html': 'old home', 'old-page/index.html': 'only in the old site' };
const NEW_SITE = { 'index.html': 'new home', 'pagefind/index.json': '{}' };

/** Stages the new site as a build would, returning the staging folder. */
function buildNewSite(outDir: string): string {
  const staging = prepareOutput(outDir);
  site(staging, NEW_SITE);
  return staging;
}

describe('publish', () => {
  it('replaces the output with the staged site and leaves no folder beside it', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const staging = buildNewSite(dist);
    expect(dirname(staging)).toBe(root);

    expect(publish(staging, dist)).toEqual({ warnings: [] });
    expect(contents(dist)).toEqual(NEW_SITE);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('publishes through a symlinked output: the link stays, its target is replaced beside the target', () => {
    const target = join(root, 'volume', 'site');
    site(target, OLD_SITE);
    const dist = join(root, 'project', 'dist');
    mkdirSync(dirname(dist));
    symlinkSync('../volume/site', dist);

    const staging = buildNewSite(dist);
    expect(dirname(staging)).toBe(dirname(target));
    publish(staging, dist);

    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readlinkSync(dist)).toBe('../volume/site');
    expect(contents(target)).toEqual(NEW_SITE);
    expect(readdirSync(dirname(target))).toEqual(['site']);
  });

  it('creates the target of a symlink that points nowhere yet', () => {
    const dist = join(root, 'dist');
    symlinkSync(join(root, 'volume', 'site'), dist);

    publish(buildNewSite(dist), dist);

    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(contents(join(root, 'volume', 'site'))).toEqual(NEW_SITE);
  });

  it('refuses an output that is a file, naming it and the fix, and touches nothing', () => {
    const dist = join(root, 'dist');
    writeFileSync(dist, 'not a site');

    expect(failure(() => prepareOutput(dist))).toEqual({ path: dist, message: `OUT_DIR is a file, not a folder: remove it or set OUT_DIR to a folder` });
    expect(readFileSync(dist, 'utf8')).toBe('not a site');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('refuses a symlink to a file, naming where it links', () => {
    const file = join(root, 'file');
    writeFileSync(file, 'not a site');
    const dist = join(root, 'dist');
    symlinkSync(file, dist);

    expect(failure(() => prepareOutput(dist)).message).toBe(`OUT_DIR links to ${file}, which is a file, not a folder: remove it or set OUT_DIR to a folder`);
  });

  it('says the new site is live and names the old output to delete when it cannot be removed', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const staging = buildNewSite(dist);
    const previous = `${dist}.previous-${process.pid}`;
    const cannotRemovePrevious: PublishFs = {
      ...systemFs,
      remove: (path) => {
        if (path === previous) throw errnoError('EACCES');
        systemFs.remove(path);
      },
    };

    const { warnings } = publish(staging, dist, cannotRemovePrevious);

    expect(contents(dist)).toEqual(NEW_SITE);
    expect(warnings).toEqual([`the new site is live, but the old output could not be removed (EACCES: injected failure): delete ${previous} by hand`]);
    expect(contents(previous)).toEqual(OLD_SITE);
  });

  it('copies the site in when the output cannot be renamed (another file system or a mount point)', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const staging = buildNewSite(dist);
    const renames: string[] = [];
    const firstRenameCrossesDevices: PublishFs = {
      ...systemFs,
      rename: (from, to) => {
        renames.push(from);
        if (renames.length === 1) throw errnoError('EXDEV');
        renameSync(from, to);
      },
    };

    expect(publish(staging, dist, firstRenameCrossesDevices)).toEqual({ warnings: [] });

    expect(renames[0]).toBe(dist);
    expect(contents(dist)).toEqual(NEW_SITE);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('puts the old output back and copies the site in when only the staged site crosses devices', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const staging = buildNewSite(dist);
    const stagingCrossesDevices: PublishFs = {
      ...systemFs,
      rename: (from, to) => {
        if (from === staging) throw errnoError('EXDEV');
        renameSync(from, to);
      },
    };

    publish(staging, dist, stagingCrossesDevices);

    expect(contents(dist)).toEqual(NEW_SITE);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('moves the old files back when copying the site in fails halfway', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const staging = buildNewSite(dist);
    const incoming = join(dist, `.staging-${process.pid}`);
    const copyFailsOnSearchIndex: PublishFs = {
      ...systemFs,
      rename: (from, to) => {
        if (from === dist) throw errnoError('EBUSY');
        if (from === join(incoming, 'pagefind')) throw errnoError('EACCES');
        renameSync(from, to);
      },
    };

    expect(failure(() => publish(staging, dist, copyFailsOnSearchIndex)).message).toBe('EACCES: injected failure');
    expect(contents(dist)).toEqual(OLD_SITE);
  });

  it('leaves the old output as it was when the new site cannot be put in place', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const staging = buildNewSite(dist);
    const stagingCannotMove: PublishFs = {
      ...systemFs,
      rename: (from, to) => {
        if (from === staging) throw Object.assign(errnoError('EACCES'), { path: staging });
        renameSync(from, to);
      },
    };

    expect(failure(() => publish(staging, dist, stagingCannotMove))).toEqual({ path: staging, message: 'EACCES: injected failure' });
    expect(contents(dist)).toEqual(OLD_SITE);
    expect(existsSync(`${dist}.previous-${process.pid}`)).toBe(false);
  });
});

describe('removeStale', () => {
  it('removes the folders of builds no longer running and keeps those of running or unknown ones', () => {
    const dist = join(root, 'dist');
    site(dist, OLD_SITE);
    const stale = [`dist.staging-${DEAD_PID}`, `dist.previous-${DEAD_PID}`];
    // pid 1 runs: kill(1, 0) succeeds as root and fails with EPERM otherwise, which counts as running too.
    const kept = [`dist.staging-${process.pid}`, 'dist.previous-1', 'dist.staging-old', `other.staging-${DEAD_PID}`];
    for (const name of [...stale, ...kept]) site(join(root, name), { 'index.html': name });
    // Left inside the output by a copy that was interrupted.
    site(join(dist, `.staging-${DEAD_PID}`), { 'index.html': 'half copied' });

    const { removed, warnings } = removeStale(dist);

    expect(removed.sort()).toEqual([...stale.map((name) => join(root, name)), join(dist, `.staging-${DEAD_PID}`)].sort());
    expect(warnings).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['dist', ...kept].sort());
    expect(contents(dist)).toEqual(OLD_SITE);
  });

  it('looks beside the target of a symlinked output', () => {
    const target = join(root, 'volume', 'site');
    site(target, OLD_SITE);
    site(join(root, 'volume', `site.previous-${DEAD_PID}`), OLD_SITE);
    const dist = join(root, 'dist');
    symlinkSync(target, dist);

    expect(removeStale(dist).removed).toEqual([join(root, 'volume', `site.previous-${DEAD_PID}`)]);
    expect(readdirSync(join(root, 'volume'))).toEqual(['site']);
  });
});
