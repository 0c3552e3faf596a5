/** On a generated corpus larger than one page, the home page is split into pages that do not grow with it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE } from '../../src/views/pagination.ts';
import { generateCorpus, writeCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { selectAll, text } from '../helpers/site.ts';
import { copyProject } from '../helpers/project-copy.ts';

const ARTICLES = 2 * ARTICLES_PER_PAGE + 5;
/** The most a page of an index may weigh, gzipped, at any size of the corpus. */
const MAX_PAGE_GZIP = 50 * 1024;

describe('the home page of a corpus of several pages', () => {
  const project = copyProject();
  const dist = join(project, 'dist');
  const corpus = generateCorpus({ articles: ARTICLES, seed: 7 });
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  beforeAll(() => {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    writeCorpus(corpus, join(project, 'content'));
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }, 300_000);

  it('lists every article once, in order, over pages at stable addresses', () => {
    const paths = ['', 'page/2/', 'page/3/'];
    expect(existsSync(join(dist, 'page/1'))).toBe(false);
    expect(existsSync(join(dist, 'page/4'))).toBe(false);
    const listed = paths.flatMap((path) => selectAll('.article-card h2 a', fromHtml(page(path))).map((link) => String(link.properties.href)));
    expect(listed.length).toBe(ARTICLES);
    expect(new Set(listed).size).toBe(ARTICLES);
    expect(paths.map((path) => selectAll('.article-card', fromHtml(page(path))).length)).toEqual([ARTICLES_PER_PAGE, ARTICLES_PER_PAGE, 5]);
  });

  it('links each page to its neighbours, in the navigation and as rel links, and says where the reader is', () => {
    const second = fromHtml(page('page/2/'));
    expect(selectAll('link[rel="prev"]', second).map((link) => link.properties.href)).toEqual(['/']);
    expect(selectAll('link[rel="next"]', second).map((link) => link.properties.href)).toEqual(['/page/3/']);
    expect(selectAll('nav.page-nav a[rel="prev"]', second).map((link) => link.properties.href)).toEqual(['/']);
    expect(selectAll('nav.page-nav a[rel="next"]', second).map((link) => link.properties.href)).toEqual(['/page/3/']);
    expect(selectAll('nav.page-nav [aria-current="page"]', second).map((node) => text(node))).toEqual(['2']);
    const first = fromHtml(page(''));
    expect(selectAll('link[rel="prev"]', first)).toEqual([]);
    expect(selectAll('link[rel="next"]', first).map((link) => link.properties.href)).toEqual(['/page/2/']);
    expect(selectAll('link[rel="next"]', fromHtml(page('page/3/')))).toEqual([]);
    expect(page('page/2/')).toContain('<title>Annotated articles, page 2 of 3 · Verbatim</title>');
  });

  it(`keeps each page under ${MAX_PAGE_GZIP / 1024} KB gzipped`, () => {
    for (const path of ['', 'page/2/', 'page/3/']) expect(gzipSync(page(path)).length, path).toBeLessThan(MAX_PAGE_GZIP);
  });
});
