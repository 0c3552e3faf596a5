import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { untilChecked } from '../check/checks-pending.ts';
import { AnalysisCache, type SectionAnalysis } from '../analysis/section-cache.ts';
import { readFormerQuotationPages, sectionFiles, sectionIdOf } from '../model/registry.ts';
import { withBase } from '../model/urls.ts';

/** One analysis cache per content folder and process, which reads the analyses from disk each time rather than hold them all. */
const caches = new Map<string, AnalysisCache>();
const cacheFor = (contentDir: string) => caches.get(contentDir) ?? caches.set(contentDir, new AnalysisCache(contentDir, process.cwd(), { remember: false })).get(contentDir)!;

/** What the entries of one section were made from, and their ids: kept in the loader's meta store between builds. */
interface SectionEntries {
  stamp: string;
  ids: string[];
}

/** The meta store's key for every section's `SectionEntries`, kept as one JSON object by section id. */
const SECTIONS_META = 'sections';

/**
 * A collection of what the analysis of every section finds (quotations, or dates mentioned), taken from the
 * analysis cache the content check filled, so that the collections, the check and the pages cannot disagree.
 * Each entry carries a digest: an unchanged one is left in the store as it is. A section whose analysis digest,
 * base path and `context` (what else its entries are made from) are those of the last build is not read at all:
 * its entries are in the store already.
 */
function textLoader(name: string, contentDir: string, entries: (analysis: SectionAnalysis, base: string, path: string) => { id: string }[], context = ''): Loader {
  return {
    name,
    load: async ({ store, meta, parseData, config, generateDigest, watcher }: LoaderContext) => {
      await untilChecked();
      const sync = async () => {
        const analyses = cacheFor(contentDir);
        const before = JSON.parse(meta.get(SECTIONS_META) ?? '{}') as Record<string, SectionEntries>;
        const after: Record<string, SectionEntries> = {};
        const seen = new Set<string>();
        for (const path of sectionFiles(contentDir)) {
          const section = sectionIdOf(path);
          const stamp = `${analyses.digest(path)} ${config.base} ${context}`;
          const kept = before[section];
          if (kept?.stamp === stamp && kept.ids.every((id) => store.has(id))) {
            for (const id of kept.ids) seen.add(id);
            after[section] = kept;
            continue;
          }
          const ids: string[] = [];
          for (const entry of entries(await analyses.section(path), config.base, path)) {
            ids.push(entry.id);
            seen.add(entry.id);
            const digest = generateDigest(entry);
            if (store.get(entry.id)?.digest === digest) continue;
            store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry }, filePath: path }), digest });
          }
          after[section] = { stamp, ids };
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        meta.set(SECTIONS_META, JSON.stringify(after));
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
  return textLoader(
    'verbatim:quotations',
    contentDir,
    (analysis, base) => analysis.quotations.map((q) => ({ ...q, url: withBase(base, q.url.slice(1)), ...(former.has(q.id) && { formerPage: true }) })),
    [...former].sort().join(' '),
  );
};

/** Every date the sections' text gives, with the id of its `<time>` element. */
export const dateMentionLoader = (contentDir: string) =>
  textLoader('verbatim:date-mentions', contentDir, (analysis) => analysis.dateMentions.map((m) => ({ ...m, id: `${m.section}#${m.id}`, anchor: m.id })));

/** Each section's analysis digest, by section id: what its page's render depends on besides the file itself. */
export const analysisDigestLoader = (contentDir: string) =>
  textLoader('verbatim:analysis-digests', contentDir, (analysis, _base, path) => [{ id: sectionIdOf(path), digest: analysis.digest }]);
