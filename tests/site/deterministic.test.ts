import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

it('builds the same input into byte-identical output', () => {
  const first = inject('builds').root.outDir;
  const second = inject('repeatBuild');
  expect(files(second)).toEqual(files(first));
  const different = files(first).filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name))));
  expect(different, 'files that differ between two builds of the same input').toEqual([]);
});
