import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PublicQuotation } from '../outputs/quote-export.ts';
import { readArticles, readSections, readSpeakers } from '../model/registry.ts';
import { searchRecords } from '../outputs/search-records.ts';

/** Fails the build with Pagefind's own words when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

/**
 * Builds the client-side search index after the site is built: the pages marked with `data-pagefind-body`
 * (sections, speakers), and every quotation and claim as a record of its own linking to its place in the text.
 */
export default function pagefindIndex(contentDir: string): AstroIntegration {
  let base = '/';
  return {
    name: 'verbatim:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('start', errors);
          const added = await index!.addDirectory({ path: outDir });
          check('index the pages', added.errors);
          const { quotations } = JSON.parse(readFileSync(join(outDir, 'quotes.json'), 'utf8')) as { quotations: PublicQuotation[] };
          const records = searchRecords({
            quotations,
            sections: readSections(contentDir),
            speakers: readSpeakers(contentDir),
            articles: readArticles(contentDir),
            base,
          });
          for (const record of records) check(`index ${record.url}`, (await index!.addCustomRecord(record)).errors);
          check('write the index', (await index!.writeFiles({ outputPath: join(outDir, 'pagefind') })).errors);
          logger.info(`indexed ${added.page_count} pages and ${records.length} quotations and claims in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
