import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PublicQuotation } from '../lib/quote-export.ts';

/** Fails the build when an indexed quotation has no anchor in its page: the index and the pages must agree. */
export default function quotationAnchors(): AstroIntegration {
  let base = '/';
  return {
    name: 'verbatim:quotation-anchors',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const index = JSON.parse(readFileSync(`${root}/quotes.json`, 'utf8')) as { quotations: PublicQuotation[] };
        const pages = new Map<string, string>();
        const missing = index.quotations.filter((quotation) => {
          const path = quotation.url.slice(base.length).replace(/#.*$/, '');
          const file = `${root}/${path}index.html`;
          if (!pages.has(file)) pages.set(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
          return !pages.get(file)!.includes(`id="${quotation.id}"`);
        });
        if (missing.length) {
          throw new Error(
            `${missing.length} indexed quotation(s) have no anchor in their page, so the index and the pages disagree:\n` +
              missing.map((q) => `  ${q.id} (“${q.text.slice(0, 50)}”) expected in ${q.url}`).join('\n'),
          );
        }
        logger.info(`${index.quotations.length} quotations anchored in their pages`);
      },
    },
  };
}
