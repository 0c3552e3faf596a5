// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import deferScripts from './src/integrations/defer-scripts.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import quotationAnchors from './src/integrations/quotation-anchors.ts';
import { quotationOptions } from './src/lib/quotation-options.ts';
import { normalizeBase, paths, withBase } from './src/lib/urls.ts';
import remarkClaims from './src/plugins/remark-claims.ts';
import remarkDates from './src/plugins/remark-dates.ts';
import remarkQuotations from './src/plugins/remark-quotations.ts';
import remarkSpeakerLinks from './src/plugins/remark-speaker-links.ts';

const CONTENT_DIR = 'content';
// SITE_URL and BASE_PATH choose where the site is published: a domain root or any sub-path.
const base = normalizeBase(process.env.BASE_PATH);
const quotations = quotationOptions(CONTENT_DIR, base);

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // In the project, not in node_modules: copies of the project that share node_modules keep their own caches.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  // Scripts stay files of their own, never inlined: the Content-Security-Policy allows the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // smartypants off: the source's own straight and curly quotation marks are reproduced as written.
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        [remarkQuotations, quotations],
        remarkClaims,
        [remarkDates, quotations],
        [remarkSpeakerLinks, { speakers: quotations.speakers, speakerUrl: (/** @type {string} */ id) => withBase(base, paths.speaker(id)) }],
      ],
    }),
  },
  integrations: [contentCheck(CONTENT_DIR), mdx(), sitemap(), deferScripts(), quotationAnchors(), pagefindIndex(CONTENT_DIR)],
});
