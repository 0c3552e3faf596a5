import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AnalysisCache, type SectionAnalysis } from '../analysis/section-cache.ts';
import { readFormerQuotationPages, sectionIdOf } from '../model/registry.ts';
import { withBase } from '../model/urls.ts';

/** One analysis cache per content folder and process, which reads the analyses from disk each time rather than hold them all. */
const caches = new Map<string, AnalysisCache>();
const cacheFor = (contentDir: string) => caches.get(contentDir) ?? caches.set(contentDir, new AnalysisCache(contentDir, process.cwd(), { remember: false })).get(contentDir)!;

/**
 * A collection of what the analysis of every section finds (quotations, or dates mentioned), taken from the
 * analysis cache the content check filled, so that the collections, the check and the pages cannot disagree.
 * Each entry carries a digest: an unchanged one is left in the store as it is.
 */
function textLoader(name: string, contentDir: string, entries: (analysis: SectionAnalysis, base: string, path: string) => { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData, config, generateDigest, watcher }: LoaderContext) => {
      const sync = async () => {
        const seen = new Set<string>();
        for (const { path, analysis } of await cacheFor(contentDir).sections()) {
          for (const entry of entries(analysis, config.base, path)) {
            seen.add(entry.id);
            const digest = generateDigest(entry);
            if (store.get(entry.id)?.digest === digest) continue;
            store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry }, filePath: path }), digest });
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // In development, re-read whenever a section or registry changes.
      watcher?.on('change', (path) => {
        if (resolve(path).startsWith(resolve(contentDir))) void sync();
      });
    },
  };
}

/** The quotation index, its URLs under the site's base path, marking those that once had a page of their own. */
export const quotationLoader = (contentDir: string) => {
  const former = new Set(readFormerQuotationPages(contentDir));
  return textLoader('verbatim:quotations', contentDir, (analysis, base) =>
    analysis.quotations.map((q) => ({ ...q, url: withBase(base, q.url.slice(1)), ...(former.has(q.id) && { formerPage: true }) })),
  );
};

/** Every date the sections' text gives, with the id of its `<time>` element. */
export const dateMentionLoader = (contentDir: string) =>
  textLoader('verbatim:date-mentions', contentDir, (analysis) => analysis.dateMentions.map((m) => ({ ...m, id: `${m.section}#${m.id}`, anchor: m.id })));

/** Each section's analysis digest, by section id: what its page's render depends on besides the file itself. */
export const analysisDigestLoader = (contentDir: string) =>
  textLoader('verbatim:analysis-digests', contentDir, (analysis, _base, path) => [{ id: sectionIdOf(path), digest: analysis.digest }]);
