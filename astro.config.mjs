// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import { readSpeakers } from './src/lib/registry.ts';
import { normalizeBase, paths, withBase } from './src/lib/urls.ts';
import remarkSpeakerLinks from './src/plugins/remark-speaker-links.ts';

const CONTENT_DIR = 'content';
// SITE_URL and BASE_PATH choose where the site is published: a domain root or any sub-path.
const base = normalizeBase(process.env.BASE_PATH);
let speakers;

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory' },
  markdown: {
    // smartypants off: the source's own straight and curly quotation marks are reproduced as written.
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        [
          remarkSpeakerLinks,
          {
            speakers: () => (speakers ??= readSpeakers(CONTENT_DIR)),
            speakerUrl: (/** @type {string} */ id) => withBase(base, paths.speaker(id)),
          },
        ],
      ],
    }),
  },
  integrations: [contentCheck(CONTENT_DIR), mdx(), sitemap()],
});
