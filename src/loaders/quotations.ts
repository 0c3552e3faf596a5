import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { extractQuotations } from '../lib/extract.ts';
import { quotationOptions } from '../lib/quotation-options.ts';
import { sectionFiles } from '../lib/registry.ts';

/**
 * The quotation index as a content collection: runs remark-quotations, the plugin that also renders the pages,
 * on every section file, so that the index and the pages cannot disagree.
 */
export function quotationLoader(contentDir: string): Loader {
  return {
    name: 'verbatim:quotations',
    load: async ({ store, parseData, config, watcher }) => {
      const sync = async () => {
        const options = quotationOptions(contentDir, config.base);
        store.clear();
        for (const path of sectionFiles(contentDir)) {
          const { quotations } = await extractQuotations(path, readFileSync(path, 'utf8'), options);
          for (const quotation of quotations) {
            store.set({ id: quotation.id, data: await parseData({ id: quotation.id, data: { ...quotation }, filePath: path }) });
          }
        }
      };
      await sync();
      // In development, re-read the index whenever a section or registry changes.
      watcher?.on('change', (path) => {
        if (resolve(path).startsWith(resolve(contentDir))) void sync();
      });
    },
  };
}
