import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missingAnchors } from '../check/anchor-check.ts';

/** Fails the build when an indexed quotation has no anchor in its page: the index and the pages must agree. */
export default function quotationAnchors(): AstroIntegration {
  let base = '/';
  return {
    name: 'verbatim:quotation-anchors',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const missing = missingAnchors(fileURLToPath(dir), base);
        if (missing.length) {
          throw new Error(
            `${missing.length} indexed quotation(s) have no anchor in their page, so the index and the pages disagree:\n` +
              missing.map((q) => `  ${q.id} (“${q.text.slice(0, 50)}”) expected in ${q.url}`).join('\n'),
          );
        }
      },
    },
  };
}
