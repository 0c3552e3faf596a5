import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { extractOnce, type Extraction } from '../analysis/analyse-text.ts';
import { quotationOptions } from '../analysis/quotation-options.ts';
import { sectionFiles } from '../model/registry.ts';

/**
 * A collection of what the text plugins find in every section (quotations, or dates mentioned), made by the
 * same plugins that render the pages, so that the collections and the pages cannot disagree.
 */
function textLoader(name: string, contentDir: string, entries: (extraction: Extraction) => { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData, config, watcher }: LoaderContext) => {
      const sync = async () => {
        const options = quotationOptions(contentDir, config.base);
        store.clear();
        for (const path of sectionFiles(contentDir)) {
          for (const entry of entries(await extractOnce(path, readFileSync(path, 'utf8'), options))) {
            store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry }, filePath: path }) });
          }
        }
      };
      await sync();
      // In development, re-read whenever a section or registry changes.
      watcher?.on('change', (path) => {
        if (resolve(path).startsWith(resolve(contentDir))) void sync();
      });
    },
  };
}

/** The quotation index. */
export const quotationLoader = (contentDir: string) => textLoader('verbatim:quotations', contentDir, (e) => e.quotations);

/** Every date the sections' text gives, with the id of its `<time>` element. */
export const dateMentionLoader = (contentDir: string) =>
  textLoader('verbatim:date-mentions', contentDir, (e) => e.dateMentions.map((m) => ({ ...m, id: `${m.section}#${m.id}`, anchor: m.id })));
