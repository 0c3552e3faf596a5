/** `npm run build` analyses each section once, and takes unchanged ones from the cache on the next build. */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORDS_SHARDS_FILE, type RecordsShardsList } from '../../src/model/search-shards.ts';
import { digestOf } from '../helpers/bad-input.ts';
import { copyProject } from '../helpers/project-copy.ts';

describe('the build’s analysis line', () => {
  const project = copyProject();
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const build = (outDir = 'dist') => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir } });
    expect(run.status, run.stderr).toBe(0);
    // Astro colours its log when the environment asks for it (CI may force colour).
    const stdout = stripVTControlCharacters(run.stdout);
    // Pagefind runs after Astro has exited, from the same analyses.
    const indexed = /\[build\] Complete![\s\S]*\nindexed \d+ pages and \d+ quotations and claims in \d+ ms; the pages' bundle in (\d+) shards?, (\d+) unchanged and reused; the records' in (\d+) shards?, (\d+) unchanged and reused\n/.exec(stdout);
    expect(indexed, stdout).not.toBeNull();
    return {
      analysed: stdout.split('\n').filter((line) => line.startsWith('analysed ')),
      // The sections' HTML is made in the content layer, and kept there while a section's analysis is unchanged.
      rendered: /rendered (\d+) of \d+ sections/.exec(stdout)?.[1],
      pagesReused: `${indexed![2]} of ${indexed![1]}`,
      recordsReused: `${indexed![4]} of ${indexed![3]}`,
      // The records' shards that hold records, as the build lists them for the search page.
      records: (JSON.parse(readFileSync(join(project, outDir, RECORDS_SHARDS_FILE), 'utf8')) as RecordsShardsList).shards.map((bundle) => digestOf(join(project, outDir, bundle))).join(' '),
      // Astro's incremental build marks the pages it took from its cache.
      cachedPages: stdout.split('\n').filter((line) => /\((cached|restored)\)\s*$/.test(line)).length,
    };
  };

  it('analyses every section on a cold build, none on a warm one, and only an edited one after an edit; reuses each search bundle while what it indexes is unchanged', () => {
    const cold = build();
    // The seed's one article falls in the second shard of the pages' bundle; the first holds the speakers.
    expect(cold).toMatchObject({ analysed: ['analysed 4 sections (0 from cache)'], rendered: '4', recordsReused: '0 of 1', pagesReused: '0 of 2', cachedPages: 0 });
    // Unchanged records: their search bundle is the last build's, byte for byte; the section pages, the article
    // page and its two downloads are not rendered again.
    expect(build()).toEqual({ analysed: ['analysed 4 sections (4 from cache)'], rendered: '0', recordsReused: '1 of 1', pagesReused: '2 of 2', records: cold.records, cachedPages: 7 });
    // The pages taken from Astro's cache are linked from it, not copied: one file under both names.
    const page = (slug: string) => join(project, 'dist/articles/syria-israel-fifth-round', slug, 'index.html');
    expect(statSync(page('introduction')).ino).toBe(statSync(join(project, '.astro/cache/dist/articles/syria-israel-fifth-round/introduction/index.html')).ino);
    // A name of our own for the published page, which the next build renders again: it must leave this file alone.
    const published = join(project, 'published-introduction.html');
    linkSync(page('introduction'), published);
    const publishedText = readFileSync(published, 'utf8');
    const section = join(project, 'content/articles/syria-israel-fifth-round/introduction.mdx');
    writeFileSync(section, `${readFileSync(section, 'utf8')}\nA closing line of our own.\n`);
    // One section edited: it, its article's page and downloads are rendered again, the other three sections are not.
    expect(build()).toMatchObject({ analysed: ['analysed 4 sections (3 from cache)'], rendered: '1', recordsReused: '1 of 1', pagesReused: '1 of 2', cachedPages: 3 });
    expect(readFileSync(page('introduction'), 'utf8')).toContain('A closing line of our own.');
    expect(readFileSync(published, 'utf8')).toBe(publishedText);
    // A new quotation changes the records: their bundle is written again, and differs.
    writeFileSync(section, `${readFileSync(section, 'utf8')}\n"We will meet again in spring," the envoy Thomas Barrack said.\n`);
    const edited = build();
    expect(edited).toMatchObject({ analysed: ['analysed 4 sections (3 from cache)'], recordsReused: '0 of 1' });
    expect(edited.records).not.toBe(cold.records);
    // What the caches gave is what a cold build of the same content writes, byte for byte.
    rmSync(join(project, '.astro'), { recursive: true, force: true });
    expect(build('dist-cold')).toMatchObject({ analysed: ['analysed 4 sections (0 from cache)'], recordsReused: '0 of 1', cachedPages: 0 });
    expect(digestOf(join(project, 'dist-cold'))).toBe(digestOf(join(project, 'dist')));
    expect(readFileSync(join(project, 'dist/articles/syria-israel-fifth-round/introduction/index.html'), 'utf8')).toContain('A closing line of our own.');
    expect(existsSync(join(project, 'dist/pagefind/pagefind.js'))).toBe(true);
  });
});
