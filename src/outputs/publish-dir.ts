/**
 * Publishes a built site into the output folder (OUT_DIR) so that a build never half-succeeds: the site is built
 * into a staging folder beside the output, which then takes the output's place by renames on one file system.
 * A symlinked output is published through (its target is replaced, the link stays); an output that cannot be
 * renamed (a mount point, or on another file system than its staging folder) has its contents replaced instead;
 * the folders a crashed or interrupted build left behind are removed by the next one.
 */
import { cpSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A problem with the output folder, with the path it concerns: the build reports it in one line. */
export class PublishError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/** The renames and removals publishing makes: a test passes its own to provoke a failure. */
export interface PublishFs {
  rename(from: string, to: string): void;
  remove(path: string): void;
}

export const systemFs: PublishFs = {
  rename: renameSync,
  remove: (path) => rmSync(path, { recursive: true, force: true }),
};

export interface Published {
  warnings: string[];
}

export interface StaleRemoval {
  removed: string[];
  warnings: string[];
}

// A rename fails with these when the output is a mount point or on another file system than the staging folder.
const RENAME_ACROSS_FILE_SYSTEMS = new Set(['EXDEV', 'EBUSY']);
const WORK_FOLDER_KINDS = ['staging', 'previous'] as const;
type WorkFolderKind = (typeof WORK_FOLDER_KINDS)[number];

/** Checks the output can be replaced by a folder and returns the staging folder to build into, beside its target. */
export function prepareOutput(outDir: string): string {
  return reported(outDir, () => {
    const target = publishTarget(outDir);
    const existing = statSync(target, { throwIfNoEntry: false });
    if (existing && !existing.isDirectory()) {
      // The build prints the path before the message, so the message names only what the path is not.
      const what = lstatSync(outDir).isSymbolicLink() ? `OUT_DIR links to ${target}, which` : 'OUT_DIR';
      throw new PublishError(outDir, `${what} is a file, not a folder: remove it or set OUT_DIR to a folder`);
    }
    mkdirSync(dirname(target), { recursive: true });
    const staging = besideTarget(target, 'staging');
    // No running process but this one has this pid: a folder by this name was left by an earlier one.
    systemFs.remove(staging);
    return staging;
  });
}

/** Removes the staging and previous folders of builds no longer running; a folder whose pid runs, or is not a pid, is left. */
export function removeStale(outDir: string): StaleRemoval {
  return reported(outDir, () => {
    const target = publishTarget(outDir);
    const stale = [...workFolders(dirname(target), basename(target)), ...workFolders(target, '')].filter(({ pid }) => !mayBeRunning(pid));
    const removal: StaleRemoval = { removed: [], warnings: [] };
    for (const { path } of stale) {
      try {
        systemFs.remove(path);
        removal.removed.push(path);
      } catch (error) {
        removal.warnings.push(`could not remove ${path}, left by an earlier build (${messageOf(error)}): delete it by hand`);
      }
    }
    return removal;
  });
}

/** Puts the staging folder in the output's place; if that fails, the old output is left as it was. */
export function publish(staging: string, outDir: string, fs: PublishFs = systemFs): Published {
  return reported(outDir, () => {
    const target = publishTarget(outDir);
    try {
      return swapByRename(staging, target, fs);
    } catch (error) {
      if (!RENAME_ACROSS_FILE_SYSTEMS.has(codeOf(error) ?? '')) throw error;
      return swapContents(staging, target, fs);
    }
  });
}

/** The folder the site goes in: the output itself, or where it links to (created on publishing if missing). */
function publishTarget(outDir: string): string {
  try {
    return realpathSync(outDir);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
  const dangling = lstatSync(outDir, { throwIfNoEntry: false })?.isSymbolicLink();
  return dangling ? resolve(dirname(outDir), readlinkSync(outDir)) : outDir;
}

function besideTarget(target: string, kind: WorkFolderKind): string {
  return `${target}.${kind}-${process.pid}`;
}

/** Two renames in the target's folder: the output is never half old, half new. */
function swapByRename(staging: string, target: string, fs: PublishFs): Published {
  const previous = besideTarget(target, 'previous');
  const hadOutput = statSync(target, { throwIfNoEntry: false }) !== undefined;
  if (hadOutput) fs.rename(target, previous);
  try {
    fs.rename(staging, target);
  } catch (error) {
    if (hadOutput) restore(previous, target, fs);
    throw error;
  }
  return { warnings: hadOutput ? removeOrWarn(previous, 'the old output', fs) : [] };
}

/**
 * Replaces the output's contents when the output itself cannot be renamed. The new site is first copied into a
 * folder inside the output, so onto its file system (the old output is untouched if the copy fails); then each
 * old entry moves into another folder there and each new entry up into the output, by renames on that one file
 * system. The output is mixed only for the moments those renames take, and a failed rename moves every entry back.
 */
function swapContents(staging: string, target: string, fs: PublishFs): Published {
  mkdirSync(target, { recursive: true });
  const incoming = join(target, `.staging-${process.pid}`);
  const previous = join(target, `.previous-${process.pid}`);
  // As in prepareOutput: folders named for this process's pid can only be an earlier process's leftovers.
  fs.remove(incoming);
  fs.remove(previous);
  try {
    cpSync(staging, incoming, { recursive: true, verbatimSymlinks: true });
    mkdirSync(previous);
    const oldEntries = readdirSync(target).filter((name) => name !== basename(incoming) && name !== basename(previous));
    moveAll([...oldEntries.map((name) => [join(target, name), join(previous, name)] as const), ...readdirSync(incoming).map((name) => [join(incoming, name), join(target, name)] as const)], fs);
  } catch (error) {
    fs.remove(incoming);
    fs.remove(previous);
    throw error;
  }
  fs.remove(incoming);
  return { warnings: [...removeOrWarn(previous, 'the old output', fs), ...removeOrWarn(staging, 'the staging folder it was copied from', fs)] };
}

/** Renames each pair in order; if one fails, those done are undone, last first. */
function moveAll(moves: readonly (readonly [from: string, to: string])[], fs: PublishFs): void {
  const done: (readonly [string, string])[] = [];
  try {
    for (const move of moves) {
      fs.rename(...move);
      done.push(move);
    }
  } catch (error) {
    for (const [from, to] of done.reverse()) fs.rename(to, from);
    throw error;
  }
}

function restore(previous: string, target: string, fs: PublishFs): void {
  try {
    fs.rename(previous, target);
  } catch (error) {
    throw new PublishError(previous, `${messageOf(error)}: the old output is here, rename it back to ${target}`);
  }
}

/** Removes a folder the new site no longer needs; the site is live already, so a failure is only a warning. */
function removeOrWarn(folder: string, what: string, fs: PublishFs): string[] {
  try {
    fs.remove(folder);
    return [];
  } catch (error) {
    return [`the new site is live, but ${what} could not be removed (${messageOf(error)}): delete ${folder} by hand`];
  }
}

/** The staging and previous folders in a folder, named `<base>.staging-<pid>` or `<base>.previous-<pid>`. */
function workFolders(dir: string, base: string): { path: string; pid: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return [];
    throw error;
  }
  return names.flatMap((name) => {
    const kind = WORK_FOLDER_KINDS.find((k) => name.startsWith(`${base}.${k}-`));
    return kind ? [{ path: join(dir, name), pid: name.slice(`${base}.${kind}-`.length) }] : [];
  });
}

/** Only a pid naming no process (ESRCH) is surely stale; EPERM means another user's process, so it is left too. */
function mayBeRunning(pid: string): boolean {
  if (!/^[1-9]\d*$/.test(pid)) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return codeOf(error) !== 'ESRCH';
  }
}

/** Runs a step, turning a file-system error into a PublishError naming the path it concerns. */
function reported<T>(outDir: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof PublishError || codeOf(error) === undefined) throw error;
    throw new PublishError((error as NodeJS.ErrnoException).path ?? outDir, messageOf(error));
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
