import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface AstroRun {
  status: number | null;
  output: string;
}

/** Runs `astro build` in a project folder with extra environment, returning its exit status and output. */
export function astroBuild(cwd: string, env: Record<string, string>): AstroRun {
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
