// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/astro/content-check-integration.ts';
import deferScripts from './src/astro/defer-scripts-integration.ts';
import pagefindIndex from './src/astro/pagefind-integration.ts';
import quotationAnchors from './src/astro/quotation-anchors-integration.ts';
import { renderPlans } from './src/astro/render-plans.ts';
import { quotationOptions } from './src/analysis/quotation-options.ts';
import { isFormerQuotationPage, paths, publishingTarget, withBase } from './src/model/urls.ts';
import remarkClaims from './src/remark/remark-claims.ts';
import remarkDates from './src/remark/remark-dates.ts';
import remarkInertContent from './src/remark/remark-inert-content.ts';
import remarkQuotations from './src/remark/remark-quotations.ts';
import remarkSpeakerLinks from './src/remark/remark-speaker-links.ts';
import { inertHtml } from './src/rehype/rehype-inert-html.ts';

const CONTENT_DIR = 'content';
// SITE_URL and BASE_PATH choose where the site is published: a domain root or any sub-path. Validated here,
// since Astro writes both into pages as they are.
const target = publishingTarget(process.env);
if ('error' in target) {
  console.error(`build failed: ${target.error}`);
  process.exit(1);
}
const { base, site } = target;
const quotations = quotationOptions(CONTENT_DIR, base);
const plans = renderPlans(CONTENT_DIR);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // In the project, not in node_modules: copies of the project that share node_modules keep their own caches.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  // Pages with a cache key (src/views/cache-key.ts) whose key has not changed are not rendered again.
  experimental: { incrementalBuild: true },
  // Scripts stay files of their own, never inlined: the Content-Security-Policy allows the site's own files.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Code is plain text here: a highlighter's inline styles would need a weaker Content-Security-Policy.
    syntaxHighlight: false,
    // smartypants off: the source's own straight and curly quotation marks are reproduced as written.
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        // The page render marks quotations, claims and dates as the section's analysis found them, never deciding them again.
        // Code, unsafe links and images are taken out before anything reads or copies them (the check refuses them first).
        [remarkInertContent, { remove: true }],
        [remarkQuotations, { ...quotations, plan: plans.plan }],
        [remarkClaims, { claimPlan: plans.claimPlan }],
        [remarkDates, { ...quotations, datePlan: plans.datePlan }],
        [remarkSpeakerLinks, { speakers: quotations.speakers, speakerUrl: (/** @type {string} */ id) => withBase(base, paths.speaker(id)) }],
      ],
      // The rendered HTML is inert: sanitized with our allow-list, whatever the section holds.
      rehypePlugins: inertHtml,
    }),
  },
  integrations: [contentCheck(CONTENT_DIR), mdx(), sitemap({ filter: (page) => !isFormerQuotationPage(page) }), deferScripts(), quotationAnchors(), pagefindIndex(CONTENT_DIR)],
});
