import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { untilChecked } from '../check/checks-pending.ts';
import { quotationOptions } from '../analysis/quotation-options.ts';
import { adoptAnalyser, analyser, AnalysisCache, codeDigest } from '../analysis/section-cache.ts';
import { sectionIdOf, sectionFiles } from '../model/registry.ts';
import { paths, withBase } from '../model/urls.ts';
import { inWorkers, threadsFor } from '../model/worker-shares.ts';
import { sectionHtmlFile, sectionHtmlKeeper } from '../render/section-html.ts';

/** What renders a content folder's sections for a base path, in this process or a worker thread. */
export interface RenderShared {
  contentDir: string;
  base: string;
  projectRoot: string;
  /** The process's analyser version, so that a worker thread finds the analyses the process keyed with it. */
  analyser: string;
}

/** Renders a section file from its analysis and keeps its HTML. */
export function sectionKeeper({ contentDir, base, projectRoot, analyser: version }: RenderShared): (path: string) => Promise<void> {
  adoptAnalyser(version);
  const analyses = new AnalysisCache(contentDir, projectRoot, { remember: false });
  const options = { quotations: quotationOptions(contentDir, base), speakerUrl: (id: string) => withBase(base, paths.speaker(id)) };
  return sectionHtmlKeeper(options, projectRoot, (path) => analyses.section(path));
}

/**
 * The sections collection: each section file's frontmatter as its entry's data, and its text rendered to HTML
 * here, in the content layer (src/render/section-html.ts), rather than compiled into a module for the bundler;
 * the HTML is kept in a file of its own, which the section's page reads. An entry's digest is its analysis's
 * (the file, the registry, its article entry, the analyser) with the base path and the renderer's code: while
 * none of these changes and the HTML is there, nothing is rendered. Many sections to render are rendered in
 * worker threads, one per core.
 */
export function sectionLoader(contentDir: string): Loader {
  return {
    name: 'verbatim:sections',
    load: async ({ store, parseData, config, generateDigest, watcher, logger }: LoaderContext) => {
      await untilChecked();
      const projectRoot = process.cwd();
      const analyses = new AnalysisCache(contentDir, projectRoot, { remember: false });
      const renderer = codeDigest(['render', 'rehype']);
      let keep: ((path: string) => Promise<void>) | undefined;
      const sync = async () => {
        const files = sectionFiles(contentDir);
        const seen = new Set(files.map(sectionIdOf));
        const changed = files
          .map((path) => ({ path, id: sectionIdOf(path), digest: generateDigest({ analysis: analyses.digest(path), base: config.base, renderer }) }))
          // The analysis's digest, not the analysis itself: an unchanged section is not read any further.
          .filter(({ id, digest }) => store.get(id)?.digest !== digest || !existsSync(sectionHtmlFile(projectRoot, id)));
        const threads = threadsFor(changed.length);
        const shared: RenderShared = { contentDir, base: config.base, projectRoot, analyser: analyser() };
        if (threads) {
          await inWorkers(new URL('./section-render-worker.ts', import.meta.url), changed.map(({ path }) => path), shared, threads);
        } else {
          keep ??= sectionKeeper(shared);
          for (const { path } of changed) await keep(path);
        }
        for (const { path, id, digest } of changed) {
          const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
          const filePath = relative(config.root.pathname, path);
          store.set({ id, data: await parseData({ id, data: frontmatter, filePath }), body: content, filePath, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(`rendered ${changed.length} of ${seen.size} sections (the others unchanged)${threads ? `, in ${threads} threads` : ''}`);
      };
      await sync();
      // In development, render again whenever a section or registry changes.
      watcher?.on('change', (path) => {
        if (resolve(path).startsWith(resolve(contentDir))) void sync();
      });
    },
  };
}
