/** On a generated corpus larger than one page, the home page and the indexes are split into pages that do not grow with it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, CLAIMS_PER_PAGE, QUOTED_SECTIONS_PER_PAGE, QUOTES_PER_PAGE, SPEAKER_PAGE_LIMIT, TIMELINE_ENTRIES_PER_PAGE } from '../../src/views/pagination.ts';
import { generateCorpus, writeCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { selectAll, text } from '../helpers/site.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { axeViolations, browserOnSite } from '../helpers/browser.ts';

const ARTICLES = 2 * ARTICLES_PER_PAGE + 5;
/** The most a page of an index may weigh, gzipped, at any size of the corpus. */
const MAX_PAGE_GZIP = 50 * 1024;

describe('a corpus of several pages', () => {
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
  const running = browserOnSite({ base: '/', outDir: dist });

  it.each(['page/2/', 'quotes/page/2/', 'claims/page/2/', 'timeline/page/2/'])('has no axe violations on %s, in light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await running.browser.newPage({ colorScheme });
      await tab.goto(`${running.site.url}${path}`);
      expect(await axeViolations(tab), `${path} in ${colorScheme}`).toEqual([]);
      await tab.close();
    }
  });

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
    // The registry of 40 speakers fits on one page of /speakers/.
    for (const path of ['', 'page/2/', 'page/3/', 'speakers/']) expect(gzipSync(page(path)).length, path).toBeLessThan(MAX_PAGE_GZIP);
    expect(existsSync(join(dist, 'speakers/page'))).toBe(false);
  });

  it('links each date of a section to its entry on whichever page of the timeline lists it', () => {
    const links = corpus.articles
      .flatMap((article) => article.sections.map((section) => `articles/${article.slug}/${section.slug}/`))
      .flatMap((path) => selectAll('.note-list__links a', fromHtml(page(path))).map((link) => String(link.properties.href)))
      .filter((href) => href.startsWith('/timeline/'));
    expect(links.some((href) => href.startsWith('/timeline/page/'))).toBe(true);
    for (const href of links) {
      const [path, id] = href.slice(1).split('#');
      expect(page(path!), href).toContain(`id="${id}"`);
    }
  });

  it('shows a speaker quoted more than a page holds the first ones, and links to all of them in the index', () => {
    const counts = new Map<string, number>();
    for (const section of corpus.articles.flatMap((article) => article.sections)) for (const q of section.quotations) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(SPEAKER_PAGE_LIMIT);
    const tree = fromHtml(page(`speakers/${id}/`));
    expect(selectAll('.quote-item', tree).length).toBe(SPEAKER_PAGE_LIMIT);
    const all = selectAll('a', tree).find((link) => text(link).startsWith(`All ${count} quotations of `));
    const [path, anchor] = String(all?.properties.href).replace(/^\//, '').split('#');
    expect(anchor).toBe(`speaker-${id}`);
    expect(selectAll(`#speaker-${id}`, fromHtml(page(path!))).length).toBe(1);
  });

  /** The pages of a list, followed from its first by their rel="next" links, which must lead back by rel="prev". */
  const walk = (list: string): string[] => {
    const found = [list];
    for (;;) {
      const tree = fromHtml(page(found.at(-1)!));
      const next = selectAll('link[rel="next"]', tree).map((link) => String(link.properties.href));
      if (!next.length) return found;
      const path = next[0]!.replace(/^\//, '');
      expect(selectAll('link[rel="prev"]', fromHtml(page(path))).map((link) => link.properties.href)).toEqual([`/${found.at(-1)}`]);
      found.push(path);
    }
  };

  it.each([
    ['claims/', '.claim', CLAIMS_PER_PAGE],
    ['timeline/', '.timeline-item', TIMELINE_ENTRIES_PER_PAGE],
    ['quotes/', '.quote-item', QUOTES_PER_PAGE],
    ['quotes/by-section/', '.quoted-section', QUOTED_SECTIONS_PER_PAGE],
  ])('splits %s into full pages of its items, chained by rel links, each page under the limit', (list, item, size) => {
    const pages = walk(list);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(1)).toEqual(pages.slice(1).map((_, index) => `${list}page/${index + 2}/`));
    const counts = pages.map((path) => selectAll(item, fromHtml(page(path))).length);
    expect(counts.slice(0, -1).every((count) => count === size)).toBe(true);
    expect(counts.at(-1)).toBeGreaterThan(0);
    for (const path of pages) expect(gzipSync(page(path)).length, path).toBeLessThan(MAX_PAGE_GZIP);
  });
});
