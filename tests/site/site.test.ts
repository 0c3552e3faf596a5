import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, readPages, select, selectAll, sourceText, text, type Page } from '../helpers/site.ts';

const ARTICLE = 'syria-israel-fifth-round';
const RAW = readFileSync(new URL(`../../content/articles/${ARTICLE}/source.txt`, import.meta.url), 'utf8');
const SITE_ORIGIN = 'http://localhost:4321';

/** The raw text's lines, minus the title and the closing link, cut into sentences. */
function rawSentences(): string[] {
  const lines = RAW.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(1, -1).flatMap((line) => line.split(/(?<=[.!?][”"’]?)\s+(?=["“]?[A-Z])/));
}

/** The text of the section pages in reading order: each heading, then its text without the site's own notes. */
function sectionText(pages: readonly Page[]): string {
  const sections = pages.filter((p) => new RegExp(`^articles/${ARTICLE}/[^/]+/$`).test(p.path));
  const ordered = sections.sort((a, b) => Number(/Section (\d+)/.exec(text(select('.kicker', a.tree)))?.[1]) - Number(/Section (\d+)/.exec(text(select('.kicker', b.tree)))?.[1]));
  return ordered
    .map((p) => `${text(select('h1', p.tree))} ${sourceText(select('.prose', p.tree))}`)
    .join(' ');
}

function internalTargets(p: Page, base: string): { href: string; url: URL }[] {
  const pageUrl = new URL(`${base}${p.path}`, SITE_ORIGIN);
  return selectAll('a[href], link[href], script[src], img[src]', p.tree).flatMap((element) => {
    const href = String(element.properties.href ?? element.properties.src);
    const url = new URL(href, pageUrl);
    return url.origin === SITE_ORIGIN ? [{ href, url }] : [];
  });
}

const builds = inject('builds');

describe.each(Object.entries(builds))('the site built for %s', (_name, { base, outDir }) => {
  const pages = readPages(outDir);

  it('has the home, article, section, speaker and 404 pages and a sitemap', () => {
    for (const path of ['', `articles/${ARTICLE}/`, `articles/${ARTICLE}/introduction/`, `articles/${ARTICLE}/agreement-or-normalization/`, 'speakers/', 'speakers/thomas-barrack/', '404.html']) {
      expect(pages.map((p) => p.path), `page ${path}`).toContain(path);
    }
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(true);
  });

  it('reproduces every sentence of the raw seed text, as written, in the section pages', () => {
    const shown = sectionText(pages);
    const missing = rawSentences().filter((sentence) => !shown.includes(sentence));
    expect(missing, 'sentences of the source missing from the section pages').toEqual([]);
    expect(text(select('h1', page(pages, `articles/${ARTICLE}/`).tree))).toBe(RAW.trim().split('\n')[0]);
  });

  it('reads the whole article on its own page: each section under its heading, as its page shows it', () => {
    const whole = page(pages, `articles/${ARTICLE}/`).tree;
    const shown = selectAll('.article-section', whole)
      .map((section) => `${text(select('h2', section))} ${sourceText(select('.prose', section))}`)
      .join(' ');
    expect(shown).toBe(sectionText(pages));
  });

  it('keeps the three photo captions as figure captions with their credits, on the sections’ pages and the whole article’s', () => {
    const captionsOf = (p: Page) => selectAll('.prose figure figcaption', p.tree).map((c) => sourceText(c));
    const captions = pages.filter((p) => /^articles\/[^/]+\/[^/]+\/$/.test(p.path)).flatMap(captionsOf);
    expect(captions).toHaveLength(3);
    expect(captionsOf(page(pages, `articles/${ARTICLE}/`)).sort()).toEqual([...captions].sort());
    expect(captions.find((caption) => caption.startsWith('Syrian President'))).toMatch(/^Syrian President .* \(Presidency of the Republic\)$/);
    expect(pages.flatMap((p) => selectAll('.prose figure .figure__note', p.tree)).map((note) => text(note))).toContain('Photo not reproduced.');
  });

  it('resolves every internal link to a built file, under the base path, and every #fragment to an id there', () => {
    const broken: string[] = [];
    const idsByFile = new Map(pages.map((q) => [q.file, new Set(selectAll('[id]', q.tree).map((element) => String(element.properties.id)))]));
    for (const p of pages) {
      for (const { href, url } of internalTargets(p, base)) {
        if (!url.pathname.startsWith(base)) {
          broken.push(`${p.path || '/'}: ${href} is outside the base path ${base}`);
          continue;
        }
        const rest = decodeURIComponent(url.pathname.slice(base.length));
        const file = join(outDir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
        if (!existsSync(file)) {
          broken.push(`${p.path || '/'}: ${href} has no built file`);
        } else if (url.hash && file.endsWith('.html')) {
          if (!idsByFile.get(file)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${p.path || '/'}: ${href} has no such id`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page exactly one h1, a title, a language and a canonical URL', () => {
    for (const p of pages.filter((p) => !select('meta[http-equiv=refresh]', p.tree))) {
      expect(selectAll('h1', p.tree), `h1 on ${p.path}`).toHaveLength(1);
      expect(text(select('title', p.tree)), `title of ${p.path}`).not.toBe('');
      expect(select('html', p.tree)?.properties.lang, `lang of ${p.path}`).toBeTruthy();
      if (p.path !== '404.html') {
        expect(select('link[rel=canonical]', p.tree)?.properties.href, `canonical of ${p.path}`).toBe(`${SITE_ORIGIN}${base}${p.path}`);
      }
    }
  });

  it('links speakers’ names in the text to their pages', () => {
    const section = page(pages, `articles/${ARTICLE}/joint-coordination-mechanism/`);
    const mention = select(`.prose a[href="${base}speakers/thomas-barrack/"]`, section.tree);
    expect(text(mention)).toBe('US envoy Thomas Barrack');
  });

  it('shows the section’s speakers, claims and dates beside the text', () => {
    const aside = select('aside.annotations', page(pages, `articles/${ARTICLE}/a-faltering-track-amid-unrelenting-aggression/`).tree);
    expect(selectAll('a', select('[aria-labelledby=notes-speakers]', aside)!).map((a) => text(a))).toContain('Asaad al-Shibani');
    expect(selectAll('.claim', aside).length).toBeGreaterThan(3);
    expect(selectAll('time', aside).map((t) => t.properties.dateTime)).toEqual(expect.arrayContaining(['2025-11', '2025-07-19', '2025-12-01']));
  });
});
