import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once (at the root and under a sub-path) for every test that reads built pages.
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
