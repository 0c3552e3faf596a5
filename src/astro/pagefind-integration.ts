import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexLine, writeSearchIndex } from '../outputs/search-index.ts';

/** Set by `npm run build`, which indexes the site itself once Astro has exited, so the two never share memory. */
export const INDEX_AFTER_ENV = 'VERBATIM_INDEX_AFTER_ASTRO';

/** Indexes the site for search when `astro build` runs on its own (`npm run build` does it after Astro instead). */
export default function pagefindIndex(contentDir: string): AstroIntegration {
  return {
    name: 'verbatim:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ENV] === '1') return;
        logger.info(indexLine(await writeSearchIndex(fileURLToPath(dir), contentDir)));
      },
    },
  };
}
