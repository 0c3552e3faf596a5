import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AnalysisCache, codeDigest } from '../analysis/section-cache.ts';
import { quotationOptions } from '../analysis/quotation-options.ts';
import { sectionIdOf, sectionFiles } from '../model/registry.ts';
import { paths, withBase } from '../model/urls.ts';
import { keepSectionHtml, sectionHtmlFile, sectionRenderer } from '../render/section-html.ts';

/**
 * The sections collection: each section file's frontmatter as its entry's data, and its text rendered to HTML
 * here, in the content layer (src/render/section-html.ts), rather than compiled into a module for the bundler;
 * the HTML is kept in a file of its own, which the section's page reads. An entry's digest is its analysis's
 * (the file, the registry, its article entry, the analyser) with the base path and the renderer's code: while
 * none of these changes and the HTML is there, nothing is rendered.
 */
export function sectionLoader(contentDir: string): Loader {
  return {
    name: 'verbatim:sections',
    load: async ({ store, parseData, config, generateDigest, watcher, logger }: LoaderContext) => {
      const analyses = new AnalysisCache(contentDir, process.cwd(), { remember: false });
      const render = sectionRenderer({
        quotations: quotationOptions(contentDir, config.base),
        speakerUrl: (id) => withBase(config.base, paths.speaker(id)),
      });
      const renderer = codeDigest(['render', 'rehype']);
      const sync = async () => {
        const seen = new Set<string>();
        let rendered = 0;
        for (const path of sectionFiles(contentDir)) {
          const id = sectionIdOf(path);
          seen.add(id);
          // The analysis's digest, not the analysis itself: an unchanged section is not read any further.
          const digest = generateDigest({ analysis: analyses.digest(path), base: config.base, renderer });
          if (store.get(id)?.digest === digest && existsSync(sectionHtmlFile(process.cwd(), id))) continue;
          const source = readFileSync(path, 'utf8');
          const { frontmatter, content } = parseFrontmatter(source);
          const filePath = relative(config.root.pathname, path);
          keepSectionHtml(process.cwd(), id, await render({ path, source, frontmatter, plans: await analyses.section(path) }));
          rendered += 1;
          store.set({ id, data: await parseData({ id, data: frontmatter, filePath }), body: content, filePath, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(`rendered ${rendered} of ${seen.size} sections (the others unchanged)`);
      };
      await sync();
      // In development, render again whenever a section or registry changes.
      watcher?.on('change', (path) => {
        if (resolve(path).startsWith(resolve(contentDir))) void sync();
      });
    },
  };
}
