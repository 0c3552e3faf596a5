/** A copy of the project, built once, in which a test breaks one input at a time and builds again. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** A digest of every file of a folder, names and contents, to tell whether anything changed. */
export function digestOf(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    hash.update(name);
    try {
      hash.update(readFileSync(path));
    } catch {
      // A folder: its name is in the digest, its files follow.
    }
  }
  return hash.digest('hex');
}

export class BrokenProject {
  readonly dir = copyProject();
  readonly content = join(this.dir, 'content');
  readonly dist = join(this.dir, 'dist');
  private readonly pristine = join(this.dir, '.pristine-content');

  constructor() {
    cpSync(this.content, this.pristine, { recursive: true });
  }

  /** Runs `npm run build` (scripts/build.ts) in the copy, with `env` added to the environment. */
  build(env: Record<string, string> = {}, args: string[] = []): BuildResult {
    const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  /** Puts the content back as it was copied. */
  restore(): void {
    rmSync(this.content, { recursive: true, force: true });
    cpSync(this.pristine, this.content, { recursive: true });
  }

  path(relative: string): string {
    return join(this.content, relative);
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  write(relative: string, contents: string | Buffer): void {
    writeFileSync(this.path(relative), contents);
  }

  replace(relative: string, from: string, to: string): void {
    const text = this.read(relative);
    if (!text.includes(from)) throw new Error(`test bug: "${from}" is not in ${relative}`);
    this.write(relative, text.replace(from, to));
  }

  append(relative: string, text: string): void {
    appendFileSync(this.path(relative), text);
  }

  exists(relative: string): boolean {
    return existsSync(this.path(relative));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A stack trace's frames, which a maintainer should never have to read. */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
