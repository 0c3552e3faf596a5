import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro.ts';
import { copyProject } from '../helpers/project-copy.ts';

describe('a build with bad content', () => {
  const project = copyProject();
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('fails before building, naming the file, line, field, bad value and fix', () => {
    const section = join(project, 'content/articles/syria-israel-fifth-round/introduction.mdx');
    writeFileSync(section, readFileSync(section, 'utf8').replace('  - noon-post\n', '  - noon-posts\n'));
    const run = astroBuild(project, { OUT_DIR: join(project, 'dist') });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'content/articles/syria-israel-fifth-round/introduction.mdx:6:5  error  speakers.0: no speaker "noon-posts" in speakers.yaml: did you mean "noon-post"?',
    );
    expect(run.output).not.toMatch(/page\(s\) built/);
  });
});
