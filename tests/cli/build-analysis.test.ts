/** `npm run build` analyses each section once, and takes unchanged ones from the cache on the next build. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

describe('the build’s analysis line', () => {
  const project = copyProject();
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const build = () => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(run.status, run.stderr).toBe(0);
    // Astro colours its log when the environment asks for it (CI may force colour).
    const stdout = stripVTControlCharacters(run.stdout);
    // Pagefind runs after Astro has exited, from the same analyses.
    expect(stdout).toMatch(/\[build\] Complete![\s\S]*\nindexed \d+ pages and \d+ quotations and claims in \d+ ms\n/);
    return stdout.split('\n').filter((line) => line.startsWith('analysed '));
  };

  it('analyses every section on a cold build, none on a warm one, and only an edited one after an edit', () => {
    expect(build()).toEqual(['analysed 4 sections (0 from cache)']);
    expect(build()).toEqual(['analysed 4 sections (4 from cache)']);
    const section = join(project, 'content/articles/syria-israel-fifth-round/introduction.mdx');
    writeFileSync(section, `${readFileSync(section, 'utf8')}\nA closing line of our own.\n`);
    expect(build()).toEqual(['analysed 4 sections (3 from cache)']);
    expect(readFileSync(join(project, 'dist/articles/syria-israel-fifth-round/introduction/index.html'), 'utf8')).toContain('A closing line of our own.');
    expect(existsSync(join(project, 'dist/pagefind/pagefind.js'))).toBe(true);
  });
});
