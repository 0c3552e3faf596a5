import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, PROJECT_ROOT } from '../helpers/astro.ts';

/** The builds the tests read: the same content at a domain root and under a sub-path. */
export const BUILDS = {
  root: { base: '/', outDir: join(PROJECT_ROOT, '.tmp/site-root') },
  subpath: { base: '/verbatim/', outDir: join(PROJECT_ROOT, '.tmp/site-subpath') },
} as const;

/** A second build of the root site, to show that builds of the same input are byte-identical. */
export const REPEAT_BUILD = join(PROJECT_ROOT, '.tmp/site-root-again');

declare module 'vitest' {
  export interface ProvidedContext {
    builds: typeof BUILDS;
    repeatBuild: string;
  }
}

export default function setup(project: TestProject) {
  for (const { base, outDir } of Object.values(BUILDS)) {
    rmSync(outDir, { recursive: true, force: true });
    const run = astroBuild(PROJECT_ROOT, { BASE_PATH: base, OUT_DIR: outDir });
    if (run.status !== 0) throw new Error(`astro build with BASE_PATH=${base} failed:\n${run.output}`);
  }
  rmSync(REPEAT_BUILD, { recursive: true, force: true });
  const again = astroBuild(PROJECT_ROOT, { BASE_PATH: BUILDS.root.base, OUT_DIR: REPEAT_BUILD });
  if (again.status !== 0) throw new Error(`the second build failed:\n${again.output}`);
  project.provide('builds', BUILDS);
  project.provide('repeatBuild', REPEAT_BUILD);
}
