import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      // Pure modules: no build, no process spawned (`npx vitest run --project unit`).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The command-line scripts, each run as a maintainer runs it, some on copies of the project they build.
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], hookTimeout: 300_000 } },
      // The built site, read as files and in Chromium: built once (at the root, under a sub-path, and again).
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/build-site.ts'], hookTimeout: 300_000 },
      },
    ],
  },
});
