import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths, withBase } from '../model/urls.ts';
import { pageText, type PageText, type TextSpan } from '../outputs/page-text.ts';
import { annotationFiles, annotationSources, type AnnotatedIndexes } from '../outputs/web-annotations.ts';

/**
 * After the pages are written (and their scripts deferred, which changes their text): the W3C annotations of every
 * quotation and claim, measured on the built pages. Fails the build when one cannot be anchored exactly once.
 */
/**
 * Reading a page's text is most of this step's time (a parse of the whole page); a page unchanged since the last
 * build (most of them, after an edit) has its text read from the cache, by the digest of its HTML. Entries no page
 * used in this build are removed.
 */
function cachedPageText(cacheDir: string): { read: (html: string) => PageText; prune: () => void } {
  const used = new Set<string>();
  mkdirSync(cacheDir, { recursive: true });
  return {
    read: (html) => {
      const name = `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.json`;
      used.add(name);
      const file = join(cacheDir, name);
      if (existsSync(file)) {
        const kept = JSON.parse(readFileSync(file, 'utf8')) as { text: string; quotations: [string, TextSpan][]; claims: [string, TextSpan][]; meta: [string, string][] };
        return { text: kept.text, quotations: new Map(kept.quotations), claims: new Map(kept.claims), meta: new Map(kept.meta) };
      }
      const page = pageText(html);
      writeFileSync(file, JSON.stringify({ text: page.text, quotations: [...page.quotations], claims: [...page.claims], meta: [...page.meta] }));
      return page;
    },
    prune: () => {
      for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name));
    },
  };
}

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
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const siteRoot = new URL(base, site ?? 'http://localhost:4321');
        const read = <T>(name: string): T => JSON.parse(readFileSync(join(root, name), 'utf8')) as T;
        const indexes: AnnotatedIndexes = { quotations: read<{ quotations: AnnotatedIndexes['quotations'] }>('quotes.json').quotations, claims: read<{ claims: AnnotatedIndexes['claims'] }>('claims.json').claims };
        const cache = cachedPageText(cacheDir);
        const { sources, unanchored } = annotationSources(
          indexes,
          (path) => {
            const file = join(root, path, 'index.html');
            return cache.read(existsSync(file) ? readFileSync(file, 'utf8') : '');
          },
          { base, site: siteRoot, speakerPath: (id) => withBase(base, paths.speaker(id)) },
        );
        cache.prune();
        if (unanchored.length) {
          throw new Error(
            `${unanchored.length} annotation(s) cannot be anchored on their page, so /annotations.jsonld would point at nothing:\n` +
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
