import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths, withBase } from '../model/urls.ts';
import { inWorkers, threadsFor } from '../model/worker-shares.ts';
import { annotatedPages, annotationFiles, annotationSources, readAnnotatedIndexes } from '../outputs/web-annotations.ts';
import { cachedPageText, pageTextFiles } from './page-text-cache.ts';

/**
 * After the pages are written (and their scripts deferred, which changes their text): the W3C annotations of every
 * quotation and claim, measured on the built pages. Fails the build when one cannot be anchored exactly once: it
 * is also the check that the indexes and the pages agree (every indexed quotation marked in its page).
 */
export default function webAnnotations(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  let cacheDir = '';
  return {
    name: 'verbatim:web-annotations',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
        cacheDir = join(fileURLToPath(config.cacheDir), 'page-text');
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const siteRoot = new URL(base, site ?? 'http://localhost:4321');
        const indexes = readAnnotatedIndexes(root);
        const cache = cachedPageText(cacheDir);
        const fileOf = (path: string) => join(root, path, 'index.html');
        const htmlOf = (path: string) => (existsSync(fileOf(path)) ? readFileSync(fileOf(path), 'utf8') : '');
        // Each page's HTML read once, for the name of its text's cache file, unless it is the file it was at the last
        // build; many pages not read before (a first build) are read in worker threads, one per core, into the cache.
        const names = pageTextFiles(cacheDir);
        const textFiles = new Map(annotatedPages(indexes, base).map((path) => [path, names.fileOf(path, fileOf(path), () => htmlOf(path))]));
        const unread = [...textFiles].filter(([, file]) => !existsSync(file)).map(([path]) => path);
        const threads = threadsFor(unread.length);
        if (threads) await inWorkers(new URL('./page-text-worker.ts', import.meta.url), unread.map(fileOf), { cacheDir }, threads);
        const { sources, unanchored } = annotationSources(
          indexes,
          // Every page asked for is one of annotatedPages, named above.
          (path) => cache.read(textFiles.get(path)!, () => htmlOf(path)),
          { base, site: siteRoot, speakerPath: (id) => withBase(base, paths.speaker(id)) },
        );
        cache.prune();
        names.save();
        if (unanchored.length) {
          throw new Error(
            `${unanchored.length} indexed quotation(s) or claim(s) cannot be anchored on their page: the indexes and the pages disagree, and /annotations.jsonld would point at nothing:\n` +
              unanchored.map((u) => `  ${u.id} on ${u.page}: ${u.reason}`).join('\n'),
          );
        }
        for (const [path, json] of annotationFiles(sources, siteRoot)) {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), json);
        }
      },
    },
  };
}
