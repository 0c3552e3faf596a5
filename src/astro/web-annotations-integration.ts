import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths, withBase } from '../model/urls.ts';
import { pageText } from '../outputs/page-text.ts';
import { annotationFiles, annotationSources, type AnnotatedIndexes } from '../outputs/web-annotations.ts';

/**
 * After the pages are written (and their scripts deferred, which changes their text): the W3C annotations of every
 * quotation and claim, measured on the built pages. Fails the build when one cannot be anchored exactly once.
 */
export default function webAnnotations(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'verbatim:web-annotations',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const siteRoot = new URL(base, site ?? 'http://localhost:4321');
        const read = <T>(name: string): T => JSON.parse(readFileSync(join(root, name), 'utf8')) as T;
        const indexes: AnnotatedIndexes = { quotations: read<{ quotations: AnnotatedIndexes['quotations'] }>('quotes.json').quotations, claims: read<{ claims: AnnotatedIndexes['claims'] }>('claims.json').claims };
        const { sources, unanchored } = annotationSources(
          indexes,
          (path) => {
            const file = join(root, path, 'index.html');
            return pageText(existsSync(file) ? readFileSync(file, 'utf8') : '');
          },
          { base, site: siteRoot, speakerPath: (id) => withBase(base, paths.speaker(id)) },
        );
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
