/**
 * The layout the README draws: folders in the order data flows, no module importing a folder later in that
 * order, and no two modules sharing a basename.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro.ts';

/** src/'s folders, lowest first: a module may import its own layer and those before it (Astro's layouts and components are one). */
const LAYERS = [['model'], ['text'], ['remark', 'rehype'], ['render'], ['analysis'], ['ingest'], ['outputs'], ['check'], ['views'], ['astro'], ['client'], ['layouts', 'components'], ['pages']];
const rank = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

const SRC = join(PROJECT_ROOT, 'src');
const modules = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(?:ts|astro)$/.test(name) && !basename(name).startsWith('.'));

describe('the project layout', () => {
  it('never imports from a folder later in the flow', () => {
    const upward: string[] = [];
    for (const name of modules(SRC)) {
      const layer = name.split('/')[0]!;
      if (rank(layer) < 0) continue;
      for (const [, spec] of readFileSync(join(SRC, name), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(SRC, resolve(dirname(join(SRC, name)), spec!));
        const to = target.split('/')[0]!;
        if (rank(to) > rank(layer)) upward.push(`${name} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('gives every module in src/ and scripts/ a basename of its own', () => {
    const names = [...modules(SRC).filter((n) => n.endsWith('.ts')).map((n) => `src/${n}`), ...modules(join(PROJECT_ROOT, 'scripts')).filter((n) => n.endsWith('.ts')).map((n) => `scripts/${n}`)];
    const byBase = new Map<string, string[]>();
    for (const name of names) byBase.set(basename(name), [...(byBase.get(basename(name)) ?? []), name]);
    expect([...byBase.values()].filter((list) => list.length > 1)).toEqual([]);
  });
});
