// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/astro/content-check-integration.ts';
import keptPages from './src/astro/kept-pages-integration.ts';
import pagefindIndex from './src/astro/pagefind-integration.ts';
import webAnnotations from './src/astro/web-annotations-integration.ts';
import { isFormerQuotationPage, publishingTarget } from './src/model/urls.ts';

const CONTENT_DIR = 'content';
// SITE_URL and BASE_PATH choose where the site is published: a domain root or any sub-path. Validated here,
// since Astro writes both into pages as they are.
const target = publishingTarget(process.env);
if ('error' in target) {
  console.error(`build failed: ${target.error}`);
  process.exit(1);
}
const { base, site } = target;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // In the project, not in node_modules: copies of the project that share node_modules keep their own caches.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  // Pages with a cache key (src/views/cache-key.ts) whose key has not changed are not rendered again, and are
  // linked into the output from Astro's cache rather than copied (src/astro/kept-pages-integration.ts).
  experimental: { incrementalBuild: true },
  // Scripts stay files of their own, never inlined: the Content-Security-Policy allows the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentCheck(CONTENT_DIR), keptPages(), sitemap({ filter: (page) => !isFormerQuotationPage(page) }), webAnnotations(), pagefindIndex(CONTENT_DIR)],
});
