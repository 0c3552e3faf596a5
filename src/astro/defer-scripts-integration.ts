import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deferModuleScripts } from '../outputs/deferred-scripts.ts';

/** After the build, defers every page's module scripts until the reader interacts (see Base.astro's loader). */
export default function deferScripts(): AstroIntegration {
  return {
    name: 'verbatim:defer-scripts',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          const path = join(root, name);
          const html = readFileSync(path, 'utf8');
          const deferred = deferModuleScripts(html);
          if (deferred !== html) writeFileSync(path, deferred);
        }
      },
    },
  };
}
